import { createRequire } from "node:module";
import type { Knowledge } from "./knowledge.js";
import { stem } from "./stem.js";

/**
 * The named-issue classifier: one logistic regression a label over the words (and pairs of words) of a line of text,
 * trained on the labelled sentences of the blind dev gold and of a set written for it alone
 * (eval/issue-training.ts TRAINING_SETS, `npm run train:issues`). The keyword taxonomy (issues.json) says which words
 * name which problem; the model weighs them against the rest of the sentence, so "Outpatient income is £629k adverse"
 * is a finance problem though no cue word says "problem", and "issues of the newsletter" is none though one does. The
 * rules' labels are features of the model, not its answer.
 */

// natural's stop words are one file of it (natural's index loads hundreds of modules).
const STOP_WORDS = new Set(
  (createRequire(import.meta.url)("natural/lib/natural/util/stopwords.js") as { words: string[] }).words,
);

/** A feature of a line and where it was read, so that a label can be shown on the word that most earned it. */
export interface IssueFeature {
  name: string;
  start: number;
  end: number;
  /** Whether a reader would see the label earned here: a figure or a word that means something, not "during". */
  shown: boolean;
}

// Figures are read by their shape: which amount or count it is says nothing of the kind of problem.
const TOKEN = /[£$€]\s?\d[\d,.]*\s?(?:bn|m|k|million|billion)?|\d[\d,.]*(?:%|\s?per ?cent)|\d[\d,.]*|[a-z']+/gi;

function featureOf(token: string): string {
  if (/^[£$€]/.test(token)) return "#money";
  if (/%|cent$/i.test(token)) return "#percent";
  if (/^\d/.test(token)) return "#number";
  return stem(token.toLowerCase().replace(/'s$/, ""));
}

/** The features of `text` (a line of the document starting at `offset`) with the labels the keyword rules gave it. */
export function issueFeatures(text: string, offset: number, ruleLabels: Iterable<string>): IssueFeature[] {
  const out: IssueFeature[] = [];
  const seen = new Set<string>();
  const add = (name: string, start: number, end: number, shown: boolean) => {
    if (!name || seen.has(name)) return;
    seen.add(name);
    out.push({ name, start: offset + start, end: offset + end, shown });
  };
  // Two words that follow each other (stop words and figures between them left out) say what one word cannot:
  // "data migration", "log on" read as "log" alone, "lost income" against "lost patients". Measured on the blind
  // batches no fit had seen, they raised F1 by 0.02 to 0.03 at the same recall.
  let previous: { name: string; start: number } | null = null;
  for (const m of text.matchAll(TOKEN)) {
    const name = featureOf(m[0]);
    const start = m.index!;
    const end = start + m[0].length;
    const word = /^[a-z]/i.test(m[0]);
    const content = word && !STOP_WORDS.has(m[0].toLowerCase());
    add(name, start, end, name === "#money" || (content && m[0].length > 2));
    if (!content) continue;
    if (previous) add(`${previous.name}_${name}`, previous.start, end, false);
    previous = { name, start };
  }
  for (const label of new Set(ruleLabels))
    out.push({ name: `rule:${label}`, start: offset, end: offset, shown: false });
  return out;
}

export type IssueModel = Pick<Knowledge["issueModel"], "labels">;

interface Compiled {
  labels: string[];
  bias: Float64Array;
  /** A feature's weight for every label at once: one lookup a feature instead of one a feature and label. */
  weights: Map<string, Float64Array>;
}

const COMPILED = new WeakMap<IssueModel, Compiled>();

function compile(model: IssueModel): Compiled {
  let c = COMPILED.get(model);
  if (c) return c;
  const n = model.labels.length;
  c = {
    labels: model.labels.map((l) => l.label),
    bias: Float64Array.from(model.labels, (l) => l.bias),
    weights: new Map(),
  };
  model.labels.forEach((l, i) => {
    for (const [f, w] of Object.entries(l.weights)) {
      let row = c!.weights.get(f);
      if (!row) c!.weights.set(f, (row = new Float64Array(n)));
      row[i] = w;
    }
  });
  COMPILED.set(model, c);
  return c;
}

/** Each label the model gives the line, with the feature that weighed most for it (where to show the label). */
export function classifyIssue(
  features: readonly IssueFeature[],
  model: IssueModel,
): Array<{ label: string; at: IssueFeature | undefined }> {
  const { labels, bias, weights } = compile(model);
  const score = Float64Array.from(bias);
  const best = new Float64Array(labels.length);
  const at: Array<IssueFeature | undefined> = [];
  for (const f of features) {
    const row = weights.get(f.name);
    if (!row) continue;
    for (let i = 0; i < row.length; i++) {
      const w = row[i]!;
      score[i]! += w;
      if (w > best[i]! && f.shown) {
        best[i] = w;
        at[i] = f;
      }
    }
  }
  return labels.flatMap((label, i) => (score[i]! > 0 ? [{ label, at: at[i] }] : []));
}
