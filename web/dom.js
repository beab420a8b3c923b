// The page's small DOM helpers. Document text only ever becomes text nodes here, never markup: documents are
// untrusted input.

/** An element with attributes and children; strings become text nodes. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat())
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

/** Where a citation was read: title, publisher (else kind), date and page. */
export const where = (s) =>
  `${s.title ?? s.documentId.slice(0, 10)} · ${s.publisher ?? s.kind} · ${s.publishedAt ?? "undated"} · p. ${s.page}`;

/** Text with [[marked]] words as a fragment of text nodes and <mark> elements. */
export function marked(snippet) {
  const frag = document.createDocumentFragment();
  for (const [i, part] of snippet.split(/\[\[|\]\]/).entries())
    frag.append(i % 2 ? el("mark", {}, part) : document.createTextNode(part));
  return frag;
}
