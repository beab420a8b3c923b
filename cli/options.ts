import { InvalidArgumentError, Option, type Command } from "commander";
import { ClaimtrailError } from "../model/errors.js";
import { PDF_BACKEND_CHOICES, defaultDbPath, type FetchLimits } from "../app/settings.js";

export function dbOption(program: Command): string {
  return defaultDbPath(program.opts<{ db?: string }>().db);
}

export function intOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError("expected a whole number");
  return n;
}

/** A positive number, fractions allowed (`--max-seconds 0.5`). */
export function positiveOption(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number");
  return n;
}

export function dateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  return value;
}

export function fetchLimitsFrom(opts: { allowPrivate?: boolean; timeout?: number }): Partial<FetchLimits> {
  const limits: Partial<FetchLimits> = {};
  if (opts.allowPrivate) limits.allowPrivate = true;
  if (opts.timeout) limits.timeoutMs = opts.timeout * 1000;
  return limits;
}

/** --pdf-backend: pdf-parse (embedded), pdftotext (poppler, faster) or auto; CLAIMTRAIL_PDF_BACKEND sets the default. */
export function pdfBackendOption(): Option {
  return new Option(
    "--pdf-backend <backend>",
    "how PDF text is read: pdf-parse (embedded, default), pdftotext (poppler-utils, faster) or auto",
  )
    .choices(PDF_BACKEND_CHOICES as string[])
    .env("CLAIMTRAIL_PDF_BACKEND");
}

export type { PdfBackendChoice } from "../app/settings.js";

/**
 * `--format` with the formats a command offers (text first, the default) and `--json`, kept as an alias of
 * `--format json`.
 */
export function addFormatOptions(command: Command, formats: readonly string[], extra = ""): Command {
  return command
    .addOption(
      new Option("--format <format>", `output format${extra ? ` (${extra})` : ""}`)
        .choices(formats as string[])
        .default("text"),
    )
    .option("--json", "same as --format json");
}

/** The format asked for: `--json` wins over `--format`, as it always has. */
export function chosenFormat<F extends string>(opts: { format: F; json?: boolean }): F {
  return opts.json ? ("json" as F) : opts.format;
}

/** --limit: a positive whole number. */
export function limitOption(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of 1 or more");
  return n;
}

/** A window whose --from is after its --to is bad usage (exit 2), not a query that finds nothing. */
export function checkDateRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to)
    throw new ClaimtrailError(
      "bad-usage",
      `--from ${from} --to ${to}`,
      "the date range is reversed: --from must be on or before --to",
    );
}
