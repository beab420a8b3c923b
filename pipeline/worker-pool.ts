import { Piscina } from "piscina";
import type { RawDocument } from "./read-document.js";
import { processDocument, type Processed } from "./process-document.js";

/** Reads and extracts documents, on worker threads when `threads > 0`, else in this thread. */
export interface DocumentProcessor {
  process(raw: RawDocument): Promise<Processed>;
  close(): Promise<void>;
}

export function createProcessor(threads: number): DocumentProcessor {
  if (threads <= 0) return { process: processDocument, close: async () => undefined };
  const here = import.meta.url;
  // From the TypeScript sources (tests, tsx) the worker must load through tsx too;
  // from the built package it is plain JavaScript.
  const fromSource = here.endsWith(".ts");
  const pool = new Piscina({
    filename: new URL(fromSource ? "./ingest-worker.ts" : "./ingest-worker.js", here).href,
    minThreads: threads,
    maxThreads: threads,
    execArgv: fromSource ? ["--import", "tsx"] : [],
    // A document's bytes are copied once into the worker; keep the queue short so memory stays bounded.
    maxQueue: threads * 4,
  });
  return {
    process: (raw) => pool.run(raw) as Promise<Processed>,
    close: () => pool.destroy(),
  };
}
