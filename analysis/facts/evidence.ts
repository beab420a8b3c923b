import { splitSentences } from "../../extractors/sentences.js";
import { cellsOf, tableUnit } from "../../extractors/table-money.js";
import { MINUTES, figuresOf, nounAfter, type Figure } from "./figures.js";
import { proseBudget, prosePeriod } from "./periods.js";
import { contentWords } from "./wording.js";
import { decisionLater, proposed } from "./decisions.js";

/** A passage of a board paper (a sentence, or a table row with its headings) and what it states. */
export interface EvidenceUnit {
  documentId: string;
  /** When its paper was published (ISO date), if known: what it can have reported as done by then. */
  publishedAt?: string | null;
  page: number;
  text: string;
  /** The column headings and caption a table row is read under ("2008/09 forecast £000"). */
  context: string;
  figures: Figure[];
  words: Set<string>;
  /**
   * Words of the column headings over a table row ("plan", "forecast", "variance"): what the row's figures are, shared
   * by every row alike, so they can meet a statement's words but do not make a row heavier to match.
   */
  headingWords: Set<string>;
  /**
   * The sentence after a sentence of prose when it states no figure itself, which makes it no unit of its own ("The
   * Trust's standard is that 95% … Performance has improved each month but the standard has not yet been met.").
   */
  after?: string;
  /**
   * The sentence before it without a figure that no unit took as its `after` ("3.1 The trust engaged Meridian Health
   * Analytics to validate every open pathway. The exercise used 38 validators …"): where the papers name a body.
   */
  before?: string;
  /**
   * A sentence without figures that makes a proposal or puts a decision after the paper's meeting, with the two
   * sentences after it as its `after`: no passage a figure is found in, only a decision told as taken.
   */
  proposal?: true;
}

/**
 * The papers' text in lower case, as a body's name is looked for in it: their passages, and the sentences without a
 * figure around each ("The system is delivered by BT under the London Programme for IT.").
 */
export function papersText(units: readonly EvidenceUnit[]): string {
  return units.map((u) => `${u.before ?? ""} ${u.text} ${u.after ?? ""}`.toLowerCase()).join("\n");
}

/** A board paper's sentences and table rows, each with its figures and content words. */
export function evidenceUnits(
  documentId: string,
  text: string,
  pages: Array<{ number: number; start: number; end: number }>,
  publishedAt: string | null,
): EvidenceUnit[] {
  const units: EvidenceUnit[] = [];
  const proposals: EvidenceUnit[] = [];
  // How many of the sentences still to come are read as a proposal's `after`.
  let proposalFollowers = 0;
  const pageAt = (at: number) => pages.find((p) => p.start <= at && at < p.end)?.number ?? 1;
  let header = "";
  let headings = "";
  let scale: number | null = null;
  // Whether the table's headings have a column of each row's own unit ("Measure").
  let measures = false;
  // Whether a row of the table has named its unit in its label ("Income lost £000"): the rows that name none are counts.
  let labelUnits = false;
  // The sentence without a figure before a unit that no unit took as its `after`.
  let before: { text: string; page: number } | null = null;
  for (const sentence of splitSentences(text)) {
    // A rule under a table's headings ("-----") is no line of it: it neither ends the table nor starts a row.
    const rule = RULE_LINE.exec(sentence.text)?.[0].length ?? 0;
    if (rule === sentence.text.length) continue;
    const s = rule ? { ...sentence, start: sentence.start + rule, text: sentence.text.slice(rule) } : sentence;
    if (proposalFollowers > 0) {
      const proposal = proposals[proposals.length - 1]!;
      proposal.after = proposal.after ? `${proposal.after} ${s.text}` : s.text;
      proposalFollowers -= 1;
    }
    const unit = tableUnit(s.text);
    const row = /\s{2,}|\t|\s\|\s/.test(s.text) && /\d/.test(s.text) && !/[.!?]$/.test(s.text.trim());
    // (A row that names its own unit among figures, "Savings from avoided attendances | £000, nine months | 1,250 |
    // 810" in a table of measures, is read in it alone: "Paper referrals | number per month | under 500 | 1,120" below
    // it is no money.)
    if (MEASURE_COLUMN.test(s.text)) measures = true;
    // (So is one that names it in its label, "Extra staff cost – agency, bank and overtime £000", and then
    // "Outpatient attendances | 6,310 | 5,812" below it, which names none, is a count.)
    const inLabel = !!unit && row && !unitsOnly(s.text) && labelUnitRow(s.text);
    const ownUnit = inLabel || (!!unit && row && measures && !unitsOnly(s.text) && ownUnitRow(s.text));
    if (inLabel) labelUnits = true;
    if (unit && !ownUnit) scale = unit.currency === "GBP" ? unit.scale : null;
    const rowScale = ownUnit ? (unit!.currency === "GBP" ? unit!.scale : null) : labelUnits && row ? null : scale;
    // ("Date | Duration (minutes) | Calls handled on paper | Cause": column headings without a digit are headings
    // still, under the caption above them.)
    const wordHeadings = !row && /\s\|\s|\t/.test(s.text) && headingCells(s.text);
    if (!row && !wordHeadings) {
      // A caption or a line of column headings names what the rows under it are; a paragraph of prose ends the table.
      const prose = s.text.length >= 160 || /[.!?]$/.test(s.text.trim());
      header = prose ? "" : s.text;
      if (prose && !unit) scale = null;
      if (prose) measures = false;
      labelUnits = false;
    }
    // ("4 | Invoices paid without a purchase order | Medium": a row's number in its list, before its words, counts nothing.)
    const figures = (
      (row && percentRow(s.text)) ||
      figuresOf(s.text, publishedAt, row ? rowScale : null, "board-paper")
    ).filter((f) => !(row && f.kind === "count" && !f.noun && rowNumber(s.text) === f.text));
    // Column headings with years in them ("2011/12 plan £000 | 2011/12 forecast £000") state nothing: they say
    // what the rows under them are, beside the caption.
    // ("Spend to 30 Sept £000": a date in a heading says which period its column is.)
    // So does a line whose every cell but the label's is words ("Budget 2011/12 £000 | Actual to month 9 £000").
    // (Not a row whose dates stand under headings of dates: "Theatres module | Q2 2010/11 | Q1 2011/12 | Delayed" under
    // "Milestone | Original date | Revised date | Status".)
    const headingLine = row && headingCells(s.text) && !datesUnderDateHeadings(headings, s.text);
    // ("July | 89.8 | 96.0 | 8.4": a row of shares written without their sign is a row, not headings, though its
    // figures are only found through its columns.)
    const bareFigures = cellsOf(s.text)
      .slice(1)
      .some((c) => /^\(?-?\d[\d.,]*\)?$/.test(c));
    // ("Line | Annual budget | Month 7 actual | Forecast outturn" over "| £000 | £000 | £000": a second line of
    // headings that gives only the units is read into the first, cell by cell from the right.)
    // ("Milestone | Planned date | Actual date" over "Go-live | 30 June | 6 August": a row of dates under headings of
    // words is a row, its label a thing dated; "Indicator | Apr | May | Jun" is headings of months.)
    const label = (cellsOf(s.text)[0] ?? "").split("\n").pop()!.trim();
    const datedRow = !!headings && !!label && !ROWS_HEADING.test(label);
    // ("Record category | Records to migrate | Migrated and validated | Awaiting migration" over "Care plans | 18,400 |
    // 12,950 | 5,450": a line of words cell for cell over a row of figures is its headings, whatever words they are.)
    if (row && !headings && headingsByShape(header, s.text)) {
      const lines = header.split("\n");
      headings = lines.pop()!.trim();
      header = lines.join("\n");
    }
    if (row && headings && unitsOnly(s.text)) headings = withUnits(headings, s.text);
    else if (row && (headingLine || (!figures.some((f) => f.kind !== "date") && !bareFigures && !datedRow)))
      headings = s.text;
    if (!row) headings = wordHeadings ? s.text : "";
    // ("Actual to month 10 £000" states no £10.)
    const last = units[units.length - 1];
    // ("Our previous system, HOSPAS, had been in use since 1991": a year alone is no figure a statement is read by,
    // but a statement of the year finds it.)
    const yearOnly = !figures.length && !row && /(?<![\d/-])\b(?:19[5-9]|20[0-3])\d\b(?![/-]\d)/.test(s.text);
    if (
      !figures.length &&
      !yearOnly &&
      !row &&
      last &&
      !last.context &&
      last.after === undefined &&
      pageAt(s.start) === last.page
    )
      last.after = s.text;
    else if (!figures.length && !yearOnly && !row) before = { text: s.text, page: pageAt(s.start) };
    // ("It is proposed that no further Millennium deployment in London begins until …": a proposal without a figure is
    // kept apart, for a statement that tells it decided, with the two sentences after it, which may put its decision
    // off: "The Board is asked to discuss the proposal; no decision is sought at this meeting.")
    if (!figures.length && !yearOnly && !row && (proposed(s.text) || decisionLater(s.text))) {
      proposalFollowers = 2;
      proposals.push({
        documentId,
        publishedAt,
        page: pageAt(s.start),
        text: s.text,
        context: "",
        figures: [],
        words: contentWords(s.text),
        headingWords: new Set(),
        proposal: true,
      });
    }
    if ((!figures.length && !yearOnly) || headingLine) continue;
    if (row && headings) withColumns(s.text, headings, figures, publishedAt);
    if (!row)
      for (const f of figures) {
        if (f.kind === "money") f.period = prosePeriod(s.text, f);
        // ("1,140 staff have now been trained, against a target of 1,300": a count can be a plan too.)
        if (f.kind !== "date" && proseBudget(s.text, f)) f.budget = true;
      }
    const context = row ? [header, headings].filter(Boolean).join("\n") : "";
    // ("3.1 Performance against the Category A standard fell to 72.4% in September. It has been above the standard
    // since: … 76.9% in January 2012": a sentence that refers back by "it" is about what the one before it named, and
    // is read with its words.)
    const referent =
      !row && last && !last.context && last.page === pageAt(s.start) && BACK_REFERENCE.test(s.text) ? last.text : "";
    const words = contentWords(`${s.text} ${row ? header : referent}`);
    units.push({
      documentId,
      publishedAt,
      page: pageAt(s.start),
      text: s.text,
      context,
      figures,
      words,
      headingWords: new Set([...contentWords(row ? headings : "")].filter((w) => !words.has(w))),
      ...(before && before.page === pageAt(s.start) ? { before: before.text } : {}),
    });
    before = null;
  }
  return [...units, ...proposals];
}

// (Not "This paper reports …", "This section sets out …": the document speaking of itself.)
const BACK_REFERENCE =
  /^\s*(?:It|Its|They|Their|These|Both|Of (?:this|these|that|which|them|it)|The figure|The figures|The rate|(?:This|That)(?!\s+(?:paper|report|section|document|table|appendix|annex)\b))\b/;

const RULE_LINE = /^\s*[-=_–—+|\s]{3,}(?:\n|$)\s*/;

/**
 * "Clinic letters sent within 10 working days (%) | 90.0 | 88.4 | 61.0": a row whose label says its figures are
 * percentages; its cells are read as such (a count of 10 days in the label is no figure of the row).
 */
function percentRow(line: string): Figure[] | null {
  const [label = "", ...cells] = cellsOf(line);
  if (!/%|\bper ?cent\b/i.test(label)) return null;
  const figures = cells
    .filter((c) => /^\d{1,3}(?:\.\d+)?%?$/.test(c))
    .map((c): Figure => ({ kind: "percent", value: Number(c.replace("%", "")), bound: "exact", text: c }));
  return figures.length ? figures : null;
}

// The words of a column heading: what a figure is ("Forecast outturn £000", "Spend to 31 March 2010 £000", "Status").
const HEADING_WORD =
  /(?:\b(?:budget|plan|planned|actual|forecast|outturn|variance|spend|spent|expenditure|date|status|target|revised|original|total|cost|year|month|quarter|q[1-4]|ytd|to date|owner|rating|score|phase|scope|description|approved)\b|£000|£k\b|£m\b|%)/i;

const UNIT_CELL = /^(?:\(?[£$€]\s?['’]?(?:000s?|m|k|bn)?\)?|\(?%\)?)$/i;

// A table whose rows say each its own unit: "Benefit | Measure | Planned by June 2011 | Realised at June 2011".
const MEASURE_COLUMN = /(?:^|\|)\s*(?:measure|unit|units|unit of measure|metric)\s*(?:\||$)/im;

/** Whether a row's unit stands in a cell of words of its own, between its label and its figures ("£000, nine months"). */
function ownUnitRow(line: string): boolean {
  const cells = cellsOf(line).map((c) => c.trim());
  return cells
    .slice(1)
    .some(
      (c) =>
        /[£$€]\s?['’]?(?:000s?|m|k|bn)\b/i.test(c) &&
        /[a-z]{3,}/i.test(c.replace(/[£$€]\s?['’]?(?:000s?|m|k|bn)\b/gi, "")),
    );
}

/** Whether a line's cells under headings that name dates ("Revised date") are dates ("Q1 2011/12"). */
function datesUnderDateHeadings(headings: string, line: string): boolean {
  const heads = cellsOf(headings);
  const cells = cellsOf(line);
  if (!headings || heads.length !== cells.length) return false;
  return cells.some(
    (c, i) =>
      i > 0 &&
      DATE_HEADING.test(heads[i]!) &&
      figuresOf(c, null, null, "board-paper").some((f) => f.kind === "date" && f.text.trim() === c.trim()),
  );
}
const DATE_HEADING = /\b(?:date|due|go-live|deadline)\b/i;

/** A row's number in its list, where its first cell is one and its second is words ("4 | Invoices paid …"). */
function rowNumber(line: string): string | null {
  const [first = "", second = ""] = cellsOf(line).map((c) => c.trim());
  return /^\d{1,3}$/.test(first) && /^[A-Za-z][a-z]+\b/.test(second) && !/\d/.test(second) ? first : null;
}

/** Whether a row's label names its unit: "Income lost – cancelled or unrecorded activity £000", "Pay costs (£m)". */
function labelUnitRow(line: string): boolean {
  const [label = "", ...cells] = cellsOf(line).map((c) => c.trim());
  // (A row of figures, not the headings "Line (£000) | 2013/14 annual plan | YTD plan M9", whose unit is the table's.)
  return (
    /[a-z]{3,}/i.test(label) &&
    /(?:^|\s|\()[£$€]\s?['’]?(?:000s?|m|k|bn)\)?$/i.test(label) &&
    cells.some((c) => /^\(?[-−]?[\d,.]+\)?$/.test(c))
  );
}

/** Whether a line's cells are units alone ("| £000 | £000 |", "£m | £m"), at least two of them. */
function unitsOnly(line: string): boolean {
  const cells = cellsOf(line).filter((c) => c.trim());
  return cells.length >= 2 && cells.every((c) => UNIT_CELL.test(c.trim()));
}

/** The headings with each unit of the line under them added, the last cell under the last heading. */
function withUnits(headings: string, line: string): string {
  const heads = cellsOf(headings);
  const units = cellsOf(line);
  const offset = heads.length - units.length;
  return heads
    .map((h, i) => {
      const u = units[i - offset]?.trim();
      return u ? `${h} ${u}` : h;
    })
    .join(" | ");
}

// A cell that is a figure ("72.4%", "(1,035)", "£1.2m"), no heading, though a heading may say "%".
const isFigureCell = (c: string) => /^\(?-?[£$]?[\d.,]+\s?[km%]?\)?$/i.test(c.trim());

/**
 * Every cell after the first names what a column holds: a line of column headings, not a row of figures (nor a row
 * of a schedule, "2 | 14 inpatient wards | 3 November 2008 | On track").
 */
function headingCells(line: string): boolean {
  const all = cellsOf(line);
  const cells = all.slice(1);
  if (cells.length >= 2 && cells.every((c) => HEADING_WORD.test(c) && !isFigureCell(c))) return true;
  // "Month | Category A calls | Category A within 8 minutes % (standard 75%) | CAD unplanned downtime (minutes)":
  // measures named in words, most with their unit; the "8 minutes" and the standard's "75%" are no row's figures.
  // (Or headed by what its rows are, "Month | District nursing contacts | … | RiO helpdesk calls".)
  // (Two measures are enough where the first heading says what the rows are: "Month | Contacts recorded within 48
  // hours (%) | Staff trained (cumulative)".)
  // (Its first line may follow a caption the sentence splitter left on it: "Table 1: … by month\nMonth | …".)
  const rowsHeading = ROWS_HEADING.test((all[0] ?? "").split("\n").pop()!.trim());
  // (Under a heading of what the rows are, a column may name its day: "Specialty | Open at 31 Dec 2010 | Validated to
  // 29 Apr 2011 | Without a date, over 18 weeks"; a cell of a month alone, "Jun 2010", is a row's.)
  const dated = (c: string) =>
    /\b(?:19|20)\d\d\b/.test(c) && !(rowsHeading && /[a-z]{3,}/i.test(c.replace(MONTH_WORDS, "")));
  return (
    cells.length >= (rowsHeading ? 2 : 3) &&
    cells.every((c) => /[a-z]{3,}/i.test(c) && !isFigureCell(c) && !dated(c)) &&
    (rowsHeading || cells.filter((c) => HEADING_WORD.test(c) || UNIT_HEADING.test(c)).length * 2 >= cells.length + 1)
  );
}
/** Whether the line above a row is its column headings by their shape: as many cells, each of words, over figures. */
function headingsByShape(above: string, row: string): boolean {
  const line = above.split("\n").pop()!.trim();
  if (!/\s\|\s|\t/.test(line)) return false;
  const heads = cellsOf(line);
  const cells = cellsOf(row).slice(1);
  return (
    heads.length >= 3 &&
    heads.length === cells.length + 1 &&
    heads.slice(1).every((c) => /[a-z]{3,}/i.test(c) && !isFigureCell(c)) &&
    cells.filter(isFigureCell).length * 2 > cells.length
  );
}

// The first heading of a table names what its rows are.
// ("Month end | Patients waiting … | Waiting over 18 weeks": a month's end is a month.)
const ROWS_HEADING =
  /^(?:month(?:[\s-]+end(?:ing)?)?|line|trust|year|quarter|item|ref|scheme|site|risk|area|service|team|measure|indicator|metric|description|organisation|body|phase|week|period|date|wave|stage|milestone|module|specialty|speciality|directorate|division|department|staff group|category|workstream)$/i;
const MONTH_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:19|20)\d\d(?:[/-]\d{2,4})?\b/gi;

// A column heading of things counted.
const COUNTED_HEADING =
  /\b(?:users|records|patients|calls|staff|attendances|appointments|incidents|contacts|referrals|visits|beds|cases|viewed|sites|teams|practices|devices|number|no\.|count)\b/i;

// The unit a column heading gives its cells: "(minutes)", "(hours)", "(number)", "%".
const UNIT_HEADING = /\((?:minutes|mins|hours|days|number|no\.?|count)\)|%/i;

const DONE_ROW = /\b(?:live|went live|complete|completed|done|achieved|delivered|closed|passed|failed|met)\b/i;
const FUTURE_COLUMN = /\b(?:revised|forecast|expected|new|proposed|rescheduled|re-?planned)\b/i;

/** Gives each figure of a table row the heading of its column, counted from the right (a heading row may lack the label's). */
function withColumns(row: string, headings: string, figures: Figure[], publishedAt: string | null = null): void {
  const cells = cellsOf(row);
  const heads = cellsOf(headings);
  // A row's cells line up with the headings from the right (a label cell may span several heading cells, or none).
  const headOf = (i: number) => (i > 0 ? heads[heads.length - (cells.length - i)] : undefined);
  let from = 0;
  // (Read in the row's order: the figures come kind by kind, "71.9%" before the "41,260" left of it.)
  // (A figure written twice, "1,450 | 1,160 | 1,450", is at its next place each time.)
  const after = new Map<string, number>();
  const at = new Map<Figure, number>();
  for (const f of figures) {
    const i = row.indexOf(f.text, after.get(f.text) ?? 0);
    at.set(f, i);
    if (i >= 0) after.set(f.text, i + f.text.length);
  }
  const ordered = [...figures].sort((a, b) => at.get(a)! - at.get(b)!);
  for (const f of ordered) {
    // The cell that is the figure ("18" is not the "318" before it), else the one that holds it; a figure written
    // twice in a row ("Contingency | 300 | 0 | 0 | 300") is each time the next cell that holds it.
    const exact = cells.indexOf(f.text, from);
    const i = exact >= 0 ? exact : cells.findIndex((c, j) => j >= from && c.includes(f.text));
    if (i >= 0) from = i + 1;
    const head = headOf(i);
    if (!head) continue;
    f.column = head;
    // ("Users (Dec-23) | Records viewed (Dec-23) | Funding 23/24 £000" over "2,940 | 18,420 | 410": a unit one heading
    // gives is its column's; a column that counts things holds counts.)
    if (
      f.kind === "money" &&
      /^\(?[\d,.]+\)?$/.test(f.text) &&
      !tableUnit(head) &&
      COUNTED_HEADING.test(head) &&
      heads.some((h) => tableUnit(h))
    ) {
      f.kind = "count";
      f.value = Number(f.text.replace(/[(),]/g, ""));
      const noun = nounAfter(head, 0).noun;
      if (noun) f.noun = noun;
    }
    // "Revised date" over "10 May" in a paper of November 2009: a date a plan still looks to, written without its year,
    // is the next one, not the May gone.
    // (Not in a row that tells the thing done: "Phase 1 | … | 6 April | 1 June | Live 1 June".)
    if (
      f.kind === "date" &&
      publishedAt &&
      FUTURE_COLUMN.test(head) &&
      !/\bactual\b/i.test(head) &&
      !/\b(?:19|20)\d\d\b/.test(f.text) &&
      !DONE_ROW.test(row)
    ) {
      const paper = Date.parse(publishedAt);
      const year = 365.25 * 24 * 3600 * 1000;
      if (f.value < paper && f.value + year > paper) {
        const next = (t: number) =>
          Date.UTC(new Date(t).getUTCFullYear() + 1, new Date(t).getUTCMonth(), new Date(t).getUTCDate());
        f.to = next(f.to ?? f.value);
        f.value = next(f.value);
      }
    }
    // "Category A within 8 minutes % (standard 75%)" over "76.3": the column says what its plain figures are.
    if (f.kind === "count" && !f.noun && /^\d{1,3}(?:\.\d+)?$/.test(f.text) && PERCENT_COLUMN.test(head)) {
      f.kind = "percent";
      f.value = Number(f.text);
    } else if (f.kind === "count" && !f.noun && /\((?:minutes|mins)\)/i.test(head)) f.noun = MINUTES;
    // ("EOC overtime hours" over "3,910": a length of time, in minutes as every other is.)
    else if (
      f.kind === "count" &&
      (!f.noun || f.noun === "hour") &&
      /\bhours\b(?!\s*%)/i.test(head) &&
      !/\bwithin\b/i.test(head)
    ) {
      f.value *= 60;
      f.noun = MINUTES;
    }
    // ("Calls handled on paper" over "31": what the column counts; "Oct 2008 (M7)" over "38" says when, not what.)
    else if (f.kind === "count" && !f.noun && !MONTH_HEAD.test(head)) f.noun = nounAfter(head, 0).noun;
  }
  // (A share written without its sign, "76.3", is no figure of the text alone: its column makes it one.)
  // (A column of changes, "Variance %" over "-12.0" or "(12.0)": a change of that size, whichever way.)
  cells.forEach((c, i) => {
    const head = headOf(i);
    const signed = /^(?:[-−+]|\()?(\d{1,3}\.\d+)\)?$/.exec(c);
    if (!head || !PERCENT_COLUMN.test(head) || !signed || figures.some((f) => f.text === c)) return;
    const change = signed[0] !== signed[1] || /\b(?:variance|change|difference)\b/i.test(head);
    figures.push({
      kind: "percent",
      value: Number(signed[1]),
      bound: "exact",
      text: c,
      column: head,
      ...(change ? { change } : {}),
    });
  });
}
const MONTH_HEAD = /^\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
// "Category A within 8 minutes % (standard 75%)", "999 calls answered within 5 seconds %", "Cat A 8 min (%)": a column
// of shares. (So is "Admitted % within 18 weeks": a sign no figure of the heading's own carries.)
const PERCENT_COLUMN = /%\s*(?:\(|$)|\(%\)\s*$|(?<![\d.])\s%\s+(?=[a-z])/i;
