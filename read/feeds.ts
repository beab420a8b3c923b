import * as cheerio from "cheerio";
import { absolute, isoDay } from "./crawl-links.js";

export type FeedType = "rss" | "atom" | "urlset" | "sitemapindex";

export interface FeedEntry {
  url: string;
  title: string | null;
  /** YYYY-MM-DD: an item's pubDate, an entry's published (else updated), a sitemap's lastmod. */
  publishedAt: string | null;
}

export interface Feed {
  type: FeedType;
  /** The documents it lists; for a sitemap index, the sitemaps it lists (to be fetched in turn). */
  entries: FeedEntry[];
}

/** True when the bytes look like XML rather than an HTML page (a feed or sitemap served as text/html happens). */
export function looksLikeXml(bytes: Uint8Array, contentType: string | null): boolean {
  if (contentType && /(^|\/|\+)xml$/.test(contentType)) return true;
  const head = Buffer.from(bytes.subarray(0, 512))
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart();
  return /^<\?xml|^<(rss|feed|urlset|sitemapindex)\b/i.test(head);
}

/** An RSS 2.0/0.9x/1.0 (RDF), Atom feed or sitemap (urlset, sitemapindex); null when the XML is none of them. */
export function parseFeed(xml: string, feedUrl: string): Feed | null {
  const $ = cheerio.load(xml, { xml: true });
  const root = $.root().children().first();
  const name = (root.prop("tagName") ?? "").toLowerCase().replace(/^.*:/, "");
  const text = (el: ReturnType<typeof $>, sel: string) => {
    const t = el.find(sel).first().text().replace(/\s+/g, " ").trim();
    return t || null;
  };
  const entries: FeedEntry[] = [];
  const add = (href: string | null | undefined, title: string | null, date: string | null) => {
    const url = href ? absolute(href, feedUrl) : null;
    if (url && !entries.some((e) => e.url === url))
      entries.push({ url, title, publishedAt: date ? isoDay(date) : null });
  };
  if (name === "rss" || name === "rdf") {
    $("item").each((_, el) => {
      const item = $(el);
      const guid = item.find("guid").first();
      const permalink = guid.attr("isPermaLink") !== "false" ? guid.text().trim() : null;
      add(
        text(item, "link") ?? permalink,
        text(item, "title"),
        text(item, "pubDate") ?? text(item, "dc\\:date") ?? text(item, "date"),
      );
    });
    return { type: "rss", entries };
  }
  if (name === "feed") {
    $("entry").each((_, el) => {
      const entry = $(el);
      const links = entry.find("link");
      const alternate = links.filter((_, l) => ($(l).attr("rel") ?? "alternate") === "alternate").first();
      add(
        (alternate.length ? alternate : links.first()).attr("href"),
        text(entry, "title"),
        text(entry, "published") ?? text(entry, "updated"),
      );
    });
    return { type: "atom", entries };
  }
  if (name === "urlset" || name === "sitemapindex") {
    $(name === "urlset" ? "url" : "sitemap").each((_, el) => {
      const item = $(el);
      add(text(item, "loc"), null, text(item, "lastmod"));
    });
    return { type: name, entries };
  }
  return null;
}
