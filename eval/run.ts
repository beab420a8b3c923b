import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { extract } from "../extractors/index.js";
import { gazetteer } from "../extractors/gazetteer.js";
import { BLIND_TYPES, blindKeys, readGoldInput, scoreBlind, type BlindGold, type BlindType } from "./blind.js";
import {
  TARGETS,
  TYPES,
  compare,
  emptyTally,
  keysOf,
  precision,
  predictedKeys,
  recall,
  type GoldDocument,
  type MentionType,
  type Tally,
} from "./score.js";

export interface EvalResult {
  documents: number;
  words: number;
  extractMs: number;
  byType: Record<MentionType, Tally & { precision: number; recall: number; target: number; meets: boolean }>;
}

/** Runs the extractors over every gold case and scores them. */
export async function runEval(goldDir: string): Promise<EvalResult> {
  const tallies = Object.fromEntries(TYPES.map((t) => [t, emptyTally()])) as Record<MentionType, Tally>;
  const cases = readdirSync(goldDir, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && existsSync(join(goldDir, d.name, "gold.json")),
  );
  let words = 0;
  let extractMs = 0;
  for (const c of cases.map((d) => d.name).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, c, "gold.json"), "utf8")) as GoldDocument;
    const doc = await readGoldInput(goldDir, c, gold, gold.subject);
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

export const BLIND_TARGETS: Record<BlindType, number> = {
  money: 0.97,
  dates: 0.95,
  organisations: 0.93,
  people: 0.95,
  issues: 0.85,
  claims: 0.8,
};

export interface BlindResult {
  documents: number;
  words: number;
  byType: Record<BlindType, Tally & { precision: number; recall: number; target: number; meets: boolean }>;
}

/** Scores the extractors on one blind gold folder (docs/gold-format.md), per type. */
export async function runBlindEval(goldDir: string): Promise<BlindResult> {
  const tallies = Object.fromEntries(BLIND_TYPES.map((t) => [t, emptyTally()])) as Record<BlindType, Tally>;
  const cases = readdirSync(goldDir, { withFileTypes: true }).filter(
    (d) => d.isDirectory() && existsSync(join(goldDir, d.name, "gold.json")),
  );
  const lookup = (name: string) => gazetteer().lookup(name);
  let words = 0;
  for (const c of cases.map((d) => d.name).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, c, "gold.json"), "utf8")) as BlindGold;
    // No subject given: a reader of a new document gets none, and the extractors must find it themselves.
    const doc = await readGoldInput(goldDir, c, gold);
    words += doc.text.split(/\s+/).length;
    scoreBlind(blindKeys(gold, doc, extract(doc), lookup), c, tallies);
  }
  const byType = Object.fromEntries(
    BLIND_TYPES.map((t) => {
      const tally = tallies[t];
      const p = precision(tally);
      const r = recall(tally);
      return [
        t,
        {
          ...tally,
          precision: p,
          recall: r,
          target: BLIND_TARGETS[t],
          meets: p >= BLIND_TARGETS[t] && r >= BLIND_TARGETS[t],
        },
      ];
    }),
  ) as BlindResult["byType"];
  return { documents: cases.length, words, byType };
}
