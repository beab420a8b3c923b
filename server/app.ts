import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { existsSync } from "node:fs";
import { isIP } from "node:net";
import { fileURLToPath } from "node:url";
import { CHECK_MAX_BYTES } from "../app/check-apart.js";
import { predicatesView } from "../app/predicates.js";
import { EVENT_TYPES, Library, type EventType, type SearchOptions } from "../app/library.js";
import { KINDS, type FetchLimits, type Kind } from "../app/settings.js";
import { ClaimtrailError } from "../model/errors.js";
import { checkView, checkViewJson, claimsJson, timelineJson } from "../output/views.js";
import {
  CHECK_FORMATS,
  SEARCH_FORMATS,
  TIMELINE_FORMATS,
  checkExport,
  searchExport,
  sendExport,
  sourceLinks,
  timelineExport,
} from "./exports.js";
import { registerCheckDraft } from "./check.js";
import { registerOriginals, registerPdfJs } from "./originals.js";

export interface ServerOptions {
  dbPath: string;
  host?: string;
  port?: number;
  /** Log requests (the CLI turns it on; tests keep quiet). */
  logger?: boolean;
  /** Host names besides the one served on that requests may name (`--allow-host`): a name the server is reached by. */
  allowHosts?: readonly string[];
  /** Where a 500 is reported, one line each (default: stderr): an internal error must never pass unseen. */
  logError?: (line: string) => void;
  /**
   * How the page's check fetches a pasted URL (POST /api/check): the CLI's safe fetch, which refuses private and
   * loopback addresses unless `allowPrivate` (`serve --allow-private`; tests serve their pages on 127.0.0.1).
   */
  fetch?: Partial<FetchLimits>;
  /** Checks of a URL or an upload (POST /api/check) that may run at once; one more is answered 503 (default 2). */
  maxChecks?: number;
}

// A real calendar day: the pattern alone lets 2008-13-45 through to the timeline, which cannot read it.
const DATE = { type: "string", format: "iso-day" } as const;
const isoDay = (s: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
};

/** Sent with every answer, the framework's own error answers included. */
const SECURITY_HEADERS = {
  // Document text is never markup here; the policy makes sure no injected script could run anyway.
  "Content-Security-Policy":
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
} as const;

/** The host name of a Host header ("127.0.0.1:8080", "[::1]:8080", "Example.org."), lower case, without port. */
function hostName(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(header) ?? /^([^:]+)(?::\d+)?$/.exec(header);
  return m ? m[1]!.toLowerCase().replace(/\.$/, "") : null;
}

/**
 * The Host headers a request may carry: the name or address served on, its loopback equivalents, and
 * `allowHosts`. Anything else is a request for another site, which is what DNS rebinding makes a browser send:
 * a page on evil.example re-points its name at 127.0.0.1 and reads the API as if it were its own.
 */
function hostAllowed(bound: string, allowHosts: readonly string[]): (host: string) => boolean {
  const names = new Set([bound.toLowerCase(), ...allowHosts.map((h) => h.toLowerCase().replace(/\.$/, ""))]);
  const loopback = bound === "localhost" || bound === "::1" || bound.startsWith("127.");
  if (loopback) for (const n of ["localhost", "127.0.0.1", "::1"]) names.add(n);
  const wildcard = bound === "0.0.0.0" || bound === "::";
  // On every interface, an address is a fine name: a rebinding attack needs a name of its own.
  return (host) => names.has(host) || (wildcard && (isIP(host) !== 0 || host === "localhost"));
}
const ID = { type: "string", pattern: "^[0-9a-f]{6,64}$" } as const;

/** The framework's refusals of a request body (POST /api/check), said as the check's own errors are. */
const BODY_ERRORS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: `too large: over the ${CHECK_MAX_BYTES / 2 ** 20} MB limit`,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'not a PDF or an HTML page: send a PDF or HTML file, or {"url": "https://…"}',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'empty: send {"url": "https://…"} or a PDF or HTML file',
  FST_ERR_CTP_INVALID_JSON_BODY: 'not JSON: send {"url": "https://…"}',
};

/** The page's assets: web/ beside dist/ or beside the sources (tsx). */
function webRoot(): string {
  for (const rel of ["../web/", "../../web/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  throw new Error("web/ assets not found next to the server");
}

/** The compiled renderer modules the page shares with the CLI (dist/output/), so a date reads the same in both. */
function sharedOutputRoot(): string {
  for (const rel of ["../output/", "../dist/output/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}when-text.js`)) return dir;
  }
  throw new Error("dist/output/when-text.js not found: run npm run build");
}

/**
 * The HTTP API and the web page over one corpus, read-only. Routes mirror the
 * CLI's contracts; query strings are validated by JSON schemas (fastify's
 * ajv), so bad input is a 400 with a message, never a stack trace.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  // Read-only and WAL: an ingest may write to the same file while we serve it.
  const library = Library.open(options.dbPath);
  const logError = options.logError ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const app = Fastify({
    logger: options.logger ?? false,
    ajv: { customOptions: { formats: { "iso-day": isoDay } } },
    // Errors the router raises before any hook runs (a URL that is not valid percent-encoding).
    frameworkErrors: (error, _req, reply) =>
      void (reply as FastifyReply).headers(SECURITY_HEADERS).status(400).send({ error: error.message }),
    // A request too malformed for HTTP parsing never reaches fastify: answer it on the socket, headers included.
    clientErrorHandler: (_error, socket) => {
      if (!socket.writable) return socket.destroy();
      const body = JSON.stringify({ error: "bad request" });
      const headers = Object.entries(SECURITY_HEADERS)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join("");
      socket.end(
        `HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n${headers}Connection: close\r\n\r\n${body}`,
      );
    },
  });
  const allowed = hostAllowed(options.host ?? "127.0.0.1", options.allowHosts ?? []);
  app.addHook("onClose", async () => library.close());
  app.addHook("onRequest", async (req, reply) => {
    const host = hostName(req.headers.host);
    if (host === null || !allowed(host)) {
      // 421 Misdirected Request: this server does not serve that name.
      return reply.status(421).send({
        error: `this server does not answer for host "${host ?? ""}" (serve --allow-host ${host || "NAME"} lets it)`,
      });
    }
  });
  app.addHook("onSend", async (_req, reply, payload) => {
    // A route that set a stricter policy (a stored article's own page) keeps it.
    const policy = reply.getHeader("content-security-policy");
    reply.headers(SECURITY_HEADERS);
    if (policy) reply.header("Content-Security-Policy", policy);
    return payload;
  });
  app.setErrorHandler(
    (error: { statusCode?: number; code?: string; validation?: unknown; message: string }, req, reply) => {
      const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
      if (status === 500) {
        logError(`claimtrail serve: 500 on ${req.method} ${req.url}: ${String(error.message).replace(/\s+/g, " ")}`);
        req.log.error(error);
      }
      const said = status === 500 ? "internal error" : (BODY_ERRORS[error.code ?? ""] ?? error.message);
      void reply.status(status).send({ error: said });
    },
  );
  app.setNotFoundHandler(
    (req, reply) => void reply.status(404).send({ error: `no route ${req.method} ${req.url.split("?")[0]}` }),
  );

  await app.register(fastifyStatic, { root: webRoot(), prefix: "/" });
  await app.register(fastifyStatic, {
    root: sharedOutputRoot(),
    prefix: "/lib/",
    decorateReply: false,
    allowedPath: (path) => path === "/when-text.js",
  });
  await registerPdfJs(app);

  app.get("/api/subjects", async () => library.subjects());

  // The claim predicates (extractors/data/predicates.json): each one's unit, event and headline phrase, for the page.
  app.get("/api/predicates", async () => predicatesView());

  app.get<{
    Querystring: {
      subject: string;
      from?: string;
      to?: string;
      type?: EventType;
      by?: "happened" | "reported";
      format?: (typeof TIMELINE_FORMATS)[number];
    };
  }>(
    "/api/timeline",
    {
      schema: {
        querystring: {
          type: "object",
          required: ["subject"],
          additionalProperties: false,
          properties: {
            subject: { type: "string", minLength: 1, maxLength: 200 },
            from: DATE,
            to: DATE,
            type: { type: "string", enum: [...EVENT_TYPES] },
            by: { type: "string", enum: ["happened", "reported"] },
            format: { type: "string", enum: [...TIMELINE_FORMATS] },
          },
        },
      },
    },
    async (req, reply) => {
      const { format, ...query } = req.query;
      const timeline = timelineJson(library.timeline(query));
      if (!format) return timeline;
      const body = timelineExport(timeline, format, sourceLinks(library, req));
      return sendExport(reply, `timeline-${timeline.subject.canonical}`, format, body);
    },
  );

  app.get<{ Querystring: { kind?: Kind } }>(
    "/api/documents",
    {
      schema: {
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { kind: { type: "string", enum: [...KINDS] } },
        },
      },
    },
    async (req) => library.documents({ kind: req.query.kind }),
  );

  app.get<{ Params: { id: string } }>(
    "/api/documents/:id",
    { schema: { params: { type: "object", properties: { id: ID } } } },
    async (req, reply) => {
      const view = library.document(req.params.id);
      return view ?? reply.status(404).send({ error: `no document ${req.params.id}` });
    },
  );

  app.get<{ Params: { id: string }; Querystring: { format?: (typeof CHECK_FORMATS)[number] } }>(
    "/api/documents/:id/check",
    {
      schema: {
        params: { type: "object", properties: { id: ID } },
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: { format: { type: "string", enum: [...CHECK_FORMATS] } },
        },
      },
    },
    async (req, reply) => {
      const doc = library.resolveDocument(req.params.id);
      if (!doc) return reply.status(404).send({ error: `no document ${req.params.id}` });
      const report = checkView(library.check(doc.id));
      const format = req.query.format;
      if (!format) return checkViewJson(report);
      const body = checkExport(report, format, sourceLinks(library, req));
      return sendExport(reply, `check-${doc.title ?? doc.id.slice(0, 12)}`, format, body);
    },
  );

  registerOriginals(app, library, ID);
  await registerCheckDraft(app, options.dbPath, options.fetch ?? {}, options.maxChecks);

  app.get<{ Querystring: { subject?: string; predicate?: string } }>(
    "/api/claims",
    {
      schema: {
        querystring: {
          type: "object",
          additionalProperties: false,
          properties: {
            subject: { type: "string", maxLength: 200 },
            predicate: { type: "string", pattern: "^[a-z-]{1,40}$" },
          },
        },
      },
    },
    async (req) =>
      claimsJson(library.claims({ subject: req.query.subject, predicate: req.query.predicate, limit: 2000 })),
  );

  app.get<{
    Querystring: SearchOptions & { q: string; format?: (typeof SEARCH_FORMATS)[number] };
  }>(
    "/api/search",
    {
      schema: {
        querystring: {
          type: "object",
          required: ["q"],
          additionalProperties: false,
          properties: {
            q: { type: "string", minLength: 1, maxLength: 500 },
            kind: { type: "string", enum: [...KINDS] },
            subject: { type: "string", maxLength: 200 },
            from: DATE,
            to: DATE,
            publisher: { type: "string", minLength: 1, maxLength: 200 },
            stakeholder: { type: "string", minLength: 1, maxLength: 200 },
            limit: { type: "integer", minimum: 1, maximum: 100 },
            format: { type: "string", enum: [...SEARCH_FORMATS] },
          },
        },
      },
    },
    async (req, reply) => {
      const { q, format, ...filter } = req.query;
      if (filter.from && filter.to && filter.from > filter.to)
        return reply.status(400).send({ error: `from ${filter.from} is after to ${filter.to}` });
      let view;
      try {
        view = library.search(q, filter);
      } catch (e) {
        // An unknown or ambiguous stakeholder is the asker's mistake, said as the CLI says it.
        if (e instanceof ClaimtrailError && (e.kind === "not-found" || e.kind === "bad-usage"))
          return reply.status(e.kind === "not-found" ? 404 : 400).send({ error: `${e.source}: ${e.message}` });
        throw e;
      }
      if (!format) return view;
      const body = searchExport(view, format, sourceLinks(library, req), filter);
      return sendExport(reply, `search-${q}`, format, body);
    },
  );

  if (options.port !== undefined) await app.listen({ host: options.host ?? "127.0.0.1", port: options.port });
  return app;
}
