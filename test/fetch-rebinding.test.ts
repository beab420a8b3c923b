import { createSocket, type Socket } from "node:dgram";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ClaimtrailError } from "../model/errors.js";
import { Fetcher } from "../read/fetch.js";
import { isPrivateAddress } from "../read/private-address.js";

// A real DNS server on 127.0.0.1 (UDP, the wire format of RFC 1035) whose answers each test scripts, and a real
// HTTP server on 127.0.0.1 that stands for "the machine itself": no request may ever reach it.
let dns: Socket;
let dnsPort: number;
let http: Server;
let httpPort: number;
let httpHits = 0;
const asked: string[] = [];
let answer: (name: string, nth: number) => string[] = () => [];

function reply(query: Buffer): Buffer {
  let at = 12;
  const labels: string[] = [];
  while (query[at]! !== 0) {
    labels.push(query.subarray(at + 1, at + 1 + query[at]!).toString("latin1"));
    at += query[at]! + 1;
  }
  const qtype = query.readUInt16BE(at + 1);
  const question = query.subarray(12, at + 5);
  const name = labels.join(".").toLowerCase();
  const addresses = qtype === 1 ? answer(name, asked.push(name)) : [];
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  header.writeUInt16BE(0x8180, 2); // a response, recursion available, no error
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(addresses.length, 6);
  const records = addresses.map((a) =>
    Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 0, 0, 4, ...a.split(".").map(Number)]),
  );
  return Buffer.concat([header, question, ...records]);
}

beforeAll(async () => {
  dns = createSocket("udp4");
  dns.on("message", (msg, from) => dns.send(reply(msg), from.port, from.address));
  await new Promise<void>((r) => dns.bind(0, "127.0.0.1", r));
  dnsPort = dns.address().port;
  http = createServer((_req, res) => {
    httpHits++;
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("internal admin page: the fetch reached the machine itself");
  });
  await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
  httpPort = (http.address() as AddressInfo).port;
});

afterAll(async () => {
  dns?.close();
  http?.closeAllConnections();
  await new Promise((r) => http?.close(r));
});

const fetcher = () =>
  new Fetcher({ dnsServers: [`127.0.0.1:${dnsPort}`], retries: 0, timeoutMs: 1500, idleTimeoutMs: 1000 });

async function failure(f: Fetcher, url: string): Promise<ClaimtrailError> {
  const e = await f.fetch(url).then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ClaimtrailError);
  return e as ClaimtrailError;
}

describe("the private-address check holds for the connection itself", () => {
  it("a name that resolves to a public address, then to 127.0.0.1 (DNS rebinding), never reaches 127.0.0.1", async () => {
    asked.length = 0;
    httpHits = 0;
    // 192.0.43.10 is public (IANA's own); any answer after the first points at the machine itself.
    answer = (_name, nth) => (nth === 1 ? ["192.0.43.10"] : ["127.0.0.1"]);
    const f = fetcher();
    try {
      const e = await failure(f, `http://rebind.test:${httpPort}/admin`);
      expect(httpHits).toBe(0);
      // One resolution, checked and used for the connection: no second answer was ever asked for.
      expect(asked).toEqual(["rebind.test"]);
      expect(["network", "timeout"]).toContain(e.kind);
    } finally {
      await f.close();
    }
  });

  it("a name that resolves to 127.0.0.1, or to a public and a private address, is refused before connecting", async () => {
    httpHits = 0;
    const f = fetcher();
    try {
      answer = () => ["127.0.0.1"];
      const loopback = await failure(f, `http://local.test:${httpPort}/`);
      expect(loopback).toMatchObject({ kind: "blocked-url", source: `http://local.test:${httpPort}/` });
      expect(loopback.message).toMatch(
        /local\.test resolves to 127\.0\.0\.1, a private or reserved address: use --allow-private/,
      );
      answer = () => ["192.0.43.10", "127.0.0.1"];
      expect((await failure(f, `http://mixed.test:${httpPort}/`)).kind).toBe("blocked-url");
      answer = () => ["100.64.1.1"];
      expect((await failure(f, `http://cgnat.test:${httpPort}/`)).kind).toBe("blocked-url");
      expect(httpHits).toBe(0);
    } finally {
      await f.close();
    }
  });

  it("with --allow-private the same name is fetched, through the same resolver", async () => {
    httpHits = 0;
    answer = () => ["127.0.0.1"];
    const f = new Fetcher({ dnsServers: [`127.0.0.1:${dnsPort}`], retries: 0, allowPrivate: true });
    try {
      const r = await f.fetch(`http://local.test:${httpPort}/`);
      expect(Buffer.from(r.bytes).toString()).toContain("internal admin page");
      expect(httpHits).toBe(1);
    } finally {
      await f.close();
    }
  });

  it("addresses written in the URL are checked too, in every IPv6 form that reaches an IPv4 host", async () => {
    httpHits = 0;
    const f = new Fetcher({ retries: 0 });
    try {
      for (const host of [
        "127.0.0.1",
        "[::1]",
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "[64:ff9b::7f00:1]",
        "[::ffff:0:a00:1]",
      ]) {
        expect((await failure(f, `http://${host}:${httpPort}/`)).kind, host).toBe("blocked-url");
      }
    } finally {
      await f.close();
    }
    expect(httpHits).toBe(0);
  });
});

describe("reserved ranges", () => {
  it("refuses every range that is not public unicast, and lets public addresses through", () => {
    const refused = [
      "0.1.2.3",
      "10.0.0.1",
      "100.64.0.1",
      "100.127.255.254",
      "127.8.8.8",
      "169.254.169.254",
      "172.31.0.1",
      "192.0.0.8",
      "192.0.2.1",
      "192.168.1.1",
      "198.18.0.1",
      "198.19.255.254",
      "198.51.100.7",
      "203.0.113.7",
      "224.0.0.1",
      "255.255.255.255",
      "::",
      "::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:0:10.0.0.1",
      "64:ff9b::a9fe:a9fe",
      "64:ff9b:1::1",
      "2002:c0a8:101::1",
      "::10.0.0.1",
      "2001:db8::1",
      "3fff::1",
      "fc00::1",
      "fd00::1",
      "fe80::1",
      "fec0::1",
      "ff02::1",
      "100::1",
    ];
    const allowed = [
      "8.8.8.8",
      "1.1.1.1",
      "100.63.255.255",
      "100.128.0.0",
      "198.17.255.255",
      "198.20.0.0",
      "::ffff:8.8.8.8",
      "64:ff9b::808:808",
      "2002:808:808::1",
      "2001:4860:4860::8888",
      "2606:4700:4700::1111",
    ];
    expect(refused.filter((a) => !isPrivateAddress(a))).toEqual([]);
    expect(allowed.filter((a) => isPrivateAddress(a))).toEqual([]);
  });
});
