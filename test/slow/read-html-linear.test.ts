import { describe, expect, it } from "vitest";
import { readHtml } from "../../read/read-html.js";

// Sibling paragraphs with no <article> or <main>: the shape on which the old reader was quadratic (issue 17, item 2).
const page = (paragraphs: number) =>
  Buffer.from(
    `<!DOCTYPE html><html><head><title>Minutes</title></head><body>${Array.from({ length: paragraphs }, (_, i) => `<p>Item ${i}: the board noted the report.</p>`).join("\n")}</body></html>`,
  );

/**
 * The best of five runs of each size, taken in turn: on two shared cores the best run is the one least disturbed by
 * the rest of the suite, and alternating the sizes lets a busy spell slow both alike.
 */
function bestMs(a: Buffer, b: Buffer): [number, number] {
  const time = (bytes: Buffer) => {
    const start = performance.now();
    readHtml(bytes, "minutes.html");
    return performance.now() - start;
  };
  let bestA = Infinity;
  let bestB = Infinity;
  for (let run = 0; run < 5; run++) {
    bestA = Math.min(bestA, time(a));
    bestB = Math.min(bestB, time(b));
  }
  return [bestA, bestB];
}

describe("reading HTML is linear in the page's size", () => {
  // Measured on a quiet machine: 5.3 to 5.8 times for four times the paragraphs (the DOM and readability's passes
  // allocate more than linearly); the old reader was quadratic, 16 times and more. Eight sits between the two, with
  // room for a loaded machine, where six failed one run in two.
  it("four times the paragraphs cost less than eight times the time (quadratic would be sixteen)", () => {
    bestMs(page(500), page(500)); // compiles the reader's code paths before anything is timed
    const [once, fourTimes] = bestMs(page(1250), page(5000));
    expect(fourTimes).toBeLessThan(8 * once);
  });
});
