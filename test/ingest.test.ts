import { createServer, type Server } from "node:http";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCorpus } from "../corpus/corpus.js";
import { ingest } from "../app/ingest.js";
import { makePdf } from "./helpers/make-pdf.js";

const FAST_FETCH = { allowPrivate: true, timeoutMs: 1500, idleTimeoutMs: 700, backoffMs: 10, retries: 2 };

const ARTICLE = (
  title: string,
  body: string,
  date = "2008-12-02",
) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} | Health IT Weekly</title>
<meta property="og:site_name" content="Health IT Weekly"><meta property="article:published_time" content="${date}T09:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${title}","datePublished":"${date}","publisher":{"@type":"Organization","name":"Health IT Weekly"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="cookie-banner">We use cookies. Accept?</div>
<article><h1>${title}</h1>${body}</article><div class="share">Share on Twitter</div><footer>© Health IT Weekly</footer></body></html>`;

let dir: string;
let server: Server;
let base: string;
const hits = new Map<string, number>();
let versioned = "first version of the page";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimtrail-ingest-"));
  const pages = [
    [
      "7.1 Care Records Service",
      "The Royal Free Hampstead NHS Trust went live with the Cerner Millennium Care Records Service in",
      "June 2008 and the imple-",
      "mentation has cost the trust £7.2m by November 2008.",
      "",
      "Short closing line.",
    ],
    [
      "7.2 Activity",
      "Outpatient and inpatient activity fell in July and August 2008 across the trust and its sites.",
      "The board is asked to note the report.",
    ],
    ["7.3 Next steps", "A turnaround programme began on 6 October 2008."],
  ];
  mkdirSync(join(dir, "papers/nested"), { recursive: true });
  writeFileSync(
    join(dir, "papers/board.pdf"),
    await makePdf({
      pages,
      header: "Royal Free Hampstead NHS Trust — Trust Board, 26 November 2008",
      footer: "Page {n} of {total}",
      title: "Chief Executive's Report",
      author: "Royal Free Hampstead NHS Trust",
    }),
  );
  writeFileSync(
    join(dir, "papers/nested/article.html"),
    ARTICLE(
      "Royal Free losses reach £7.2m",
      "<p>The trust has lost £7.2m so far.</p><p>BT suspended deployments in October 2008.</p>",
    ),
  );
  // windows-1252: 0xA3 is £ and 0x92 is a right single quote.
  writeFileSync(
    join(dir, "papers/cp1252.html"),
    Buffer.concat([
      Buffer.from(
        '<html><head><meta charset="windows-1252"><title>Cost</title></head><body><article><p>The trust',
        "latin1",
      ),
      Buffer.from([0x92]),
      Buffer.from("s losses reached ", "latin1"),
      Buffer.from([0xa3]),
      Buffer.from("7.2m by November.</p></article></body></html>", "latin1"),
    ]),
  );
  writeFileSync(join(dir, "papers/notes.txt"), "Minutes of the Trust Board.\n\nThe board noted losses of £7.2m.\n");
  writeFileSync(join(dir, "papers/empty.pdf"), "");
  writeFileSync(join(dir, "papers/junk.html"), Buffer.from([0, 1, 2, 3, 4, 0, 255, 254, 0, 9]));

  server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === "/flaky") {
      if (hits.get(path) === 1) {
        res.writeHead(500);
        res.end("oops");
        return;
      }
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(ARTICLE("Flaky page", "<p>It worked on the second attempt, said a spokesperson for the trust.</p>"));
      return;
    }
    if (path === "/moved") {
      res.writeHead(302, { location: "/article" });
      res.end();
      return;
    }
    if (path === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        ARTICLE("Barts went live in April 2008", "<p>Barts and The London NHS Trust went live in April 2008.</p>"),
      );
      return;
    }
    if (path === "/versioned") {
      res.writeHead(200, { "content-type": "text/plain" });
      res.end(versioned);
      return;
    }
    if (path === "/stall") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html><body><p>");
      return;
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

describe("ingest end to end", () => {
  it("stores files, folders and URLs, reports failures by source, and keeps going", async () => {
    const db = join(dir, "corpus.db");
    const s = await ingest(["papers", `${base}/flaky`, `${base}/moved`, `${base}/gone`, `${base}/stall`], {
      db,
      cwd: dir,
      // One worker thread: each costs seconds of CPU to start from the TypeScript sources. The default pool (a thread
      // per core) is run by cli.test.ts's real-process ingest, on the built package.
      workers: 1,
      fetch: FAST_FETCH,
    });
    expect(s.ingested.map((d) => d.source).sort()).toEqual(
      [
        "papers/board.pdf",
        "papers/cp1252.html",
        "papers/nested/article.html",
        "papers/notes.txt",
        `${base}/flaky`,
        `${base}/moved`,
      ].sort(),
    );
    const failed = Object.fromEntries(s.failed.map((f) => [f.source, f.kind]));
    expect(failed).toEqual({
      "papers/empty.pdf": "empty-file",
      "papers/junk.html": "unsupported-format",
      [`${base}/gone`]: "not-found",
      [`${base}/stall`]: "timeout",
    });
    expect(hits.get("/flaky")).toBe(2);
    expect(hits.get("/gone")).toBe(1);

    const corpus = openCorpus(db, { readonly: true });
    try {
      expect(corpus.documents.count()).toBe(6);
      const pdf = corpus.documents.get(s.ingested.find((d) => d.source === "papers/board.pdf")!.id)!;
      expect(pdf).toMatchObject({
        format: "pdf",
        kind: "board-paper",
        title: "Chief Executive's Report",
        pageCount: 3,
        publisher: "Royal Free Hampstead NHS Trust",
        publishedAt: "2008-11-26",
      });
      const text = corpus.documents.text(pdf.id)!;
      expect(text).toContain("the implementation has cost the trust £7.2m");
      expect(text).not.toContain("Page 2 of 3");
      const pages = corpus.documents.pages(pdf.id);
      expect(text.slice(pages[2]!.start, pages[2]!.end)).toContain("A turnaround programme began on 6 October 2008.");

      const cp = corpus.documents.get(s.ingested.find((d) => d.source === "papers/cp1252.html")!.id)!;
      expect(corpus.documents.text(cp.id)).toBe("The trust’s losses reached £7.2m by November.");
      const art = corpus.documents.get(s.ingested.find((d) => d.source === "papers/nested/article.html")!.id)!;
      expect(art).toMatchObject({
        format: "html",
        kind: "news",
        publisher: "Health IT Weekly",
        publishedAt: "2008-12-02",
        title: "Royal Free losses reach £7.2m",
      });
      expect(corpus.documents.text(art.id)).not.toMatch(/cookies|Share on|Home/);
      expect(corpus.integrityCheck()).toBe("ok");
    } finally {
      corpus.close();
    }
  });

  it("re-ingesting the same bytes is a no-op reported as unchanged", async () => {
    const db = join(dir, "corpus.db");
    const s = await ingest(["papers/board.pdf", "papers/notes.txt"], { db, cwd: dir, workers: 0 });
    expect(s.ingested).toEqual([]);
    expect(s.unchanged.map((u) => u.source).sort()).toEqual(["papers/board.pdf", "papers/notes.txt"]);
  });

  it("a URL whose content changed is stored as a new version linked to the old", async () => {
    const db = join(dir, "versions.db");
    const url = `${base}/versioned`;
    const first = await ingest([url], { db, workers: 0, fetch: FAST_FETCH });
    versioned = "second version of the page, with new words";
    const second = await ingest([url], { db, workers: 0, fetch: FAST_FETCH });
    expect(second.ingested).toHaveLength(1);
    const corpus = openCorpus(db, { readonly: true });
    try {
      const latest = corpus.documents.latestForSource(url)!;
      expect(latest.id).toBe(second.ingested[0]!.id);
      expect(latest.previousId).toBe(first.ingested[0]!.id);
      expect(corpus.documents.count()).toBe(2);
    } finally {
      corpus.close();
    }
  });
});
