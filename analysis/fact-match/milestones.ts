// A milestone dated by another row of the papers' milestone table: "went live on 21 July" against "Dress rehearsal 2
// | 14 July | 21 July" and "Go-live (cutover) | 30 June | 6 August".
import { PLAN_WORD } from "../facts/events.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, type Figure } from "../facts/figures.js";
import { clausesAt, contentWords } from "../facts/wording.js";
import { clauseOf } from "../../extractors/dates/patterns.js";
import { fine, labelOf } from "./common.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

// The kinds of milestone a deployment's table lists, the more particular first ("Parallel running (dress rehearsal)"
// is a rehearsal, "Go-live (control room cutover)" a go-live; "Fix release 2.1.1" a fix, not an upgrade).
const MILESTONES: ReadonlyArray<[kind: string, words: RegExp]> = [
  ["rehearsal", /\b(?:dress rehearsals?|rehearsals?|parallel running|trial (?:run|migration|cut-?over))\b/i],
  ["fix", /\b(?:fix(?:es)?|patch(?:es)?|hotfix)\b/i],
  ["upgrade", /\bupgrade[sd]?\b/i],
  ["migration", /\b(?:(?:data )?migration|migrated|data load)\b/i],
  // (Kinds no row is read by, that stop a date being read as another's: "integration testing in February".)
  ["testing", /\b(?:testing|tests?|trials?)\b/i],
  ["training", /\b(?:training|trained)\b/i],
  [
    "live",
    /\b(?:go[- ]live|went live|gone live|going live|goes live|cut-?over|switch(?:ed|es)?(?: \w+){0,3} (?:on|over|to)(?= |$)|switch-?on|switch-?over)\b/i,
  ],
];

/** The kind of milestone a table row's label names, the first of MILESTONES it holds. */
function kindOfLabel(label: string): string | null {
  return MILESTONES.find(([, words]) => words.test(label))?.[0] ?? null;
}

/**
 * Where a figure stands in a text: its first place not inside another figure's ("June" in "18 June, and … later in
 * June" is the second).
 */
function placeOf(text: string, f: Figure, figures: readonly Figure[]): number {
  const inside = (at: number) =>
    figures.some((g) => {
      const from = g === f || g.text.length <= f.text.length ? -1 : text.indexOf(g.text);
      return from >= 0 && from <= at && at + f.text.length <= from + g.text.length;
    });
  for (let at = text.indexOf(f.text); at >= 0; at = text.indexOf(f.text, at + 1)) if (!inside(at)) return at;
  return text.indexOf(f.text);
}

/** The kind of milestone a clause dates at `at`: the one named nearest before the date, else nearest after it. */
function kindAt(clause: string, at: number): string | null {
  let best: { kind: string; gap: number } | null = null;
  for (const [kind, words] of MILESTONES)
    for (const m of clause.matchAll(new RegExp(words.source, "gi"))) {
      const before = m.index! < at;
      const gap = before ? at - (m.index! + m[0].length) : m.index! - at + 1000;
      // (Named near the date: "The go-live had originally been due in April, but problems … in February" dates no
      // go-live by February.)
      if ((before ? gap : gap - 1000) > NEAR) continue;
      if (!best || gap < best.gap) best = { kind, gap };
    }
  return best?.kind ?? null;
}

// How far from its date a milestone is named, in characters ("went live with Lorenzo on 14 April").
const NEAR = 80;

// A column of the dates planned, first or since ("Revised date" beside "Actual"), not those achieved or now expected.
const PLANNED_COLUMN =
  /^(?!.*\b(?:actual|achieved|completed?)\b).*\b(?:planned|plan|original|baseline|target|revised)\b/i;

/**
 * A date of the papers' own body as its statement tells it: the clause around it, its place in the clause, and whether
 * the clause tells a plan ("was due", "a go-live date of 1 June … missed"). Null for a statement about another body
 * ("Hexley Partnership NHS Foundation Trust, which went live in May").
 */
function dateTold(fr: FigureReading, fineness = fine): { clause: string; at: number; planned: boolean } | null {
  const { f, st, papers } = fr;
  if (f.kind !== "date" || !fineness(f) || papers.elsewhere(st.text) || st.aboutOthers()) return null;
  const at = placeOf(st.text, f, st.figures);
  if (at < 0) return null;
  const cut = clauseOf(st.text, at, at + f.text.length);
  // (A name joined by "and" is one name: "Winchester and Eastleigh went live in May".)
  const from = st.text.lastIndexOf(cut, at);
  const joined = /^[A-Z]/.test(cut) ? /(?:[A-Z][\w'’-]*\s+)+and\s+$/.exec(st.text.slice(0, Math.max(0, from))) : null;
  const clause = joined ? `${joined[0]}${cut}` : cut;
  // ("now expects to leave the stabilisation phase at the end of November": an expectation is a plan too.)
  // (And the new date of a plan moved: "has slipped to December", "now have to wait until June"; not "moved to the
  // system in January", a go-live.)
  const planned =
    PLAN_WORD.test(clause) ||
    /\b(?:missed|date of|expects|expecting|hoped|hoping|meant|intended|aimed)\b/i.test(clause) ||
    SLIPPED_TO.test(st.text.slice(Math.max(0, at - 60), at)) ||
    // (And the date it moved from: "has been put back from January to March".)
    SLIPPED_FROM.test(`${st.text.slice(Math.max(0, at - 60), at)}${/^from\b/i.test(f.text) ? "from " : ""}`);
  return { clause, at: at - st.text.lastIndexOf(clause, at), planned };
}

/**
 * "It finally went live on 21 July" against a milestone table whose "Dress rehearsal 2" row gives 21 July and whose
 * "Go-live (cutover)" row 30 June planned and 6 August actual; "An upgrade … was installed on 19 October" against
 * "Upgrade to version 2.1 | 19 October | 2 November": a milestone told done on a date the table gives to another row,
 * or to the row's plan, while the row of the statement's kind of milestone gives it done on another day. Only the
 * table's own dates are found so (a date no cell holds is left to the other rules); a plan told is held by any date of
 * its row, as plans move.
 */
export function otherMilestonesDate(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  const told = dateTold(fr);
  if (!told) return undefined;
  const { clause, planned } = told;
  const kind = kindAt(clause, told.at);
  if (!kind) return undefined;
  // The milestone tables: rows under one heading with dates, some of which name a kind of milestone.
  const rows = papers.units.filter((u) => u.context && u.figures.some(fine) && kindOfLabel(labelOf(u.text)));
  for (const context of new Set(rows.map((u) => u.context))) {
    const table = rows.filter((u) => u.context === context);
    const holding = table.filter((u) => u.figures.some((p) => fine(p) && agrees(f, p)));
    if (!holding.length) continue;
    const ofKind = table.filter((u) => kindOfLabel(labelOf(u.text)) === kind);
    // (A passage of prose that dates the statement's kind of milestone on its date holds it, whatever the table's
    // columns say: "The dress rehearsal on 14 May did not meet …" beside "Dress rehearsal | 14 May | 25 June".)
    if (papers.units.some((u) => !u.context && u.documentId === table[0]!.documentId && prosedAs(u, f, kind))) continue;
    if (!ofKind.length) continue;
    const done = (u: EvidenceUnit) => u.figures.filter((p) => fine(p) && !(p.column && PLANNED_COLUMN.test(p.column)));
    const dates = (u: EvidenceUnit) => (planned ? u.figures.filter(fine) : done(u));
    // The statement's milestone dated as it says by a row of its kind: found, not for this rule.
    if (ofKind.some((u) => dates(u).some((p) => agrees(f, p)))) continue;
    // The row of its kind whose own date is nearest the statement's, within a year and not only in another year.
    const near = ofKind
      .map((u) => ({ u, gap: Math.min(...dates(u).map((p) => Math.abs(p.value - f.value))), ds: dates(u) }))
      .filter((x) => x.ds.length && x.gap <= 366 * 86_400_000 && !x.ds.some((p) => yearOnlyApart(f, p)))
      .sort((a, b) => a.gap - b.gap)[0];
    if (near) return st.match(near.u, st.said);
  }
  return undefined;
}

// A date told as the first plan ("originally planned for April 2009", "was first due on 1 March"), and the columns of a
// milestone table that give the first plan ("Original plan", "Baseline") and a later one ("Revised date").
const FIRST_PLAN =
  /\b(?:originally|initially|first)\b(?:\s+[\w-]+){0,2}?\s+(?:planned|due|scheduled|set|meant|expected|intended|timetabled|pencilled|booked)\b|\boriginal\s+(?:plan|date|target|timetable|schedule)\b/i;
const FIRST_COLUMN = /\b(?:original|baseline|initial|first)\b/i;
const LATER_COLUMN = /\b(?:revised|re-?planned|replanned|current|latest|new)\b/i;

/**
 * "was originally planned for April 2009" against "Upgrade to Millennium release 2 | 30 November 2008 | 27 April 2009"
 * under "Milestone | Original plan | Revised date": a revised date told as the first plan, where the row's first plan
 * is another date. Never where a first-plan cell of any row holds the date (the statement may name another milestone).
 */
export function revisedAsFirstPlan(fr: FigureReading): Scored | undefined {
  const { f, st, papers } = fr;
  const told = dateTold(fr);
  if (!told || !FIRST_PLAN.test(told.clause)) return undefined;
  const first = (p: Figure) => !!p.column && FIRST_COLUMN.test(p.column);
  const later = (p: Figure) => !!p.column && LATER_COLUMN.test(p.column) && !FIRST_COLUMN.test(p.column);
  const rows = papers.units.filter((u) => u.context && u.figures.some((p) => fine(p) && first(p)));
  if (rows.some((u) => u.figures.some((p) => fine(p) && first(p) && (agrees(f, p) || yearOnlyApart(f, p)))))
    return undefined;
  const held = rows.find((u) => u.figures.some((p) => fine(p) && later(p) && agrees(f, p)));
  return held ? st.match(held, st.said) : undefined;
}

/** Whether a passage of prose dates a milestone of `kind` on `f`'s date. */
function prosedAs(u: EvidenceUnit, f: Figure, kind: string): boolean {
  return u.figures.some((p) => {
    if (!fine(p) || !agrees(f, p)) return false;
    const at = placeOf(u.text, p, u.figures);
    const clause = clauseOf(u.text, at, at + p.text.length);
    return kindAt(clause, at - u.text.lastIndexOf(clause, at)) === kind;
  });
}

/**
 * Whether a date written without its year is `p`'s month in another year: the year was read from the tense, which
 * can be wrong ("the weekend of 21 January" told in November). Another day of the same month is another date.
 */
export function yearOnlyApart(f: Figure, p: Figure): boolean {
  const [a, b] = [new Date(f.value), new Date(p.value)];
  return (
    !/\b(?:19|20)\d\d\b/.test(f.text) &&
    a.getUTCFullYear() !== b.getUTCFullYear() &&
    a.getUTCMonth() === b.getUTCMonth()
  );
}

// The new date of a plan told as moved: "… is now expected in November", "has been put back to July" (not "put back
// after a failed dress rehearsal in March", the reason's date).
const MOVED_TO =
  /\b(?:now|put back|pushed back|moved|delayed|postponed|deferred|slipped|rescheduled|re-?planned)\b(?:(?!\b(?:after|because|following|when)\b)[^.;,]){0,25}?\b(?:to|in|for|until|on|by)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;

const SLIPPED_TO =
  /\b(?:slipped|slipping|put back|pushed back|moved back|delayed|postponed|deferred|rescheduled|re-?planned|(?:have|has|had) to wait)\b[^.;,]{0,25}?\b(?:to|until|till|into)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;

const SLIPPED_FROM =
  /\b(?:slipped|put back|pushed back|moved back|delayed|postponed|deferred|rescheduled|re-?planned|brought forward)\b[^.;,]{0,25}?\bfrom\s+(?:the\s+(?:end|start|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;

const ORIGINAL_COLUMN = /\b(?:original|baseline|initial|first)\b/i;

// (A quarter is dated finely enough to name a row by: "has slipped to the first quarter of 2011" against "Theatres module
// | Q2 2010/11 | Q1 2011/12".)
const quarterly = (p: Figure) =>
  fine(p) ||
  (p.kind === "date" && (p.to ?? p.value) - p.value <= 92 * 86_400_000 && /\b(?:Q[1-4]|quarter)\b/i.test(p.text));

/** Whether `f` is the new date of a plan the sentence tells as moved. */
function movedTo(text: string, f: Figure): boolean {
  const at = text.indexOf(f.text);
  return at > 0 && MOVED_TO.test(text.slice(Math.max(0, at - 60), at));
}

// Words a milestone table's rows share whatever they date: no row is told from another by them.
// (Nor by the words of a status column, "In progress", "On track", "Amber", nor by a month's short name, "31 Oct 2008".)
// (As the wording reads them: "go-live" and "switched" are one word there.)
const ROW_GENERIC = contentWords(
  [
    "live go-live planned actual revised forecast date complete completed status wave phase stage site",
    "progress track amber red green rag ongoing open closed delayed slipped achieved re-planned replanned",
    // (A status cell's words, "At risk", "Late", "Extended", name no row: "Theatres module, phase 2 | Jan 2011 | Mar 2011
    // (forecast) | At risk" is named by "the second phase of the theatres system".)
    "risk late extended behind",
    "jan feb mar apr jun jul aug sep sept oct nov dec",
  ].join(" "),
);

/**
 * "Health visitors and school nurses followed in January" against "2 | Health visiting and school nursing | 265 |
 * January 2012 | 6 February 2012 (live)": the row of a table of dated things that the date's own clause names (most of
 * the row's words are the clause's), when none of its dates is the statement's, read as the statement reads it (a thing
 * done by its dates not planned, a plan by any), and no passage of prose holds the date for words of the clause.
 */
export function namedRowsDate(fr: FigureReading): Scored | undefined {
  const named = namedRow(fr);
  return named && !named.holds ? named.row : undefined;
}

/**
 * "now expects to leave the stabilisation phase at the end of November" against "Stabilisation exit | 31 Aug 2011 |
 * 30 Nov 2011": the row the date's own clause names holds it, read as the statement reads it (support).
 */
export function namedRowHolds(fr: FigureReading): Scored | undefined {
  const named = namedRow(fr);
  return named?.holds ? named.row : undefined;
}

/** The row of a table of dated things that the date's own clause names, and whether one of its dates is the statement's. */
function namedRow(fr: FigureReading): { row: Scored; holds: boolean } | undefined {
  const { f, st, papers } = fr;
  const dated = dateTold(fr, quarterly);
  if (!dated) return undefined;
  const { clause, planned } = dated;
  // (A row's words are its cells' less their figures and months: contentWords reads no digit, no month.)
  const rowWords = (u: EvidenceUnit) => new Set([...contentWords(u.text)].filter((w) => !ROW_GENERIC.has(w)));
  // (Not the table's heading row, read as a unit of its own: "Time waited at 11 September 2009 | Patients confirmed
  // waiting" dates the table, it is no dated thing: no heading stands over its dates.)
  const heading = (u: EvidenceUnit) =>
    u.context.split("\n").pop()!.trim() === u.text.trim() &&
    // (A heading's own date is its column: "Patients 30 Sep 2009" over the counts of that day.)
    u.figures.every(
      (p) => p.kind !== "date" || !p.column || (p.column.includes(p.text) && p.column.length <= p.text.length + 15),
    );
  const rows = papers.units.filter((u) => u.context && u.figures.some(quarterly) && !heading(u));
  const namedBy = (text: string) => {
    const all = contentWords(text);
    const told = new Set([...all].filter((w) => !ROW_GENERIC.has(w)));
    // (One row, not two that name the clause's words as much: "Dress rehearsal 1" and "Final dress rehearsal" for "a
    // first dress rehearsal" say no more of one than of the other. Where they do, the generic words the clause shares
    // with a row tell them apart: "the second phase of the theatres system" is "Theatres module, phase 2", not the
    // "Theatres" row of a table of issues.)
    const read = rows.map((u) => {
      const words = rowWords(u);
      const generic = [...contentWords(labelOf(u.text))].filter((w) => ROW_GENERIC.has(w) && all.has(w)).length;
      const label = [...contentWords(labelOf(u.text))].filter((w) => !ROW_GENERIC.has(w));
      return {
        u,
        shared: [...words].filter((w) => told.has(w)).length,
        size: words.size,
        generic,
        // (By its label's first word, the thing it is: "Theatres module" by "Theatres functionality"; not "Cellular
        // pathology go-live" by "its pathology system".)
        byLabel: label.length <= 2 && told.has(label[0] ?? ""),
      };
    });
    // (Only where no other row shares a word with the clause: "Support … runs out in March 2010" names "Current PAS
    // support ends" as much as "New system go-live".)
    const alone = read.filter((r) => r.shared >= 1).length === 1;
    const named = read
      // (A row of one or two words is named by one of them: "Stabilisation exit" by "leave the stabilisation phase".)
      // (Its label's words, whatever its status says: "Theatres module | … | Delayed – awaiting CSC release plan" by
      // "Theatres functionality".)
      .filter((r) => r.shared >= 2 || (r.shared === 1 && (r.size <= 2 || (r.byLabel && alone))))
      .sort((a, b) => b.shared - a.shared || b.generic - a.generic);
    const best = named[0];
    const tied = named[1]?.shared === best?.shared && named[1]?.generic === best?.generic;
    const byLabelAlone = best?.size !== undefined && best.size > 2 && best.shared === 1 && best.byLabel && alone;
    return best && (best.shared * 2 >= best.size || byLabelAlone) && !tied ? { best, told, byLabelAlone } : undefined;
  };
  // (A plan moved names its thing once, before: "The second phase, for podiatry, …, was due in June but is now
  // expected in November" dates the phase in both clauses.)
  // (By the words before its new date: "The date was put back to 11 June after problems moving data" names no row of
  // data migration.)
  const found =
    namedBy(clause) ??
    (planned && movedTo(st.text, f) ? namedBy(st.text.slice(0, st.text.indexOf(f.text))) : undefined);
  if (!found) return undefined;
  const { best, told } = found;
  const dates = best.u.figures.filter((p) => quarterly(p) && (planned || !(p.column && PLANNED_COLUMN.test(p.column))));
  if (!dates.length) return undefined;
  if (dates.some((p) => agrees(f, p))) return { row: st.match(best.u, st.said), holds: true };
  // (A row named by one word only does not stand against another row of its table that holds the date: "A new
  // computer system for the pathology laboratories … will not go live until February" against "Cellular pathology
  // go-live | … | 29/06/2009" beside "Blood sciences go-live | … | 02/02/2009"; "The contract will be advertised in June"
  // against "Contract award | March 2013" beside "OJEU notice | June 2012".)
  // (Where it is the only row the clause names a word of, by its label's first word, only against a row of its kind:
  // not "Theatres … has slipped to the first quarter of 2011" against "Theatres module | … | Q1 2011/12" beside
  // "Decommission legacy PAS | … | 31/03/2011". Nor, for a date a plan moved to, by a date another row has given up,
  // under its original date: "Release 2 clinical documentation | March 2011 | Not yet agreed".)
  const kindWords = (u: EvidenceUnit) => [...contentWords(labelOf(u.text))].filter((w) => ROW_GENERIC.has(w));
  const kindOf = kindWords(best.u);
  if (
    best.shared === 1 &&
    rows.some(
      (u) =>
        u !== best.u &&
        u.context === best.u.context &&
        (!found.byLabelAlone || kindWords(u).some((w) => kindOf.includes(w))) &&
        u.figures.some(
          (p) => quarterly(p) && agrees(f, p) && !(movedTo(st.text, f) && ORIGINAL_COLUMN.test(p.column ?? "")),
        ),
    )
  )
    return undefined;
  if (dates.some((p) => yearOnlyApart(f, p))) return undefined;
  if (dates.every((p) => Math.abs(p.value - f.value) > 366 * 86_400_000)) return undefined;
  // (Prose that gives the date in a sentence of the clause's words holds it: the table may be of another round. Of
  // the words by which the row is named among them: "RTT reporting is expected … by the end of November" shares only
  // "expect" and "end" with "expects to leave the stabilisation phase at the end of November".)
  const naming = [...rowWords(best.u)].filter((w) => told.has(w));
  const prose = papers.units.some(
    (u) =>
      !u.context &&
      u.figures.some((p) => {
        // (A thing told done is not held by its plan: "planned for 7 June" beside "went live in June".)
        if (!quarterly(p) || !agrees(f, p) || (!planned && PLAN_WORD.test(clausesAt(u.text, p.text)[1] ?? u.text)))
          return false;
        const their = contentWords(u.text);
        return [...told].filter((w) => their.has(w)).length >= 2 && naming.some((w) => their.has(w));
      }),
  );
  return prose ? undefined : { row: st.match(best.u, st.said), holds: false };
}
