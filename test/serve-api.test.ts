import type { FastifyInstance } from "fastify";
import { createHash } from "node:crypto";
import { cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createServer } from "../server/app.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { ingestSamples, sampleId } from "./helpers/sample-corpus.js";

let app: FastifyInstance;
let base: string;
let db: string;

beforeAll(async () => {
  db = ingestSamples();
  // The shared ingest kept every document's bytes beside its database; this copy takes them too.
  cpSync(`${inject("samplesDb")}.originals`, `${db}.originals`, { recursive: true });
  app = await createServer({ dbPath: db, host: "127.0.0.1", port: 0 });
  const address = app.server.address() as { port: number };
  base = `http://127.0.0.1:${address.port}`;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

// Response bodies are read loosely here: the assertions are the schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const get = async (path: string): Promise<{ status: number; type: string; csp: string | null; body: Json }> => {
  const res = await fetch(base + path);
  return {
    status: res.status,
    type: res.headers.get("content-type") ?? "",
    csp: res.headers.get("content-security-policy"),
    body: (res.headers.get("content-type") ?? "").includes("json") ? await res.json() : await res.text(),
  };
};

describe("the HTTP API over real HTTP", () => {
  it("lists subjects with aliases, trusts first", async () => {
    const r = await get("/api/subjects");
    expect(r.status).toBe(200);
    expect(r.body.subjects[0].category).toBe("nhs-trust");
    const rf = r.body.subjects.find((s: { canonical: string }) => s.canonical === "Royal Free Hampstead NHS Trust");
    expect(rf.aliases).toContain("RFH");
  });

  it("gives a timeline by alias, with the contract of the CLI", async () => {
    const r = await get("/api/timeline?subject=Royal%20Free&type=went-live");
    expect(r.status).toBe(200);
    expect(r.body.schema).toBe("claimtrail/timeline@1");
    expect(r.body.events).toHaveLength(1);
    expect(r.body.events[0]).toMatchObject({
      type: "went-live",
      from: "2008-06-01",
      to: "2008-06-30",
      granularity: "month",
    });
  });

  it("serves the claim predicates as extractors/data/predicates.json defines them: unit, event, headline phrase", async () => {
    const file = JSON.parse(readFileSync(join(ROOT, "extractors/data/predicates.json"), "utf8")) as {
      predicates: Array<{ name: string; value: string; event?: string | null; headline?: string | null }>;
    };
    const r = await get("/api/predicates");
    expect(r.status).toBe(200);
    expect(r.body.schema).toBe("claimtrail/predicates@1");
    expect(r.body.predicates.map((p: Json) => [p.name, p.unit])).toEqual(file.predicates.map((p) => [p.name, p.value]));
    expect(r.body.predicates.find((p: Json) => p.name === "go-live")).toMatchObject({
      unit: "date",
      event: "went-live",
      headline: "went live",
    });
    expect(r.body.predicates.every((p: Json) => p.description.length > 0)).toBe(true);
  });

  it("answers each question with the very object the CLI prints with --json", async () => {
    const id = sampleId(db, "clinical-systems-bulletin");
    const pairs: Array<[string, string[]]> = [
      ["/api/timeline?subject=Barts", ["timeline", "--subject", "Barts", "--json"]],
      ["/api/documents?kind=news", ["documents", "--kind", "news", "--json"]],
      [`/api/documents/${id}/check`, ["check", id, "--json"]],
      ["/api/claims?subject=BLT", ["claims", "--subject", "BLT", "--json"]],
      ["/api/search?q=turnaround&limit=5", ["search", "turnaround", "--limit", "5", "--json"]],
      [
        "/api/search?q=%C2%A37%2C200%2C000&from=2008-12-01&publisher=journal&stakeholder=Way",
        ["search", "£7,200,000", "--from", "2008-12-01", "--publisher", "journal", "--stakeholder", "Way", "--json"],
      ],
    ];
    for (const [path, argv] of pairs) {
      const api = await get(path);
      const cli = await runCli(["--db", db, ...argv]);
      expect(cli.code, argv.join(" ")).toBe(0);
      expect(api.body, path).toEqual(JSON.parse(cli.stdout));
    }
  });

  it("serves documents with pages and mentions, and the check of an article", async () => {
    const list = await get("/api/documents?kind=board-paper");
    expect(list.body.documents).toHaveLength(4);
    const id = sampleId(db, "royal-free-board-2008-11");
    const doc = await get(`/api/documents/${id.slice(0, 12)}`);
    expect(doc.status).toBe(200);
    expect(doc.body.pages).toHaveLength(5);
    expect(doc.body.pages[3].text).toContain("£7.2m");
    expect(doc.body.mentions.money.length).toBeGreaterThan(5);
    const check = await get(`/api/documents/${sampleId(db, "clinical-systems-bulletin")}/check`);
    expect(check.body.schema).toBe("claimtrail/check@1");
    expect(check.body.claims.some((c: { verdict: string }) => c.verdict === "contradicted")).toBe(true);
    // The counts the contract carries are the verdicts it lists.
    const count = (vs: string[]) => vs.reduce<Record<string, number>>((a, v) => ({ ...a, [v]: (a[v] ?? 0) + 1 }), {});
    expect(check.body.summary).toEqual({
      claims: count(check.body.claims.map((c: { verdict: string }) => c.verdict)),
      statements: count(check.body.statements.map((c: { verdict: string }) => c.verdict)),
      quotes: count(check.body.quotes.map((c: { verdict: string }) => c.verdict)),
      warnings: count(check.body.warnings.map((c: { kind: string }) => c.kind)),
    });
    expect(check.body.summary.claims.contradicted).toBe(1);
  });

  it("answers claims and search queries", async () => {
    const claims = await get("/api/claims?subject=BLT&predicate=income-shortfall");
    expect(claims.body.claims.length).toBeGreaterThan(0);
    expect(claims.body.claims.every((c: { subject: string }) => c.subject === "Barts and The London NHS Trust")).toBe(
      true,
    );
    const search = await get("/api/search?q=turnaround%20programme&kind=board-paper");
    expect(search.body.hits.length).toBeGreaterThan(0);
    expect(search.body.hits[0].snippet).toContain("[[");
  });

  it("rejects bad input with a 400 and a message, unknown ids with a 404, and never shows a stack", async () => {
    for (const path of [
      "/api/timeline",
      "/api/timeline?subject=Barts&from=last%20week",
      "/api/timeline?subject=Barts&type=party",
      "/api/search?q=",
      "/api/search?q=x&limit=5000",
      "/api/documents/not-an-id",
      "/api/claims?predicate=DROP%20TABLE",
    ]) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(typeof r.body.error).toBe("string");
      expect(JSON.stringify(r.body)).not.toMatch(/at .*\.(?:js|ts):\d+/);
    }
    expect((await get("/api/documents/abcdef123456")).status).toBe(404);
    expect((await get("/api/documents/abcdef123456/check")).status).toBe(404);
    expect((await get("/api/nothing")).status).toBe(404);
  });

  it("serves the page from local files with a strict content security policy", async () => {
    const page = await get("/");
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script type="module" src="/app.js">');
    expect(page.body).not.toMatch(/https?:\/\//);
    expect(page.csp).toContain("script-src 'self'");
    expect((await get("/app.js")).type).toContain("javascript");
  });

  it("serves each document's original bytes, exactly as read: a PDF as a PDF, an article's page sandboxed", async () => {
    const paper = sampleId(db, "royal-free-board-2008-11");
    const pdf = await fetch(`${base}/api/documents/${paper.slice(0, 12)}/original`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(paper);

    const article = sampleId(db, "health-it-weekly-2008-07-02");
    const page = await fetch(`${base}/api/documents/${article}/original`);
    expect(page.headers.get("content-type")).toContain("text/html");
    // Whatever scripts the stored page holds cannot run, and never as our origin.
    expect(page.headers.get("content-security-policy")).toMatch(/^sandbox; default-src 'none'/);
    const html = Buffer.from(await page.arrayBuffer());
    expect(createHash("sha256").update(html).digest("hex")).toBe(article);
    expect((await get("/api/documents/abcdef123456/original")).status).toBe(404);
  });

  it("says how to get an original back when a corpus was ingested before originals were kept", async () => {
    const bare = ingestSamples();
    const other = await createServer({ dbPath: bare, host: "127.0.0.1", port: 0 });
    try {
      const port = (other.server.address() as { port: number }).port;
      const id = sampleId(bare, "royal-free-board-2008-11");
      const r = await fetch(`http://127.0.0.1:${port}/api/documents/${id}/original`);
      expect(r.status).toBe(404);
      expect(((await r.json()) as Json).error).toMatch(
        /was not kept .*: ingest corpus\/samples\/.*royal-free-board-2008-11.* again/,
      );
    } finally {
      await other.close();
    }
  });

  it("exports what the CLI renders, with a link to every cited document", async () => {
    const csv = await fetch(`${base}/api/timeline?subject=Royal%20Free&format=citations.csv`);
    expect(csv.headers.get("content-disposition")).toBe(
      'attachment; filename="timeline-Royal-Free-Hampstead-NHS-Trust.citations.csv"',
    );
    const text = await csv.text();
    const [head, ...rows] = text
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(head!.split(",").at(-1)).toBe('"link"');
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row).toMatch(new RegExp(`"${base}/api/documents/[0-9a-f]{64}/original"$`));

    // The same renderer as the CLI: without the link column, the CLI's CSV line for line.
    const cli = await runCli([
      "--db",
      db,
      "timeline",
      "--subject",
      "Royal Free",
      "--format",
      "csv",
      "--rows",
      "citations",
    ]);
    // fetch's text() drops the byte-order mark both begin with.
    const cliLines = cli.stdout.replace(/^\uFEFF/, "").split("\r\n");
    expect(text.split("\r\n").map((line, i) => line.slice(0, cliLines[i]!.length))).toEqual(cliLines);

    const md = await (await fetch(`${base}/api/timeline?subject=Barts&format=md`)).text();
    expect(md).toMatch(/^# Timeline: Barts and The London NHS Trust/);
    expect(md).toMatch(new RegExp(`\\]\\(${base}/api/documents/[0-9a-f]{64}/original\\)`));
    const js = (await (await fetch(`${base}/api/timeline?subject=Barts&format=timelinejs`)).json()) as Json;
    expect(js.events.length).toBeGreaterThan(3);
    expect(js.events[0].text.text).toContain(`<a href="${base}/api/documents/`);

    const id = sampleId(db, "clinical-systems-bulletin");
    const check = await (await fetch(`${base}/api/documents/${id}/check?format=csv`)).text();
    expect(check).toMatch(/"summary","contradicted","","claims","1"/);
    expect(check).toMatch(
      /"claim","contradicted",.*"http:\/\/127\.0\.0\.1:\d+\/api\/documents\/[0-9a-f]{64}\/original"/,
    );
    const html = await (await fetch(`${base}/api/documents/${id}/check?format=html`)).text();
    expect(html).toMatch(/<strong>claims: .*contradicted/);
    expect(html).toContain(`<a href="${base}/api/documents/`);

    const search = await (await fetch(`${base}/api/search?q=turnaround&format=md`)).text();
    expect(search).toMatch(/^# Search: turnaround/);
    expect(search).toContain(`${base}/api/documents/`);
    expect((await get("/api/search?q=turnaround&format=xml")).status).toBe(400);
  });
});
