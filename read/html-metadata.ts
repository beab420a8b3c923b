import type { CheerioAPI } from "cheerio";

export interface HtmlMetadata {
  title: string | null;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  /** The page says it is an article (JSON-LD NewsArticle, og:type article, an <article>). */
  isArticle: boolean;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|OpinionNewsArticle)$/;

type Json = Record<string, unknown>;

/** Metadata from JSON-LD first, then OpenGraph and article meta tags, then <title> and <time>. */
export function readHtmlMetadata($: CheerioAPI): HtmlMetadata {
  const ld = jsonLdArticle($);
  const meta = (sel: string) => clean($(sel).first().attr("content"));
  const publisher = nameOf(ld?.publisher) ?? meta('meta[property="og:site_name"]') ?? meta('meta[name="publisher"]');
  const title = clean(str(ld?.headline)) ?? meta('meta[property="og:title"]') ?? trimSiteSuffix(clean($("title").first().text()), publisher);
  const published =
    isoDay(str(ld?.datePublished)) ??
    isoDay(meta('meta[property="article:published_time"]')) ??
    isoDay($("article time[datetime], time[datetime]").first().attr("datetime")) ??
    isoDay(meta('meta[name="date"]') ?? meta('meta[name="dc.date"]') ?? meta('meta[name="DC.date.issued"]'));
  return {
    title,
    publisher,
    author: nameOf(ld?.author) ?? meta('meta[name="author"]'),
    publishedAt: published,
    language: clean($("html").attr("lang")),
    isArticle: !!ld || meta('meta[property="og:type"]') === "article" || $("article").length > 0,
  };
}

function jsonLdArticle($: CheerioAPI): Json | null {
  for (const el of $('script[type="application/ld+json"]').toArray()) {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
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

/** "Royal Free losses | Health IT Weekly" → "Royal Free losses" when the suffix is the publisher. */
function trimSiteSuffix(title: string | null, publisher: string | null): string | null {
  if (!title) return null;
  const m = /^(.*?)\s+[|–—-]\s+([^|–—-]+)$/.exec(title);
  if (m && (!publisher || m[2]!.trim().toLowerCase() === publisher.toLowerCase())) return m[1]!.trim();
  return title;
}

/** An ISO date (YYYY-MM-DD) from a timestamp or date string; null when it does not parse. */
export function isoDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const direct = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (direct) return `${direct[1]}-${direct[2]}-${direct[3]}`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
