import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

/**
 * The article's text, found by @mozilla/readability (Firefox's reader view) over linkedom.
 *
 * Why readability: on the 130 pages of its test suite our own cheerio heuristic scored a mean token F1 of
 * 0.813 (14 pages empty: a site-wide class such as `ads-enabled` on <body> deleted everything; a teaser
 * <article> beat the story; an article in several sections kept one) and was quadratic on long pages;
 * readability scores 0.996 and is linear. Why linkedom: readability needs a DOM; jsdom costs ~340 ms a page,
 * linkedom is a light DOM that runs no scripts, loads nothing and lays nothing out.
 *
 * `html` must be a whole document as a browser would build it (read-html.ts passes parse5's serialisation):
 * linkedom's own parser (htmlparser2) builds no implied <html>, <body> or <tbody>, so "<head>…</head><p>…" loses
 * its paragraphs, and on a 2008 table layout readability climbs from the story's <td> to the whole page (the
 * NHS Digital Review sample did: cookie notice, menus and job adverts came in with the story).
 */
export function mainText(html: string, title: string | null = null): { text: string; byline: string | null } {
  const { document: dom } = parseHTML(html);
  // <template> holds markup for scripts to use, not text: browsers keep it out of the tree, linkedom does not.
  for (const t of dom.querySelectorAll("template")) t.remove();
  const body = dom.body as unknown as DomNode | null;
  // readability's cleaning measures the text of each element's descendants again and again, so its cost grows
  // faster than the square of the nesting depth: 0.5 s for a page 250 <div>s deep, 15 s at 990 (under our
  // 1000-level limit). Real pages nest under 40 (38 at most in readability's suite); deeper is a generated or
  // hostile page, read whole, in linear time.
  if (!body || treeDepth(body) > READABLE_DEPTH) return { text: body ? blockText(body) : "", byline: null };
  const byline = dropFurniture(dom, title);
  const article = new Readability<DomNode>(dom, {
    // The element itself, not readability's HTML string: serialising it to read it again would cost a parse.
    serializer: (el) => el as unknown as DomNode,
  }).parse();
  return { text: article?.content ? blockText(article.content) : "", byline };
}

const READABLE_DEPTH = 200;

/** The deepest element below `root`, by an explicit stack. */
function treeDepth(root: DomNode): number {
  let max = 0;
  const stack: Array<[DomNode, number]> = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === ELEMENT) stack.push([c, depth + 1]);
  }
  return max;
}

const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const CONSENT = /cookie|consent|gdpr/i;

type Dom = ReturnType<typeof parseHTML>["document"];
type DomElement = ReturnType<Dom["querySelectorAll"]>[number];

/**
 * What stands around a story and is not part of it, removed before readability looks:
 * - cookie and consent notices (short, and holding no headline: a class such as "cookies-accepted" on a wrapper
 *   of the whole page must not take the story with it). Readability drops them (as "banner", "gdpr") only on its
 *   first, strict pass; a news brief under its 500 characters sends it on to passes that take the whole page;
 * - the byline ("By Gareth Lowe — 4 December 2008"). Readability removes one only when the page's metadata
 *   names no author, to show it in its header; we keep the author as metadata, and in the text a byline's name
 *   and date would be read as a person and an event of the story. Its byline rule as is: rel, itemprop or class
 *   naming an author, under 100 characters, the first one only;
 * - the short labels above the headline ("News » Acute systems").
 */
function dropFurniture(dom: Dom, title: string | null): string | null {
  const body = dom.body;
  if (!body) return null;
  const marks = (el: DomElement) => `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  const textLength = (el: DomElement) => (el.textContent ?? "").trim().length;
  let byline: string | null = null;
  for (const el of body.querySelectorAll("*")) {
    if (CONSENT.test(marks(el)) && textLength(el) < 500 && !el.querySelector("article, main, h1")) {
      el.remove();
      continue;
    }
    const isByline =
      el.getAttribute("rel") === "author" ||
      /author/i.test(el.getAttribute("itemprop") ?? "") ||
      BYLINE.test(marks(el));
    if (byline === null && isByline && textLength(el) > 0 && textLength(el) < 100) {
      byline = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      el.remove();
    }
  }
  if (!title) return byline;
  const fold = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
  const headline = [...body.querySelectorAll("h1, h2")].find((h) => fold(h.textContent) === fold(title));
  let label = headline?.previousElementSibling;
  while (label) {
    const before = label.previousElementSibling;
    if (fold(label.textContent).split(" ").length <= 6) label.remove();
    label = before;
  }
  return byline;
}

/** The part of the DOM that blockText walks: linkedom's nodes, typed here because the project has no DOM lib. */
interface DomNode {
  nodeType: number;
  localName?: string;
  nodeValue: string | null;
  parentNode: DomNode | null;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

const ELEMENT = 1;
const TEXT = 3;
const BLOCKS = new Set([
  "figure",
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "td",
  "th",
  "caption",
  "div",
  "section",
  "article",
  "main",
  "ul",
  "ol",
  "table",
  "tr",
  "figcaption",
  "address",
]);
const LINE_ENDS = new Set(["li", "td", "th", "dt"]);
// Never text, wherever they stand (readability drops them; a page read whole still holds them).
const NOT_TEXT = new Set(["script", "style", "noscript", "template", "head"]);

// A pull quote's <cite> is its own line ("— board paper, June 2008"), not words run into the quote.
const isBlock = (el: DomNode, name: string) =>
  BLOCKS.has(name) || (name === "cite" && /^(?:blockquote|figure)$/.test(el.parentNode?.localName ?? ""));

/**
 * Text by blocks: paragraphs a blank line apart, list items and table cells one per line (a list or table a
 * blank line from what follows), a <br> a line break. Walked with an explicit stack (no recursion), so depth costs memory, not the call stack.
 */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  let line = "";
  const flush = (sep: "\n\n" | "\n") => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) out.push(t, sep);
    line = "";
  };
  const stack: Array<{ node: DomNode; exit?: boolean }> = [{ node: root }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT) {
      line += node.nodeValue ?? "";
      continue;
    }
    if (node.nodeType !== ELEMENT) continue;
    const name = node.localName?.toLowerCase() ?? "";
    if (NOT_TEXT.has(name)) continue;
    if (exit) {
      if (!isBlock(node, name)) continue;
      const sep = LINE_ENDS.has(name) ? "\n" : "\n\n";
      flush(sep);
      // A list or a table ends its last line's block: what follows is a blank line away, not one more item.
      // A table row does not: the next row's cells are the table's next lines.
      if (sep === "\n\n" && name !== "tr" && out.length) out[out.length - 1] = sep;
      continue;
    }
    if (name === "br") {
      // A <br> ends a line of a fact box or an address: a line break, not a space.
      flush("\n");
      continue;
    }
    if (isBlock(node, name)) flush("\n\n");
    stack.push({ node, exit: true });
    const children: DomNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  flush("\n\n");
  // Separators: a list's lines stay together, blocks are a blank line apart.
  let text = "";
  for (let i = 0; i < out.length; i += 2) text += out[i]! + (i + 2 < out.length ? out[i + 1]! : "");
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
