/**
 * What one document may cost to read and extract. Enforced where the work runs: a worker thread over its time or
 * memory is stopped and replaced, a pdftotext child runs under an address-space limit and a deadline.
 */
export interface DocumentBudget {
  timeMs: number;
  /** Memory the document may add to the process (a worker's heap and buffers), or a pdftotext child's address space. */
  memoryBytes: number;
}

export const DEFAULT_BUDGET: DocumentBudget = { timeMs: 120_000, memoryBytes: 1024 ** 3 };

export function tooSlowMessage(timeMs: number): string {
  return `too slow: stopped after ${timeMs >= 10_000 ? Math.round(timeMs / 1000) : Number((timeMs / 1000).toFixed(1))} s`;
}

export function tooLargeMessage(bytes: number): string {
  return `too large: stopped at ${bytes >= 1024 ** 3 ? `${Number((bytes / 1024 ** 3).toFixed(1))} GiB` : `${Math.round(bytes / 1024 ** 2)} MiB`}`;
}
