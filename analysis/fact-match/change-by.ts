// Counts told by how they changed: by a number ("had fallen by more than 5,500 by the end of October", "rose by more
// than 1,500 between April and July"), found as the difference of two counts, or by a multiple ("rose more than
// tenfold", "more than three times its budget"), found as their ratio. A change is no level, so no level contradicts it.
import type { EvidenceUnit } from "../facts/evidence.js";
import { DELAY_DAYS, TIMES_OVER, agrees, type Figure } from "../facts/figures.js";
import { contentWords } from "../facts/wording.js";
import { labelOf, monthOfHeading } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { FigureOutcome, Scored } from "./types.js";

const CHANGE_BY =
  /\b(?:fallen|fell|falling|dropped|dropping|decreased|reduced|cut|come down|came down|risen|rose|rising|increased|grown|grew|climbed|gone up|went up)\s+by\s+(?:(?:more than|almost|nearly|about|around|some|over|just over|just under|roughly|at least)\s+)?$/i;
const DOWN = /\b(?:fallen|fell|falling|dropped|dropping|decreased|reduced|cut|come down|came down)\b/i;

/**
 * Undefined for a figure that is no change of a count; else the passage or row whose two counts differ by it in the
 * direction the statement tells (null where none does: the figure is left open, never contradicted by a level).
 */
export function countChangeBy(fr: FigureReading): Scored | null | undefined {
  const { f, st } = fr;
  if (f.kind !== "count") return undefined;
  const at = st.text.indexOf(f.text);
  const verb = at < 0 ? null : CHANGE_BY.exec(st.text.slice(Math.max(0, at - 50), at));
  if (!verb) return undefined;
  const down = DOWN.test(verb[0]);
  const holds = (from: number, to: number) =>
    from > 0 &&
    to > 0 &&
    to < from === down &&
    agrees(f, { ...f, value: Math.abs(from - to), bound: "exact", text: String(Math.abs(from - to)) });
  const months = monthsTold(piecesDates(fr));
  // (In prose, two counts of a close passage, the earlier the first: "peaked at 11,920 at the end of July 2009 and stood
  // at 6,380 at the end of October".)
  for (const r of [...fr.close, ...st.ranked.slice(0, 6)]) {
    if (r.u.context) continue;
    const counts = r.u.figures.filter((p) => p.kind === "count" && p.value > 0);
    if (counts.some((a, i) => counts.slice(i + 1).some((b) => holds(a.value, b.value)))) return r;
  }
  if (months.length < 2) return null;
  const pair = monthPair(fr, months[0]!, months[months.length - 1]!, holds);
  return pair?.holds ? { u: pair.u, similarity: 0, shared: 0, covers: 0 } : null;
}

/**
 * The statement's dates in the figure's piece of it, between commas or semicolons ("rose more than tenfold between July
 * and September", whose "and" splits no piece), else in its own clause.
 */
function piecesDates(fr: FigureReading, orClause = true): Figure[] {
  const { f, st } = fr;
  const at = st.text.indexOf(f.text);
  if (at < 0) return orClause ? fr.ownDates : [];
  const piece = pieceOf(st.text, at, f.text.length);
  const dates = st.figures.filter((d) => d.kind === "date" && piece.includes(d.text));
  return dates.length || !orClause ? dates : fr.ownDates;
}

/** The piece of a sentence between the commas or semicolons around [at, at + length) (commas of prose, not "1,500"). */
function pieceOf(text: string, at: number, length: number): string {
  const start = Math.max(text.lastIndexOf(", ", at), text.lastIndexOf(";", at)) + 1;
  const ends = [text.indexOf(", ", at + length), text.indexOf(";", at + length)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : undefined);
}

/** The statement's months, in order: "between April and July", "peaked … in July and had fallen … by October". */
function monthsTold(figures: readonly Figure[]): number[] {
  return figures
    .filter((d) => d.kind === "date")
    .flatMap((d) => [d.value, ...(d.to !== undefined ? [d.to] : [])].map((v) => new Date(v).getUTCMonth()))
    .filter((m, i, all) => all.indexOf(m) === i);
}

/**
 * A measure's counts by month in a paper's table, in the table's order: a column of a table by month, or a row with a
 * column a month.
 */
interface Series {
  u: (month: number) => EvidenceUnit;
  at: Map<number, number>;
  /** How many of the statement's words its heading or label has. */
  shared: number;
}

/** The series of the statement's measure: columns or rows whose heading or label shares a word the statement says. */
function seriesOf(fr: FigureReading): Series[] {
  const { st, papers } = fr;
  const out: Series[] = [];
  // A table by month: its rows labelled by month ("Jul 2009 | 9,105 | 11,920"), a column of the statement's measure.
  const byTable = new Map<string, EvidenceUnit[]>();
  for (const u of papers.units)
    if (u.context && monthOfHeading(labelOf(u.text)) !== null)
      byTable.set(`${u.documentId}|${u.context}`, [...(byTable.get(`${u.documentId}|${u.context}`) ?? []), u]);
  for (const rows of byTable.values()) {
    const columns = new Set(
      rows.flatMap((u) =>
        u.figures.filter((p) => p.kind === "count" && p.column && saysAWord(p.column, st.said)).map((p) => p.column!),
      ),
    );
    for (const column of columns) {
      const at = new Map<number, number>();
      const unitAt = new Map<number, EvidenceUnit>();
      for (const u of rows) {
        const q = u.figures.find((x) => x.kind === "count" && x.column === column);
        const month = monthOfHeading(labelOf(u.text))!;
        if (!q || at.has(month)) continue;
        at.set(month, q.value);
        unitAt.set(month, u);
      }
      out.push({ at, u: (m) => unitAt.get(m) ?? rows[0]!, shared: sharedWords(column, st.said) });
    }
  }
  // Or a row of the statement's measure with a column for each month ("Backlog | 1,050 | 3,920 | 6,480 | 5,710").
  for (const u of papers.units) {
    if (!u.context || !saysAWord(labelOf(u.text), st.said)) continue;
    const at = new Map<number, number>();
    for (const p of u.figures) {
      const month = p.kind === "count" && p.column ? monthOfHeading(p.column) : null;
      if (month !== null && !at.has(month)) at.set(month, p.value);
    }
    if (at.size >= 2) out.push({ at, u: () => u, shared: sharedWords(labelOf(u.text), st.said) });
  }
  return out.sort((a, b) => b.shared - a.shared);
}

const sharedWords = (text: string, said: Set<string>) => [...contentWords(text)].filter((w) => said.has(w)).length;
const saysAWord = (text: string, said: Set<string>) => sharedWords(text, said) > 0;

/**
 * The counts of the statement's measure at two months, and whether they `hold` the statement's figure (the first where
 * they do, else the first found).
 */
function monthPair(
  fr: FigureReading,
  first: number,
  last: number,
  holds: (from: number, to: number) => boolean,
): { u: EvidenceUnit; holds: boolean } | null {
  let found: { u: EvidenceUnit; holds: boolean } | null = null;
  for (const series of seriesOf(fr)) {
    const [a, b] = [series.at.get(first), series.at.get(last)];
    if (a === undefined || b === undefined) continue;
    if (holds(a, b)) return { u: series.u(last), holds: true };
    found ??= { u: series.u(last), holds: false };
  }
  return found;
}

/**
 * "rose more than tenfold between July and September", "have more than quadrupled since October, to 9,340", "trebled
 * to 171 in June", "more than three times its budget": a multiple, found as the ratio of a measure's counts at two
 * months (the month the statement names and the one before it, when it names one it rose "in"; a month it rose "since"
 * and its own end figure or the latest), or of a row's forecast or actual to its plan. Where the papers give the two
 * figures and their ratio is another, the statement is contradicted; where they give none, it is open. A multiple of
 * two figures the statement gives itself ("almost doubled to 58, from 31") is its own arithmetic, no figure to check.
 */
export function checkRatio(fr: FigureReading): FigureOutcome {
  const { f, st, papers } = fr;
  const holds = (from: number, to: number) => from > 0 && to > 0 && multipleHolds(f, to / from);
  const at = st.text.indexOf(f.text);
  const plain = st.figures.filter(
    (p) =>
      p !== f &&
      (p.kind === "count" || p.kind === "money") &&
      p.noun !== TIMES_OVER &&
      p.noun !== DELAY_DAYS &&
      !TIME_NOUN.test(p.noun ?? "") &&
      p.value > 0,
  );
  // ("more than three times its budget of £630,000" after "just over £2m": the statement's own two figures.)
  if (plain.some((p) => plain.some((q) => q !== p && q.kind === p.kind && holds(p.value, q.value))))
    return { found: "nothing" };
  const asScored = (u: EvidenceUnit): Scored => ({ u, similarity: 0, shared: 0, covers: 0 });
  const outcome = (found: { u: EvidenceUnit; holds: boolean } | null): FigureOutcome | null =>
    found &&
    (found.holds
      ? { found: "agree", evidence: asScored(found.u), anchors: [asScored(found.u)] }
      : { found: "disagree", evidence: asScored(found.u) });
  const dates = piecesDates(fr, false);
  // (In time's order: a multiple grows from the earlier month, however the statement orders them, "almost trebled in
  // July compared with June".)
  const months = monthsTold([...dates].sort((a, b) => a.value - b.value));
  if (months.length >= 2) {
    const read = outcome(monthPair(fr, months[0]!, months[months.length - 1]!, holds));
    if (read) return read;
  }
  // (The statement's own figure nearest the multiple: "rose to 87 in October, three times the August figure", "since
  // October, to 9,340".)
  const end = plain
    .filter((p) => p.kind === "count" && st.text.includes(p.text))
    .sort((p, q) => Math.abs(st.text.indexOf(p.text) - at) - Math.abs(st.text.indexOf(q.text) - at))[0];
  if (months.length === 1) {
    const month = months[0]!;
    const d = dates[0]!;
    const dateAt = st.text.indexOf(d.text);
    const since =
      SINCE_BEFORE.test(st.text.slice(Math.max(0, dateAt - 30), dateAt)) ||
      (/\bthe\s+$/i.test(st.text.slice(Math.max(0, dateAt - 5), dateAt)) &&
        /^\s*(?:figure|level|number|total|count)\b/i.test(st.text.slice(dateAt + d.text.length)));
    let first: FigureOutcome | null = null;
    for (const series of seriesOf(fr)) {
      // (The table's order is time's: its last month is the latest, "Nov 2010 | Dec 2010 | Jan 2011" ending in January.)
      const latest = [...series.at.keys()].pop()!;
      // A month it rose "since" is the start, the end its own figure or the latest month; one it rose "in" or "to"
      // the end, the start the month before.
      const [from, to] = since
        ? [series.at.get(month), end?.value ?? series.at.get(latest)]
        : [series.at.get((month + 11) % 12), end?.value ?? series.at.get(month)];
      if (from === undefined || to === undefined) continue;
      // (The series the statement names best decides; any that holds it supports.)
      // (The month before is a guess of where a rise "in" a month began: it supports, never contradicts.)
      const read = outcome({ u: series.u(month), holds: holds(from, to) })!;
      if (read.found === "agree") return read;
      if (since) first ??= read;
    }
    if (first) return first;
  }
  // ("more than three times its budget": a row the statement names, its forecast or actual against its plan.)
  if (PLAN_TOLD.test(st.text))
    for (const u of papers.units) {
      if (!u.context || !fr.labelNames(u.text)) continue;
      const plan = u.figures.find((p) => p.kind === "money" && PLAN_COLUMN.test(p.column ?? ""));
      const outturns = u.figures.filter((p) => p.kind === "money" && OUTTURN_COLUMN.test(p.column ?? ""));
      if (!plan || !outturns.length) continue;
      return outcome({ u, holds: outturns.some((p) => holds(plan.value, p.value)) })!;
    }
  return { found: "open" };
}
// ("waiting more than 13 weeks", "over three months": a length of time the measure is of, no figure of it.)
const TIME_NOUN = /^(?:weeks?|months?|days?|years?|hours?|minutes?|seconds?)$/i;
const SINCE_BEFORE = /\b(?:since|from|the (?:number|level|figure|total) (?:in|of|for))\s+(?:the\s+)?(?:end\s+of\s+)?$/i;

/**
 * Whether a ratio is the multiple the statement writes: "more than tenfold" is above ten and short of fifteen, "almost
 * three times" a little under three, "quadrupled" within a sixth or so of four.
 */
function multipleHolds(f: Figure, ratio: number): boolean {
  if (f.bound === "above") return ratio > f.value && ratio < f.value * 1.5;
  if (f.bound === "below") return ratio < f.value && ratio >= f.value * 0.85;
  return Math.abs(ratio - f.value) <= f.value * 0.15;
}

const PLAN_TOLD = /\b(?:budget|budgeted|plan|planned|expected|estimate)\b/i;
const PLAN_COLUMN = /\b(?:plan|budget|budgeted)\b/i;
const OUTTURN_COLUMN = /\b(?:forecast|outturn|actual|spend|spent)\b/i;

// "were almost 2,700 below plan", "carried out more than 600 fewer elective admissions than planned", "fell 412 short
// of its target": a count told as the gap between what was done and what was planned.
const PLAN_GAP =
  /^\s*(?:[\w-]+\s+){0,4}?(?:below|under|short of|behind|fewer\s+(?:[\w-]+\s+){0,3}?than|less\s+(?:[\w-]+\s+){0,3}?than)\s+(?:the\s+|its\s+)?(?:plan(?:ned)?|target(?:ed)?|budget(?:ed)?|expected)\b/i;

/**
 * The outcome of a count told as a gap to a plan: agreed by a passage or row two of whose counts, side by side ("2,612
 * elective spells against a plan of 3,050", "| 21,400 | 18,720"), differ by it; contradicted by the plan and actual of
 * the row the statement names; else undefined (the other readings of the figure decide).
 */
export function countAgainstPlan(fr: FigureReading): FigureOutcome | undefined {
  const { f, st } = fr;
  if (f.kind !== "count") return undefined;
  const at = st.text.indexOf(f.text);
  if (at < 0 || !PLAN_GAP.test(st.text.slice(at + f.text.length))) return undefined;
  const holds = (a: number, b: number) =>
    a > 0 && b > 0 && agrees(f, { ...f, value: Math.abs(a - b), bound: "exact", text: String(Math.abs(a - b)) });
  const months = monthsTold(piecesDates(fr));
  // (Every word of a row's label the statement says: "Outpatient attendances", not "Day cases" for "… cases".)
  const namesAll = (u: EvidenceUnit) => {
    const words =
      labelOf(u.text)
        .toLowerCase()
        .match(/[a-z&]{3,}/g) ?? [];
    const said = st.text.toLowerCase();
    return words.length > 0 && words.every((w) => new RegExp(String.raw`\b${w}`).test(said));
  };
  for (const r of [...fr.close, ...st.ranked.slice(0, 6), ...st.tableRows]) {
    // (A row of another month than the statement's is no gap of its month: "In August, … almost 2,700 below plan".)
    const month = r.u.context ? monthOfHeading(labelOf(r.u.text)) : null;
    if (month !== null && months.length && !months.includes(month)) continue;
    // (A row of another line is not the statement's: "Elective inpatient activity … 876 cases below plan" is not "Day
    // cases | 7,980 | 7,104 | -876". In prose, two counts a plan joins: "18,720 against a plan of 21,400".)
    if (r.u.context && month === null && !namesAll(r.u)) continue;
    const counts = r.u.figures.filter((p) => p.kind === "count" && p.value > 0);
    const joined = (a: Figure, b: Figure) => {
      if (r.u.context) return true;
      const [x, y] = [r.u.text.indexOf(a.text), r.u.text.indexOf(b.text)];
      return x >= 0 && y > x && PLAN_BETWEEN.test(r.u.text.slice(x + a.text.length, y));
    };
    if (
      counts.some((a, i) => i + 1 < counts.length && joined(a, counts[i + 1]!) && holds(a.value, counts[i + 1]!.value))
    ) {
      return { found: "agree", evidence: r, anchors: [r] };
    }
  }
  // ("Between July and October outpatient attendances were more than 10,000 below plan" against "Outpatient attendances
  // | 98,400 | 89,150 | -9,250" under "Plan Jul-Oct 2008 | Actual Jul-Oct 2008 | Variance": the row the statement names,
  // of its plan and what was done, gives another gap.)
  const named = fr.papers.units.find((u) => {
    if (!u.context || monthOfHeading(labelOf(u.text)) !== null || !namesAll(u)) return false;
    const plan = u.figures.find((p) => p.kind === "count" && AIM_COLUMN.test(p.column ?? ""));
    const done = u.figures.find((p) => p.kind === "count" && ACTUAL_COLUMN.test(p.column ?? ""));
    return !!plan && !!done && plan.value > done.value && !holds(plan.value, done.value);
  });
  return named ? { found: "disagree", evidence: st.match(named, st.said) } : undefined;
}
const PLAN_BETWEEN = /^[^.;]{0,40}?\b(?:against|plan|planned|target|compared with|versus|vs)\b[^.;]{0,30}$/i;
const AIM_COLUMN = /\b(?:plan|planned|target|budget)\b/i;
const ACTUAL_COLUMN = /\b(?:actual|delivered|achieved)\b/i;
