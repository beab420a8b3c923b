import { describe, expect, it } from "vitest";
import { readHtml } from "../../read/read-html.js";
import { growth, growthRounds } from "../helpers/growth.js";

// Sibling paragraphs with no <article> or <main>: the shape on which the old reader was quadratic (issue 17, item 2).
const page = (paragraphs: number) =>
  Buffer.from(
    `<!DOCTYPE html><html><head><title>Minutes</title></head><body>${Array.from({ length: paragraphs }, (_, i) => `<p>Item ${i}: the board noted the report.</p>`).join("\n")}</body></html>`,
  );

const read = (bytes: Buffer) => () => void readHtml(bytes, "minutes.html");

describe("reading HTML is linear in the page's size", () => {
  // Measured on a quiet machine: 5.3 to 5.8 times for four times the paragraphs (the DOM and readability's passes
  // allocate more than linearly); the old reader was quadratic, 16 times and more. Eight sits between the two, with
  // room for a loaded machine (growth.ts: CPU time, not wall time, best runs taken in turn, and up to three rounds).
  it("four times the paragraphs cost less than eight times the CPU time (quadratic would be sixteen)", () => {
    read(page(500))(); // compiles the reader's code paths before anything is timed
    const ratios = growthRounds(() => growth(read(page(1250)), read(page(5000))), 8);
    expect(
      Math.min(...ratios),
      `CPU time ratios, round by round: ${ratios.map((r) => r.toFixed(2)).join(", ")}`,
    ).toBeLessThan(8);
  }, 300_000);
});
