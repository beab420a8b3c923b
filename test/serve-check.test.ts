import type { FastifyInstance } from "fastify";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer as createHttpServer, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import { checkUrl } from "../app/check-apart.js";
import { openCorpus, type Corpus } from "../corpus/corpus.js";
import { openUncommitted } from "../corpus/uncommitted.js";
import { checkJson } from "../output/views.js";
import { createServer } from "../server/app.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { forgetDocument, ingestSamples, sampleId } from "./helpers/sample-corpus.js";

// POST /api/check: a document from a URL or an uploaded file, checked against the corpus and never stored. The URLs
// are served by a real HTTP server on 127.0.0.1, which the server may fetch only because it is told to, as the CLI
// tests pass --allow-private: a second server, started without it, refuses the same address.

const ARTICLE = join(ROOT, "corpus/samples/articles/clinical-systems-bulletin-2008-12-04-royal-free-cost.html");
/** The Clinical Systems Bulletin's story (its £9.2m is the samples' planted wrong figure) as a draft: new bytes. */
const DRAFT = Buffer.from(readFileSync(ARTICLE, "latin1").replace("<title>", "<title>Draft: "), "latin1");
const PAPER = "corpus/samples/board-papers/barts-board-2008-06.pdf";

let app: FastifyInstance;
let closed: FastifyInstance;
let busy: FastifyInstance;
let site: Server;
let siteBase: string;
let base: string;
let closedBase: string;
let busyBase: string;
let db: string;
/** The first test's check of a URL, made in the corpus file uncommitted: what a check against a copy must equal. */
let checkedInPlace: Json;
const FETCH = { allowPrivate: true, timeoutMs: 5000, retries: 0 };

/**
 * A page that answers only when told to: `reached` settles when a request for it arrives (the handshake that says a
 * check is under way, with no sleep to guess how long that takes), and `answer` then finishes the response.
 */
const slowPage = (() => {
  let arrived!: (res: ServerResponse) => void;
  const reached = new Promise<ServerResponse>((resolve) => (arrived = resolve));
  return { reached, arrive: (res: ServerResponse) => arrived(res) };
})();

beforeAll(async () => {
  db = ingestSamples();
  site = createHttpServer((req, res) => {
    if (req.url === "/news/draft") res.writeHead(200, { "content-type": "text/html" }).end(DRAFT);
    else if (req.url === "/news/slow") slowPage.arrive(res);
    else res.writeHead(404, { "content-type": "text/plain" }).end("not here");
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  siteBase = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
  app = await createServer({ dbPath: db, host: "127.0.0.1", port: 0, fetch: FETCH });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  closed = await createServer({ dbPath: db, host: "127.0.0.1", port: 0 });
  closedBase = `http://127.0.0.1:${(closed.server.address() as { port: number }).port}`;
  // One check at a time, and a far page slow enough to be waited for: the fetch's own limit is not what is tested.
  busy = await createServer({
    dbPath: db,
    host: "127.0.0.1",
    port: 0,
    maxChecks: 1,
    fetch: { ...FETCH, timeoutMs: 120_000 },
  });
  busyBase = `http://127.0.0.1:${(busy.server.address() as { port: number }).port}`;
  // Barts' June board paper leaves this corpus, so that uploading it is a document the corpus does not hold. Forgotten
  // while the servers have it open, the change stays in the WAL (closing a connection checkpoints only the last one):
  // the checks below must leave a WAL with frames in it byte-identical too, and a checkpoint would not.
  forgetDocument(db, sampleId(db, "barts-board-2008-06"));
}, 120_000);
afterAll(async () => {
  await app?.close();
  await closed?.close();
  await busy?.close();
  site?.closeAllConnections();
  site?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const post = async (body: string | Buffer, type: string, query = "", at = base) => {
  const res = await fetch(`${at}/api/check${query}`, { method: "POST", headers: { "content-type": type }, body });
  return { status: res.status, draft: res.headers.get("x-claimtrail-draft"), body: (await res.json()) as Json };
};
const postUrl = (url: string, at = base) => post(JSON.stringify({ url }), "application/json", "", at);

/** The corpus as files: the database (and its WAL, if any) hashed, and the originals kept beside it. */
function corpusState(): Record<string, string> {
  const state: Record<string, string> = {};
  for (const file of [db, `${db}-wal`])
    if (existsSync(file)) state[file] = createHash("sha256").update(readFileSync(file)).digest("hex");
  state.originals = existsSync(`${db}.originals`) ? readdirSync(`${db}.originals`).sort().join(",") : "";
  return state;
}

/** A check@1 object with its read-at time set aside: each reading of a document has its own. */
const timeless = (r: Json) => ({ ...r, document: { ...r.document, fetchedAt: null } });

describe("checking a URL or a file from the page's API, storing nothing", () => {
  it("checks a URL as `check <url> --json` does, and the database file stays byte-identical", async () => {
    const before = corpusState();
    expect(statSync(`${db}-wal`).size).toBeGreaterThan(0);
    const url = `${siteBase}/news/draft`;
    const api = await postUrl(url);
    expect(api.status, JSON.stringify(api.body)).toBe(200);
    expect(api.draft).toBe("yes");
    expect(api.body.schema).toBe("claimtrail/check@1");
    expect(api.body.document.source).toBe(url);
    const wrong = api.body.claims.filter((c: Json) => c.claim.sentence.includes("£9.2m"));
    expect(wrong.map((c: Json) => c.verdict)).toContain("contradicted");
    expect(corpusState()).toEqual(before);
    // The page's other questions never see the draft either.
    const stored = (await (await fetch(`${base}/api/documents/${api.body.document.id}`)).json()) as Json;
    expect(stored.error).toMatch(/no document/);

    checkedInPlace = api.body;

    const cli = await runCli(["--db", db, "check", url, "--json", "--allow-private"]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(timeless(api.body)).toEqual(timeless(JSON.parse(cli.stdout)));
  });

  it("checks an uploaded PDF from corpus/samples as `check <file> --json` does, under the file's own name", async () => {
    const before = corpusState();
    const bytes = readFileSync(join(ROOT, PAPER));
    const api = await post(bytes, "application/pdf", "?name=barts-board-2008-06.pdf");
    expect(api.status, JSON.stringify(api.body)).toBe(200);
    expect(api.draft).toBe("yes");
    expect(api.body.document).toMatchObject({ source: "barts-board-2008-06.pdf", format: "pdf" });
    expect(api.body.claims.length).toBeGreaterThan(0);
    expect(JSON.stringify(api.body)).not.toContain(tmpdir());
    expect(corpusState()).toEqual(before);

    const cli = await runCli(["--db", db, "check", PAPER, "--json"]);
    expect(cli.code, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout);
    expect(fromCli.document.source).toBe(PAPER);
    expect(timeless(api.body)).toEqual(
      timeless({ ...fromCli, document: { ...fromCli.document, source: api.body.document.source } }),
    );
  });

  it("checks a file the corpus holds as the stored document, and says so", async () => {
    const api = await post(readFileSync(ARTICLE), "text/html", "?name=copy.html");
    expect(api.status).toBe(200);
    expect(api.draft).toBe("no");
    const id = sampleId(db, "clinical-systems-bulletin");
    expect(api.body).toEqual((await (await fetch(`${base}/api/documents/${id}/check`)).json()) as Json);
  });

  it("refuses with one line each: empty, too large, not a PDF or HTML page, a dead URL, a path, a private address", async () => {
    const before = corpusState();
    // One at a time: the server runs two checks at once and answers a third with 503.
    const cases: Array<[() => Promise<{ status: number; body: Json }>, number, RegExp]> = [
      [() => post(Buffer.alloc(0), "application/pdf", "?name=empty.pdf"), 400, /^empty.pdf: empty/],
      [() => post(Buffer.alloc(51 * 2 ** 20, 32), "application/pdf"), 413, /^too large: over the 50 MB limit$/],
      [
        () => post("just some words", "application/octet-stream", "?name=notes.txt"),
        415,
        /^notes.txt: not a PDF or an HTML page$/,
      ],
      [() => post("just some words", "text/plain"), 415, /not a PDF or an HTML page/],
      [() => post("%PDF-1.4 and nothing else", "application/pdf", "?name=broken.pdf"), 422, /^broken.pdf: corrupt/],
      [() => postUrl(`${siteBase}/gone`), 502, new RegExp(`^${siteBase}/gone: HTTP 404`)],
      [() => postUrl("/etc/passwd"), 400, /^\/etc\/passwd: not a web address/],
      [() => postUrl("file:///etc/passwd"), 400, /only http and https/],
      [() => post("{}", "application/json"), 400, /send \{"url"/],
      [() => postUrl(`${siteBase}/news/draft`, closedBase), 400, /private|loopback|local/i],
    ];
    for (const [answer, status, message] of cases) {
      const { status: got, body } = await answer();
      expect(got, JSON.stringify(body)).toBe(status);
      expect(Object.keys(body)).toEqual(["error"]);
      expect(body.error).toMatch(message);
      expect(body.error).not.toMatch(/\n|claimtrail-check-|at .*\.ts/);
    }
    expect(corpusState()).toEqual(before);
  });

  it("works in the corpus file uncommitted: a write outside its transaction fails, and what a transaction did is seen by no one else and rolled back", () => {
    const before = corpusState();
    const reader = openCorpus(db, { readonly: true });
    const scratch = mkdtempSync(join(tmpdir(), "claimtrail-uncommitted-"));
    const corpus = openUncommitted(db, join(scratch, "corpus.db"))!;
    try {
      const count = (c: Corpus, table: string) => c.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      const mentions = count(reader, "mentions");
      expect(mentions).toBeGreaterThan(100);
      expect(() => corpus.db.prepare("DELETE FROM mentions").run()).toThrow(/readonly/);
      // A cache of ten pages and a transaction that changes far more: nothing spills to the WAL.
      corpus.db.pragma("cache_size = 10");
      let during: number[] = [];
      corpus.beforeRollback = () => (during = [count(corpus, "mentions"), count(reader, "mentions")]);
      corpus.transaction(() => corpus.db.prepare("DELETE FROM mentions").run());
      expect(during).toEqual([0, mentions]);
      expect(count(corpus, "mentions")).toBe(mentions);
      expect(() => corpus.db.prepare("DELETE FROM mentions").run()).toThrow(/readonly/);
      expect(corpusState()).toEqual(before);
    } finally {
      corpus.close();
      reader.close();
      rmSync(scratch, { recursive: true, force: true });
    }
    expect(corpusState()).toEqual(before);
  });

  it("checks against a copy a corpus it cannot work in uncommitted (not in WAL mode), with the same answer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-journal-"));
    try {
      const journalled = join(dir, "corpus.db");
      const source = openCorpus(db, { readonly: true });
      await source.db.backup(journalled);
      source.close();
      const raw = new Database(journalled);
      raw.pragma("journal_mode = DELETE");
      raw.close();
      const hash = () => createHash("sha256").update(readFileSync(journalled)).digest("hex");
      const before = hash();
      // The same URL the first test checked in place, through the server.
      expect(checkedInPlace?.document.source).toBe(`${siteBase}/news/draft`);
      const copied = await checkUrl(journalled, checkedInPlace.document.source, { fetch: FETCH });
      expect(hash()).toBe(before);
      expect(readdirSync(dir)).toEqual(["corpus.db"]);
      expect(copied.draft).toBe(true);
      expect(copied.report.claims.length).toBeGreaterThan(0);
      expect(timeless(checkJson(copied.report))).toEqual(timeless(checkedInPlace));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("answers 503 with one line while the checks it may run at once are running, and takes checks again after", async () => {
    // The first check holds its slot while the far page has not answered; the page says when the fetch reached it.
    const first = postUrl(`${siteBase}/news/slow`, busyBase);
    const held = await Promise.race([
      slowPage.reached,
      first.then((r) => Promise.reject(new Error(`the first check ended early: ${JSON.stringify(r.body)}`))),
    ]);
    const res = await fetch(`${busyBase}/api/check`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ url: `${siteBase}/news/draft` }),
    });
    const body = (await res.json()) as Json;
    expect(res.status, JSON.stringify(body)).toBe(503);
    expect(res.headers.get("retry-after")).toBe("10");
    expect(Object.keys(body)).toEqual(["error"]);
    expect(body.error).toBe("busy: 1 check is running, try again in a few seconds");
    // An upload waits for the same slot.
    const upload = await post(DRAFT, "text/html", "?name=draft.html", busyBase);
    expect(upload.status).toBe(503);
    expect(upload.body).toEqual(body);

    // The far page answers at last (it is gone), the first check ends with its own error, and the slot is free.
    held.writeHead(404, { "content-type": "text/plain" }).end("not here");
    const firstDone = await first;
    expect(firstDone.status).toBe(502);
    expect(firstDone.body.error).toMatch(/\/news\/slow: HTTP 404/);
    const after = await postUrl(`${siteBase}/gone`, busyBase);
    expect(after.status).toBe(502);
  });
});
