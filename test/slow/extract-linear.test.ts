import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../extractors/index.js";
import type { Doc } from "../../model/doc.js";
import { readDocument } from "../../read/read-document.js";

// Extraction must grow with the text, not faster (issue 17, item 3: a 50 MB text did not finish in 400 s). The text
// is the sample board papers' sources over and over, each copy with its years moved, so that dates, figures and
// names keep changing as a long document's do.
const SRC = new URL("../../corpus/samples/src/", import.meta.url).pathname;
const source = readdirSync(SRC)
  .sort()
  .map((f) => readFileSync(SRC + f, "utf8"))
  .join("\n\n");

function text(bytes: number): string {
  let t = "";
  for (let i = 0; t.length < bytes; i++) t += source.replace(/2008/g, String(1990 + (i % 30))) + "\n\n";
  return t.slice(0, bytes);
}

/** The best of three runs: on two shared cores the best run is the one least disturbed by the rest of the suite. */
function bestMs(doc: Doc): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    extract(doc);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("extraction is linear in the text's size", () => {
  it("four times the text costs less than six times the time", async () => {
    const doc = (bytes: number) => readDocument({ source: "minutes.txt", bytes: Buffer.from(text(bytes)) });
    bestMs(await doc(50_000)); // compiles the extractors' code paths before anything is timed
    const once = bestMs(await doc(150_000));
    const fourTimes = bestMs(await doc(600_000));
    expect(fourTimes).toBeLessThan(6 * once);
  }, 120_000);
});
