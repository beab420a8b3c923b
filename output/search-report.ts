import type { PassageHit } from "../corpus/search.js";
import { colour, oneLine, safeText } from "./terminal.js";

/** The passage around its first match, matches marked: bold on a terminal, «» in a pipe. */
export function snippetLine(snippet: string, tty: boolean, width = 220): string {
  const flat = safeText(snippet).replace(/\s+/g, " ").trim();
  const first = flat.indexOf("[[");
  const from = Math.max(0, first - 80);
  let cut = (from > 0 ? "…" : "") + flat.slice(from, from + width);
  if (from + width < flat.length) cut += "…";
  // A mark split by the cut is closed or dropped so that no half-marker leaks through.
  if ((cut.match(/\[\[/g) ?? []).length > (cut.match(/\]\]/g) ?? []).length) cut += "]]";
  return cut
    .replace(/\[\[(.*?)\]\]/g, (_, w: string) => (tty ? colour.bold(colour.yellow(w)) : `«${w}»`))
    .replace(/\]\]/g, "");
}

export function renderSearchText(query: string, hits: PassageHit[], tty: boolean): string {
  if (!hits.length) return `No passage matches “${oneLine(query, 80)}”.`;
  const out: string[] = [];
  for (const h of hits) {
    out.push(
      `${colour.bold(oneLine(h.title ?? h.documentId, 80))}  ${colour.dim(`${h.kind} · ${h.publisher ?? "publisher unknown"} · ${h.publishedAt ?? "undated"} · p. ${h.page} · ${h.documentId.slice(0, 10)}`)}`,
    );
    out.push(`  ${snippetLine(h.snippet, tty)}`, "");
  }
  out.push(`${hits.length} passage${hits.length === 1 ? "" : "s"}`);
  return out.join("\n");
}
