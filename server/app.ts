import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EVENT_TYPES, Library, type EventType } from "../app/library.js";
import { KINDS, type Kind } from "../app/settings.js";

export interface ServerOptions {
  dbPath: string;
  host?: string;
  port?: number;
  /** Log requests (the CLI turns it on; tests keep quiet). */
  logger?: boolean;
}

const DATE = { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" } as const;
const ID = { type: "string", pattern: "^[0-9a-f]{6,64}$" } as const;

/** The page's assets: web/ beside dist/ or beside the sources (tsx). */
function webRoot(): string {
  for (const rel of ["../web/", "../../web/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  throw new Error("web/ assets not found next to the server");
}

/**
 * The HTTP API and the web page over one corpus, read-only. Routes mirror the
 * CLI's contracts; query strings are validated by JSON schemas (fastify's
 * ajv), so bad input is a 400 with a message, never a stack trace.
 */
export async function createServer(options: ServerOptions): Promise<FastifyInstance> {
  // Read-only and WAL: an ingest may write to the same file while we serve it.
  const library = Library.open(options.dbPath);
  const app = Fastify({ logger: options.logger ?? false });
  app.addHook("onClose", async () => library.close());
  app.addHook("onSend", async (_req, reply, payload) => {
    // Document text is never markup here; the policy makes sure no injected script could run anyway.
    reply.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    reply.header("X-Content-Type-Options", "nosniff");
    return payload;
  });
  app.setErrorHandler((error: { statusCode?: number; validation?: unknown; message: string }, req, reply) => {
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) req.log.error(error);
    void reply.status(status).send({ error: status === 500 ? "internal error" : error.message });
  });
  app.setNotFoundHandler((req, reply) => void reply.status(404).send({ error: `no route ${req.method} ${req.url.split("?")[0]}` }));

  await app.register(fastifyStatic, { root: webRoot(), prefix: "/" });

  app.get("/api/subjects", async () => library.subjects());

  app.get<{ Querystring: { subject: string; from?: string; to?: string; type?: EventType; by?: "happened" | "reported" } }>("/api/timeline", {
    schema: { querystring: { type: "object", required: ["subject"], additionalProperties: false, properties: {
      subject: { type: "string", minLength: 1, maxLength: 200 }, from: DATE, to: DATE, type: { type: "string", enum: [...EVENT_TYPES] }, by: { type: "string", enum: ["happened", "reported"] },
    } } },
  }, async (req) => library.timeline(req.query));

  app.get<{ Querystring: { kind?: Kind } }>("/api/documents", {
    schema: { querystring: { type: "object", additionalProperties: false, properties: { kind: { type: "string", enum: [...KINDS] } } } },
  }, async (req) => library.documents({ kind: req.query.kind }));

  app.get<{ Params: { id: string } }>("/api/documents/:id", { schema: { params: { type: "object", properties: { id: ID } } } }, async (req, reply) => {
    const view = library.document(req.params.id);
    return view ?? reply.status(404).send({ error: `no document ${req.params.id}` });
  });

  app.get<{ Params: { id: string } }>("/api/documents/:id/check", { schema: { params: { type: "object", properties: { id: ID } } } }, async (req, reply) => {
    const doc = library.resolveDocument(req.params.id);
    if (!doc) return reply.status(404).send({ error: `no document ${req.params.id}` });
    return library.check(doc.id);
  });

  app.get<{ Querystring: { subject?: string; predicate?: string } }>("/api/claims", {
    schema: { querystring: { type: "object", additionalProperties: false, properties: { subject: { type: "string", maxLength: 200 }, predicate: { type: "string", pattern: "^[a-z-]{1,40}$" } } } },
  }, async (req) => library.claims({ subject: req.query.subject, predicate: req.query.predicate, limit: 2000 }));

  app.get<{ Querystring: { q: string; kind?: Kind; subject?: string; limit?: number } }>("/api/search", {
    schema: { querystring: { type: "object", required: ["q"], additionalProperties: false, properties: {
      q: { type: "string", minLength: 1, maxLength: 500 }, kind: { type: "string", enum: [...KINDS] }, subject: { type: "string", maxLength: 200 }, limit: { type: "integer", minimum: 1, maximum: 100 },
    } } },
  }, async (req) => library.search(req.query.q, { kind: req.query.kind, subject: req.query.subject, limit: req.query.limit }));

  if (options.port !== undefined) await app.listen({ host: options.host ?? "127.0.0.1", port: options.port });
  return app;
}
