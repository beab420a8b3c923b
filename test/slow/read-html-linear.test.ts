import { describe, expect, it } from "vitest";
import { readHtml } from "../../read/read-html.js";

// Sibling paragraphs with no <article> or <main>: the shape on which the old reader was quadratic (issue 17, item 2).
const page = (paragraphs: number) =>
  Buffer.from(
    `<!DOCTYPE html><html><head><title>Minutes</title></head><body>${Array.from({ length: paragraphs }, (_, i) => `<p>Item ${i}: the board noted the report.</p>`).join("\n")}</body></html>`,
  );

/** The best of three runs: on two shared cores the best run is the one least disturbed by the rest of the suite. */
function bestMs(bytes: Buffer): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    readHtml(bytes, "minutes.html");
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("reading HTML is linear in the page's size", () => {
  it("four times the paragraphs cost less than six times the time", () => {
    bestMs(page(500)); // compiles the reader's code paths before anything is timed
    const once = bestMs(page(1250));
    const fourTimes = bestMs(page(5000));
    expect(fourTimes).toBeLessThan(6 * once);
  });
});
