import { describe, expect, it } from "vitest";
import type { IngestSummary } from "../app/ingest.js";
import { resultsOf } from "../scripts/eval-robust.js";

describe("eval:robust's reading of a summary", () => {
  it("gives a second copy of the same bytes the result of the copy that was read, not 'ingested'", () => {
    // pdf.js's suite holds empty.pdf and empty#hash.pdf, the same bytes: whichever was read first, stored without
    // text, the other came back unchanged, and counted as text found, so the backends seemed to disagree on it.
    const summary: IngestSummary = {
      ingested: [{ id: "t", source: "text.pdf", title: null }],
      unchanged: [
        { id: "e", source: "empty#hash.pdf" },
        { id: "t", source: "text-copy.pdf" },
      ],
      failed: [
        {
          source: "empty.pdf",
          error: "no text layer, OCR needed (stored without text)",
          kind: "unreadable",
          stored: { id: "e" },
        },
        { source: "bomb.pdf", error: "too large: stopped at 1 GiB", kind: "too-large" },
      ],
      skipped: [],
      timings: { load: 0, hash: 0, parse: 0, extract: 0, store: 0, wall: 0 },
      pages: 0,
    };
    expect(resultsOf(summary)).toEqual({
      "text.pdf": { result: "ingested" },
      "text-copy.pdf": { result: "ingested" },
      "empty.pdf": { result: "no-text", kind: "unreadable", error: "no text layer, OCR needed (stored without text)" },
      "empty#hash.pdf": { result: "no-text" },
      "bomb.pdf": { result: "over-budget", kind: "too-large", error: "too large: stopped at 1 GiB" },
    });
  });
});
