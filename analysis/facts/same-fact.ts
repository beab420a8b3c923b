import { financialYearStart } from "../../extractors/dates/calendar.js";
import { cellsOf } from "../../extractors/table-money.js";
import { PLAN_WORD } from "./events.js";
import type { EvidenceUnit } from "./evidence.js";
import { agrees, sameQuantity, transposed, type Figure } from "./figures.js";
import { figurePeriod, isBudget, planColumn } from "./periods.js";
import { clauseCloseness, clausesAt, contentWords } from "./wording.js";

/**
 * Whether a passage of the papers states the same fact as a figure of an article's statement: one logistic regression
 * over the pair (how much of the statement's wording the passage holds, clause against clause, the kind of quantity and
 * its noun, the period each gives it, the dates and years each names, whether it is a table row and what its label
 * says, how near the two values are), learnt from the evidence of the blind check gold (`npm run train:checks`,
 * eval/check-training.ts). It decides only the figures the rules leave open, and only for support: a passage likely
 * enough to be of the same fact supports a figure it holds. It never accuses: on check pairs none of its fits had seen
 * (c36 to c38 and the held-out half, session 22) its contradictions were as often false as right, two and two, and a
 * false accusation is the worst error a governance lead can be handed.
 */
export interface SameFactModel {
  /** The probability at which a passage that holds the figure supports it. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

/** A figure of a statement and a passage of the papers, as the checker read them. */
export interface FigurePair {
  f: Figure;
  /** The statement's sentence. */
  statement: string;
  /** The statement's content words. */
  said: Set<string>;
  /** How many figures the statement states. */
  stated: number;
  /** The statement's dates in the figure's own clause. */
  ownDates: Figure[];
  /** What the figure's clause tells it as: spent so far, forecast, or neither. */
  toldAs: "to-date" | "forecast" | null;
  toldAsBudget: boolean;
  /** Whether the statement is about another body or the nation. */
  aboutOthers: boolean;
  u: EvidenceUnit;
  similarity: number;
  shared: number;
  covers: number;
  /** The passage's place among those most about the statement (0 the closest), and the closest's similarity. */
  rank: number;
  top: number;
  weight: (w: string) => number;
}

const bucket = (x: number, step: number, max: number) => Math.max(0, Math.min(max, Math.floor(x / step)));

/** The financial years a text names, by their first year. */
function yearsOf(text: string): number[] {
  return [...text.matchAll(/\b((?:19|20)\d\d)\s?[/-]\s?(\d\d?|(?:19|20)\d\d)\b(?![/-]\d)/g)]
    .map((m) => financialYearStart(m[1]!, m[2]!))
    .filter((y): y is number => y !== null);
}

/** How two values of one quantity stand: agreeing, the same digits swapped, or how far apart. */
function valueRelation(f: Figure, p: Figure): string {
  if (agrees(f, p)) return "agree";
  if (transposed(f, p)) return "swap";
  if (f.kind === "date") {
    const days = Math.abs(p.value - f.value) / 86_400_000;
    return days <= 45 ? "month" : days <= 200 ? "months" : "year";
  }
  const [x, y] = [Math.abs(f.value), Math.abs(p.value)];
  const ratio = x && y ? Math.min(x, y) / Math.max(x, y) : 0;
  return ratio >= 0.9 ? "near" : ratio >= 0.66 ? "mid" : ratio >= 0.33 ? "far" : "other";
}

/**
 * The features of a pair, or null when the passage gives no figure of the statement's figure's quantity (nothing it
 * could support or contradict).
 */
export function pairFeatures(pair: FigurePair): { features: string[]; close: number } | null {
  const { f, u } = pair;
  // (Counts of another noun too: "4,300 staff" and "3,400 registered users" may be one quantity.)
  const alike = u.figures.filter((p) => p.kind === f.kind && (f.kind !== "percent" || !!p.change === !!f.change));
  if (!alike.length) return null;
  const k = f.kind;
  // The passage's figure the statement's is read against: one that agrees, else the one whose clause is closest.
  const ownClauses = clausesAt(pair.statement, f.text);
  const closenessOf = (p: Figure) =>
    Math.max(0, ...clausesAt(u.text, p.text).flatMap((b) => ownClauses.map((a) => clauseCloseness(a, b, pair.weight))));
  const scored = alike.map((p) => ({ p, close: closenessOf(p), rel: valueRelation(f, p) }));
  scored.sort((a, b) => Number(b.rel === "agree") - Number(a.rel === "agree") || b.close - a.close);
  const best = scored[0]!;
  const p = best.p;
  const features = [
    `k:${k}`,
    `v:${best.rel}`,
    `kv:${k}:${best.rel}`,
    `s:${bucket(pair.similarity, 0.1, 9)}`,
    `ks:${k}:${bucket(pair.similarity, 0.2, 4)}`,
    `c:${bucket(pair.covers, 0.1, 9)}`,
    `sh:${Math.min(pair.shared, 6)}`,
    `r:${Math.min(pair.rank, 5)}`,
    `g:${bucket(pair.top - pair.similarity, 0.05, 6)}`,
    `cc:${bucket(best.close, 0.1, 9)}`,
    `alike:${Math.min(alike.length, 4)}`,
    `ns:${Math.min(pair.stated, 3)}`,
  ];
  if (pair.rank === 0) features.push(`top:${best.rel}`);
  // How the values stand weighs with how close the wording is: a near figure in a passage about the same thing is
  // a slip; in a passage about something else, another quantity.
  features.push(`vc:${best.rel}:${bucket(best.close, 0.25, 3)}`, `vs:${best.rel}:${bucket(pair.similarity, 0.25, 3)}`);
  if (scored.some((s) => s.rel === "agree") && scored.some((s) => s.rel !== "agree")) features.push("mixed");
  if (u.context) {
    features.push("t");
    const label = cellsOf(u.text)[0] ?? "";
    if (/^(?:grand\s+)?total\b/i.test(label)) features.push("total");
    const labelWords = [...contentWords(label)];
    features.push(labelWords.some((w) => pair.said.has(w)) ? "label:said" : "label:other");
  }
  if (f.kind === "count") features.push(!f.noun || !p.noun ? "n:none" : sameQuantity(f, p) ? "n:same" : "n:other");
  // The periods each gives the figure.
  const theirs = figurePeriod(p, u.figures) ?? "none";
  features.push(`per:${pair.toldAs ?? "none"}:${theirs}`, `vper:${best.rel}:${pair.toldAs ?? "none"}:${theirs}`);
  const budget = !!p.budget || isBudget(p) || planColumn(p);
  features.push(`b:${pair.toldAsBudget ? 1 : 0}:${budget ? 1 : 0}`);
  // The dates each names.
  const unitDates = u.figures.filter((d) => d.kind === "date" && d !== p);
  const overlap = (a: Figure, b: Figure) => a.value <= (b.to ?? b.value) && b.value <= (a.to ?? a.value);
  if (f.kind !== "date")
    features.push(
      !pair.ownDates.length
        ? unitDates.length
          ? "d:theirs"
          : "d:neither"
        : !unitDates.length
          ? "d:ours"
          : unitDates.some((d) => pair.ownDates.some((o) => overlap(o, d)))
            ? "d:same"
            : "d:other",
    );
  const ours = yearsOf(ownClauses[0] ?? pair.statement);
  const their = yearsOf(`${u.context} ${u.text}`);
  if (ours.length)
    features.push(!their.length ? "fy:ours" : ours.some((y) => their.includes(y)) ? "fy:same" : "fy:other");
  const plan = (t: string) => (PLAN_WORD.test(t) ? 1 : 0);
  features.push(`pl:${plan(ownClauses[0] ?? pair.statement)}:${plan(clausesAt(u.text, p.text)[0] ?? u.text)}`);
  if (pair.aboutOthers) features.push("others");
  // The words of the figure's own clause the passage holds: what the two speak of ("trained", "backlog").
  const clauseWords = contentWords(ownClauses[0] ?? pair.statement);
  for (const w of clauseWords) if (u.words.has(w) || u.headingWords.has(w)) features.push(`w:${w}`);
  return { features, close: best.close };
}

export function sameFactProbability(
  features: readonly string[],
  model: Pick<SameFactModel, "bias" | "weights">,
): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}
