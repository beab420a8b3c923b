import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest, type IngestSummary } from "../app/ingest.js";
import { ingestSummaryJson, renderIngestSummary } from "../output/ingest-summary.js";

process.env.NO_COLOR = "1";

/** A batch stopped by SIGTERM with a document over its budget, one stored, two not done, and two inputs left out. */
const stopped: IngestSummary = {
  ingested: [{ id: "a".repeat(64), source: "in/c-paper.pdf", title: "Trust Board, 26 November 2008" }],
  unchanged: [],
  failed: [
    { source: "in/a-bomb.pdf", error: "too large: stopped at 1 GiB", kind: "too-large" },
    { source: "in/d.pdf", error: "interrupted (SIGTERM) before it was done", kind: "interrupted" },
    { source: "in/e\nf.txt", error: "interrupted (SIGTERM) before it was done", kind: "interrupted" },
  ],
  skipped: [
    { source: "in/link.pdf", reason: "a symbolic link: not followed (name the file to ingest it)" },
    {
      source: "in/figures.csv",
      reason: 'a data file (no "source" column, so not a manifest), not a document: skipped',
    },
  ],
  interrupted: "SIGTERM",
  timings: { load: 0, hash: 0, parse: 0, extract: 0, store: 0, wall: 1500 },
  pages: 3,
};

describe("the ingest summary", () => {
  it("shows what was skipped and why, and what an interruption left undone", () => {
    const text = renderIngestSummary(stopped);
    expect(text.split("\n")).toEqual([
      "4 documents: 1 ingested, 0 unchanged, 3 failed, 2 skipped (1.5 s, 2 pages/s)",
      "  + aaaaaaaaaa  Trust Board, 26 November 2008",
      "  ✗ in/a-bomb.pdf: too large: stopped at 1 GiB",
      "  ✗ in/d.pdf: interrupted (SIGTERM) before it was done",
      "  ✗ in/e f.txt: interrupted (SIGTERM) before it was done",
      "  - in/link.pdf: a symbolic link: not followed (name the file to ingest it)",
      '  - in/figures.csv: a data file (no "source" column, so not a manifest), not a document: skipped',
      "interrupted by SIGTERM: 2 documents not done; run the same command again to finish",
    ]);
  });

  it("a run that was not stopped and skipped nothing reads as before", () => {
    const text = renderIngestSummary({ ...stopped, failed: [], skipped: [], interrupted: undefined });
    expect(text.split("\n")).toEqual([
      "1 document: 1 ingested, 0 unchanged, 0 failed (1.5 s, 2 pages/s)",
      "  + aaaaaaaaaa  Trust Board, 26 November 2008",
    ]);
  });

  it("--json carries the same lists", () => {
    expect(ingestSummaryJson(stopped)).toMatchObject({
      skipped: stopped.skipped,
      interrupted: "SIGTERM",
      failed: expect.arrayContaining([expect.objectContaining({ source: "in/d.pdf", kind: "interrupted" })]),
    });
    expect(ingestSummaryJson({ ...stopped, interrupted: undefined })).not.toHaveProperty("interrupted");
  });

  it("renders a real run stopped before it started, with a symbolic link left out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-summary-"));
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "a.txt"), "Minutes of the Trust Board.\n\nThe trust lost £7.2m.\n");
    writeFileSync(join(dir, "in", "b.txt"), "Minutes of the Audit Committee.\n");
    symlinkSync(join(dir, "in", "a.txt"), join(dir, "in", "c-link.txt"));
    const stop = new AbortController();
    stop.abort("SIGINT");
    const summary = await ingest(["in"], { db: join(dir, "c.db"), cwd: dir, workers: 0, signal: stop.signal });
    const text = renderIngestSummary(summary);
    expect(text).toMatch(/^2 documents: 0 ingested, 0 unchanged, 2 failed, 1 skipped \(/);
    expect(text).toContain("  ✗ in/a.txt: interrupted (SIGINT) before it was done");
    expect(text).toContain("  ✗ in/b.txt: interrupted (SIGINT) before it was done");
    expect(text).toMatch(/\n {2}- in\/c-link\.txt: .*symbolic link/);
    expect(text.endsWith("interrupted by SIGINT: 2 documents not done; run the same command again to finish")).toBe(
      true,
    );
  });
});
