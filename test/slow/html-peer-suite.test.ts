import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SUITE, missedTargets, ourReader, scoreSuite } from "../../scripts/eval-html.js";

// readability's 130 test pages live beside the project (../shared), never in it: without them this is skipped, with a warning.
const present = existsSync(SUITE);
if (!present) console.warn(`html peer suite: skipped, ${SUITE} is absent`);

describe.skipIf(!present)("the HTML reader on readability's test pages (npm run eval:html)", () => {
  it("holds the targets: mean token F1 ≥ 0.98, no page silently empty, titles ≥ 125/127, every publication date", async () => {
    const s = await scoreSuite(ourReader);
    expect(s.pages).toHaveLength(130);
    expect(s.meanF1).toBeGreaterThanOrEqual(0.98);
    expect(s.pages.filter((p) => p.empty === "silent").map((p) => p.name)).toEqual([]);
    expect(s.titles.total).toBe(127);
    expect(s.titles.exact).toBeGreaterThanOrEqual(125);
    expect(s.dates).toEqual({ found: 33, total: 33 });
    expect(missedTargets(s)).toEqual([]);
  });
});
