/**
 * Errors are values with a kind and the source that caused them; the CLI turns
 * them into one readable line (see docs/errors.md).
 */
export type ErrorKind =
  | "not-found"
  | "unreadable"
  | "empty-file"
  | "unsupported-format"
  | "corrupt-pdf"
  | "encrypted-pdf"
  | "too-large"
  | "too-deep"
  | "no-main-text"
  | "http-error"
  | "timeout"
  | "redirect-loop"
  | "network"
  | "blocked-url"
  | "bad-manifest"
  | "bad-usage"
  | "database";

export class ClaimtrailError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly source: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "ClaimtrailError";
  }

  /** The one line a user sees: the source, then what went wrong. */
  toLine(): string {
    return `${this.source}: ${this.message}`;
  }
}

export function isClaimtrailError(e: unknown): e is ClaimtrailError {
  return e instanceof ClaimtrailError;
}

/** Any thrown value as a ClaimtrailError for `source`, keeping known kinds. */
export function asClaimtrailError(e: unknown, source: string, fallback: ErrorKind = "unreadable"): ClaimtrailError {
  if (e instanceof ClaimtrailError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new ClaimtrailError(fallback, source, firstLine(message), { cause: e });
}

function firstLine(s: string): string {
  const line = s.split(/\r?\n/, 1)[0] ?? "";
  return line.length > 200 ? line.slice(0, 197) + "..." : line;
}
