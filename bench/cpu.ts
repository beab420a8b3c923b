import { readFileSync } from "node:fs";

/** Where a run's CPU time went, in seconds: the whole process, its main thread, and child processes (pdftotext). */
export interface CpuSplit {
  process: number;
  /** CPU seconds per wall-clock second: 1.0 is one core kept busy. */
  coresBusy: number;
  mainThread: number | null;
  children: number | null;
}

interface Snapshot {
  usage: NodeJS.CpuUsage;
  mainTicks: number | null;
  childTicks: number | null;
}

// Linux reports thread and child times in clock ticks of 1/100 s.
const TICK = 0.01;

/** utime + stime, and cutime + cstime, from a /proc stat line (fields 14–17); null off Linux. */
function ticks(path: string): { own: number; children: number } | null {
  try {
    const stat = readFileSync(path, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { own: Number(f[11]) + Number(f[12]), children: Number(f[13]) + Number(f[14]) };
  } catch {
    return null;
  }
}

export function cpuNow(): Snapshot {
  return {
    usage: process.cpuUsage(),
    mainTicks: ticks(`/proc/self/task/${process.pid}/stat`)?.own ?? null,
    childTicks: ticks("/proc/self/stat")?.children ?? null,
  };
}

export function cpuSince(start: Snapshot, wallSeconds: number): CpuSplit {
  const now = cpuNow();
  const used = process.cpuUsage(start.usage);
  const seconds = (used.user + used.system) / 1e6;
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : (a - b) * TICK);
  const children = diff(now.childTicks, start.childTicks);
  return {
    process: seconds,
    coresBusy: (seconds + (children ?? 0)) / wallSeconds,
    mainThread: diff(now.mainTicks, start.mainTicks),
    children,
  };
}
