/**
 * The Internet Archive's CDX server: which captures of a URL pattern the Wayback Machine holds, and where each is.
 * A query names the pattern (`trust.nhs.uk/board-papers/*`, or a prefix with matchType), the capture period and the
 * fields wanted; the answer is JSON (an array of rows, the first naming the fields) with `output=json`, else text, a
 * capture a line with its fields separated by spaces. A capture is fetched as `<web>/<timestamp>id_/<original>`: the
 * `id_` flag asks for the bytes as they were captured, without the archive's banner or rewritten links.
 */

/** The Wayback Machine's CDX endpoint; mirrors and tests serve the same paths elsewhere. */
export const DEFAULT_CDX_ENDPOINT = "https://web.archive.org/cdx/search/cdx";

export interface CdxCapture {
  /** The URL as it was captured. */
  original: string;
  /** The capture time as the archive writes it: YYYYMMDDhhmmss (UTC), possibly cut short. */
  timestamp: string;
  mimetype: string | null;
  statusCode: string | null;
  /** A hash of the captured bytes: two captures with one digest are the same document. */
  digest: string | null;
}

const FIELDS = ["timestamp", "original", "mimetype", "statuscode", "digest"] as const;
/** The fields of a line of the text form when no `fl` was honoured: the CDX server's default order. */
const DEFAULT_TEXT_FIELDS = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"];

export interface CdxQuery {
  /** A URL or URL pattern (a trailing `*` asks for every URL under a prefix). */
  pattern: string;
  /** Capture period, YYYY-MM-DD, inclusive. */
  since?: string;
  until?: string;
  limit?: number;
  json?: boolean;
}

/** The query URL: successful captures only, one per digest in a row (the archive's own collapse). */
export function cdxQueryUrl(endpoint: string, q: CdxQuery): string {
  const url = new URL(endpoint);
  url.searchParams.set("url", q.pattern);
  if (q.json !== false) url.searchParams.set("output", "json");
  url.searchParams.set("fl", FIELDS.join(","));
  url.searchParams.append("filter", "statuscode:200");
  url.searchParams.set("collapse", "digest");
  if (q.since) url.searchParams.set("from", q.since.replace(/-/g, ""));
  // `to` is inclusive to the second when written in full: the last second of the day given.
  if (q.until) url.searchParams.set("to", `${q.until.replace(/-/g, "")}235959`);
  if (q.limit) url.searchParams.set("limit", String(q.limit));
  return url.toString();
}

/** The captures a CDX answer lists, in either form; null when the body is neither. */
export function parseCdx(body: string): CdxCapture[] | null {
  const text = body.replace(/^\uFEFF/, "").trim();
  if (text === "") return [];
  if (text.startsWith("[")) return parseJson(text);
  const captures: CdxCapture[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cells = line.trim().split(/\s+/);
    const names = cells.length === FIELDS.length ? FIELDS : cells.length >= 7 ? DEFAULT_TEXT_FIELDS : null;
    if (!names) return null;
    const capture = toCapture(names, cells);
    if (!capture) return null;
    captures.push(capture);
  }
  return captures;
}

function parseJson(text: string): CdxCapture[] | null {
  let rows: unknown;
  try {
    rows = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r) && r.every((c) => typeof c === "string")))
    return null;
  const [head, ...rest] = rows as string[][];
  if (!head) return [];
  const captures: CdxCapture[] = [];
  for (const row of rest) {
    const capture = toCapture(head, row);
    if (capture) captures.push(capture);
  }
  return captures;
}

function toCapture(names: readonly string[], cells: readonly string[]): CdxCapture | null {
  const get = (name: string) => {
    const i = names.indexOf(name);
    const v = i >= 0 ? cells[i] : undefined;
    return v && v !== "-" ? v : null;
  };
  const original = get("original");
  const timestamp = get("timestamp");
  if (!original || !timestamp || !/^\d{4,14}$/.test(timestamp)) return null;
  return {
    original: /^https?:\/\//i.test(original) ? original : `http://${original}`,
    timestamp,
    mimetype: get("mimetype"),
    statusCode: get("statuscode"),
    digest: get("digest"),
  };
}

/** Where a capture's bytes are, as captured: `<web>/<timestamp>id_/<original>` beside the CDX endpoint. */
export function captureUrl(endpoint: string, capture: Pick<CdxCapture, "timestamp" | "original">): string {
  return `${new URL(endpoint).origin}/web/${capture.timestamp}id_/${capture.original}`;
}

/** The capture time as an ISO moment (UTC): the parts a short timestamp leaves out are the start of the period. */
export function captureTime(timestamp: string): string {
  const t = timestamp.padEnd(14, "0");
  const month = t.slice(4, 6) === "00" ? "01" : t.slice(4, 6);
  const day = t.slice(6, 8) === "00" ? "01" : t.slice(6, 8);
  return `${t.slice(0, 4)}-${month}-${day}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}Z`;
}
