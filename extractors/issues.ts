import { knowledge } from "./knowledge.js";
import type { Doc } from "../model/doc.js";
import type { Sentence } from "./sentences.js";
import { spanOf } from "./span.js";
import type { IssueMention } from "../model/extraction.js";
import { parseCount } from "./numbers.js";

const T = knowledge.issues;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&").replace(/ /g, "\\s+");
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

/** Problems the text names, labelled from the taxonomy, and counts ("22 major problems"). */
export function extractIssues(doc: Pick<Doc, "text" | "pages">, sentences: Sentence[]): IssueMention[] {
  const out: IssueMention[] = [];
  for (const s of sentences) {
    if (!PROBLEM.test(s.text)) continue;
    // Overlaps can only be within the sentence: looking further back made a long text quadratic.
    const first = out.length;
    for (const m of s.text.matchAll(COUNTED)) {
      const count = parseCount(m[1]!);
      if (count === null || count < 2) continue;
      const start = s.start + m.index!;
      out.push({ text: m[0], span: spanOf(doc, start, start + m[0].length), label: T.counted.label, count });
    }
    // A sentence about a problem that puts a figure on it is about its financial effect, whatever words it uses.
    const amount = MONEY_FIGURE.exec(s.text);
    if (amount) {
      const start = s.start + amount.index;
      out.push({
        text: amount[0],
        span: spanOf(doc, start, start + amount[0].length),
        label: T.figureLabel,
        count: null,
      });
    }
    for (const { label, re } of LABELS)
      for (const m of s.text.matchAll(re)) {
        const start = s.start + m.index!;
        const end = start + m[0].length;
        if (out.slice(first).some((o) => o.label === label && o.span.start < end && start < o.span.end)) continue;
        out.push({ text: m[0], span: spanOf(doc, start, end), label, count: null });
      }
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
