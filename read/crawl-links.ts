import * as cheerio from "cheerio";
import * as chrono from "chrono-node";

/** How a crawl treats a URL before (or after) fetching it. */
export type LinkType = "pdf" | "html" | "other";

/** A link of an index page, with what the page says about it. */
export interface PageLink {
  url: string;
  /** The link's text, whitespace collapsed. */
  text: string;
  /** The meeting date (YYYY-MM-DD) read from the link text, else the file name, else the nearest heading above. */
  date: string | null;
  dateFrom: "link-text" | "file-name" | "heading" | null;
}

export interface ParsedPage {
  title: string | null;
  /** The page is itself an article (og:type article, a JSON-LD *Article, an `<article>` element): a document. */
  isArticle: boolean;
  /** The article's publication date where its metadata gives one. */
  publishedAt: string | null;
  links: PageLink[];
}

/** The links of an HTML page, resolved against its URL (or its `<base href>`), fragments dropped, each once. */
export function parsePage(html: string, pageUrl: string): ParsedPage {
  const $ = cheerio.load(html);
  let base = pageUrl;
  const baseHref = $("base[href]").first().attr("href");
  if (baseHref) base = absolute(baseHref, pageUrl) ?? pageUrl;
  const links: PageLink[] = [];
  const seen = new Set<string>();
  let heading: string | null = null;
  $("h1, h2, h3, h4, h5, h6, a[href]").each((_, el) => {
    const node = $(el);
    const text = node.text().replace(/\s+/g, " ").trim();
    if (el.tagName !== "a") {
      heading = text;
      return;
    }
    const url = absolute(node.attr("href")!, base);
    if (!url || seen.has(url)) return;
    seen.add(url);
    const fromText = dateFromText(text);
    const fromName = fromText ? null : dateFromFileName(url);
    const fromHeading = fromText || fromName || !heading ? null : dateFromText(heading);
    links.push({
      url,
      text,
      date: fromText ?? fromName ?? fromHeading,
      dateFrom: fromText ? "link-text" : fromName ? "file-name" : fromHeading ? "heading" : null,
    });
  });
  const jsonLdTypes = $('script[type="application/ld+json"]')
    .map((_, el) => $(el).text())
    .get()
    .join(" ");
  const isArticle =
    /^article$/i.test($('meta[property="og:type"]').attr("content")?.trim() ?? "") ||
    /"@type"\s*:\s*"(?:News|Blog|Scholarly)?Article"/.test(jsonLdTypes) ||
    $("article").length > 0;
  const published =
    $('meta[property="article:published_time"]').attr("content") ??
    /"datePublished"\s*:\s*"([^"]+)"/.exec(jsonLdTypes)?.[1] ??
    $("time[datetime]").first().attr("datetime") ??
    null;
  const title = $("title").first().text().replace(/\s+/g, " ").trim() || null;
  return { title, isArticle, publishedAt: published ? isoDay(published) : null, links };
}

/** A URL's type by its file extension: `.pdf`, a web page (`.html`, `.php`, none…) or something else (`.doc`, `.jpg`). */
export function linkTypeOf(url: string): LinkType {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return "other";
  }
  const ext = /\.([a-z0-9]{1,5})$/.exec(path.split("/").pop() ?? "")?.[1];
  if (ext === "pdf") return "pdf";
  if (!ext || ["html", "htm", "xhtml", "php", "asp", "aspx", "jsp", "cfm", "shtml"].includes(ext)) return "html";
  if (["xml", "rss", "atom"].includes(ext)) return "html"; // feeds and sitemaps: fetched and sniffed like pages
  return "other";
}

/** A type by the Content-Type a server gave, when it gave one we know. */
export function linkTypeOfContent(contentType: string | null): LinkType | null {
  if (!contentType) return null;
  if (contentType === "application/pdf" || contentType === "application/x-pdf") return "pdf";
  if (
    /^(text\/html|application\/xhtml\+xml|text\/xml|application\/(rss|atom)\+xml|application\/xml)$/.test(contentType)
  )
    return "html";
  return "other";
}

/** A whole date (day, month and year all written) in a text, as YYYY-MM-DD; British order for 03/12/2008. */
export function dateFromText(text: string): string | null {
  if (!/\d/.test(text)) return null;
  for (const r of chrono.en.GB.parse(text)) {
    const s = r.start;
    if (s.isCertain("day") && s.isCertain("month") && s.isCertain("year")) {
      return ymd(s.get("year")!, s.get("month")!, s.get("day")!);
    }
  }
  return null;
}

/**
 * A date in a file name: `board-2008-11-26.pdf`, `20081126-papers.pdf`, `TB_26_11_08.pdf`, `26.11.2008.pdf`,
 * `board-26-november-2008.pdf`. Two-digit years are 19xx from 70, else 20xx.
 */
export function dateFromFileName(url: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(new URL(url).pathname.split("/").pop() ?? "");
  } catch {
    return null;
  }
  name = name.replace(/\.[a-z0-9]{1,5}$/i, "");
  const iso = /(?:^|\D)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?:\D|$)/.exec(name);
  if (iso) {
    const d = ymd(+iso[1]!, +iso[2]!, +iso[3]!);
    if (d) return d;
  }
  const dmy = /(?:^|\D)(\d{1,2})[-_.](\d{1,2})[-_.](\d{4}|\d{2})(?:\D|$)/.exec(name);
  if (dmy) {
    const y = dmy[3]!.length === 2 ? (+dmy[3]! >= 70 ? 1900 : 2000) + +dmy[3]! : +dmy[3]!;
    const d = ymd(y, +dmy[2]!, +dmy[1]!);
    if (d) return d;
  }
  return dateFromText(name.replace(/[-_.]+/g, " "));
}

/** YYYY-MM-DD from a date as feeds and meta tags write it (ISO 8601 or RFC 822), the day as written. */
export function isoDay(s: string): string | null {
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (iso) return ymd(+iso[1]!, +iso[2]!, +iso[3]!);
  // RFC 822 (RSS): "Wed, 26 Nov 2008 09:00:00 GMT": the day as written, not shifted to UTC.
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(t);
  if (rfc) {
    const m = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(rfc[2]!.toLowerCase());
    if (m >= 0 && m % 3 === 0) return ymd(+rfc[3]!, m / 3 + 1, +rfc[1]!);
  }
  const ms = Date.parse(t);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/** A real calendar date as YYYY-MM-DD, or null (2008-02-30 is not one). */
function ymd(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  if (y < 1990 || y > 2100) return null;
  return date.toISOString().slice(0, 10);
}

/** An http(s) link resolved against `base`, without its fragment; null for mailto:, javascript: and the like. */
export function absolute(href: string, base: string): string | null {
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    u.hash = "";
    return u.href;
  } catch {
    return null;
  }
}
