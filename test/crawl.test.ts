import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readManifest } from "../read/manifest.js";
import { parseRobots } from "../read/robots.js";
import { dateFromFileName, dateFromText } from "../read/crawl-links.js";
import { VERSION } from "../model/version.js";
import { ROOT, runCli } from "./helpers/cli.js";

// A trust's website on 127.0.0.1, with the sample corpus's real PDFs and articles: every request is recorded.
interface Hit {
  path: string;
  host: string;
  headers: IncomingHttpHeaders;
  at: number;
}
let server: Server;
let base: string;
let port: number;
let hits: Hit[] = [];
let dir: string;

const sample = (p: string) => readFileSync(join(ROOT, "corpus/samples", p));
const PDF = {
  "/board/papers/board-2008-11-26.pdf": sample("board-papers/royal-free-board-2008-11.pdf"),
  "/board/papers/TB_24_09_08.pdf": sample("board-papers/royal-free-board-2008-09.pdf"),
  "/board/papers/finance.pdf": sample("board-papers/barts-board-2008-06.pdf"),
  "/board/papers/agenda.pdf": sample("board-papers/barts-board-2008-09.pdf"),
  "/board/papers/board-2009-03-25.pdf": sample("board-papers/barts-board-2008-09.pdf"),
  "/board/papers/board-2007-11-28.pdf": sample("board-papers/barts-board-2008-06.pdf"),
  "/board/private/confidential-2008-10-01.pdf": sample("board-papers/barts-board-2008-06.pdf"),
} as Record<string, Buffer>;
const ARTICLE = {
  "/news/royal-free-cost.html": sample("articles/london-health-journal-2008-12-02-royal-free-7-2m.html"),
  "/news/bt-halts-london.html": sample("articles/nhs-digital-review-2008-10-17-bt-halts-london.html"),
} as Record<string, Buffer>;
const LAST_MODIFIED = "Wed, 26 Nov 2008 12:00:00 GMT";

const indexPage = () => `<!doctype html><html><head><title>Trust Board papers</title></head><body>
<h1>Trust Board meetings</h1>
<h2>2008</h2>
<ul>
  <li><a href="/board/papers/board-2008-11-26.pdf">Chief Executive's report</a></li>
  <li><a href="papers/TB_24_09_08.pdf">Board papers (PDF)</a></li>
  <li><a href="${base}/board/papers/finance.pdf">Trust Board 25 June 2008: finance report</a></li>
</ul>
<h3>Meeting of 17 September 2008</h3>
<p><a href="/board/papers/agenda.pdf">Agenda and papers</a></p>
<h3>Part 2 (closed session)</h3>
<p><a href="/board/private/confidential-2008-10-01.pdf">Confidential papers</a></p>
<h2>2009</h2>
<p><a href="/board/papers/board-2009-03-25.pdf">Board papers</a></p>
<h2>Elsewhere</h2>
<p><a href="http://localhost:${port}/board/papers/mirror-2008-12-01.pdf">A mirror of our papers</a>
<a href="http://localhost:${port}/news/">Another site's news</a>
<a href="/news/royal-free-cost.html">In the press: the Royal Free's bill</a>
<a href="/board/2007.html">Papers of 2007</a>
<a href="mailto:board@example.nhs.uk">Write to the board secretary</a></p>
</body></html>`;

const PAGE_2007 = `<!doctype html><html><head><title>2007 papers</title></head><body>
<h1>2007</h1><a href="/board/papers/board-2007-11-28.pdf">November meeting</a></body></html>`;

// An archive in two pages, with a paper that moved (a redirect) and one that is gone (a 404).
const ARCHIVE_1 = `<html><body><h1>Archive</h1>
<a href="/archive/old-2008-07-30.pdf">Board papers</a>
<a href="/archive/missing-2008-08-27.pdf">Board papers</a>
<a href="/archive/page/2">Next page</a></body></html>`;
const ARCHIVE_2 = `<html><body><h1>Archive, page 2</h1>
<a href="/board/papers/board-2008-11-26.pdf">Trust Board, 26 November 2008</a></body></html>`;

const rss = () => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Trust news</title>
<item><title>BT halts London deployments</title><link>${base}/news/bt-halts-london.html</link>
<pubDate>Fri, 17 Oct 2008 09:00:00 +0100</pubDate></item>
<item><title>Royal Free's bill</title><link>/news/royal-free-cost.html</link>
<pubDate>Tue, 02 Dec 2008 08:00:00 GMT</pubDate></item>
</channel></rss>`;

const atom = () => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Board papers</title>
<entry><title>November board</title><link rel="alternate" href="${base}/board/papers/board-2008-11-26.pdf"/>
<published>2008-11-26T10:00:00Z</published><updated>2008-12-01T10:00:00Z</updated></entry>
</feed>`;

const SITEMAP_INDEX = () => `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${base}/sitemap-papers.xml</loc></sitemap></sitemapindex>`;
const SITEMAP = () => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${base}/board/papers/board-2008-11-26.pdf</loc><lastmod>2008-11-27</lastmod></url>
<url><loc>${base}/board/papers/finance.pdf</loc><lastmod>2008-06-26T09:00:00+01:00</lastmod></url>
<url><loc>${base}/board/private/confidential-2008-10-01.pdf</loc><lastmod>2008-10-02</lastmod></url>
</urlset>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    hits.push({ path, host: req.headers.host ?? "", headers: req.headers, at: Date.now() });
    const send = (type: string, body: string | Buffer) => {
      const bytes = typeof body === "string" ? Buffer.from(body) : body;
      const etag = `"${createHash("sha1").update(bytes).digest("hex").slice(0, 16)}"`;
      if (req.headers["if-none-match"] === etag || req.headers["if-modified-since"] === LAST_MODIFIED) {
        res.writeHead(304, { etag });
        return res.end();
      }
      res.writeHead(200, { "content-type": type, etag, "last-modified": LAST_MODIFIED });
      res.end(bytes);
    };
    if (path === "/robots.txt")
      return send("text/plain", "User-agent: *\nDisallow: /board/private/\n\nUser-agent: otherbot\nDisallow: /\n");
    if (path === "/board/") return send("text/html; charset=utf-8", indexPage());
    if (path === "/board/2007.html") return send("text/html; charset=utf-8", PAGE_2007);
    if (path === "/archive/") return send("text/html", ARCHIVE_1);
    if (path === "/archive/page/2") return send("text/html", ARCHIVE_2);
    if (path === "/archive/old-2008-07-30.pdf") {
      res.writeHead(301, { location: "/board/papers/finance.pdf" });
      return res.end();
    }
    if (path === "/feed.xml") return send("application/rss+xml", rss());
    if (path === "/atom.xml") return send("application/atom+xml", atom());
    if (path === "/sitemap.xml") return send("application/xml", SITEMAP_INDEX());
    if (path === "/sitemap-papers.xml") return send("text/xml", SITEMAP());
    if (PDF[path]) return send("application/pdf", PDF[path]);
    if (ARTICLE[path]) return send("text/html; charset=utf-8", ARTICLE[path]);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  hits = [];
  dir = mkdtempSync(join(tmpdir(), "claimtrail-crawl-"));
  return () => rmSync(dir, { recursive: true, force: true });
});

interface CrawlJson {
  found: number;
  new: number;
  unchanged: number;
  skipped: number;
  failed: number;
  requests: number;
  conditionalRequests: number;
  documents: Array<{ url: string; date: string | null; dateFrom: string | null; status: string; reason?: string }>;
  pages: Array<{ url: string; status: string; reason?: string }>;
}

const crawlJson = async (args: string[]) => {
  const r = await runCli(["--db", join(dir, "c.db"), "crawl", ...args, "--allow-private", "--delay-ms", "0", "--json"]);
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as CrawlJson) : null };
};
const doc = (j: CrawlJson, path: string) => j.documents.find((d) => d.url === base + path);

describe("claimtrail crawl: a board-papers index", () => {
  it("finds the PDFs and the article with their dates, honours robots.txt, filters, and writes a manifest", async () => {
    const manifest = join(dir, "papers.csv");
    const { code, json, stderr } = await crawlJson([
      `${base}/board/`,
      "--since",
      "2008-01-01",
      "--until",
      "2008-12-31",
      "--manifest",
      manifest,
    ]);
    expect(code, stderr).toBe(0);
    const j = json!;
    // Dates from the file name (ISO and day_month_yy), the link text, the heading above, the article's metadata.
    expect(doc(j, "/board/papers/board-2008-11-26.pdf")).toMatchObject({ date: "2008-11-26", dateFrom: "file-name" });
    expect(doc(j, "/board/papers/TB_24_09_08.pdf")).toMatchObject({ date: "2008-09-24", dateFrom: "file-name" });
    expect(doc(j, "/board/papers/finance.pdf")).toMatchObject({ date: "2008-06-25", dateFrom: "link-text" });
    expect(doc(j, "/board/papers/agenda.pdf")).toMatchObject({ date: "2008-09-17", dateFrom: "heading" });
    expect(doc(j, "/news/royal-free-cost.html")).toMatchObject({ status: "new", dateFrom: "page-metadata" });
    // Skipped: robots.txt, outside the dates (one on the index, one on a page a link away).
    expect(doc(j, "/board/private/confidential-2008-10-01.pdf")).toMatchObject({
      status: "skipped",
      reason: "disallowed by robots.txt",
    });
    expect(doc(j, "/board/papers/board-2009-03-25.pdf")).toMatchObject({ status: "skipped", date: "2009-03-25" });
    expect(doc(j, "/board/papers/board-2007-11-28.pdf")).toMatchObject({ status: "skipped", date: "2007-11-28" });
    expect(j).toMatchObject({ found: 8, new: 5, unchanged: 0, skipped: 3, failed: 0 });

    // The other host is not followed, nor asked for anything; the disallowed PDF is never requested.
    expect(hits.filter((h) => h.host.startsWith("localhost"))).toEqual([]);
    expect(j.pages).toContainEqual(
      expect.objectContaining({
        url: `http://localhost:${port}/board/papers/mirror-2008-12-01.pdf`,
        status: "skipped",
      }),
    );
    expect(hits.map((h) => h.path)).not.toContain("/board/private/confidential-2008-10-01.pdf");
    // Without --ingest, PDFs are listed from their links, not downloaded; robots.txt came first.
    expect(hits.map((h) => h.path)).toEqual([
      "/robots.txt",
      "/board/",
      "/news/royal-free-cost.html",
      "/board/2007.html",
    ]);
    expect(hits[0]!.headers["user-agent"]).toContain(`claimtrail/${VERSION}`);

    // The manifest is one `claimtrail ingest` reads, with the dates and link texts.
    const m = readManifest(manifest);
    expect(m.errors).toEqual([]);
    expect(m.entries.map((e) => e.location).sort()).toEqual(
      [
        "/board/papers/TB_24_09_08.pdf",
        "/board/papers/agenda.pdf",
        "/board/papers/board-2008-11-26.pdf",
        "/board/papers/finance.pdf",
        "/news/royal-free-cost.html",
      ].map((p) => base + p),
    );
    // The date as publishedAt; the link text is not made the title (the paper's cover has a better one).
    expect(m.entries.find((e) => e.location.endsWith("finance.pdf"))!.overrides).toEqual({ publishedAt: "2008-06-25" });
  });

  it("--match keeps only matching URLs or link texts; --depth 0 reads only the start page", async () => {
    const { code, json } = await crawlJson([`${base}/board/`, "--match", "board-\\d{4}", "--depth", "0"]);
    expect(code).toBe(0);
    expect(json!.documents.filter((d) => d.status === "new").map((d) => d.url)).toEqual([
      `${base}/board/papers/board-2008-11-26.pdf`,
      `${base}/board/papers/board-2009-03-25.pdf`,
    ]);
    expect(hits.map((h) => h.path)).toEqual(["/robots.txt", "/board/"]);
    const capped = await crawlJson([`${base}/board/`, "--max", "2", "--depth", "0"]);
    expect(capped.json).toMatchObject({ found: 6, new: 2 });
    expect(capped.json!.documents.at(-1)).toMatchObject({
      status: "skipped",
      reason: "over the limit of 2 documents (--max)",
    });
  });

  it("ingests what it found into the database, and a re-crawl asks conditionally and counts all unchanged", async () => {
    const args = [`${base}/board/`, "--since", "2008-06-01", "--until", "2008-12-31", "--ingest", "--workers", "0"];
    const first = await crawlJson(args);
    expect(first.code, first.stderr).toBe(0);
    expect(first.json).toMatchObject({ found: 8, new: 5, unchanged: 0, skipped: 3, failed: 0 });
    const db = new Database(join(dir, "c.db"), { readonly: true });
    const rows = db.prepare("SELECT source, kind, published_at AS publishedAt FROM documents ORDER BY source").all();
    db.close();
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ source: `${base}/board/papers/finance.pdf`, publishedAt: "2008-06-25" }),
        expect.objectContaining({ source: `${base}/board/papers/board-2008-11-26.pdf`, publishedAt: "2008-11-26" }),
        expect.objectContaining({ source: `${base}/news/royal-free-cost.html`, kind: "news" }),
      ]),
    );
    expect(rows).toHaveLength(5);
    // (The paths only: the server's port is any number, "42007" among them.)
    expect(rows.map((r) => (r as { source: string }).source.slice(base.length)).join(" ")).not.toMatch(
      /private|2009|2007/,
    );
    // Each document was downloaded once: what the crawl fetched is what ingest read.
    for (const r of rows) {
      const path = new URL((r as { source: string }).source).pathname;
      expect(hits.filter((h) => h.path === path).length, path).toBe(1);
    }

    hits = [];
    const second = await crawlJson(args);
    expect(second.code, second.stderr).toBe(0);
    expect(second.json).toMatchObject({ found: 8, new: 0, unchanged: 5, skipped: 3, failed: 0 });
    // Every request but robots.txt was conditional, and each was answered 304 (no ingest ran).
    const asked = hits.filter((h) => h.path !== "/robots.txt");
    expect(asked.length).toBeGreaterThan(5);
    for (const h of asked) expect(h.headers["if-none-match"] ?? h.headers["if-modified-since"], h.path).toBeTruthy();
    expect(second.json!.conditionalRequests).toBe(asked.length);
  });

  it("follows pagination and redirects; a paper that is gone is a failure (exit 1) and the rest are stored", async () => {
    const { code, json, stderr } = await crawlJson([`${base}/archive/`, "--ingest", "--workers", "0"]);
    expect(code).toBe(1);
    expect(stderr).toContain(`claimtrail: ${base}/archive/missing-2008-08-27.pdf: HTTP 404 Not Found\n`);
    expect(json).toMatchObject({ found: 3, new: 2, failed: 1 });
    expect(doc(json!, "/archive/missing-2008-08-27.pdf")).toMatchObject({
      status: "failed",
      reason: "HTTP 404 Not Found",
    });
    expect(doc(json!, "/board/papers/board-2008-11-26.pdf")).toMatchObject({ status: "new", dateFrom: "link-text" });
    const db = new Database(join(dir, "c.db"), { readonly: true });
    const sources = db.prepare("SELECT source, published_at AS p FROM documents ORDER BY source").all();
    db.close();
    // The moved paper is stored under the URL the site links to, with the date of that link.
    expect(sources).toEqual([
      { source: `${base}/archive/old-2008-07-30.pdf`, p: "2008-07-30" },
      { source: `${base}/board/papers/board-2008-11-26.pdf`, p: "2008-11-26" },
    ]);
  });

  it("--allow-host follows links to another host, under that host's robots.txt", async () => {
    const { code, json } = await crawlJson([`${base}/board/`, "--depth", "0", "--allow-host", "localhost"]);
    expect(code).toBe(0);
    expect(json!.documents.find((d) => d.url.includes("mirror"))).toMatchObject({ status: "new", date: "2008-12-01" });
    expect(hits.filter((h) => h.host.startsWith("localhost")).map((h) => h.path)).toEqual(["/robots.txt"]);
  });

  it("waits between requests to a host, one at a time", async () => {
    const r = await runCli([
      "--db",
      join(dir, "c.db"),
      "crawl",
      `${base}/board/`,
      "--allow-private",
      "--delay-ms",
      "150",
      "--depth",
      "1",
      "--json",
    ]);
    expect(r.code, r.stderr).toBe(0);
    // robots.txt, the index, the article and the 2007 page: each 150 ms after the answer to the one before.
    const times = hits.map((h) => h.at);
    expect(times.length).toBe(4);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(140);
  });

  it("refuses a loopback start URL without --allow-private (exit 3), and bad usage is exit 2", async () => {
    const refused = await runCli(["--db", join(dir, "c.db"), "crawl", `${base}/board/`, "--json"]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/private or reserved address/);
    expect(hits).toEqual([]);
    const reversed = await runCli(["crawl", `${base}/board/`, "--since", "2009-01-01", "--until", "2008-01-01"]);
    expect(reversed.code).toBe(2);
    const badRegex = await runCli(["crawl", `${base}/board/`, "--match", "(["]);
    expect(badRegex.code).toBe(2);
    const notUrl = await runCli(["crawl", "papers/"]);
    expect(notUrl.code).toBe(2);
  });
});

it("a site whose robots.txt fails with a 5xx is not crawled at all (RFC 9309), exit 3", async () => {
  const paths: string[] = [];
  const down = createServer((req, res) => {
    paths.push(req.url ?? "");
    res.writeHead(req.url === "/robots.txt" ? 503 : 200, { "retry-after": "0", "content-type": "text/html" });
    res.end("<a href='/a.pdf'>Board 1 May 2008</a>");
  });
  await new Promise<void>((r) => down.listen(0, "127.0.0.1", r));
  try {
    const url = `http://127.0.0.1:${(down.address() as AddressInfo).port}/board/`;
    const r = await crawlJson([url]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`claimtrail: ${url}: robots.txt could not be read`);
    expect(new Set(paths)).toEqual(new Set(["/robots.txt"]));
  } finally {
    await new Promise((r) => down.close(r));
  }
});

describe("claimtrail crawl: feeds and sitemaps", () => {
  it("an RSS feed yields its items with their publication dates", async () => {
    const { code, json, stderr } = await crawlJson([`${base}/feed.xml`, "--manifest", join(dir, "feed.csv")]);
    expect(code, stderr).toBe(0);
    expect(json!.documents).toEqual([
      expect.objectContaining({ url: `${base}/news/bt-halts-london.html`, date: "2008-10-17", dateFrom: "feed" }),
      expect.objectContaining({ url: `${base}/news/royal-free-cost.html`, date: "2008-12-02", dateFrom: "feed" }),
    ]);
    const m = readManifest(join(dir, "feed.csv"));
    expect(m.entries[0]!.overrides).toEqual({ title: "BT halts London deployments", publishedAt: "2008-10-17" });
  });

  it("an Atom feed: the entry's published date", async () => {
    const { json } = await crawlJson([`${base}/atom.xml`]);
    expect(json!.documents).toEqual([
      expect.objectContaining({ url: `${base}/board/papers/board-2008-11-26.pdf`, date: "2008-11-26", type: "pdf" }),
    ]);
  });

  it("a sitemap index leads to its sitemaps, whose URLs carry lastmod; robots.txt still holds", async () => {
    const { code, json } = await crawlJson([`${base}/sitemap.xml`, "--ingest", "--workers", "0"]);
    expect(code).toBe(0);
    expect(json).toMatchObject({ found: 3, new: 2, skipped: 1 });
    expect(doc(json!, "/board/papers/finance.pdf")).toMatchObject({ date: "2008-06-26", status: "new" });
    expect(doc(json!, "/board/private/confidential-2008-10-01.pdf")).toMatchObject({ status: "skipped" });
    const db = new Database(join(dir, "c.db"), { readonly: true });
    const got = db
      .prepare("SELECT published_at AS p FROM documents WHERE source = ?")
      .get(`${base}/board/papers/finance.pdf`);
    db.close();
    expect(got).toEqual({ p: "2008-06-26" });

    // Again: the sitemaps and both papers are asked for conditionally, and nothing is ingested again.
    hits = [];
    const again = await crawlJson([`${base}/sitemap.xml`, "--ingest", "--workers", "0"]);
    expect(again.json).toMatchObject({ found: 3, new: 0, unchanged: 2, skipped: 1 });
    expect(hits.filter((h) => h.path.endsWith(".pdf")).map((h) => h.headers["if-none-match"])).toEqual([
      expect.stringMatching(/^"/),
      expect.stringMatching(/^"/),
    ]);
  });

  it("text output: the counts, each document with its date and outcome, and progress on stderr", async () => {
    const r = await runCli([
      "--db",
      join(dir, "c.db"),
      "crawl",
      `${base}/board/`,
      "--allow-private",
      "--delay-ms",
      "0",
      "--until",
      "2008-12-31",
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^8 documents found: 6 new, 0 unchanged, 2 skipped, 0 failed \(4 requests, 0 conditional/);
    expect(r.stdout).toContain(`+ 2008-09-17  Agenda and papers  ${base}/board/papers/agenda.pdf`);
    expect(r.stdout).toContain(
      `- 2009-03-25  Board papers  ${base}/board/papers/board-2009-03-25.pdf: dated 2009-03-25`,
    );
    expect(r.stdout).toContain(`http://localhost:${port}/board/papers/mirror-2008-12-01.pdf: on another host`);
    expect(r.stderr).toContain(`crawl: 200 ${base}/board/`);
  });
});

describe("read/: robots.txt and dates in names", () => {
  it("robots.txt: our group over *, longest match, Allow on a tie, wildcards and $", () => {
    const r = parseRobots(
      [
        "User-agent: *",
        "Disallow: /",
        "",
        "User-agent: claimtrail",
        "Disallow: /board/private/",
        "Allow: /board/private/public-*.pdf$",
        "Disallow: /*.doc$",
        "Crawl-delay: 2",
      ].join("\n"),
      "claimtrail",
    );
    expect(r.allowed("http://x/board/")).toBe(true);
    expect(r.allowed("http://x/board/private/a.pdf")).toBe(false);
    expect(r.allowed("http://x/board/private/public-1.pdf")).toBe(true);
    expect(r.allowed("http://x/board/private/public-1.pdf?x")).toBe(false);
    expect(r.allowed("http://x/a/b.doc")).toBe(false);
    expect(r.crawlDelay).toBe(2);
    expect(parseRobots("User-agent: *\nDisallow: /x\n", "claimtrail").allowed("http://x/xy")).toBe(false);
    expect(parseRobots("User-agent: *\nDisallow:\n", "claimtrail").allowed("http://x/xy")).toBe(true);
  });

  it("dates in file names and link texts, British order, no made-up days", () => {
    const u = (name: string) => `http://x/papers/${name}`;
    expect(dateFromFileName(u("board-2008-11-26.pdf"))).toBe("2008-11-26");
    expect(dateFromFileName(u("TB_26_11_08.pdf"))).toBe("2008-11-26");
    expect(dateFromFileName(u("20081126_minutes.pdf"))).toBe("2008-11-26");
    expect(dateFromFileName(u("board-26-november-2008.pdf"))).toBe("2008-11-26");
    expect(dateFromFileName(u("item-12.pdf"))).toBeNull();
    expect(dateFromText("Trust Board, 3/12/2008")).toBe("2008-12-03");
    expect(dateFromText("November 2008 papers")).toBeNull();
  });
});

// A state file that cannot be parsed is not an error: the crawl is then unconditional.
it("an unreadable crawl state is started afresh", async () => {
  writeFileSync(join(dir, "c.db.crawl.json"), "{not json");
  const { code, json } = await crawlJson([`${base}/atom.xml`]);
  expect(code).toBe(0);
  expect(json!.conditionalRequests).toBe(0);
});
