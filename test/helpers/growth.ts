/** The CPU time (user and system) this process spends in `fn`, in milliseconds. */
export function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * How many times more the large input costs than the small one: the best CPU time of each over `runs` runs, taken in
 * turn, after a run of each to compile their code paths. CPU time, not wall time: on a loaded machine the wall clock
 * counts the time other processes hold the core, which the CPU time of this process does not; the best run of each is
 * the one least slowed by what remains (caches and cores shared with the rest of the machine), and taking them in
 * turn lets a busy spell slow both alike.
 */
export function growth(small: () => void, large: () => void, runs = 5): number {
  small();
  large();
  let bestSmall = Infinity;
  let bestLarge = Infinity;
  for (let run = 0; run < runs; run++) {
    bestSmall = Math.min(bestSmall, cpuMs(small));
    bestLarge = Math.min(bestLarge, cpuMs(large));
  }
  return bestLarge / bestSmall;
}

/**
 * The growth measured up to `rounds` times, until one round comes under `limit`: all the measured ratios. A real
 * regression (a quadratic pass) is over the limit in every round; a busy spell of the machine seldom lasts through
 * three. The caller expects the least of them to be under the limit.
 */
export function growthRounds(measure: () => number, limit: number, rounds = 3): number[] {
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    ratios.push(measure());
    if (ratios[ratios.length - 1]! < limit) break;
  }
  return ratios;
}
