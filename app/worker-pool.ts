import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import type { RawDocument, ReadOptions } from "../read/read-document.js";
import type { Processed } from "./process-document.js";

/** Reads and extracts documents, on worker threads when `threads > 0`, else in this thread. */
export interface DocumentProcessor {
  process(raw: RawDocument): Promise<Processed>;
  close(): Promise<void>;
}

/** One task for a worker thread: a document and how to read it. */
export interface ProcessTask {
  raw: RawDocument;
  read: ReadOptions;
}

export function createProcessor(threads: number, read: ReadOptions = {}): DocumentProcessor {
  if (threads <= 0) {
    // In this thread the extractors (compromise, natural) load on first use, not when ingest is imported.
    return {
      process: async (raw) => (await import("./process-document.js")).processDocument(raw, read),
      close: async () => undefined,
    };
  }
  const here = import.meta.url;
  // From the TypeScript sources (tests, tsx) the worker must load through tsx too;
  // from the built package it is plain JavaScript.
  const fromSource = here.endsWith(".ts");
  const pool = new Piscina({
    filename: new URL(fromSource ? "./ingest-worker.ts" : "./ingest-worker.js", here).href,
    minThreads: threads,
    maxThreads: threads,
    // Named by its resolved path: the worker may start in any working directory (a test's temporary folder).
    execArgv: fromSource ? ["--import", pathToFileURL(createRequire(here).resolve("tsx")).href] : [],
    // A document's bytes are copied once into the worker; keep the queue short so memory stays bounded.
    maxQueue: threads * 4,
  });
  return {
    process: (raw) => pool.run({ raw, read } satisfies ProcessTask) as Promise<Processed>,
    close: () => pool.destroy(),
  };
}
