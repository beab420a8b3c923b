import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCorpus } from "../../corpus/corpus.js";
import { runCli } from "./cli.js";

/** The bundled sample corpus ingested by the real CLI into a fresh database; returns its path. */
export function ingestSamples(): string {
  const db = join(mkdtempSync(join(tmpdir(), "claimtrail-samples-")), "samples.db");
  const r = runCli(["--db", db, "ingest", "corpus/samples/", "--json"]);
  if (r.code !== 0) throw new Error(`sample ingest failed (${r.code}): ${r.stderr}`);
  return db;
}

/** The stored id of the sample whose source path contains `fragment`. */
export function sampleId(db: string, fragment: string): string {
  const corpus = openCorpus(db, { readonly: true });
  try {
    const doc = corpus.documents.list().find((d) => d.source.includes(fragment));
    if (!doc) throw new Error(`no sample matching ${fragment}`);
    return doc.id;
  } finally {
    corpus.close();
  }
}
