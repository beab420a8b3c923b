import { InvalidArgumentError, type Command } from "commander";
import { defaultDbPath } from "../corpus/corpus.js";
import type { FetchLimits } from "../pipeline/fetch.js";

export function dbOption(program: Command): string {
  return defaultDbPath(program.opts<{ db?: string }>().db);
}

export function intOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

export function dateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  return value;
}

export function fetchLimitsFrom(opts: { allowPrivate?: boolean; timeout?: number }): Partial<FetchLimits> {
  const limits: Partial<FetchLimits> = {};
  if (opts.allowPrivate) limits.allowPrivate = true;
  if (opts.timeout) limits.timeoutMs = opts.timeout * 1000;
  return limits;
}
