// Support: the passage that gives the figure (by wording, table, value, date, name or event); it only agrees.
import { BOUND_BEFORE, DECIDED_WHEN, EVENT_DONE, EVENT_WORD, PLAN_WORD } from "../facts/events.js";
import { agrees, sameQuantity, specific, type Figure } from "../facts/figures.js";
import { figurePeriod } from "../facts/periods.js";
import { clausesAt } from "../facts/wording.js";
import type { Scored } from "./types.js";
import { TOTAL_ROW, fine, goesOn, oneDay } from "./common.js";
import { toldAs } from "./reading.js";
import type { FigureReading } from "./figure-reading.js";
import { movedTold } from "./event-dates.js";
import { namedRowHolds, yearOnlyApart } from "./milestones.js";
import { NEAREST } from "../../extractors/dates/patterns.js";

/**
 * Whether a passage gives the figure's very count (or share), held as the statement reads it (a share of its own
 * month), and a date of the statement's own.
 */
function figureOnDate(fr: FigureReading, r: Scored): boolean {
  return (
    r.u.figures.some((p) => p.kind === fr.f.kind && p.value === fr.f.value && fr.heldNow(r, p)) &&
    r.u.figures.some((p) => p.kind === "date" && fr.ownDates.some((d) => agrees(d, p)))
  );
}

/** The passage that gives the figure, by wording, by its table, by its very value, by the place it names. */
export function support(fr: FigureReading): Scored | undefined {
  const { f, st } = fr;
  // (A share is of its month: a passage of another month than the figure's own clause gives, "88.7 per cent … in
  // April" against March's row, is of another period.)
  const agreeing = (r: Scored) => r.u.figures.some((p) => fr.heldNow(r, p));
  return (
    fr.close.find(agreeing) ??
    fr.sameKind.find((r) => fr.sameTable(r) && agreeing(r)) ??
    // "The backlog … peaked at 6,400 in July. Additional sessions have reduced this to 1,150": the sentence after a
    // close passage that goes on about it ("this", "it") is that passage's too.
    fr.close.map((r) => goesOn(fr.papers.units, r)).find((r): r is Scored => !!r && agreeing(r)) ??
    // (Or, for a figure written exactly, a passage about it not as close as the closest: "Performance in quarter 1 of
    // 2010/11 was 74.2%" beside a passage of the year's target that shares more words. A row of another month than the
    // statement's is of another period: "88.7 per cent … in April" is not March's row.)
    (specific(f)
      ? [...(f.bound === "exact" ? st.ranked : []), ...st.named].find((r) =>
          r.u.figures.some(
            (p) =>
              sameQuantity(f, p) && specific(p, true) && fr.agreesNow(r, p) && fr.ofItsDates(r, p) && fr.inItsMonth(p),
          ),
        )
      : undefined) ??
    // "Some 38 agency staff … at the end of September" against "At 30 September 2009 … 38 whole-time equivalent
    // agency validation clerks": a count is found by its very number on the same date, in any passage that shares a
    // word with the statement, or, from a hundred up, in any passage ("some 1,180 staff were using it" by the end of
    // June: "At 30 June 2009 there were 1,180 active RiO users").
    // ("The service handled 41,260 emergency calls in September" against "Sep 2010 | 41,260 | …": a table's row too;
    // so is a share written to a decimal place, "dipped to 71.8 per cent in July" against "July 2008 | 43,206 | 71.8".)
    (f.kind === "count" || (f.kind === "percent" && /\./.test(f.text))
      ? ([...st.ranked, ...st.named].find((r) => figureOnDate(fr, r)) ??
        fr.papers.units
          .filter(
            (u) => (u.context || f.value >= 100) && u.figures.some((p) => p.kind === f.kind && p.value === f.value),
          )
          .map((u) => st.match(u, st.said))
          .find((r) => figureOnDate(fr, r)))
      : undefined) ??
    // "The second control room, at Skelwith Bridge, is due to follow in June" against "Skelwith Bridge | November
    // 2011 | 12 June 2012": a date is found by the place or thing the statement names, which the passage dates.
    (f.kind === "date" && st.names.length ? byName(fr) : undefined) ??
    (f.kind === "date" ? namedRowHolds(fr) : undefined) ??
    // "Kellingford's switch to the Lorenzo system, due in June, has been put back to October" against "The go-live
    // planned for the weekend of 11 June 2011 was postponed" and "The revised go-live is planned for the weekend of
    // 15-16 October 2011": a date of an event, in a passage about the same kind of event (a plan against a plan, a
    // thing done against one done) that shares some of the statement's words.
    (f.kind === "date" ? eventOnDate(fr) : undefined) ??
    // ("… has now been pushed back to December" against "… agreed to move go-live to 7 December 2009".)
    (f.kind === "date" ? movedTold(fr).find((t) => t.dates.some((p) => agrees(f, p)))?.r : undefined) ??
    // "The hospital switched to the Cerner system on 4 October" against "The Trust went live with Cerner Millennium on
    // 4 October 2008": a day is found by its very date in a passage that shares a word with the statement.
    (f.kind === "date" && oneDay(f)
      ? st.named.find((r) => r.u.figures.some((p) => p.kind === "date" && oneDay(p) && fr.agreesNow(r, p)))
      : undefined) ??
    // "Fewer than half of the 4,600 staff … had completed a course" against "2,140 of the 4,600 staff have completed
    // training": a share is found as the part over the whole of a close passage, the whole the statement's own.
    (f.kind === "percent" ? shareOfCounts(fr) : undefined) ??
    // "It has already spent almost £2.1m", "is forecast to spend £4.13m this year": the spend to date, or the forecast,
    // of a table's Total row, however few words it shares.
    // (A one-sided figure, "almost £1m", is as narrow as one written to two digits: £850,000 to £1m.)
    (specific(f, f.bound !== "above" && f.bound !== "below")
      ? st.tableRows.find(
          (r) =>
            TOTAL_ROW.test(r.u.text) &&
            r.u.figures.some((p) => figurePeriod(p, r.u.figures) === toldAs(fr.clause) && fr.agreesNow(r, p)),
        )
      : undefined)
  );
}

/**
 * The passage whose two counts, a part and its whole, make the statement's share, the whole being the statement's own
 * count: a whole of a hundred or more is found in any passage of the papers by its very number ("a third of the 3,950
 * staff" against "1,310 of the 3,950 wave 1 end users have been trained"), a smaller one only in a close passage.
 */
function shareOfCounts(fr: FigureReading): Scored | undefined {
  const wholes = fr.st.figures.filter((g) => g.kind === "count" && g.value > 0);
  const candidates = [
    ...fr.st.ranked,
    ...fr.papers.units
      .filter((u) =>
        u.figures.some((p) => p.kind === "count" && p.value >= 100 && wholes.some((w) => w.value === p.value)),
      )
      .map((u) => fr.st.match(u, fr.st.said)),
  ];
  return candidates.find((r) => {
    const counts = r.u.figures.filter((p) => p.kind === "count" && p.value > 0);
    return counts.some(
      (whole) =>
        wholes.some((w) => w.value === whole.value) &&
        counts.some(
          (part) =>
            part.value < whole.value &&
            agrees(fr.f, { kind: "percent", value: (100 * part.value) / whole.value, bound: "exact", text: "" }),
        ),
    );
  });
}

/** A passage that names what the statement names and dates it as the statement does. */
function byName(fr: FigureReading): Scored | undefined {
  const { st, papers } = fr;
  return papers.units
    .filter((u) => st.names.some((n) => u.text.includes(n)) && u.figures.some((p) => p.kind === "date"))
    .map((u) => st.match(u, st.said))
    .find((r) => r.u.figures.some((p) => fine(p) && fr.agreesNow(r, p)));
}

/** A passage that dates an event of the statement's kind on the statement's date (support only). */
function eventOnDate(fr: FigureReading): Scored | undefined {
  const { st } = fr;
  // (Of a statement of one date: in "due in October, … put back to April" the two dates are a move, which the
  // clauses compare, and the old date's agreement must not hide the new one's.)
  if (!EVENT_WORD.test(fr.clause) || st.figures.filter((g) => g.kind === "date").length !== 1) return undefined;
  const planned = PLAN_WORD.test(fr.clause);
  // ("now due to switch over in July" against "the review is due to report to the Board in July": a plan of another
  // thing. Where the statement names what happens, the passage must name a happening too.)
  const happens = EVENT_DONE.test(fr.clause);
  return st.scored.find(
    (r) =>
      EVENT_WORD.test(r.u.text) &&
      r.u.figures.some((p) => {
        if (!fine(p) || !(fr.agreesNow(r, p) || guessedYearOf(fr, p))) return false;
        const before = r.u.text.slice(0, r.u.text.indexOf(p.text));
        const clause = clausesAt(r.u.text, p.text)[1] ?? r.u.text;
        return (
          !DECIDED_WHEN.test(before) &&
          !BOUND_BEFORE.test(before) &&
          EVENT_WORD.test(clause) &&
          (!happens || EVENT_DONE.test(clause)) &&
          PLAN_WORD.test(clause) === planned
        );
      }),
  );
}

/**
 * Whether `p` is the plan's month the statement told without its year, a year from the one its words were read as:
 * "It had been due to go live in March", told in December, was read as the March nearest, the next; "go-live had
 * been planned for 2 March 2009" is the one meant.
 */
function guessedYearOf(fr: FigureReading, p: Figure): boolean {
  const { f } = fr;
  if (f.kind !== "date" || !NEAREST.test(fr.clause) || !yearOnlyApart(f, p)) return false;
  return Math.abs(new Date(f.value).getUTCFullYear() - new Date(p.value).getUTCFullYear()) === 1;
}
