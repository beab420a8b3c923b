import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../server/app.js";
import { runCli } from "./helpers/cli.js";
import { ingestSamples, sampleId } from "./helpers/sample-corpus.js";

let app: FastifyInstance;
let base: string;
let db: string;

beforeAll(async () => {
  db = ingestSamples();
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

  it("answers each question with the very object the CLI prints with --json", async () => {
    const id = sampleId(db, "clinical-systems-bulletin");
    const pairs: Array<[string, string[]]> = [
      ["/api/timeline?subject=Barts", ["timeline", "--subject", "Barts", "--json"]],
      ["/api/documents?kind=news", ["documents", "--kind", "news", "--json"]],
      [`/api/documents/${id}/check`, ["check", id, "--json"]],
      ["/api/claims?subject=BLT", ["claims", "--subject", "BLT", "--json"]],
      ["/api/search?q=turnaround&limit=5", ["search", "turnaround", "--limit", "5", "--json"]],
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
});
