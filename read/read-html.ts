import * as cheerio from "cheerio";
import { ClaimtrailError } from "../model/errors.js";
import { readHtmlMetadata, type HtmlMetadata } from "./html-metadata.js";
import { mainText } from "./main-text.js";
import { decodeHtml } from "./read-text.js";

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

/**
 * The main text and metadata of an HTML page. parse5 (through cheerio) builds the tree as a browser would; the
 * metadata is read from it, and its serialisation, a whole well-formed document, goes to readability over
 * linkedom for the main text (main-text.ts says why). Scripts never run: neither parser executes or loads anything.
 *
 * A page with no main text is an error ("no-main-text"), never an empty document stored in silence.
 */
export function readHtml(
  bytes: Buffer,
  source: string,
  opts: { charset?: string | null; limits?: Partial<HtmlLimits> } = {},
): HtmlReadResult {
  const limits = { ...DEFAULT_HTML_LIMITS, ...opts.limits };
  if (bytes.length > limits.maxBytes) {
    throw new ClaimtrailError(
      "too-large",
      source,
      `HTML page is ${(bytes.length / 2 ** 20).toFixed(1)} MB, over the ${limits.maxBytes / 2 ** 20} MB limit`,
    );
  }
  const { html, encoding } = decodeHtml(bytes, opts.charset);
  const depth = nestingDepth(html);
  if (depth > limits.maxDepth) {
    throw new ClaimtrailError(
      "too-deep",
      source,
      `HTML nested more than ${limits.maxDepth} levels deep (${depth}): refused`,
    );
  }
  const { meta, document } = parseDocument(html);
  const main = mainText(document, meta.title);
  let text = main.text;
  // The byline left the text (its name would read as a person of the story); it is the author when nothing else says.
  const author = meta.author ?? authorOfByline(main.byline);
  // The headline is metadata: drop it when it is the body's first block (not when the title is the opening words of a paragraph).
  if (meta.title && (text === meta.title || text.startsWith(meta.title + "\n")))
    text = text.slice(meta.title.length).replace(/^\s+/, "");
  if (!text) throw new ClaimtrailError("no-main-text", source, "no main text found in the HTML page");
  return { ...meta, author, encoding, text };
}

/** "By RUTH O'CONNELL-HAYES, Health Reporter · 9 December 2008" → the name as written: what follows "By", up to a separator. */
function authorOfByline(byline: string | null): string | null {
  if (!byline) return null;
  const name = byline
    .replace(/^(?:posted |written |reported )?by\s+/i, "")
    .split(/\s*(?:[,|·•—–]|\s-\s|\bon\b|\bin\b)\s*/)[0]!
    .trim();
  return name && name.length <= 60 && /^\p{Lu}/u.test(name) ? name : null;
}

/** The metadata and the whole document as parse5 builds it; its tree is garbage once this returns (a 20 MB page's tree is hundreds of MB). */
function parseDocument(html: string): { meta: HtmlMetadata; document: string } {
  const $ = cheerio.load(html);
  return { meta: readHtmlMetadata($), document: $.html() };
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
