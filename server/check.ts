import type { FastifyInstance, FastifyReply } from "fastify";
import { CHECK_MAX_BYTES, checkFile, checkUrl, type CheckedApart } from "../app/check-apart.js";
import type { FetchLimits } from "../app/settings.js";
import { ClaimtrailError, type ErrorKind } from "../model/errors.js";
import { checkJson } from "../output/views.js";

/** The file types a check takes as its body; the bytes decide what the file is, these only admit it. */
export const UPLOAD_TYPES = ["application/pdf", "text/html", "application/xhtml+xml", "application/octet-stream"];

/** Checks that may run at once by default: each reads and extracts a document on a worker thread under a 1 GiB budget. */
const MAX_CHECKS = 2;

/** The HTTP status of each way a check can fail: the asker's mistake (4xx) or the far server's (502, 504). */
const STATUS: Partial<Record<ErrorKind, number>> = {
  "bad-usage": 400,
  "blocked-url": 400,
  "empty-file": 400,
  "not-found": 404,
  "too-large": 413,
  "unsupported-format": 415,
  "corrupt-pdf": 422,
  "encrypted-pdf": 422,
  "no-main-text": 422,
  unreadable: 422,
  "too-deep": 422,
  "too-slow": 422,
  // The corpus's write lock, held by an ingest for longer than the busy timeout: try again.
  database: 503,
  "http-error": 502,
  network: 502,
  "redirect-loop": 502,
  timeout: 504,
};

/**
 * `POST /api/check`: checks a document that need not be in the corpus, and stores nothing (app/check-apart.ts). The
 * body is either JSON `{"url": "https://…"}` or the file itself (a PDF or an HTML page, sent as its own type, the
 * name in `?name=`), so no multipart parser is needed; and since neither is a body a cross-site form can send without
 * the browser asking first (which this server never grants), another site's page cannot make it fetch. The answer is
 * the check@1 object `claimtrail check <file|url> --json` prints; `X-Claimtrail-Draft: yes` says the document is not
 * in the corpus (so it cannot be opened or exported by id). Failures are one line: `{"error": "source: what"}`.
 */
export async function registerCheckDraft(
  app: FastifyInstance,
  dbPath: string,
  fetch: Partial<FetchLimits>,
  maxChecks = MAX_CHECKS,
): Promise<void> {
  let running = 0;
  await app.register(async (scope) => {
    // Only in this scope: the rest of the API takes no bodies.
    scope.addContentTypeParser(UPLOAD_TYPES, { parseAs: "buffer", bodyLimit: CHECK_MAX_BYTES }, (_req, body, done) =>
      done(null, body),
    );
    scope.post<{ Body: Buffer | { url?: unknown }; Querystring: { name?: string } }>(
      "/api/check",
      {
        bodyLimit: CHECK_MAX_BYTES,
        schema: {
          querystring: {
            type: "object",
            additionalProperties: false,
            properties: { name: { type: "string", maxLength: 300 } },
          },
        },
      },
      async (req, reply) => {
        const body = req.body;
        const name = req.query.name ?? "upload";
        let work: () => Promise<CheckedApart>;
        let fetched = false;
        if (Buffer.isBuffer(body)) {
          work = () => checkFile(dbPath, body, name);
        } else if (body && typeof body === "object" && typeof body.url === "string" && body.url.trim()) {
          const url = body.url.trim();
          if (url.length > 2000)
            return failed(reply, new ClaimtrailError("bad-usage", "url", "longer than 2000 characters"));
          work = () => checkUrl(dbPath, url, { fetch });
          fetched = true;
        } else if (body === undefined || body === null) {
          return failed(reply, new ClaimtrailError("empty-file", name, "empty: the file has no bytes"));
        } else if (typeof body === "string") {
          // fastify's own text/plain parser: a text file is not what the page checks.
          return failed(reply, new ClaimtrailError("unsupported-format", name, "not a PDF or an HTML page"));
        } else {
          return failed(
            reply,
            new ClaimtrailError("bad-usage", "body", 'send {"url": "https://…"} or a PDF or HTML file'),
          );
        }
        if (running >= maxChecks) {
          void reply.header("Retry-After", "10");
          const n = running === 1 ? "1 check is" : `${running} checks are`;
          return reply.status(503).send({ error: `busy: ${n} running, try again in a few seconds` });
        }
        running++;
        try {
          const { report, draft } = await work();
          void reply.header("X-Claimtrail-Draft", draft ? "yes" : "no");
          return checkJson(report);
        } catch (e) {
          // A page the far server does not have is its failure, not a route missing here.
          if (e instanceof ClaimtrailError)
            return failed(reply, e, fetched && e.kind === "not-found" ? 502 : undefined);
          throw e;
        } finally {
          running--;
        }
      },
    );
  });
}

function failed(reply: FastifyReply, e: ClaimtrailError, status?: number): FastifyReply {
  const line = `${e.source}: ${e.message}`.replace(/\s+/g, " ").trim();
  const code = status ?? STATUS[e.kind] ?? 422;
  if (code === 503) void reply.header("Retry-After", "10");
  return reply.status(code).send({ error: line });
}
