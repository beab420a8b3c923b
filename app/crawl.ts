import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultDbPath, openCorpus } from "../corpus/corpus.js";
import { ClaimtrailError, failureOf } from "../model/errors.js";
import { Fetcher, type FetchLimits, type FetchedResource } from "../read/fetch.js";
import { linkTypeOf, linkTypeOfContent, parsePage, type PageLink } from "../read/crawl-links.js";
import { looksLikeXml, parseFeed, type FeedEntry } from "../read/feeds.js";
import { manifestCsv, type ManifestRow } from "../read/manifest-write.js";
import { ALLOW_ALL, parseRobots, type Robots } from "../read/robots.js";
import { DEFAULT_CDX_ENDPOINT } from "../read/cdx.js";
import type { WorkItem } from "../read/sources.js";
import { archivedDocuments } from "./crawl-archive.js";
import { ingestItems, type IngestOptions, type IngestSummary } from "./ingest.js";

export interface CrawlOptions {
  /** The database (for --ingest, and beside which the crawl state is kept): default as for ingest. */
  db?: string;
  /** Only documents whose URL or link text matches. */
  match?: RegExp;
  /** Only documents dated on or after / on or before (YYYY-MM-DD); an undated document is then skipped. */
  since?: string;
  until?: string;
  /** How many links away from the start URL pages are read for further links (default 2). */
  depth?: number;
  /** At most this many documents are selected (default 500); the rest are skipped as over the limit. */
  max?: number;
  /** At most this many pages (index pages, feeds, sitemaps, articles) are fetched (default 200). */
  maxPages?: number;
  /** Ingest the selected documents (else only list them, and write the manifest if asked). */
  ingest?: boolean;
  /** Write the selected documents as a manifest CSV (the columns `claimtrail ingest` reads). */
  manifestPath?: string;
  /** Hosts besides the start URL's whose links are followed. */
  allowHosts?: readonly string[];
  /** Time between two requests to one host (default 1000 ms; a robots.txt Crawl-delay that is longer wins). */
  delayMs?: number;
  /**
   * The crawl state (ETag / Last-Modified of every URL, what each page linked to, which documents were ingested):
   * default `<db>.crawl.json`; null keeps none.
   */
  statePath?: string | null;
  fetch?: Partial<FetchLimits>;
  /**
   * The start is a URL pattern (`trust.nhs.uk/board-papers/*.pdf`) to look up in a web archive's CDX index: its
   * captures (in --since/--until, by capture time) are the documents, fetched from the archive as captured.
   */
  archive?: boolean;
  /** The CDX endpoint (default the Wayback Machine's); captures are fetched from `/web/` on the same host. */
  archiveEndpoint?: string;
  /** Passed to ingest: workers, PDF backend, budget. */
  ingestOptions?: Pick<IngestOptions, "workers" | "pdfBackend" | "budget" | "ocr">;
  signal?: AbortSignal;
  onProgress?: (event: CrawlProgress) => void;
}

export type CrawlProgress =
  { type: "fetch"; url: string; status: number | "failed"; conditional: boolean } | { type: "ingest"; total: number };

export type CrawlStatus = "new" | "unchanged" | "skipped" | "failed";

export interface CrawlDocument {
  url: string;
  /** The link text, feed entry title or article page title. */
  title: string | null;
  /** The meeting or publication date, YYYY-MM-DD. */
  date: string | null;
  dateFrom: PageLink["dateFrom"] | "feed" | "page-metadata";
  /** The page, feed or sitemap it was found on. */
  foundOn: string;
  type: "pdf" | "html";
  status: CrawlStatus;
  /** Why it was skipped or failed. */
  reason?: string;
  /** A web archive's capture (`url` is the capture's): the URL it was captured at, and when (ISO moment, UTC). */
  capture?: { original: string; at: string };
}

export interface CrawlSummary {
  start: string;
  /** Every document found, in the order found, with what became of it. */
  documents: CrawlDocument[];
  /** Pages, feeds and sitemaps read (or known unchanged), and links not followed, with why. */
  pages: Array<{ url: string; status: "read" | "unchanged" | "skipped" | "failed"; reason?: string }>;
  /** HTTP requests made, and how many of them were conditional. */
  requests: number;
  conditionalRequests: number;
  ingest?: IngestSummary;
  manifest?: string;
  seconds: number;
}

/** What a crawl remembers of a URL between runs. */
interface UrlState {
  etag?: string | null;
  lastModified?: string | null;
  role: "page" | "feed" | "document";
  /** A document handed to ingest and stored (or found identical to a stored one). */
  ingested?: boolean;
  links?: PageLink[];
  isArticle?: boolean;
  title?: string | null;
  publishedAt?: string | null;
  entries?: FeedEntry[];
  sitemapIndex?: boolean;
}

interface CrawlState {
  version: 1;
  urls: Record<string, UrlState>;
}

const ROBOTS_AGENT = "claimtrail";
/** A site whose robots.txt answers with a 5xx or not at all: RFC 9309 says to fetch nothing from it. */
const UNREACHABLE: Robots = { allowed: () => false, crawlDelay: null };

/**
 * Crawls a trust's board-papers index (or a feed or sitemap) for documents, politely: robots.txt honoured, one request
 * at a time per host with a delay between, conditional requests (ETag / Last-Modified) for what an earlier crawl saw,
 * and the fetcher's size and time limits and private-address refusal.
 *
 * The crawl state is a JSON file beside the database rather than a table in it: it is HTTP cache bookkeeping, not
 * part of the corpus (no document, claim or view reads it), it needs no schema migration, and deleting it simply
 * makes the next crawl unconditional.
 */
export async function crawl(start: string, options: CrawlOptions = {}): Promise<CrawlSummary> {
  const started = performance.now();
  const archiveEndpoint = options.archiveEndpoint ?? DEFAULT_CDX_ENDPOINT;
  let startUrl: URL;
  try {
    // An archive crawl starts from a URL pattern; the requests all go to the archive.
    startUrl = new URL(options.archive ? archiveEndpoint : start);
    if (startUrl.protocol !== "http:" && startUrl.protocol !== "https:") throw new Error();
  } catch {
    throw new ClaimtrailError(
      "bad-usage",
      options.archive ? archiveEndpoint : start,
      options.archive ? "the archive endpoint must be an http(s) URL" : "the start of a crawl must be an http(s) URL",
    );
  }
  const db = defaultDbPath(options.db);
  const statePath = options.statePath === undefined ? `${db}.crawl.json` : options.statePath;
  const state = loadState(statePath);
  const maxDepth = options.depth ?? 2;
  const maxDocs = options.max ?? 500;
  const maxPages = options.maxPages ?? 200;
  const hosts = new Set([startUrl.host, ...(options.allowHosts ?? [])].map((h) => h.toLowerCase()));
  const hostAllowed = (url: string) => {
    const u = new URL(url);
    return hosts.has(u.host.toLowerCase()) || hosts.has(u.hostname.toLowerCase());
  };
  const limits: Partial<FetchLimits> = { ...options.fetch, perHostConcurrency: 1 };
  const robotsFetcher = new Fetcher({ ...limits, retries: 1 });
  const summary: CrawlSummary = {
    start,
    documents: [],
    pages: [],
    requests: 0,
    conditionalRequests: 0,
    seconds: 0,
  };

  // Politeness: the crawl asks for one thing at a time, and waits delayMs after each answer from a host before asking
  // that host again (the gap between one request's end and the next one's start, not only between starts).
  let delayMs = options.delayMs ?? 1000;
  const lastAnswer = new Map<string, number>();
  const paced = async <T>(url: string, request: () => Promise<T>): Promise<T> => {
    const host = new URL(url).host;
    const wait = (lastAnswer.get(host) ?? -Infinity) + delayMs - performance.now();
    if (wait > 0) await sleep(wait, options.signal);
    try {
      return await request();
    } finally {
      lastAnswer.set(host, performance.now());
    }
  };

  const robotsByOrigin = new Map<string, Promise<Robots>>();
  const robotsFor = (url: string): Promise<Robots> => {
    const origin = new URL(url).origin;
    let r = robotsByOrigin.get(origin);
    if (!r) {
      r = readRobots(origin);
      robotsByOrigin.set(origin, r);
    }
    return r;
  };
  const readRobots = async (origin: string): Promise<Robots> => {
    const url = `${origin}/robots.txt`;
    summary.requests++;
    try {
      const res = await paced(url, () => robotsFetcher.fetch(url, options.signal));
      options.onProgress?.({ type: "fetch", url, status: res.status, conditional: false });
      return parseRobots(res.bytes.toString("utf8"), ROBOTS_AGENT);
    } catch (e) {
      const f = failureOf(e, url);
      options.onProgress?.({ type: "fetch", url, status: "failed", conditional: false });
      // RFC 9309: no robots.txt (a 4xx) allows everything; an unreachable one (5xx, network) allows nothing.
      if (f.kind === "not-found" || /^HTTP 4\d\d/.test(f.message)) return ALLOW_ALL;
      if (f.kind === "blocked-url" || f.kind === "interrupted") throw ClaimtrailError.from(f);
      return UNREACHABLE;
    }
  };

  // The start host's robots.txt first: its Crawl-delay, when longer than ours, sets the pace. An archive is asked
  // through its API, which is there to be asked: its pages' robots.txt is not about that.
  if (!options.archive) {
    const startRobots = await robotsFor(start);
    delayMs = Math.max(delayMs, (startRobots.crawlDelay ?? 0) * 1000);
  }
  const robotsOf = options.archive ? async () => ALLOW_ALL : robotsFor;
  const fetcher = new Fetcher(limits);

  const get = async (url: string, useValidators: boolean): Promise<FetchedResource> => {
    const known = state.urls[url];
    const conditional =
      useValidators && known && (known.etag || known.lastModified)
        ? { etag: known.etag, lastModified: known.lastModified }
        : undefined;
    summary.requests++;
    if (conditional) summary.conditionalRequests++;
    try {
      const res = await paced(url, () => fetcher.fetch(url, options.signal, conditional));
      options.onProgress?.({ type: "fetch", url, status: res.status, conditional: !!conditional });
      return res;
    } catch (e) {
      options.onProgress?.({ type: "fetch", url, status: "failed", conditional: !!conditional });
      throw e;
    }
  };

  // What the crawl downloads of a document is kept for ingest, which then reads it from here instead of again.
  const downloads = options.ingest ? mkdtempSync(join(tmpdir(), "claimtrail-crawl-")) : null;
  const downloaded = new Map<string, { path: string; charset: string | null }>();
  const keep = (url: string, res: FetchedResource) => {
    if (!downloads || res.status !== 200) return;
    const path = join(downloads, String(downloaded.size));
    writeFileSync(path, res.bytes);
    downloaded.set(url, { path, charset: res.charset });
  };

  const docsByUrl = new Map<string, CrawlDocument>();
  const addDocument = (d: Omit<CrawlDocument, "status">) => {
    if (docsByUrl.has(d.url)) {
      // Found again with a date where the first sighting had none: keep the date.
      const first = docsByUrl.get(d.url)!;
      if (!first.date && d.date) Object.assign(first, { date: d.date, dateFrom: d.dateFrom });
      return;
    }
    const doc: CrawlDocument = { ...d, status: "new" };
    docsByUrl.set(d.url, doc);
    summary.documents.push(doc);
  };
  const seenPages = new Set<string>();
  // Each page to read, with the link that led to it (whose date an article without one of its own takes).
  const queue: Array<{ url: string; depth: number; from: string | null; link?: PageLink }> = [
    { url: start, depth: 0, from: null },
  ];
  const skipPage = (url: string, reason: string) => summary.pages.push({ url, status: "skipped", reason });

  try {
    if (options.archive) {
      queue.length = 0;
      const found = await archivedDocuments(
        start,
        { endpoint: archiveEndpoint, since: options.since, until: options.until, max: maxDocs },
        (url) => get(url, false),
      );
      summary.pages.push({ url: found[0]?.foundOn ?? archiveEndpoint, status: "read" });
      for (const d of found) addDocument({ ...d, title: null });
    }
    while (queue.length) {
      if (options.signal?.aborted) break;
      const { url, depth, from, link } = queue.shift()!;
      if (seenPages.has(url)) continue;
      seenPages.add(url);
      const robots = await robotsFor(url);
      if (!robots.allowed(url)) {
        const why = robots === UNREACHABLE ? "robots.txt could not be read" : "disallowed by robots.txt";
        if (!from) throw new ClaimtrailError("blocked-url", url, why);
        skipPage(url, why);
        continue;
      }
      if (summary.pages.filter((p) => p.status !== "skipped").length >= maxPages) {
        skipPage(url, `over the limit of ${maxPages} pages`);
        continue;
      }
      let res: FetchedResource;
      const known = state.urls[url];
      try {
        // A document this crawl saw before but did not ingest is fetched in full: it must still be ingested.
        res = await get(url, known?.role !== "document" || !!known.ingested || !options.ingest);
      } catch (e) {
        if (!from) throw e; // the start URL: nothing could be done
        const f = failureOf(e, url);
        summary.pages.push({ url, status: "failed", reason: f.message });
        continue;
      }
      const base = res.finalUrl;
      let entry: UrlState;
      if (res.status === 304 && known) {
        entry = known;
        summary.pages.push({ url, status: "unchanged" });
      } else {
        entry = readResource(res);
        entry.ingested = false;
        summary.pages.push({ url, status: "read" });
      }
      entry.etag = res.etag ?? entry.etag ?? null;
      entry.lastModified = res.lastModified ?? entry.lastModified ?? null;
      state.urls[url] = entry;

      if (entry.role === "document" || entry.isArticle) {
        if (entry.role !== "document") entry.role = "document";
        keep(url, res);
        addDocument({
          url,
          title: entry.title ?? null,
          date: entry.publishedAt ?? link?.date ?? null,
          dateFrom: entry.publishedAt ? "page-metadata" : (link?.dateFrom ?? null),
          foundOn: from ?? url,
          type: entry.links ? "html" : "pdf",
        });
        if (res.status === 304 && known?.ingested) docsByUrl.get(url)!.status = "unchanged";
        continue;
      }
      if (entry.role === "feed") {
        for (const e of entry.entries ?? []) {
          if (!hostAllowed(e.url)) {
            skipPage(e.url, "on another host (--allow-host to follow)");
            continue;
          }
          if (entry.sitemapIndex) {
            queue.push({ url: e.url, depth: depth + 1, from: url });
            continue;
          }
          addDocument({
            url: e.url,
            title: e.title,
            date: e.publishedAt,
            dateFrom: e.publishedAt ? "feed" : null,
            foundOn: url,
            type: linkTypeOf(e.url) === "pdf" ? "pdf" : "html",
          });
        }
        continue;
      }
      for (const link of entry.links ?? []) {
        const type = linkTypeOf(link.url);
        if (type === "other") continue;
        if (!hostAllowed(link.url)) {
          if (type === "pdf") skipPage(link.url, "on another host (--allow-host to follow)");
          continue;
        }
        if (type === "pdf") {
          addDocument({
            url: link.url,
            title: link.text || null,
            date: link.date,
            dateFrom: link.dateFrom,
            foundOn: base,
            type: "pdf",
          });
        } else if (depth < maxDepth && !seenPages.has(link.url)) {
          queue.push({ url: link.url, depth: depth + 1, from: base, link });
        }
      }
    }

    // The link text's date wins over an article's own metadata only where the page gave none: both are kept above.
    await select(summary.documents, options, robotsOf, maxDocs);

    const chosen = summary.documents.filter((d) => d.status !== "skipped");
    if (options.ingest) {
      // Each document not read above (a PDF, a feed's entry) is asked for here, conditionally when an earlier crawl
      // stored it: a 304 is unchanged, and a new one's ETag / Last-Modified are remembered for the next crawl.
      for (const d of chosen) {
        // Pages (articles, a PDF behind a URL without .pdf) were fetched above already.
        if (d.status !== "new" || seenPages.has(d.url)) continue;
        const known = state.urls[d.url];
        try {
          const res = await get(d.url, !!known?.ingested);
          if (res.status === 304) d.status = "unchanged";
          else {
            state.urls[d.url] = { role: "document", etag: res.etag, lastModified: res.lastModified, ingested: false };
            keep(d.url, res);
          }
        } catch (e) {
          Object.assign(d, { status: "failed", reason: failureOf(e, d.url).message });
        }
      }
      const toIngest = chosen.filter((d) => d.status === "new");
      if (toIngest.length) {
        options.onProgress?.({ type: "ingest", total: toIngest.length });
        summary.ingest = await ingestItems(toIngest.map(workItem(downloaded)), {
          ...options.ingestOptions,
          db,
          fetch: { ...limits, perHostIntervalMs: delayMs },
          signal: options.signal,
        });
        const bySource = new Map<string, { status: CrawlStatus; reason?: string }>();
        for (const x of summary.ingest.ingested) bySource.set(x.source, { status: "new" });
        for (const x of summary.ingest.unchanged) bySource.set(x.source, { status: "unchanged" });
        for (const x of summary.ingest.failed) bySource.set(x.source, { status: "failed", reason: x.error });
        recordCaptures(db, toIngest, summary.ingest);
        for (const d of toIngest) {
          const r = bySource.get(d.url) ?? { status: "failed" as const, reason: "not ingested" };
          Object.assign(d, r);
          if (r.status !== "failed") {
            const s = (state.urls[d.url] ??= { role: "document" });
            s.role = "document";
            s.ingested = true;
          }
        }
      }
    }
    if (options.manifestPath) {
      writeAtomically(options.manifestPath, manifestCsv(chosen.map(manifestRow)));
      summary.manifest = options.manifestPath;
    }
  } finally {
    if (downloads) rmSync(downloads, { recursive: true, force: true });
    await Promise.all([fetcher.close(), robotsFetcher.close()]);
    if (statePath) saveState(statePath, state);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** What a fetched resource is: a feed or sitemap, a PDF, an HTML page (an index, or an article), or nothing for us. */
function readResource(res: FetchedResource): UrlState {
  const byContent = linkTypeOfContent(res.contentType);
  const byName = linkTypeOf(res.finalUrl);
  if (byContent === "pdf" || (!byContent && byName === "pdf") || res.bytes.subarray(0, 5).toString() === "%PDF-")
    return { role: "document" };
  if (looksLikeXml(res.bytes, res.contentType)) {
    const feed = parseFeed(res.bytes.toString("utf8"), res.finalUrl);
    if (feed) return { role: "feed", entries: feed.entries, sitemapIndex: feed.type === "sitemapindex" };
    return { role: "page", links: [] };
  }
  if (byContent === "other") return { role: "page", links: [] };
  const page = parsePage(res.bytes.toString("utf8"), res.finalUrl);
  return {
    role: page.isArticle ? "document" : "page",
    links: page.links,
    isArticle: page.isArticle,
    title: page.title,
    publishedAt: page.publishedAt,
  };
}

/** Marks the documents that --match, --since/--until, robots.txt or --max leave out, with why. */
async function select(
  docs: CrawlDocument[],
  options: CrawlOptions,
  robotsFor: (url: string) => Promise<Robots>,
  maxDocs: number,
): Promise<void> {
  let kept = 0;
  for (const d of docs) {
    const skip = (reason: string) => Object.assign(d, { status: "skipped", reason });
    if (d.status === "skipped" || d.status === "failed") continue;
    if (options.match && !options.match.test(d.url) && !options.match.test(d.title ?? "")) {
      skip(`does not match --match ${options.match.source}`);
      continue;
    }
    // A capture's period was asked of the archive (by capture time); its paper's own date may be older.
    if ((options.since || options.until) && !d.capture) {
      if (!d.date) {
        skip("no date found (needed by --since/--until)");
        continue;
      }
      if ((options.since && d.date < options.since) || (options.until && d.date > options.until)) {
        skip(`dated ${d.date}, outside ${options.since ?? "…"} to ${options.until ?? "…"}`);
        continue;
      }
    }
    if (!(await robotsFor(d.url)).allowed(d.url)) {
      skip("disallowed by robots.txt");
      continue;
    }
    if (kept >= maxDocs) {
      skip(`over the limit of ${maxDocs} documents (--max)`);
      continue;
    }
    kept++;
  }
}

/**
 * A document as a manifest row: its date as publishedAt; a title only where a feed gave one (a link's text, "Board
 * papers (PDF)", is no better than the title on the paper's cover, which a manifest title would replace).
 */
function manifestRow(d: CrawlDocument): ManifestRow {
  return {
    source: d.url,
    ...(d.title && d.dateFrom === "feed" ? { title: d.title } : {}),
    ...(d.date ? { publishedAt: d.date } : {}),
  };
}

/**
 * A document for ingest, from the file the crawl downloaded it to (a URL only if it was not downloaded), stored under
 * its URL with its date; the link text is its title only if the document gives none of its own.
 */
function workItem(downloaded: Map<string, { path: string; charset: string | null }>) {
  return (d: CrawlDocument): WorkItem => {
    const file = downloaded.get(d.url);
    const { source, ...overrides } = manifestRow(d);
    return {
      source,
      location: file ? { type: "file", ...file } : { type: "url", url: d.url },
      overrides: { ...overrides, ...(d.title && !overrides.title ? { titleIfNone: d.title } : {}) },
    };
  };
}

/** An archived document's provenance, beside it in the corpus: the capture it was read from, its original URL, when. */
function recordCaptures(db: string, docs: CrawlDocument[], ingested: IngestSummary): void {
  const captured = docs.filter((d) => d.capture);
  if (!captured.length) return;
  const ids = new Map([...ingested.ingested, ...ingested.unchanged].map((x) => [x.source, x.id]));
  const corpus = openCorpus(db);
  try {
    corpus.transaction(() => {
      for (const d of captured) {
        const id = ids.get(d.url);
        if (id)
          corpus.captures.record(id, {
            captureUrl: d.url,
            originalUrl: d.capture!.original,
            capturedAt: d.capture!.at,
          });
      }
    });
  } finally {
    corpus.close();
  }
}

function loadState(path: string | null): CrawlState {
  if (!path) return { version: 1, urls: {} };
  try {
    const s = JSON.parse(readFileSync(path, "utf8")) as CrawlState;
    if (s && s.version === 1 && s.urls && typeof s.urls === "object") return s;
  } catch {
    // none yet, or unreadable: start afresh (the crawl is then unconditional)
  }
  return { version: 1, urls: {} };
}

function saveState(path: string, state: CrawlState): void {
  try {
    writeAtomically(path, JSON.stringify(state, null, 1) + "\n");
  } catch {
    // The state only saves requests next time: a crawl that worked is not failed for it.
  }
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Waits, or less when the crawl is stopped (the request that follows then fails as interrupted). */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
