// A table's rows of go-live dates: planned, actual and forecast columns, and a milestone table's go-live rows.
import type { Doc } from "../../model/doc.js";
import type { DateMention } from "../../model/extraction.js";
import { dateValue, whenOf } from "../../model/when.js";
import { tableDateCellAt } from "../table-rows.js";
import { PREDICATE } from "./predicates.js";
import type { SentenceScope } from "./sentence-scope.js";

/**
 * The dates of a row under go-live columns ("Trust | Planned go-live | Actual go-live | …" over "Thameside University
 * Hospitals NHS Trust | November 2006 | 29 April 2007 | 4,820"): the actual date is the row's body's go-live, the
 * planned one a plan, missed when the row went live later, says it is not yet live, or the date has passed. True
 * when the sentence is such a row.
 */
export function goLiveTable(scope: SentenceScope, doc: Partial<Pick<Doc, "publishedAt">>): boolean {
  const { text, dates } = scope;
  const cells = dates.map((d) => ({ d, cell: tableDateCellAt(text, d.span.start, d.span.end) }));
  // ("Organisation | Originally planned | Deployed": a column of the plan reads as the go-live's where the row's other
  // column, or its words, "Not yet deployed", say what was planned.)
  const goLiveRow = (row: string[], column: string) =>
    cells.some((c) => c.cell?.column && c.cell.column !== column && GO_LIVE_COLUMN.test(c.cell.column)) ||
    row.slice(1).some((cell) => NOT_YET_LIVE.test(cell) && GO_LIVE_COLUMN.test(cell));
  // ("M4 | Go-live: district nursing, South locality | 9 May 2011 | 6 Jun 2011 (F)" under "Milestone | Baseline date |
  // Actual / forecast": a milestone table's go-live row dates its go-live in each column.)
  // (Its label may follow a milestone's number: "M4 | Go-live: …"; or name the go-live otherwise: "M08 | ePMA roll-out
  // to surgical wards | 30/04/2019 | 30/06/2019".)
  const milestone = (c: (typeof cells)[number]) =>
    !!c.cell?.column &&
    MILESTONE_LIVE.test(`${c.cell.label} ${MILESTONE_NUMBER.test(c.cell.label) ? c.cell.row[1] : ""}`);
  // ("Phase | Services | Staff | Planned | Revised | Status": a roll-out's phases, each planned and then put back, are
  // its go-lives; the revised date is the plan now, what the first column was missed.)
  const rowHas = (c: (typeof cells)[number], column: RegExp) =>
    cells.some((o) => o.cell?.column && o.cell.row.join("|") === c.cell!.row.join("|") && column.test(o.cell.column));
  // (Or the trusts of a region: "Trust | System | Planned | Actual | Status", a row not yet live saying why: "Paused".)
  const phased = (c: (typeof cells)[number]) =>
    !!c.cell?.column &&
    !GO_LIVE_COLUMN.test(c.cell.column) &&
    PHASE_COLUMN.test(c.cell.first ?? "") &&
    (PLANNED_COLUMN.test(c.cell.column) || REVISED_COLUMN.test(c.cell.column)) &&
    rowHas(c, PLANNED_COLUMN) &&
    (rowHas(c, REVISED_COLUMN) ||
      (NOT_YET_LIVE.test(c.cell.row.join(" | ")) && !PLANNED_COLUMN.test(c.cell.first ?? "")));
  // ("                Royal Free Hampstead    Barts and The London" over "Go-live   June 2008   December 2008", in a
  // written answer: a go-live row under columns of bodies dates each column's body's go-live, or its plan if ahead.)
  const byBody = cells.flatMap(({ d, cell }) => {
    const column = cell?.column;
    if (!column || !GO_LIVE_LABEL.test(cell.label) || GO_LIVE_COLUMN.test(column)) return [];
    const body = scope.columnBody(column, d.span.start);
    return body ? [{ d, body }] : [];
  });
  for (const { d, body } of byBody) {
    const ahead = !!doc.publishedAt && d.from > doc.publishedAt;
    const p = ahead ? PREDICATE.goLivePlanned : PREDICATE.goLive;
    const value = !ahead && shortSpan(d) ? d.from : dateValue(d);
    const c = scope.claim(p, d.span.start, d.span.end, value, whenOf(d), null, body);
    if (c) scope.add(c);
  }
  if (byBody.length) return true;
  const read = cells.filter(
    (c) =>
      c.cell?.column &&
      (GO_LIVE_COLUMN.test(c.cell.column) ||
        (PLANNED_COLUMN.test(c.cell.column) && goLiveRow(c.cell.row, c.cell.column)) ||
        milestone(c) ||
        phased(c)),
  );
  if (!read.length) return false;
  const body = scope.actors.find(
    (a) => a.type === "organisation" && text.slice(a.span.start, a.span.end) === read[0]!.cell!.label.trim(),
  );
  const owner = body?.canonical ?? null;
  for (const { d, cell } of read) {
    // (Each row by itself: a sentence of the reader's may run over several rows.)
    const sameRow = (c: (typeof read)[number]) => c.cell!.row.join("|") === cell!.row.join("|");
    // (An actual date is the go-live; a revised or forecast one only where the row says it is live.)
    const revised = (c: (typeof read)[number]) =>
      phased(c) && REVISED_COLUMN.test(c.cell!.column!) && !/\bactual\b/i.test(c.cell!.column!);
    const live = LIVE_STATUS.test(cell!.row.join(" | "));
    const actual = read.find((c) => sameRow(c) && !PLANNED_COLUMN.test(c.cell!.column!) && (!revised(c) || live));
    const notYet = NOT_YET_LIVE.test(cell!.row.join(" | "));
    const planned = PLANNED_COLUMN.test(cell!.column!) || (revised({ d, cell }) && !live);
    const movedOn = revised({ d, cell })
      ? undefined
      : read.find((c) => sameRow(c) && phased(c) && REVISED_COLUMN.test(c.cell!.column!) && c.d.from > d.to);
    // (Or a later date the row's words give, "2 teams live 2 November; 2 teams forecast 11 January" under "Actual /
    // forecast": the planned date was missed.)
    const laterInRow = dates.some(
      (o) =>
        o !== d && o.span.start > d.span.end && o.from > d.to && !text.slice(d.span.end, o.span.start).includes("\n"),
    );
    const missed =
      planned &&
      ((actual && actual.d !== d && actual.d.from > d.to) ||
        !!movedOn ||
        (laterInRow && !!doc.publishedAt && d.to < doc.publishedAt) ||
        (notYet && !!doc.publishedAt && d.to < doc.publishedAt));
    // (A plan the row's go-live kept, "September 2007 | 24 September 2007", is told by the go-live.)
    if (planned && !missed && actual && actual.d !== d) continue;
    // (A go-live column's date after the paper is the plan: "Barnet and Chase Farm … | Jan 2009 | Sep 2009" under
    // "Original planned go-live | Proposed go-live" in a paper of March 2009.)
    // (Nor is one the row marks as forecast: "6 Jun 2011 (F)".)
    const forecast = FORECAST_MARK.test(text.slice(d.span.end, d.span.end + 6));
    const ahead = !planned && ((!!doc.publishedAt && d.from > doc.publishedAt) || forecast);
    const p = !planned && !ahead ? PREDICATE.goLive : missed ? PREDICATE.goLiveDelayed : PREDICATE.goLivePlanned;
    const value = p === PREDICATE.goLive && shortSpan(d) ? d.from : dateValue(d);
    const c = scope.claim(p, d.span.start, d.span.end, value, whenOf(d), null, owner);
    if (c) scope.add(c);
  }
  return true;
}
const GO_LIVE_LABEL = /\bgo-?\s?live\b|\bgoes live\b/i;
// A milestone of going live: "Go-live: district nursing", "ePMA roll-out to surgical wards", "OCR live in ED".
// (Not a rehearsal or a test of it, "Dress rehearsal (cutover)", nor "live" of a copy or a site, "a second live CAD site".)
const MILESTONE_LIVE =
  /^(?!.*\b(?:rehears\w*|dry run|mock|tests?|testing|trial)\b).*(?:\bgo-?\s?live\b|\bgoes live\b|\blive(?:\s+(?:on|in|at|across|for|with)\b|\s*$)|\broll-?out\b|\brolled out\b|\bswitch-?over\b|\bcut-?over\b)/i;
const MILESTONE_NUMBER = /^\s*(?:M|MS|No\.?\s*)?\d{1,3}[a-z]?\.?\s*$/i;
const FORECAST_MARK = /^\s*\((?:F|fcst|forecast)\)/i;
const GO_LIVE_COLUMN =
  /\b(?:go-?\s?live|live|deploy(?:ment|ed)|implement(?:ation|ed)|switch-?over|cut-?over|installed|rolled out)\b/i;
const PLANNED_COLUMN = /\b(?:planned|plan|original|originally|scheduled|target|due|baseline|contract(?:ed|ual)?)\b/i;
const PHASE_COLUMN =
  /^(?:phase|wave|tranche|stage|release|site|locality|service|team|trust|organisation|hospital|provider)s?\b/i;
const REVISED_COLUMN = /\b(?:revised|re-?planned|new|forecast|actual)\b/i;
const LIVE_STATUS = /(?:^|\| )(?:live|complete|completed|went live)\b/i;
const NOT_YET_LIVE =
  /\bnot (?:yet )?live\b|\bnot yet\b|\bdeferred\b|\btbc\b|\bto be confirmed\b|(?:^|\| )(?:paused|on hold|suspended)\b/i;

/**
 * "over the weekend of 13-14 June", "on December 10 and 11": a switch-over that took a few days happened on the first,
 * as a day; a longer span ("between 7 and 21 March") is no day of its own.
 */
export function shortSpan(d: DateMention): boolean {
  if (d.granularity !== "range" || d.from.length < 10 || d.to.length < 10) return false;
  return (Date.parse(d.to) - Date.parse(d.from)) / 86_400_000 <= 3;
}
