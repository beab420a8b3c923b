import { ClaimtrailError, failureOf, type Failure } from "../model/errors.js";
import { safeText } from "../output/terminal.js";

/** Exit codes, documented in the README: scripts depend on them. */
export const EXIT = {
  ok: 0,
  /** Some inputs failed (the rest were done), or a check found what --fail-on asked about. */
  partial: 1,
  /** A query found nothing (no documents, claims, events, passages, stakeholders): the same code as partial. */
  nothing: 1,
  usage: 2,
  /** Nothing could be done: the database was refused, the only input was unreadable. */
  fatal: 3,
} as const;

/** What the command that ran last asked to exit with; `run` reads it and resets it. */
export const outcome: { code: number; verbose: boolean } = { code: EXIT.ok, verbose: false };

/** Runs a command action; a ClaimtrailError becomes one line on stderr, anything else a short line (stack with --verbose). */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<number | void> | number | void) {
  return async (...args: A): Promise<void> => {
    try {
      const code = await fn(...args);
      outcome.code = code ?? EXIT.ok;
    } catch (e) {
      outcome.code = reportFatal(e);
    }
  };
}

/**
 * A failure as the one line a user sees: the source, then what went wrong. The only place a failure becomes text;
 * a source or message holding newlines or terminal escapes (a hostile file name, a server's reason phrase) stays one
 * harmless line.
 */
export function failureLine(f: Pick<Failure, "source" | "message">): string {
  const flat = (s: string) => safeText(s).replace(/\s+/g, " ").trim();
  return `${flat(f.source)}: ${flat(f.message)}`;
}

/** Nothing found: why (and what to try instead) on stderr, one line each, and exit 1. Stdout keeps the (empty) data. */
export function nothingFound(lines: string | string[]): number {
  for (const line of typeof lines === "string" ? [lines] : lines)
    process.stderr.write(`claimtrail: ${safeText(line).replace(/\s+/g, " ").trim()}\n`);
  return EXIT.nothing;
}

export function reportFatal(e: unknown, verbose = outcome.verbose): number {
  if (e instanceof ClaimtrailError) {
    process.stderr.write(`claimtrail: ${failureLine(e)}\n`);
    if (verbose && e.cause) process.stderr.write(`${(e.cause as Error).stack ?? e.cause}\n`);
    return e.kind === "bad-usage" ? EXIT.usage : EXIT.fatal;
  }
  // Not foreseen: a bug of ours, said as such (the "internal" kind), with the stack for --verbose.
  const f = failureOf(e, "claimtrail");
  process.stderr.write(
    `claimtrail: ${safeText(f.message.replace(/\s+/g, " "))}${verbose ? "" : " (run with --verbose for details)"}\n`,
  );
  if (verbose && f.detail) process.stderr.write(`${f.detail}\n`);
  return EXIT.fatal;
}
