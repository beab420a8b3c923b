import type { FastifyInstance } from "fastify";
import { closeSync, openSync, statSync, writeSync } from "node:fs";
import { request } from "node:http";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../server/app.js";
import { ingestSamples } from "./helpers/sample-corpus.js";

let app: FastifyInstance;
let port: number;
let db: string;
const logged: string[] = [];

beforeAll(async () => {
  db = ingestSamples();
  app = await createServer({
    dbPath: db,
    host: "127.0.0.1",
    port: 0,
    allowHosts: ["claimtrail.lan"],
    logError: (line) => logged.push(line),
  });
  port = (app.server.address() as { port: number }).port;
}, 120_000);
afterAll(async () => {
  await app?.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A GET over real HTTP with the Host header we choose (fetch will not let a page, or a test, set it). */
function get(path: string, host = `127.0.0.1:${port}`): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, headers: { host } }, (res) => {
      let body = "";
      res.on("data", (d: Buffer) => (body += d.toString()));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const guarded = (a: Answer) => {
  expect(a.headers["content-security-policy"]).toContain("default-src 'self'");
  expect(a.headers["x-content-type-options"]).toBe("nosniff");
};

describe("the API's edges", () => {
  it("answers 400, not 500, for dates that do not exist, and takes the ones that do", async () => {
    for (const q of ["from=2008-13-45", "to=2008-02-30", "from=2009-02-29"]) {
      const r = await get(`/api/timeline?subject=Barts&${q}`);
      expect(r.status, q).toBe(400);
      expect(JSON.parse(r.body).error).toMatch(/must match format/);
      guarded(r);
    }
    expect((await get("/api/timeline?subject=Barts&from=2008-02-29&to=2008-12-31")).status).toBe(200);
    expect(logged).toEqual([]);
  });

  it("answers only for the host it serves on, its loopback names and --allow-host: 421 for any other", async () => {
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `[::1]:${port}`,
      `claimtrail.lan:${port}`,
      "CLAIMTRAIL.LAN",
    ]) {
      expect((await get("/api/subjects", host)).status, host).toBe(200);
    }
    for (const host of [`evil.example:${port}`, "evil.example", `127.0.0.1.evil.example:${port}`, "lan"]) {
      const r = await get("/api/subjects", host);
      expect(r.status, host).toBe(421);
      expect(r.body).not.toContain("Royal Free");
      guarded(r);
    }
    // The page itself too: a rebinding page would read it first.
    expect((await get("/", `evil.example:${port}`)).status).toBe(421);
  });

  it("the framework's own error answers carry the security headers", async () => {
    const badUrl = await get("/api/documents/%zz");
    expect(badUrl.status).toBe(400);
    guarded(badUrl);
    // Not HTTP at all: answered on the socket before any route or hook.
    const raw = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () =>
        socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header Line\r\n\r\n"),
      );
      let out = "";
      socket.on("data", (d: Buffer) => (out += d.toString()));
      socket.on("close", () => resolve(out));
    });
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(raw).toMatch(/Content-Security-Policy: default-src 'self'/i);
    expect(raw).toMatch(/X-Content-Type-Options: nosniff/i);
  });

  // Last: it damages the database under the running server.
  it("a real internal error is a 500 without details, and is logged", async () => {
    // Everything after the first page (the schema, already read at open) overwritten: every query now fails inside SQLite.
    const fd = openSync(db, "r+");
    const size = statSync(db).size;
    writeSync(fd, Buffer.alloc(size - 4096, 0x5a), 0, size - 4096, 4096);
    closeSync(fd);
    const r = await get("/api/documents");
    expect(r.status).toBe(500);
    expect(JSON.parse(r.body)).toEqual({ error: "internal error" });
    guarded(r);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^claimtrail serve: 500 on GET \/api\/documents: /);
  });
});
