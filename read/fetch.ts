import PQueue from "p-queue";
import type { Agent, fetch as UndiciFetch } from "undici";
import { ClaimtrailError } from "../model/errors.js";
import { BlockedAddressError, guardedLookup, isPrivateAddress } from "./private-address.js";
import { VERSION } from "../model/version.js";

export interface FetchLimits {
  timeoutMs: number;
  idleTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  backoffMs: number;
  perHostConcurrency: number;
  perHostIntervalMs: number;
  allowPrivate: boolean;
  userAgent: string;
  /** DNS servers to ask ("127.0.0.1:5353") instead of the system's resolver; tests point it at their own. */
  dnsServers?: readonly string[];
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = {
  timeoutMs: 30_000,
  idleTimeoutMs: 15_000,
  maxBytes: 50 * 1024 * 1024,
  maxRedirects: 5,
  retries: 3,
  backoffMs: 500,
  perHostConcurrency: 2,
  perHostIntervalMs: 0,
  allowPrivate: false,
  userAgent: `claimtrail/${VERSION} (document-analysis pipeline for NHS board papers)`,
};

export interface FetchedResource {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  charset: string | null;
  lastModified: string | null;
  /** The validator for a conditional request next time (If-None-Match). */
  etag: string | null;
  /** Empty when the server answered 304 Not Modified to a conditional request. */
  bytes: Buffer;
  attempts: number;
}

/** Validators remembered from an earlier answer, sent back so that an unchanged resource costs a 304. */
export interface ConditionalRequest {
  etag?: string | null;
  lastModified?: string | null;
}

type Response = Awaited<ReturnType<typeof UndiciFetch>>;

export function isUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}

const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
const MAX_RETRY_AFTER_MS = 10_000;

/** A failure worth another attempt (5xx, timeouts, dropped connections), with the wait the server asked for. */
class Retryable extends Error {
  constructor(
    readonly error: ClaimtrailError,
    readonly retryAfterMs: number | null = null,
  ) {
    super(error.message);
  }
}

/**
 * Fetches documents over http(s) politely and defensively: per-host queues,
 * timeouts (overall and idle), a body size limit enforced while streaming,
 * manual redirects (each hop checked), and retries with back-off on 5xx and
 * network errors only.
 *
 * Private addresses are refused where the connection is made: the dispatcher's
 * lookup checks every address a name resolves to and connects to the one it
 * checked, so a name that resolves to a public address for a check and to
 * 127.0.0.1 for the connection (DNS rebinding) cannot reach the machine.
 */
export class Fetcher {
  readonly limits: FetchLimits;
  private readonly hosts = new Map<string, PQueue>();
  private client?: Promise<{ dispatcher: Agent; fetch: typeof UndiciFetch }>;

  constructor(limits: Partial<FetchLimits> = {}) {
    this.limits = { ...DEFAULT_FETCH_LIMITS, ...limits };
  }

  // undici compiles its HTTP parser (WebAssembly) as it loads: only when something is fetched, not on every ingest.
  private http(): Promise<{ dispatcher: Agent; fetch: typeof UndiciFetch }> {
    const lookup = guardedLookup({ allowPrivate: this.limits.allowPrivate, servers: this.limits.dnsServers });
    return (this.client ??= import("undici").then(({ Agent, fetch }) => ({
      dispatcher: new Agent({ connect: { lookup } }),
      fetch,
    })));
  }

  /** Closes the connections kept alive for further requests. */
  async close(): Promise<void> {
    if (this.client) await (await this.client).dispatcher.close().catch(() => undefined);
  }

  /**
   * `signal` abandons the request (an interrupted ingest), wherever it is. `conditional` makes it a conditional
   * request (a crawl's re-visit): a 304 Not Modified is then an answer with status 304 and no bytes, not an error.
   */
  async fetch(url: string, signal?: AbortSignal, conditional?: ConditionalRequest): Promise<FetchedResource> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ClaimtrailError("blocked-url", url, "not a valid URL");
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
      throw new ClaimtrailError("blocked-url", url, "only http and https URLs can be fetched");
    const queue = this.queueFor(parsed.host);
    return (await queue.add(() => this.withRetries(url, signal, conditional), { signal }))!;
  }

  private queueFor(host: string): PQueue {
    let q = this.hosts.get(host);
    if (!q) {
      const { perHostConcurrency, perHostIntervalMs } = this.limits;
      q = new PQueue(
        perHostIntervalMs > 0
          ? { concurrency: perHostConcurrency, intervalCap: perHostConcurrency, interval: perHostIntervalMs }
          : { concurrency: perHostConcurrency },
      );
      this.hosts.set(host, q);
    }
    return q;
  }

  private async withRetries(
    url: string,
    signal?: AbortSignal,
    conditional?: ConditionalRequest,
  ): Promise<FetchedResource> {
    const { retries, backoffMs } = this.limits;
    for (let attempt = 1; ; attempt++) {
      try {
        return { ...(await this.once(url, signal, conditional)), attempts: attempt };
      } catch (e) {
        if (!(e instanceof Retryable) || signal?.aborted) throw e;
        if (attempt > retries) {
          throw new ClaimtrailError(
            e.error.kind,
            url,
            `${e.error.message} after ${attempt} attempt${attempt === 1 ? "" : "s"}`,
          );
        }
        // Exponential back-off with jitter, so a struggling server is not hit in lockstep.
        const wait = e.retryAfterMs ?? backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random());
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  private async once(
    url: string,
    signal?: AbortSignal,
    conditional?: ConditionalRequest,
  ): Promise<Omit<FetchedResource, "attempts">> {
    const seen = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop++) {
      this.checkLiteralAddress(current, url);
      seen.add(current);
      const res = await this.request(current, url, signal, conditional);
      if (res.status === 304 && (conditional?.etag || conditional?.lastModified)) {
        await res.body?.cancel().catch(() => undefined);
        return {
          url,
          finalUrl: current,
          status: 304,
          contentType: null,
          charset: null,
          lastModified: res.headers.get("last-modified") ?? conditional.lastModified ?? null,
          etag: res.headers.get("etag") ?? conditional.etag ?? null,
          bytes: Buffer.alloc(0),
        };
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get("location")) {
        await res.body?.cancel().catch(() => undefined);
        const next = new URL(res.headers.get("location")!, current).href;
        if (!/^https?:/i.test(next))
          throw new ClaimtrailError("blocked-url", url, `redirected to a non-http URL (${next.slice(0, 60)})`);
        if (seen.has(next)) throw new ClaimtrailError("redirect-loop", url, "redirect loop");
        if (hop + 1 > this.limits.maxRedirects)
          throw new ClaimtrailError("redirect-loop", url, `too many redirects (${hop + 1})`);
        current = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        const line = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`;
        if (res.status === 404 || res.status === 410) throw new ClaimtrailError("not-found", url, line);
        const err = new ClaimtrailError("http-error", url, line);
        if (RETRY_STATUS.has(res.status)) throw new Retryable(err, retryAfter(res.headers.get("retry-after")));
        throw err;
      }
      const type = res.headers.get("content-type");
      return {
        url,
        finalUrl: current,
        status: res.status,
        contentType: type?.split(";")[0]!.trim().toLowerCase() || null,
        charset: /charset\s*=\s*"?([\w.:-]+)/i.exec(type ?? "")?.[1]?.toLowerCase() ?? null,
        lastModified: res.headers.get("last-modified"),
        etag: res.headers.get("etag"),
        bytes: await this.readBody(res, url, signal),
      };
    }
  }

  /** An address written in the URL is never looked up, so the dispatcher's check does not see it: check it here. */
  private checkLiteralAddress(target: string, original: string): void {
    if (this.limits.allowPrivate) return;
    const host = new URL(target).hostname.replace(/^\[|\]$/g, "");
    if (isPrivateAddress(host)) {
      throw new ClaimtrailError(
        "blocked-url",
        original,
        `${host} is a private or reserved address: use --allow-private to fetch it`,
      );
    }
  }

  private async request(
    target: string,
    original: string,
    signal?: AbortSignal,
    conditional?: ConditionalRequest,
  ): Promise<Response> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error("timeout")), this.limits.timeoutMs);
    const interrupted = () => controller.abort(signal?.reason);
    signal?.addEventListener("abort", interrupted, { once: true });
    try {
      const { fetch, dispatcher } = await this.http();
      return await fetch(target, {
        redirect: "manual",
        signal: controller.signal,
        dispatcher,
        headers: {
          "user-agent": this.limits.userAgent,
          accept: "text/html,application/pdf,text/plain;q=0.9,*/*;q=0.8",
          ...(conditional?.etag ? { "if-none-match": conditional.etag } : {}),
          ...(conditional?.lastModified ? { "if-modified-since": conditional.lastModified } : {}),
        },
      });
    } catch (e) {
      if (signal?.aborted)
        throw new ClaimtrailError("interrupted", original, "interrupted before the download finished");
      throw this.networkError(
        e,
        original,
        controller.signal.aborted ? `no response within ${this.limits.timeoutMs / 1000} s` : null,
      );
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener("abort", interrupted);
    }
  }

  /** The body chunk by chunk: refused as soon as it passes the size limit, abandoned when it stalls. */
  private async readBody(res: Response, url: string, signal?: AbortSignal): Promise<Buffer> {
    const { maxBytes, idleTimeoutMs, timeoutMs } = this.limits;
    const tooLarge = () =>
      new ClaimtrailError("too-large", url, `larger than the ${Math.round(maxBytes / 2 ** 20)} MB limit`);
    const declared = Number(res.headers.get("content-length"));
    if (declared > maxBytes) {
      await res.body?.cancel().catch(() => undefined);
      throw tooLarge();
    }
    if (!res.body) return Buffer.alloc(0);
    const reader = res.body.getReader();
    const chunks: Buffer[] = [];
    let size = 0;
    const deadline = Date.now() + timeoutMs;
    try {
      for (;;) {
        if (signal?.aborted) throw new ClaimtrailError("interrupted", url, "interrupted before the download finished");
        let idle: NodeJS.Timeout | undefined;
        const stalled = new Promise<never>((_, reject) => {
          idle = setTimeout(
            () =>
              reject(
                new Retryable(new ClaimtrailError("timeout", url, `stalled: no data for ${idleTimeoutMs / 1000} s`)),
              ),
            Math.min(idleTimeoutMs, Math.max(1, deadline - Date.now())),
          );
        });
        let chunk: Awaited<ReturnType<typeof reader.read>>;
        try {
          chunk = await Promise.race([reader.read(), stalled]);
        } finally {
          clearTimeout(idle);
        }
        if (chunk.done) break;
        size += chunk.value.byteLength;
        if (size > maxBytes) throw tooLarge();
        chunks.push(Buffer.from(chunk.value));
      }
    } catch (e) {
      await reader.cancel().catch(() => undefined);
      if (e instanceof ClaimtrailError || e instanceof Retryable) throw e;
      throw this.networkError(e, url, null, "while reading the body");
    }
    return Buffer.concat(chunks);
  }

  private networkError(e: unknown, url: string, timeout: string | null, where = ""): Retryable | ClaimtrailError {
    if (timeout) return new Retryable(new ClaimtrailError("timeout", url, timeout));
    const blocked = [e, (e as { cause?: unknown }).cause].find((x) => x instanceof BlockedAddressError);
    if (blocked) return new ClaimtrailError("blocked-url", url, blocked.message);
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const code = cause?.code ?? (e as { code?: string }).code;
    const what =
      code === "ECONNRESET" || code === "UND_ERR_SOCKET"
        ? "connection reset"
        : code === "ECONNREFUSED"
          ? "connection refused"
          : code === "ENOTFOUND"
            ? "host not found"
            : (cause?.message ?? (e as Error).message ?? "network error").split("\n")[0]!;
    return new Retryable(new ClaimtrailError("network", url, where ? `${what} ${where}` : what));
  }
}

function retryAfter(header: string | null): number | null {
  if (!header) return null;
  const secs = Number(header);
  const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, MAX_RETRY_AFTER_MS) : null;
}
