import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract } from "../../extractors/index.js";
import { readDocument } from "../../read/read-document.js";
import { growth, growthRounds } from "../helpers/growth.js";

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

describe("extraction is linear in the text's size", () => {
  // Measured here under a load of 12: 4.4 times the CPU time for four times the text; quadratic would be sixteen. Six
  // leaves room for a loaded machine (helpers/growth.ts: CPU time, the best runs taken in turn, up to three rounds).
  it("four times the text costs less than six times the CPU time", async () => {
    const doc = (bytes: number) => readDocument({ source: "minutes.txt", bytes: Buffer.from(text(bytes)) });
    extract(await doc(50_000)); // compiles the extractors' code paths before anything is timed
    const once = await doc(150_000);
    const fourTimes = await doc(600_000);
    const ratios = growthRounds(
      () =>
        growth(
          () => extract(once),
          () => extract(fourTimes),
          3,
        ),
      6,
    );
    expect(
      Math.min(...ratios),
      `CPU time ratios, round by round: ${ratios.map((r) => r.toFixed(2)).join(", ")}`,
    ).toBeLessThan(6);
  }, 300_000);
});
