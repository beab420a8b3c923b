import type { SearchView } from "../app/library.js";
import type { PassageHit } from "../corpus/search.js";
import type { Section, TableReport } from "./export.js";
import { colour, hang, safeText, terminalWidth, visibleLength, wrap } from "./terminal.js";
import { linkOf, type SourceLink } from "./source-links.js";

/**
 * The passage around its first match, matches still marked `[[ ]]`: about `width` characters, cut only at spaces
 * (a figure or a word is never cut in two), with "…" where the passage goes on.
 */
export function snippetWindow(snippet: string, width = 220): string {
  const flat = safeText(snippet).replace(/\s+/g, " ").trim();
  const first = Math.max(flat.indexOf("[["), 0);
  let from = Math.max(0, first - 80);
  // Back to the start of the word the window would start in, forward to the end of the word it would end in.
  while (from > 0 && flat[from - 1] !== " ") from--;
  let to = Math.min(flat.length, from + width);
  while (to < flat.length && flat[to] !== " ") to++;
  let cut = (from > 0 ? "…" : "") + flat.slice(from, to).trim() + (to < flat.length ? "…" : "");
  // A mark split by the cut is closed or dropped so that no half-marker leaks through.
  if ((cut.match(/\[\[/g) ?? []).length > (cut.match(/\]\]/g) ?? []).length) cut += "]]";
  return cut;
}

/** Marks made visible: bold where colour is wanted, «» otherwise (a pipe, a file, NO_COLOR). */
function showMarks(line: string, tty: boolean): string {
  return line
    .replace(/\[\[(.*?)\]\]/g, (_, w: string) => (tty ? colour.bold(colour.yellow(w)) : `«${w}»`))
    .replace(/\[\[|\]\]/g, "");
}

/** The snippet window on one line, marks shown (kept for callers that want a single line). */
export function snippetLine(snippet: string, tty: boolean, width = 220): string {
  return showMarks(snippetWindow(snippet, width), tty);
}

/**
 * A snippet wrapped under `lead` with a hanging indent, marks shown on each line. A mark is never split: the
 * markers travel with their word (a marked phrase that breaks across lines is closed and reopened).
 */
function wrappedSnippet(lead: string, snippet: string, indent: number, tty: boolean): string {
  const width = terminalWidth();
  const lines = wrap(snippetWindow(snippet), Math.max(width - indent, 20));
  let open = false;
  return lines
    .map((raw, i) => {
      let line = (open ? "[[" : "") + raw;
      open = (line.match(/\[\[/g) ?? []).length > (line.match(/\]\]/g) ?? []).length;
      if (open) line += "]]";
      return (i === 0 ? lead : " ".repeat(indent)) + showMarks(line, tty);
    })
    .join("\n");
}

/**
 * Search hits for the terminal: each document's title and where it was found, then `p. N:` and the passage around
 * the match, wrapped to the terminal. Empty when nothing matched (the command says so on stderr).
 */
export function renderSearchText(query: string, hits: PassageHit[], tty: boolean): string {
  if (!hits.length) return "";
  const out: string[] = [];
  const width = terminalWidth();
  for (const h of hits) {
    const title = h.title ?? h.documentId;
    const meta = `${h.kind} · ${h.publisher ?? "publisher unknown"} · ${h.publishedAt ?? "undated"} · ${h.documentId.slice(0, 10)}`;
    if (visibleLength(safeText(title)) + 2 + meta.length <= width)
      out.push(`${colour.bold(safeText(title))}  ${colour.dim(safeText(meta))}`);
    else out.push(colour.bold(hang("", title, 0, width)), colour.dim(hang("  ", meta, 2, width)));
    const lead = `  p. ${h.page}: `;
    out.push(wrappedSnippet(lead, h.snippet, lead.length, tty), "");
  }
  out.push(`${hits.length} passage${hits.length === 1 ? "" : "s"} for “${safeText(query).replace(/\s+/g, " ")}”`);
  return out.join("\n");
}

/** The hits as a table; with `link`, a last column links each passage's document. */
export function searchSection(view: SearchView, link?: SourceLink): Section {
  const section: Section = {
    head: ["rank", "document_id", "title", "kind", "publisher", "published", "page", "start", "end", "passage"],
    rows: view.hits.map((h, i) => [
      i + 1,
      h.documentId,
      h.title,
      h.kind,
      h.publisher,
      h.publishedAt,
      h.page,
      h.start,
      h.end,
      h.snippet,
    ]),
    numeric: [0, 6, 7, 8],
    marked: [9],
  };
  if (!link) return section;
  return {
    ...section,
    head: [...section.head, "link"],
    rows: section.rows.map((row, i) => [...row, linkOf(view.hits[i]!.documentId, link)]),
  };
}

export function searchReport(view: SearchView, intro: string[], link?: SourceLink): TableReport {
  return { title: `Search: ${view.query}`, intro, sections: [searchSection(view, link)] };
}
