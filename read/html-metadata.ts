import type { CheerioAPI } from "cheerio";
import { escapeRegExp } from "../model/pattern.js";

export interface HtmlMetadata {
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  /** The page says it is an article (JSON-LD NewsArticle, og:type article, an <article>). */
  isArticle: boolean;
}

// schema.org's types for a story, as readability lists them.
const ARTICLE_TYPES =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

type Json = Record<string, unknown>;

/**
 * Metadata from JSON-LD first, then the page's meta tags (Dublin Core, OpenGraph, Twitter, Parse.ly), then
 * <title> and <time>. The order and the title rules are readability's (Firefox's reader view), so that a
 * page gets the title a reader sees there; we add the publisher's name as a suffix to strip, and <time> and
 * `date` meta tags as later sources of the publication date.
 */
export function readHtmlMetadata($: CheerioAPI): HtmlMetadata {
  const ld = jsonLdArticle($);
  const values = metaValues($);
  const meta = (...keys: string[]) => keys.map((k) => clean(values.get(k))).find((v) => v) ?? null;
  const publisher = nameOf(ld?.publisher) ?? meta("og:site_name", "publisher");
  const title =
    jsonLdTitle(ld, $) ??
    meta(
      "dc:title",
      "dcterm:title",
      "og:title",
      "weibo:article:title",
      "weibo:webpage:title",
      "title",
      "twitter:title",
      "parsely-title",
    ) ??
    documentTitle($, publisher);
  const published =
    isoDay(str(ld?.datePublished)) ??
    isoDay(meta("article:published_time", "parsely-pub-date")) ??
    isoDay($("article time[datetime], time[datetime]").first().attr("datetime")) ??
    isoDay(meta("date", "dc:date", "dc:date:issued"));
  return {
    title,
    publisher,
    author: nameOf(ld?.author) ?? meta("author", "dc:creator", "dcterm:creator", "parsely-author"),
    publishedAt: published,
    language: clean($("html").attr("lang")),
    isArticle:
      !!ld || $('meta[property="og:type"]').first().attr("content")?.trim() === "article" || $("article").length > 0,
  };
}

// A property attribute may hold several names ("og:title twitter:title"); a name attribute holds one.
const PROPERTY =
  /\s*(article|dc|dcterm|og|twitter)\s*:\s*(author|creator|description|published_time|title|site_name)\s*/gi;
const NAME =
  /^\s*(?:(dc|dcterm|og|twitter|parsely|weibo:(article|webpage))\s*[-.:]\s*)?(author|creator|pub-date|description|title|site_name|date|date\.issued|publisher)\s*$/i;

/** Meta tags by normalised name ("DC.title" → "dc:title"); a later tag of the same name wins, as in readability. */
function metaValues($: CheerioAPI): Map<string, string> {
  const values = new Map<string, string>();
  $("meta[content]").each((_, el) => {
    const content = unescapeEntities($(el).attr("content")?.trim() ?? "");
    if (!content) return;
    const property = $(el).attr("property");
    const names = property ? [...property.matchAll(PROPERTY)].map((m) => m[0].toLowerCase().replace(/\s/g, "")) : [];
    const name = $(el).attr("name");
    if (!names.length && name && NAME.test(name)) names.push(name.toLowerCase().replace(/\s/g, "").replace(/\./g, ":"));
    for (const n of names) values.set(n, content);
  });
  return values;
}

/** The first JSON-LD object of an article type, in an array or a @graph; CDATA wrappers (from XHTML templates) stripped. */
function jsonLdArticle($: CheerioAPI): Json | null {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse(
        $(el)
          .text()
          .replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ""),
      );
    } catch {
      continue; // malformed JSON-LD is common; the other sources still count
    }
    const queue: unknown[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === "object") {
        const obj = item as Json;
        const types = ([] as unknown[]).concat(obj["@type"] ?? []);
        if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) return obj;
        if (obj["@graph"]) queue.push(obj["@graph"]);
      }
    }
  }
  return null;
}

/**
 * JSON-LD's `name` and `headline` should agree; where they differ (a site's own name in `name`, a short
 * headline for listings), the one close to the page's <title> wins, else `name`: readability's rule.
 */
function jsonLdTitle(ld: Json | null, $: CheerioAPI): string | null {
  const name = clean(str(ld?.name));
  const headline = clean(str(ld?.headline));
  if (name && headline && name !== headline) {
    const shown = readabilityTitle($);
    return similarity(headline, shown) > 0.75 && similarity(name, shown) <= 0.75 ? headline : name;
  }
  return name ?? headline;
}

/** 1 when every word of `b` is in `a`, falling with the share of `b`'s text that is not. */
function similarity(a: string, b: string): number {
  const words = (s: string) => s.toLowerCase().split(/\W+/).filter(Boolean);
  const wa = new Set(words(a));
  const wb = words(b);
  if (!wa.size || !wb.length) return 0;
  return 1 - wb.filter((w) => !wa.has(w)).join(" ").length / wb.join(" ").length;
}

/** The <title>, less the publisher's name when it ends it ("Royal Free losses | Health IT Weekly"), else as readability trims it. */
function documentTitle($: CheerioAPI, publisher: string | null): string | null {
  const full = clean($("title").first().text());
  if (!full) return null;
  if (publisher) {
    const suffix = new RegExp(`\\s+[|–—:»-]+\\s+${escapeRegExp(publisher)}$`, "i").exec(full);
    if (suffix && suffix.index > 0) return full.slice(0, suffix.index);
  }
  return clean(readabilityTitle($));
}

const SEPARATOR = /\s[|\-–—\\/>»]\s/;
const SEPARATORS = new RegExp(SEPARATOR.source, "g");

/**
 * readability's reading of <title>, as in its repository after 0.6.0 (en and em dashes are separators too): a
 * site's name after a separator is dropped ("Story | Site"), or before it when that leaves too little ("Site -
 * Story"); "Section: Story" keeps the part after the colon unless a heading shows the whole; an odd-length title
 * gives way to the page's only <h1>; a result of four words or fewer is not trusted and the whole title is kept.
 */
function readabilityTitle($: CheerioAPI): string {
  const original = ($("title").first().text() ?? "").trim();
  const words = (s: string) => s.split(/\s+/).length;
  let title = original;
  let hierarchical = false;
  if (SEPARATOR.test(title)) {
    hierarchical = /\s[\\/>»]\s/.test(title);
    const separators = [...original.matchAll(SEPARATORS)];
    title = original.slice(0, separators[separators.length - 1]!.index);
    if (words(title) < 3) title = original.replace(/^[^|\-–—\\/>»]*[|\-–—\\/>»]/, "");
  } else if (title.includes(": ")) {
    const headingShowsAll = $("h1, h2")
      .toArray()
      .some((h) => $(h).text().trim() === title.trim());
    if (!headingShowsAll) {
      title = original.slice(original.lastIndexOf(":") + 1);
      if (words(title) < 3) title = original.slice(original.indexOf(":") + 1);
      else if (words(original.slice(0, original.indexOf(":"))) > 5) title = original;
    }
  } else if (title.length > 150 || title.length < 15) {
    const h1s = $("h1");
    if (h1s.length === 1) title = h1s.first().text();
  }
  title = title.trim().replace(/\s{2,}/g, " ");
  const count = words(title);
  if (count <= 4 && (!hierarchical || count !== words(original.replace(SEPARATORS, "")) - 1)) title = original;
  return title;
}

function nameOf(v: unknown): string | null {
  if (Array.isArray(v)) return nameOf(v[0]);
  if (typeof v === "string") return clean(v);
  if (v && typeof v === "object") return clean(str((v as Json).name));
  return null;
}

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

function clean(s: string | undefined | null): string | null {
  const t = s?.replace(/\s+/g, " ").trim();
  return t ? t : null;
}

const ENTITIES: Record<string, string> = { quot: '"', amp: "&", apos: "'", lt: "<", gt: ">" };

/** Meta content escaped twice ("&amp;quot;" in the source) still holds entities after parsing: CMSs do this often. */
function unescapeEntities(s: string): string {
  return s
    .replace(/&(quot|amp|apos|lt|gt);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_, hex: string | undefined, dec: string | undefined) => {
      const n = parseInt(hex ?? dec!, hex ? 16 : 10);
      return String.fromCodePoint(n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) ? 0xfffd : n);
    });
}

/** An ISO date (YYYY-MM-DD) from a timestamp or date string; null when it does not parse. */
export function isoDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const direct = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (direct) return `${direct[1]}-${direct[2]}-${direct[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
