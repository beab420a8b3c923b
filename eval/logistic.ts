/**
 * One logistic regression over sparse binary features, fitted by stochastic gradient descent with L2 regularisation:
 * what both learnt parts of the extractors are (the named-issue classifier, the claim filter). Written here rather than
 * taken from a library because the ones at hand (natural's and apparatus's logistic regression, ml-logistic-regression)
 * work on dense vectors of the whole vocabulary. Deterministic: the same examples in the same order give the same
 * weights, bit for bit.
 */

export interface Example {
  /** The example's features, each counted once (the caller drops those too rare to learn from). */
  features: readonly string[];
  positive: boolean;
}

export interface Fitting {
  epochs: number;
  rate: number;
  /** The step of epoch e is rate / (1 + e * decay). */
  decay: number;
  l2: number;
}

/** The fitted bias and weights; `up` weighs a positive example's error (for labels few examples have). */
export function fitLogistic(
  examples: readonly Example[],
  fitting: Fitting,
  up = 1,
): { bias: number; weights: Map<string, number> } {
  // Features by number and weights in one typed array: a lookup by string name a feature and step made the issue
  // classifier's fit take thirteen minutes. The arithmetic is the same, in the same order, so the weights are too.
  const index = new Map<string, number>();
  const rows = examples.map((e) =>
    Int32Array.from(e.features, (f) => {
      let i = index.get(f);
      if (i === undefined) index.set(f, (i = index.size));
      return i;
    }),
  );
  const w = new Float64Array(index.size);
  let bias = 0;
  for (let epoch = 0; epoch < fitting.epochs; epoch++) {
    const step = fitting.rate / (1 + epoch * fitting.decay);
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n]!;
      let z = bias;
      for (let k = 0; k < row.length; k++) z += w[row[k]!]!;
      const y = examples[n]!.positive ? 1 : 0;
      const gradient = (1 / (1 + Math.exp(-z)) - y) * (y ? up : 1);
      bias -= step * gradient;
      for (let k = 0; k < row.length; k++) {
        const i = row[k]!;
        w[i] = w[i]! - step * (gradient + fitting.l2 * w[i]!);
      }
    }
  }
  return { bias, weights: new Map([...index].map(([f, i]) => [f, w[i]!])) };
}

/** Features seen in fewer than `minCount` examples are dropped: a weight learnt from one sentence is that sentence. */
export function frequentFeatures<T extends { features: readonly string[] }>(
  rows: readonly T[],
  minCount: number,
): string[][] {
  const seen = new Map<string, number>();
  for (const r of rows) for (const f of r.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  return rows.map((r) => r.features.filter((f) => seen.get(f)! >= minCount));
}

/**
 * Weights rounded to `digits` places, those under `floor` in size dropped, in name order: the form the model files
 * keep.
 */
export function roundedWeights(weights: Map<string, number>, digits: number, floor = 0): Record<string, number> {
  const sorted = [...weights]
    .map(([f, w]) => [f, Number(w.toFixed(digits))] as const)
    .filter(([, w]) => w !== 0 && Math.abs(w) >= floor);
  sorted.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return Object.fromEntries(sorted);
}
