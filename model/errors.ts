/**
 * Errors are values with a kind and the source that caused them; the CLI turns
 * them into one readable line (see docs/limits.md). The union stays open: a
 * new kind is one more line here, and nothing switches over all of them.
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
  | "database"
  /** Over the per-document time budget: the worker reading it was stopped. */
  | "too-slow"
  /** The run was stopped (SIGINT, SIGTERM) before this document was done. */
  | "interrupted"
  /** A bug in claimtrail, never the document's fault: reported as such, never as "unreadable". */
  | "internal";

/**
 * A failure as a plain value: what readers, workers and ingest carry (it crosses
 * to the main thread by structured clone, where a class would lose its kind) and
 * what the shells turn into one line.
 */
export interface Failure {
  kind: ErrorKind;
  source: string;
  /** One line, without the source. */
  message: string;
  /** The stack or cause, for --verbose only. */
  detail?: string;
}

export class ClaimtrailError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly source: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    // Messages quote parsers, servers and file contents: whatever they hold, the user gets one line.
    super(singleLine(message), options);
    this.name = "ClaimtrailError";
  }

  static from(f: Failure): ClaimtrailError {
    return new ClaimtrailError(f.kind, f.source, f.message, f.detail ? { cause: f.detail } : undefined);
  }

  toFailure(): Failure {
    const cause =
      this.cause instanceof Error ? this.cause.stack : typeof this.cause === "string" ? this.cause : undefined;
    return { kind: this.kind, source: this.source, message: this.message, ...(cause ? { detail: cause } : {}) };
  }
}

export function isClaimtrailError(e: unknown): e is ClaimtrailError {
  return e instanceof ClaimtrailError;
}

/**
 * Any thrown value as a Failure for `source`. A ClaimtrailError keeps its kind; anything else was not
 * foreseen, so it is a bug of ours ("internal") unless the caller knows better (a store error is "database").
 */
export function failureOf(e: unknown, source: string, fallback: ErrorKind = "internal"): Failure {
  if (e instanceof ClaimtrailError) return e.toFailure();
  const message = firstLine(e instanceof Error ? `${e.name === "Error" ? "" : `${e.name}: `}${e.message}` : String(e));
  const detail = e instanceof Error ? e.stack : undefined;
  return {
    kind: fallback,
    source,
    message: fallback === "internal" ? `internal error (a bug in claimtrail): ${message}` : message,
    ...(detail ? { detail } : {}),
  };
}

/** Any thrown value as a ClaimtrailError for `source`, keeping known kinds (see failureOf). */
export function asClaimtrailError(e: unknown, source: string, fallback: ErrorKind = "internal"): ClaimtrailError {
  if (e instanceof ClaimtrailError) return e;
  const f = failureOf(e, source, fallback);
  return new ClaimtrailError(f.kind, f.source, f.message, { cause: e });
}

function firstLine(s: string): string {
  const line = s.split(/\r?\n/, 1)[0] ?? "";
  return line.length > 200 ? line.slice(0, 197) + "..." : line;
}

/** Whitespace (newlines included) folded and control characters dropped, so a message is one line. */
export function singleLine(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
