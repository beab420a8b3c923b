import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { ingest } from "../app/ingest.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The bundled samples, ingested once for the whole run; tests take a copy (helpers/sample-corpus.ts). */
    samplesDb: string;
  }
}

/**
 * Ingests corpus/samples once, before any test file runs: the read-side tests share it instead of each ingesting.
 * In this thread: nothing else runs until it is done, and a worker thread and its pdf.js child started from the
 * TypeScript sources (through tsx) cost seconds of CPU each before they read a page: 18 s of the run's start became
 * 9 s. The stored corpus is the same either way (compared table by table); ingest through worker threads is tested
 * by ingest.test.ts and failures.test.ts from the sources, and by cli.test.ts's real-process ingest on the package.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "claimtrail-shared-samples-"));
  const db = join(dir, "samples.db");
  const summary = await ingest(["corpus/samples/"], { db, workers: 0 });
  if (summary.failed.length || summary.ingested.length === 0)
    throw new Error(`sample ingest failed: ${JSON.stringify(summary.failed)}`);
  project.provide("samplesDb", db);
  return () => rmSync(dir, { recursive: true, force: true });
}
