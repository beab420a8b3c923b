import { escapeHtml, escapeMarkdown } from "./escape.js";

/**
 * Where a reader of an export can open a cited document: its URL, or the original a server keeps. Only the shell
 * knows (the server knows the address it is reached at), so it is given to the renderers; without one an export
 * names its sources as before.
 */
export type SourceLink = (documentId: string) => string | null;

/** Only web addresses become links: a `javascript:` or `data:` source must never be one a reader can click. */
const webAddress = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/** Markdown link text to a document, or the text alone when there is no link. */
export function markdownLink(text: string, documentId: string, link?: SourceLink): string {
  const url = webAddress(link?.(documentId) ?? null);
  // Brackets and spaces would end the link's address early.
  return url ? `[${escapeMarkdown(text)}](${url.replace(/[()<>\s]/g, encodeURIComponent)})` : escapeMarkdown(text);
}

/** An HTML link to a document around `html` (already escaped), or `html` alone when there is no link. */
export function htmlLink(html: string, documentId: string, link?: SourceLink): string {
  const url = webAddress(link?.(documentId) ?? null);
  return url ? `<a href="${escapeHtml(url)}">${html}</a>` : html;
}

/** The link of a document for a CSV cell or a JSON field. */
export function linkOf(documentId: string | null | undefined, link?: SourceLink): string | null {
  return documentId ? webAddress(link?.(documentId) ?? null) : null;
}
