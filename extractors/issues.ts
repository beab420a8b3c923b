import { knowledge } from "./knowledge.js";
import type { Doc } from "../model/doc.js";
import type { Sentence } from "./sentences.js";
import { spanOf } from "./span.js";
import type { IssueMention } from "../model/extraction.js";
import { parseCount } from "./numbers.js";
import { classifyIssue, issueFeatures, type IssueModel } from "./issue-model.js";
import { escapeRegExp } from "../model/pattern.js";

const T = knowledge.issues;

const escape = (s: string) => escapeRegExp(s).replace(/ /g, "\\s+");
const PROBLEM = new RegExp(`\\b(?:${T.problemCues.map(escape).join("|")})\\b`, "i");
// One pattern a label, so a phrase can carry two labels ("agency coders": staffing, and data quality).
const LABELS = T.labels.map((l) => ({
  label: l.label,
  re: new RegExp(
    `\\b(?:${[...l.terms]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|")})\\b`,
    "gi",
  ),
}));
const COUNTED = new RegExp(
  String.raw`\b(\d[\d,]*|[a-z]+(?:[- ][a-z]+)?)\s+(?:(?:major|outstanding|serious|significant|key|separate|known|critical|main|remaining|further|other|new)\s+){0,2}(?:${T.counted.nouns.join("|")})\b`,
  "gi",
);

const MONEY_FIGURE = /[£$€]\s?\d[\d,.]*\s?(?:bn|m|k|million|billion)?\b/i;

/** A line of a sentence (a table row, a register entry, a sentence of prose) with what the keyword rules found in it. */
export interface IssueLine {
  start: number;
  end: number;
  text: string;
  rules: IssueMention[];
}

/**
 * The lines the issues are decided on, with the keyword rules' mentions: the terms of each label, a money figure (the
 * figure label) and counts of problems ("22 major problems"), all inside sentences that speak of a problem.
 */
export function issueLines(doc: Pick<Doc, "text" | "pages">, sentences: Sentence[]): IssueLine[] {
  const lines: IssueLine[] = [];
  for (const s of sentences) {
    const problem = PROBLEM.test(s.text);
    // A register or a table keeps one entry a line even where no full stop ends it.
    let from = 0;
    for (const piece of s.text.split("\n")) {
      const start = s.start + from;
      from += piece.length + 1;
      if (!/[a-z]/i.test(piece)) continue;
      lines.push({
        start,
        end: start + piece.length,
        text: piece,
        rules: problem ? ruleMentions(doc, piece, start) : [],
      });
    }
  }
  return lines;
}

function ruleMentions(doc: Pick<Doc, "pages">, text: string, at: number): IssueMention[] {
  const out: IssueMention[] = [];
  for (const m of text.matchAll(COUNTED)) {
    const count = parseCount(m[1]!);
    if (count === null || count < 2) continue;
    const start = at + m.index!;
    out.push({ text: m[0], span: spanOf(doc, start, start + m[0].length), label: T.counted.label, count });
  }
  // A sentence about a problem that puts a figure on it is about its financial effect, whatever words it uses.
  const amount = MONEY_FIGURE.exec(text);
  if (amount) {
    const start = at + amount.index;
    out.push({
      text: amount[0],
      span: spanOf(doc, start, start + amount[0].length),
      label: T.figureLabel,
      count: null,
    });
  }
  for (const { label, re } of LABELS)
    for (const m of text.matchAll(re)) {
      const start = at + m.index!;
      const end = start + m[0].length;
      if (out.some((o) => o.label === label && o.span.start < end && start < o.span.end)) continue;
      out.push({ text: m[0], span: spanOf(doc, start, end), label, count: null });
    }
  return out;
}

/**
 * Problems the text names, labelled from the taxonomy, and counts ("22 major problems"). The classifier decides each
 * line's labels, the keyword rules' among its evidence; a label is shown on the rule's phrase where a rule found it,
 * else on the word that weighed most for it.
 */
export function extractIssues(
  doc: Pick<Doc, "text" | "pages">,
  sentences: Sentence[],
  model: IssueModel = knowledge.issueModel,
): IssueMention[] {
  const out: IssueMention[] = [];
  for (const line of issueLines(doc, sentences)) {
    out.push(...line.rules.filter((r) => r.label === T.counted.label));
    const labels = classifyIssue(issueFeatures(line.text, line.start, labelsOf(line)), model);
    for (const { label, at } of labels) {
      const ruled = line.rules.filter((r) => r.label === label);
      if (ruled.length) out.push(...ruled);
      else {
        const [start, end] = at ? [at.start, at.end] : [line.start, line.end];
        out.push({ text: doc.text.slice(start, end), span: spanOf(doc, start, end), label, count: null });
      }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The labels the keyword rules gave a line (counts of problems are no kind). */
export const labelsOf = (line: IssueLine): string[] =>
  line.rules.map((r) => r.label).filter((l) => l !== T.counted.label);
