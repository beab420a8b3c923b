/** Document text as HTML text: never markup, whatever the document contained. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Markdown-significant characters escaped, line breaks folded: a table cell stays one cell. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s+/g, " ").replace(/([\\`*_{}[\]<>()#+!|])/g, "\\$1");
}
