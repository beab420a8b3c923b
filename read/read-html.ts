import * as cheerio from "cheerio";
import type { AnyNode, Element } from "domhandler";
import { getEncoding } from "encoding-sniffer";
import iconv from "iconv-lite";
import { ClaimtrailError } from "../model/errors.js";
import { readHtmlMetadata } from "./html-metadata.js";

export interface HtmlLimits {
  maxBytes: number;
  maxDepth: number;
}

export const DEFAULT_HTML_LIMITS: HtmlLimits = { maxBytes: 20 * 1024 * 1024, maxDepth: 1000 };

export interface HtmlReadResult {
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  encoding: string;
  isArticle: boolean;
  /** The article's text: paragraphs separated by a blank line, list items one per line. */
  text: string;
}

const DROP_TAGS = "nav, header, footer, aside, form, script, style, noscript, iframe, svg, button, select, textarea, template, object, embed, canvas, figure figcaption + *, [hidden], [aria-hidden=true]";
const BOILERPLATE = /(?:^|[\s_-])(?:cookie|consent|banner|share|sharing|social|related|comment|comments|newsletter|subscribe|promo|advert|ads?|breadcrumbs?|sidebar|menu|skip|hidden|masthead|toolbar|popup|modal|paywall|signup|tags|byline-share|most-read|trending)(?:$|[\s_-])/i;
const BLOCKS = new Set(["figure", "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td", "th", "caption", "div", "section", "article", "main", "ul", "ol", "table", "tr", "figcaption", "address"]);

/**
 * The main text and metadata of an HTML page, read with cheerio. We choose a
 * small readability-style heuristic over @mozilla/readability: that one needs a
 * full DOM (jsdom), many times slower on a corpus of thousands of pages, for
 * trade-press pages whose article is almost always in <article> or one
 * text-dense container.
 */
export function readHtml(bytes: Buffer, source: string, opts: { charset?: string | null; limits?: Partial<HtmlLimits> } = {}): HtmlReadResult {
  const limits = { ...DEFAULT_HTML_LIMITS, ...opts.limits };
  if (bytes.length > limits.maxBytes) {
    throw new ClaimtrailError("too-large", source, `HTML page is ${(bytes.length / 2 ** 20).toFixed(1)} MB, over the ${limits.maxBytes / 2 ** 20} MB limit`);
  }
  // BOM, then the HTTP header's charset, then <meta charset>; windows-1252 when nothing says (WHATWG).
  const encoding = getEncoding(bytes, { transportLayerEncodingLabel: opts.charset ?? undefined, maxBytes: 4096 });
  const html = iconv.decode(bytes, iconv.encodingExists(encoding) ? encoding : "windows-1252");
  const depth = nestingDepth(html);
  if (depth > limits.maxDepth) {
    throw new ClaimtrailError("too-deep", source, `HTML nested more than ${limits.maxDepth} levels deep (${depth}): refused`);
  }
  const $ = cheerio.load(html);
  const meta = readHtmlMetadata($);
  $(DROP_TAGS).remove();
  $("*").each((_, el) => {
    const e = el as Element;
    const marks = `${e.attribs.class ?? ""} ${e.attribs.id ?? ""} ${e.attribs.role ?? ""}`;
    if ((BOILERPLATE.test(marks) && !/article-?body|story-?body|entry-content/i.test(marks)) || /display\s*:\s*none/i.test(e.attribs.style ?? "")) $(e).remove();
  });
  const root = mainContainer($);
  let text = root ? blockText(root) : "";
  // The headline is metadata: drop it when it opens the body.
  if (meta.title && text.startsWith(meta.title)) text = text.slice(meta.title.length).replace(/^\s+/, "");
  return { ...meta, encoding, text };
}

/** The deepest tag nesting, counted on the source without building a tree (so a hostile page cannot blow the stack). */
function nestingDepth(html: string): number {
  const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li)$/i;
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (VOID.test(m[2]!) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > max) max = depth;
  }
  return max;
}

function mainContainer($: cheerio.CheerioAPI): Element | null {
  for (const sel of ["[itemprop=articleBody]", "article", "main", "[role=main]", ".article-body", ".story-body", ".entry-content"]) {
    const found = $(sel).toArray().map((e) => e as Element).sort((a, b) => textLength($, b) - textLength($, a))[0];
    if (found && textLength($, found) > 200) return found;
  }
  // Else the container whose paragraphs hold the most text, discounting link-heavy blocks.
  let best: Element | null = null;
  let bestScore = 0;
  $("p").each((_, p) => {
    const parent = (p as Element).parent as Element | null;
    if (!parent) return;
    const score = paragraphScore($, parent);
    if (score > bestScore) {
      best = parent;
      bestScore = score;
    }
  });
  return best ?? ($("body").get(0) as Element | undefined) ?? null;
}

function textLength($: cheerio.CheerioAPI, el: Element): number {
  return $(el).text().replace(/\s+/g, " ").length;
}

function paragraphScore($: cheerio.CheerioAPI, el: Element): number {
  const text = $(el).children("p").text().length;
  const links = $(el).find("a").text().length;
  return text * (1 - Math.min(1, links / Math.max(1, text)));
}

// A pull quote's <cite> is its own line ("— board paper, June 2008"), not words run into the quote.
const isBlock = (el: Element, name: string) => BLOCKS.has(name) || (name === "cite" && /^(?:blockquote|figure)$/i.test((el.parent as Element | null)?.name ?? ""));

/** Text by blocks, walking the tree with an explicit stack (no recursion). */
function blockText(root: Element): string {
  const out: string[] = [];
  let line = "";
  const flush = (sep: "\n\n" | "\n") => {
    const t = line.replace(/\s+/g, " ").trim();
    if (t) out.push(t, sep);
    line = "";
  };
  const stack: Array<{ node: AnyNode; exit?: boolean }> = [{ node: root }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (node.type === "text") {
      line += (node as unknown as { data: string }).data;
      continue;
    }
    if (node.type !== "tag" && node.type !== "root") continue;
    const el = node as Element;
    const name = el.name?.toLowerCase() ?? "";
    if (exit) {
      if (isBlock(el, name)) flush(name === "li" || name === "td" || name === "th" || name === "dt" ? "\n" : "\n\n");
      continue;
    }
    if (name === "br") {
      // A <br> ends a line of a fact box or an address: a line break, not a space.
      flush("\n");
      continue;
    }
    if (isBlock(el, name)) flush("\n\n");
    stack.push({ node, exit: true });
    const children = el.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]! });
  }
  flush("\n\n");
  // Separators: a list's lines stay together, blocks are a blank line apart.
  let text = "";
  for (let i = 0; i < out.length; i += 2) text += out[i]! + (i + 2 < out.length ? out[i + 1]! : "");
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
