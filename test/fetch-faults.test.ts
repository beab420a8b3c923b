import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Fetcher } from "../read/fetch.js";
import { ClaimtrailError } from "../model/errors.js";
import { failureLine } from "../cli/exit.js";
import { makePdf } from "./helpers/make-pdf.js";

// A local server that misbehaves on purpose, one path per fault; every request is counted.
let server: Server;
let base: string;
const hits = new Map<string, number>();
let pdf: Buffer;
let bodyClosedEarly = false;

beforeAll(async () => {
  pdf = await makePdf({ pages: [["The trust lost £7.2m by November 2008."]] });
  server = createServer((req, res) => {
    const path = req.url ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    switch (path) {
      case "/gone":
        res.writeHead(410);
        res.end("gone");
        return;
      case "/missing":
        res.writeHead(404);
        res.end("no");
        return;
      case "/unavailable":
        res.writeHead(503, { "retry-after": "0" });
        res.end("busy");
        return;
      case "/loop-a":
        res.writeHead(302, { location: "/loop-b" });
        res.end();
        return;
      case "/loop-b":
        res.writeHead(302, { location: "/loop-a" });
        res.end();
        return;
      case "/silent":
        return; // never answers
      case "/pdf-as-html":
        res.writeHead(200, { "content-type": "text/html" });
        res.end(pdf);
        return;
      case "/no-type":
        res.writeHead(200);
        res.end(pdf);
        return;
      case "/huge": {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const pump = () => {
          while (sent < 200 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        res.on("close", () => (bodyClosedEarly = sent < 200 * 1024 * 1024));
        pump();
        return;
      }
      case "/reset": {
        res.writeHead(200, { "content-type": "text/html", "content-length": "100000" });
        res.write("<html><body><p>half a page");
        setTimeout(() => res.socket?.destroy(), 50);
        return;
      }
      default:
        res.writeHead(404);
        res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

const fetcher = (extra: Record<string, unknown> = {}) =>
  new Fetcher({ allowPrivate: true, timeoutMs: 1500, idleTimeoutMs: 600, backoffMs: 5, retries: 2, ...extra });
async function failure(url: string, f = fetcher()): Promise<ClaimtrailError> {
  const e = await f.fetch(url).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ClaimtrailError);
  const err = e as ClaimtrailError;
  expect(err.source).toBe(url);
  expect(failureLine(err).split("\n")).toHaveLength(1);
  return err;
}

describe("servers that misbehave", () => {
  it("404 and 410 fail at once, without retrying", async () => {
    expect((await failure(`${base}/gone`)).message).toMatch(/410/);
    expect((await failure(`${base}/missing`)).message).toMatch(/404/);
    expect(hits.get("/gone")).toBe(1);
    expect(hits.get("/missing")).toBe(1);
  });

  it("503 is retried with back-off, then fails clearly", async () => {
    const e = await failure(`${base}/unavailable`);
    expect(e.message).toMatch(/503/);
    expect(hits.get("/unavailable")).toBe(3);
  });

  it("a redirect loop stops at the redirect limit", async () => {
    const e = await failure(`${base}/loop-a`);
    expect(e.message).toMatch(/redirect/i);
    expect((hits.get("/loop-a") ?? 0) + (hits.get("/loop-b") ?? 0)).toBeLessThanOrEqual(3 * 12);
  });

  it("a server that never answers times out", async () => {
    const t0 = Date.now();
    const e = await failure(`${base}/silent`, fetcher({ retries: 0 }));
    expect(e.message).toMatch(/no response within/);
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it("a body over the size limit is refused while reading, not after", async () => {
    const e = await failure(`${base}/huge`, fetcher({ maxBytes: 2 * 1024 * 1024, retries: 0, timeoutMs: 10_000 }));
    expect(e.message).toMatch(/limit|too large|MB/i);
    await new Promise((r) => setTimeout(r, 200));
    expect(bodyClosedEarly).toBe(true);
  });

  it("a connection reset mid-body is a clear failure", async () => {
    const e = await failure(`${base}/reset`, fetcher({ retries: 1 }));
    expect(e.message.length).toBeGreaterThan(5);
    expect(hits.get("/reset")).toBe(2);
  });

  it("a wrong or missing content type does not matter: the bytes are what they are", async () => {
    for (const path of ["/pdf-as-html", "/no-type"]) {
      const r = await fetcher().fetch(`${base}${path}`);
      expect(Buffer.from(r.bytes).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });
});
