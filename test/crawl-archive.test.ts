import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { crawl as crawlLibrary, Library } from "../index.js";
import { captureTime, captureUrl, cdxQueryUrl, parseCdx } from "../read/cdx.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { makePdf } from "./helpers/make-pdf.js";

// A web archive on 127.0.0.1: a CDX endpoint answering in JSON (output=json) or in the space-separated text form, the
// captures under /web/<timestamp>id_/<original>, and a trust's page for link-text titles. Every request is recorded.
interface Hit {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}
let server: Server;
let base: string;
let hits: Hit[] = [];
let dir: string;
let untitled: Buffer;

const sample = (p: string) => readFileSync(join(ROOT, "corpus/samples", p));
const SITE = "trust.example.nhs.uk";
const ARTICLE = sample("articles/london-health-journal-2008-12-02-royal-free-7-2m.html").toString("utf8");
// A later capture of the same story whose page carries the archive's note: the same text at other bytes.
const ARTICLE_NOTED = ARTICLE.replace(
  "</article>",
  "<p>This page was captured by a web archive; links on it may no longer work, and the page may have changed since.</p></article>",
);
/** original URL → timestamp → bytes: what the archive holds. */
const CAPTURES: Array<{ original: string; timestamp: string; mimetype: string; bytes: Buffer }> = [
  {
    original: `http://${SITE}/board-papers/board-2008-11-26.pdf`,
    timestamp: "20081201120000",
    mimetype: "application/pdf",
    bytes: sample("board-papers/royal-free-board-2008-11.pdf"),
  },
  // The same paper captured again: the same digest, one document.
  {
    original: `http://${SITE}/board-papers/board-2008-11-26.pdf`,
    timestamp: "20090115093000",
    mimetype: "application/pdf",
    bytes: sample("board-papers/royal-free-board-2008-11.pdf"),
  },
  {
    original: `http://${SITE}/board-papers/TB_24_09_08.pdf`,
    timestamp: "20081002080000",
    mimetype: "application/pdf",
    bytes: sample("board-papers/royal-free-board-2008-09.pdf"),
  },
  {
    original: `http://${SITE}/news/royal-free-cost.html`,
    timestamp: "20081203100000",
    mimetype: "text/html",
    bytes: Buffer.from(ARTICLE),
  },
  {
    original: `http://${SITE}/news/royal-free-cost.html`,
    timestamp: "20090601000000",
    mimetype: "text/html",
    bytes: Buffer.from(ARTICLE_NOTED),
  },
];
const digest = (b: Buffer) => createHash("sha1").update(b).digest("hex").slice(0, 32).toUpperCase();
const urlkey = (original: string) => original.replace(/^https?:\/\//, "").replace(SITE, "uk,nhs,example,trust)");

function cdxAnswer(json: boolean): string {
  const rows = CAPTURES.map((c) => [c.timestamp, c.original, c.mimetype, "200", digest(c.bytes)]);
  if (json) return JSON.stringify([["timestamp", "original", "mimetype", "statuscode", "digest"], ...rows]);
  // The text form in the server's default seven fields (as an archive that ignores fl= answers).
  return CAPTURES.map((c) =>
    [urlkey(c.original), c.timestamp, c.original, c.mimetype, "200", digest(c.bytes), String(c.bytes.length)].join(" "),
  ).join("\n");
}

beforeAll(async () => {
  untitled = await makePdf({
    pages: [["ROYAL FREE HAMPSTEAD NHS TRUST", "", "The Trust reported 95 complaints in October 2008."]],
  });
  server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    hits.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
    const send = (type: string, body: string | Buffer) => {
      const bytes = typeof body === "string" ? Buffer.from(body) : body;
      const etag = `"${digest(bytes)}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304, { etag });
        return res.end();
      }
      res.writeHead(200, { "content-type": type, etag });
      res.end(bytes);
    };
    if (url.pathname === "/robots.txt") return send("text/plain", "User-agent: *\nDisallow:\n");
    if (url.pathname === "/cdx/search/cdx")
      return send("text/plain", cdxAnswer(url.searchParams.get("output") === "json"));
    if (url.pathname === "/text-only/cdx/search/cdx") return send("text/plain", cdxAnswer(false));
    if (url.pathname === "/broken/cdx/search/cdx")
      return send("text/html", "<html><body>Service unavailable</body></html>");
    const capture = /^\/(?:text-only\/)?web\/(\d{14})id_\/(.+)$/.exec(url.pathname + url.search);
    if (capture) {
      const c = CAPTURES.find((x) => x.timestamp === capture[1] && x.original === capture[2]);
      if (c) return send(c.mimetype, c.bytes);
    }
    if (url.pathname === "/board/")
      return send(
        "text/html",
        `<html><body><h1>Board papers</h1>
<a href="/board/quality-2008-10-29.pdf">Quality and safety report</a>
<a href="/board/board-2008-11-26.pdf">Board papers (PDF)</a></body></html>`,
      );
    if (url.pathname === "/board/quality-2008-10-29.pdf") return send("application/pdf", untitled);
    if (url.pathname === "/board/board-2008-11-26.pdf") return send("application/pdf", CAPTURES[0]!.bytes);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

beforeEach(() => {
  hits = [];
  dir = mkdtempSync(join(tmpdir(), "claimtrail-archive-"));
  return () => rmSync(dir, { recursive: true, force: true });
});

interface CrawlJson {
  found: number;
  new: number;
  unchanged: number;
  skipped: number;
  failed: number;
  conditionalRequests: number;
  documents: Array<{ url: string; date: string | null; status: string; capture?: { original: string; at: string } }>;
}

const crawl = async (args: string[]) => {
  const r = await runCli([
    "--db",
    join(dir, "a.db"),
    "crawl",
    ...args,
    "--allow-private",
    "--delay-ms",
    "0",
    "--workers",
    "0",
    "--json",
  ]);
  return { ...r, json: r.stdout ? (JSON.parse(r.stdout) as CrawlJson) : null };
};
const archive = (endpoint = `${base}/cdx/search/cdx`) => [
  `${SITE}/*`,
  "--archive",
  "--archive-endpoint",
  endpoint,
  "--since",
  "2008-01-01",
  "--until",
  "2009-12-31",
  "--ingest",
];

function stored(): Array<{ source: string; publishedAt: string | null; duplicateOf: string | null; id: string }> {
  const db = new Database(join(dir, "a.db"), { readonly: true });
  try {
    return db
      .prepare(
        "SELECT id, source, published_at AS publishedAt, duplicate_of AS duplicateOf FROM documents ORDER BY source",
      )
      .all() as Array<{ source: string; publishedAt: string | null; duplicateOf: string | null; id: string }>;
  } finally {
    db.close();
  }
}

function captures(): Array<{ capture_url: string; document_id: string; original_url: string; captured_at: string }> {
  const db = new Database(join(dir, "a.db"), { readonly: true });
  try {
    return db.prepare("SELECT * FROM archive_captures ORDER BY captured_at").all() as ReturnType<typeof captures>;
  } finally {
    db.close();
  }
}

describe("claimtrail crawl --archive", () => {
  it("asks the CDX index (JSON) for a pattern's captures, fetches each once as captured, and stores its provenance", async () => {
    const { code, json, stderr } = await crawl(archive());
    expect(code, stderr).toBe(0);
    // Five captures, four distinct documents (one paper captured twice with one digest).
    expect(json).toMatchObject({ found: 4, new: 4, failed: 0 });
    const cdx = hits.find((h) => h.path === "/cdx/search/cdx")!;
    expect(Object.fromEntries(cdx.query)).toMatchObject({
      url: `${SITE}/*`,
      output: "json",
      from: "20080101",
      to: "20091231235959",
      filter: "statuscode:200",
    });
    // Captures asked with id_ (the bytes as captured), each once; no robots.txt of the archive asked.
    const fetched = hits.filter((h) => h.path.startsWith("/web/")).map((h) => h.path);
    expect(fetched.every((p) => /^\/web\/\d{14}id_\/http:\/\//.test(p))).toBe(true);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched).toHaveLength(4);
    expect(hits.map((h) => h.path)).not.toContain("/robots.txt");

    const docs = stored();
    const paper = docs.find(
      (d) => d.source === `${base}/web/20081201120000id_/http://${SITE}/board-papers/board-2008-11-26.pdf`,
    )!;
    expect(paper.publishedAt).toBe("2008-11-26");
    // The two captures of the story, one with the archive's note, are one source: one is kept as a copy of the other
    // (which, depends on which was stored first: both say the same).
    const [a, b] = docs.filter((d) => d.source.includes("royal-free-cost.html"));
    expect([a!.duplicateOf, b!.duplicateOf].sort()).toEqual([null, a!.duplicateOf ? b!.id : a!.id].sort());
    expect(captures()).toEqual(
      expect.arrayContaining([
        {
          capture_url: paper.source,
          document_id: paper.id,
          original_url: `http://${SITE}/board-papers/board-2008-11-26.pdf`,
          captured_at: "2008-12-01T12:00:00Z",
        },
        expect.objectContaining({
          original_url: `http://${SITE}/board-papers/TB_24_09_08.pdf`,
          captured_at: "2008-10-02T08:00:00Z",
        }),
      ]),
    );
    expect(captures()).toHaveLength(4);
    // The provenance is part of the document's view (the CLI's and the API's).
    const library = Library.open(join(dir, "a.db"));
    expect(library.document(paper.id)!.captures).toEqual([
      {
        captureUrl: paper.source,
        originalUrl: `http://${SITE}/board-papers/board-2008-11-26.pdf`,
        capturedAt: "2008-12-01T12:00:00Z",
      },
    ]);
    library.close();

    // Again: the index is asked again, each capture conditionally, and all is unchanged.
    hits = [];
    const again = await crawl(archive());
    expect(again.code, again.stderr).toBe(0);
    expect(again.json).toMatchObject({ found: 4, new: 0, unchanged: 4 });
    for (const h of hits.filter((h) => h.path.startsWith("/web/"))) expect(h.headers["if-none-match"]).toBeTruthy();
  });

  it("reads the space-separated text form the same way", async () => {
    const { code, json, stderr } = await crawl(archive(`${base}/text-only/cdx/search/cdx`));
    expect(code, stderr).toBe(0);
    expect(json).toMatchObject({ found: 4, new: 4, failed: 0 });
    expect(json!.documents.map((d) => d.capture)).toContainEqual({
      original: `http://${SITE}/board-papers/TB_24_09_08.pdf`,
      at: "2008-10-02T08:00:00Z",
    });
    expect(json!.documents.every((d) => d.url.startsWith(`${base}/web/`))).toBe(true);
    expect(captures()).toHaveLength(4);
  });

  it("an answer that is no CDX listing is one line naming the query (exit 3), and nothing is stored", async () => {
    const { code, stderr, stdout } = await crawl(archive(`${base}/broken/cdx/search/cdx`));
    expect(code).toBe(3);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines.at(-1)).toMatch(
      /^claimtrail: http:\/\/127\.0\.0\.1:\d+\/broken\/cdx\/search\/cdx\?url=.*: the archive's answer is not a CDX listing/,
    );
  });
});

describe("crawl --ingest: titles", () => {
  it("a paper with no title of its own takes its link text; one with a title keeps it", async () => {
    const { code, stderr } = await crawl([`${base}/board/`, "--ingest"]);
    expect(code, stderr).toBe(0);
    const db = new Database(join(dir, "a.db"), { readonly: true });
    const titles = db.prepare("SELECT source, title FROM documents ORDER BY source").all();
    db.close();
    expect(titles).toEqual([
      { source: `${base}/board/board-2008-11-26.pdf`, title: expect.stringMatching(/Chief Executive's Report/) },
      { source: `${base}/board/quality-2008-10-29.pdf`, title: "Quality and safety report" },
    ]);
  });
});

describe("the library", () => {
  it("exports crawl: the same crawl the CLI runs, as data", async () => {
    const summary = await crawlLibrary(`${base}/board/`, {
      db: join(dir, "lib.db"),
      delayMs: 0,
      fetch: { allowPrivate: true },
    });
    expect(summary.documents.map((d) => [d.url, d.title, d.date])).toEqual([
      [`${base}/board/quality-2008-10-29.pdf`, "Quality and safety report", "2008-10-29"],
      [`${base}/board/board-2008-11-26.pdf`, "Board papers (PDF)", "2008-11-26"],
    ]);
  });
});

describe("CDX answers and captures", () => {
  it("parses both forms, skips rows without a capture time, and dates a capture from its timestamp", () => {
    const json = parseCdx(
      JSON.stringify([
        ["original", "timestamp", "digest"],
        ["http://a.nhs.uk/x.pdf", "20080102030405", "D1"],
        ["http://a.nhs.uk/y.pdf", "-", "D2"],
      ]),
    );
    expect(json).toEqual([
      {
        original: "http://a.nhs.uk/x.pdf",
        timestamp: "20080102030405",
        digest: "D1",
        mimetype: null,
        statusCode: null,
      },
    ]);
    expect(parseCdx("uk,nhs,a)/x.pdf 20080102030405 a.nhs.uk/x.pdf application/pdf 200 D1 1234\n")).toEqual([
      {
        original: "http://a.nhs.uk/x.pdf",
        timestamp: "20080102030405",
        mimetype: "application/pdf",
        statusCode: "200",
        digest: "D1",
      },
    ]);
    expect(parseCdx("<html>busy</html>")).toBeNull();
    expect(parseCdx("")).toEqual([]);
    expect(captureTime("2008")).toBe("2008-01-01T00:00:00Z");
    expect(
      captureUrl("https://archive.example/cdx/search/cdx", { timestamp: "2008", original: "http://a/b.pdf" }),
    ).toBe("https://archive.example/web/2008id_/http://a/b.pdf");
    expect(cdxQueryUrl("https://archive.example/cdx", { pattern: "a.nhs.uk/*", json: false })).not.toContain("output=");
  });
});
