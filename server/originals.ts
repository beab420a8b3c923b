import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { createReadStream } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname } from "node:path";
import type { Library } from "../app/library.js";

const CONTENT_TYPE = { pdf: "application/pdf", html: "text/html", text: "text/plain; charset=utf-8" } as const;

/**
 * A stored article's own markup is untrusted: served from our origin it would run with our cookies and API. A
 * sandboxed page is an origin of its own where no script runs, and it may load nothing but its inline styles.
 */
const ORIGINAL_HTML_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** `/api/documents/:id/original`: the bytes a document was read from, exactly as they were read. */
export function registerOriginals(app: FastifyInstance, library: Library, idSchema: object): void {
  app.get<{ Params: { id: string } }>(
    "/api/documents/:id/original",
    { schema: { params: { type: "object", properties: { id: idSchema } } } },
    async (req, reply) => {
      const found = library.original(req.params.id);
      if (!found) return reply.status(404).send({ error: `no document ${req.params.id}` });
      if (!found.file)
        return reply.status(404).send({
          error: `the original of ${found.document.id.slice(0, 12)} was not kept (ingested before originals were): ingest ${found.document.source} again`,
        });
      const { document, file } = found;
      const name = (basename(document.source.split(/[?#]/)[0]!) || document.id).replace(/[^\w.-]+/g, "_");
      void reply
        .header("Content-Type", CONTENT_TYPE[document.format] ?? "application/octet-stream")
        .header("Content-Length", file.size)
        .header("Content-Disposition", `inline; filename="${name}"`)
        // The name is the SHA-256 of the bytes: what is served under it never changes.
        .header("Cache-Control", "private, max-age=31536000, immutable");
      if (document.format !== "pdf") void reply.header("Content-Security-Policy", ORIGINAL_HTML_POLICY);
      return reply.send(createReadStream(file.path));
    },
  );
}

/** pdf.js from the npm package, served from here (no CDN): its module, its worker, and the data it reads fonts with. */
export async function registerPdfJs(app: FastifyInstance): Promise<void> {
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const allowed = /^\/(build\/pdf(\.worker)?\.min\.mjs|cmaps\/[\w.-]+|standard_fonts\/[\w.-]+)$/;
  await app.register(fastifyStatic, {
    root,
    prefix: "/vendor/pdfjs/",
    decorateReply: false,
    allowedPath: (path) => allowed.test(path),
  });
}
