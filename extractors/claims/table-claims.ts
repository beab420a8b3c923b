import type { Doc } from "../../model/doc.js";
import type { Mentions, MoneyMention } from "../../model/extraction.js";
import { overlapIndex, spanIndex } from "../span.js";
import { tableCellAt, type TableCell } from "../table-rows.js";
import { normaliseAspect } from "./aspect.js";
import { isYear } from "./count-claims.js";
import { COUNT_PREDICATES, PREDICATE, fits, type Predicate } from "./predicates.js";
import { writtenAmount, type SentenceScope } from "./sentence-scope.js";

const COUNT_CELL = /(?<![\w.,£$€])\d{1,3}(?:,\d{3})+(?![\w.,%])|(?<![\w.,£$€])\d+(?![\w.,%])/g;

/**
 * The claims of the table rows in a body's own paper (a board paper): each figure is a statement with its row's label
 * and its column, and of the body that publishes the table, whatever its row labels name ("Licences (Meditrack UK)").
 * A table in someone else's report or an article has rows about several bodies, which its rows do not name: its
 * figures stay mentions, unless its rows or its columns name the bodies (a written answer's "Royal Free Hampstead |
 * Barts and The London" over "Lost income 2008/09 | £6.9m | £4.1m").
 */
const BARE_CELL = /^\(?-?[\d,.]+\)?(?:\s?[AF])?$/;
const WRITTEN_CELL = /^\(?-?[£$€]\s?[\d,.]+\s?(?:m|bn|k)?\)?(?:\s?[AF])?$/;

/**
 * Whether an amount in a board paper is a table's cell, stated with its row and column: a bare figure under a caption
 * giving its unit ("1,420" under "(£000)"), or a cell that writes its own ("£0.74m A") in a row under column headings.
 */
export function isTableCell(text: string, m: MoneyMention): boolean {
  if (!writtenAmount(m)) return BARE_CELL.test(m.text);
  return WRITTEN_CELL.test(m.text) && !!tableCellAt(text, m.span.start, m.span.end)?.column;
}

// A lead-in that gives a table's figures as one body's costs: "the costs the trust has met", "the trust's additional
// costs", "what the PCT has spent".
// (Or in the first person, a trust's own blog or letter: "| What we spent | £000 |", "the figures, as reported to our
// board".)
const OWN_COSTS_LEAD =
  /\b(?:we|our)\b[^.;|]{0,40}?\b(?:spent|spend|spending|costs?|expenditure|board)\b|\b(?:costs?|spend(?:ing)?|expenditure)\b[^.;]{0,40}?\b(?:the|this|its) (?:trust|hospital|PCT|primary care trust|health board)\b(?!s)|\b(?:the|this) (?:trust|hospital|PCT)(?:['’]s)? (?:[\w-]+ ){0,2}?(?:costs?|spend(?:ing)?|expenditure)\b|\b(?:the|this) (?:trust|hospital|PCT) (?:has|had) (?:spent|incurred|met|paid)\b/i;

// A lead-in that gives a table as a body's board paper's own, set out in an article: "the board paper sets out what the
// problems cost in 2008/09:", "Kingston Hospital NHS Trust's board papers … the finance report …: here is the table".
const PAPERS_TABLE_LEAD =
  /\b(?:board|finance|financial|its|the trust['’]s)\s+(?:papers?|reports?)\b[^|]*(?:\btable\b|\bsets? out\b|\bbreaks? (?:it |this |them )?down\b|:\s*$)/i;

/** The lines above the one a position is in, nearest first, trimmed (at most 40). */
function* linesAbove(text: string, at: number): Generator<string> {
  let end = text.lastIndexOf("\n", at);
  for (let rows = 0; end > 0 && rows < 40; rows++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    yield text.slice(start, end).trim();
    end = start - 1;
  }
}

/** The line of prose just above the table a position is in, over its rows, headings and blank lines; "" if none. */
function leadInOf(text: string, at: number): string {
  for (const line of linesAbove(text, at)) if (line && !/\||\t|\S\s{2,}\S/.test(line)) return line;
  return "";
}

/** The first line of the table a position is in (its headings): the topmost of the ruled lines above it. */
function topLineOf(text: string, at: number): string {
  let top = "";
  for (const line of linesAbove(text, at)) {
    if (!line.includes("|")) break;
    top = line;
  }
  return top;
}

const WAITING_ROW =
  /\bwaiting list\s*(?:\((?:no\.?|number|patients)\)|size)?\s*$|^\s*(?:[\w&:-]+\s+){0,3}?waiting (?:over|more than|longer than) \d+ weeks\b/i;
const PAID_BY = /\b(?:payments?|sums?|amounts?|money)\s+(?:made|paid|spent)\s+by\s+(?:the\s+)?$/i;

/** The body a table's lead-in says made the payments its rows list, by the name right after "payments made by". */
function payerOf(text: string, leadIn: string, at: number, mentions: Mentions): string | null {
  const lineStart = text.lastIndexOf(leadIn, at);
  if (lineStart < 0) return null;
  const body = mentions.stakeholders.find(
    (a) =>
      a.type === "organisation" &&
      a.span.start >= lineStart &&
      a.span.end <= lineStart + leadIn.length &&
      PAID_BY.test(text.slice(lineStart, a.span.start)),
  );
  return body?.canonical ?? null;
}

export function tableRowClaims(kind: Doc["kind"], mentions: Mentions): (scope: SentenceScope) => void {
  const cellsIn = spanIndex(mentions.money.filter((m) => BARE_CELL.test(m.text) || WRITTEN_CELL.test(m.text)));
  const moneyOver = overlapIndex(mentions.money.map((m) => m.span));
  // (A table in someone else's report or an article is read only where its row names the body: "Thameside University
  // Hospitals NHS Trust | November 2006 | 29 April 2007 | 4,820" under "Local deployment costs … (£000)".)
  const own = kind === "board-paper";
  return (scope) => {
    const { text, s } = scope;
    // ("                Royal Free Hampstead    Barts and The London" over "Lost income 2008/09   £6.9m   £4.1m", in a
    // written answer: a table whose columns are bodies, each cell its column's body's, of what its row's label says.)
    const columnBody = (cell: TableCell, at: number) => (own ? null : scope.columnBody(cell.column, at));
    for (const m of cellsIn(s.start, s.end)) {
      if (!isTableCell(text, m)) continue;
      const cell = tableCellAt(text, m.span.start, m.span.end);
      const named = cell && scope.actors.find((a) => a.type === "organisation" && a.text === cell.label.trim());
      // (Or one that its lead-in gives as a body's own: "The additional costs the trust has met to date … are set out
      // in the following table", in a written answer about one trust.)
      const leadIn = own || !cell || named ? "" : leadInOf(text, m.span.start);
      // ("Payments made by the Department of Health to CSC under the NME contract were as follows:": a table of what a
      // body the lead-in names paid, each row its cost.)
      const payer = leadIn ? payerOf(text, leadIn, m.span.start, mentions) : null;
      if (payer && cell && !/\b(?:total|cumulative)\b/i.test(cell.label)) {
        const c = scope.claim(
          PREDICATE.cost,
          m.span.start,
          m.span.end,
          m.amount,
          null,
          normaliseAspect(cell.label),
          payer,
        );
        if (c) scope.add(c);
        continue;
      }
      const body = cell && !named ? columnBody(cell, m.span.start) : null;
      const measure = body && cell ? rowStatement({ ...cell, column: null }) : null;
      if (body && measure) {
        const c = scope.claim(measure.predicate, m.span.start, m.span.end, m.amount, null, measure.aspect, body);
        if (c) scope.add(c);
        continue;
      }
      const itsOwn =
        own ||
        (!!cell &&
          !named &&
          (OWN_COSTS_LEAD.test(leadIn) ||
            PAPERS_TABLE_LEAD.test(leadIn) ||
            OWN_COSTS_LEAD.test(topLineOf(text, m.span.start))));
      if (
        !itsOwn &&
        (!named || !/£|\b(?:costs?|spend|spent|budget|value|price|payments?|income|impact)\b/i.test(cell.column ?? ""))
      )
        continue;
      if (own && cell && optionNotChosen(text, cell)) continue;
      const row = cell && (itsOwn ? rowStatement(cell) : columnStatement(cell));
      const owner = row && (itsOwn ? scope.fallback(row.predicate) : named!.canonical);
      const c = row && owner && scope.claim(row.predicate, m.span.start, m.span.end, m.amount, null, row.aspect, owner);
      if (c) scope.add(c);
    }
    // Counts in the rows. In a body's own paper ("Clinic letters awaiting typing   1,100   4,650") each figure of a row
    // whose label names what a count predicate counts is the body's, its column (a month) its aspect; in a table of
    // bodies in someone else's report ("Wessex Downs Ambulance Service NHS Trust | … | 4 | 1" under "Outages over 30
    // mins 2010/11") a count under a column that names it is the row's body's.
    for (const m of s.text.matchAll(COUNT_CELL)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (moneyOver(start, end).length) continue;
      const cell = tableCellAt(text, start, end);
      const value = Number(m[0].replace(/,/g, ""));
      if (!cell || !value || isYear(m[0])) continue;
      const named = own ? null : scope.actors.find((a) => a.type === "organisation" && a.text === cell.label.trim());
      const body = own || named ? null : columnBody(cell, start);
      if (!own && !body && (!named || !cell.column)) continue;
      // A row's label is short: what a predicate counts as such (complaints, problems: it has no cues) is named by its
      // noun alone; the rest need their cue too ("awaiting").
      const words = (own || body ? cell.label : cell.column!).toLowerCase();
      // ("Inpatient waiting list (no.)", "Waiting over 18 weeks (no.)": a row of a list's size, or of those on it past a
      // wait, counts patients though it never says so.)
      const predicate =
        COUNT_PREDICATES.find((p) => p.nounRe!.test(words) && p.cueRes.every((r) => r.test(words))) ??
        (own && WAITING_ROW.test(words) ? PREDICATE.patientsAffected : undefined);
      const owner = predicate && (named ? named.canonical : (body ?? scope.fallback(predicate)));
      const aspect = cell.column && !body ? normaliseAspect(cell.column) : null;
      const c = predicate && owner && scope.claim(predicate, start, end, value, null, aspect, owner);
      if (c) scope.add(c);
    }
  };
}

// "recommends Option 3", "approve … Option 3 as the preferred option", "the preferred option is Option 2".
const CHOSEN_OPTION =
  /\b(?:recommends?|recommended|recommending|preferred|chose|chosen|choose|selected|approve[sd]?)\b[^.;]{0,50}?\bOption\s+(\d{1,2}|[A-E])\b|\bOption\s+(\d{1,2}|[A-E])\b[^.;]{0,40}?\b(?:is|was|as)\s+(?:the\s+)?(?:preferred|recommended|chosen)\b/g;

/**
 * Whether a cell is on a row of an options appraisal ("Table 2: Summary of options" over "3 Full EPR via regional
 * framework  8,600  12,800 …") other than the option the paper chooses: an option not taken costs nothing.
 */
function optionNotChosen(text: string, cell: TableCell): boolean {
  if (!/\boptions\b/i.test(cell.caption ?? "")) return false;
  const n = /^(?:option\s+)?(\d{1,2}|[A-E])\b(?![.,]\d)/i.exec(cell.label.trim())?.[1];
  if (!n) return false;
  const chosen = [...text.matchAll(CHOSEN_OPTION)].map((m) => (m[1] ?? m[2])!.toUpperCase());
  return !chosen.includes(n.toUpperCase());
}

/**
 * What a figure in a table of bodies states (a row a trust, a column a measure), read from its column's heading: income
 * lost is a shortfall, an impact or a loss the loss, anything else a cost. "Reported cost and income impact (£000) |
 * Of which: income lost (£000)".
 */
function columnStatement(cell: TableCell): { predicate: Predicate; aspect: string | null } | null {
  const column = (cell.column ?? "").toLowerCase();
  if (/\b(?:income|revenue)\b/.test(column))
    return /\b(?:lost|loss|shortfall|foregone|forgone|not (?:earned|billed|recorded))\b/.test(column) ||
      /\bof which\b/.test(column)
      ? { predicate: PREDICATE.incomeShortfall, aspect: null }
      : /\bimpact\b/.test(column)
        ? { predicate: PREDICATE.loss, aspect: null }
        : null;
  if (/\b(?:impact|losses|loss)\b/.test(column)) return { predicate: PREDICATE.loss, aspect: null };
  return rowStatement(cell);
}

/**
 * What a figure in a finance table states, read from its row's label and its column's heading: every cell of a cost
 * line is a cost (actual, budget and forecast alike, each its own aspect); an income line states a shortfall only in
 * its adverse (negative) cells, the income itself being no claim; a total of an adverse variance or an impact is the
 * loss. A favourable variance or a change column restates the others and is left out.
 */
export function rowStatement(cell: TableCell): { predicate: Predicate; aspect: string | null } | null {
  const label = normaliseAspect(cell.label);
  const section = cell.section ? normaliseAspect(cell.section) : "";
  const column = cell.column ? normaliseAspect(cell.column) : "";
  const aspect = column ? `${label}, ${column}` : label;
  const change = /\b(?:variance|var|change|movement|difference|over|under)\b|%/.test(column);
  // Money coming in (funding, a contribution, compensation, a recovery) is no cost of the body that receives it.
  const received =
    /\b(?:fund(?:ing|ed)?|contributions?|compensation|grants?|credits?|recovered|recoveries|reimburse(?:d|ment)|received|receipts?)\b/;
  // A line that names its own cost ("Net cost to the Trust" after the "Funding" lines) is a cost whatever its section.
  const namesCost = /\b(?:costs?|spend(?:ing)?|expenditure)\b/.test(label);
  if (received.test(label) || (received.test(section) && !namesCost)) return null;
  // (Nor is an appraisal's net present value or its score: "NPV £000", "Score (/100)".)
  if (/\b(?:npv|net present value|score)\b/.test(column)) return null;
  // A commissioner's notice of payments to a provider ("Month | Monthly contract payment (£000) | Withheld (£000) |
  // Cumulative withheld (£000)"): what was withheld is the provider's income lost. A column of a contract's value or
  // payments ("LSP | Area | Current contract value (£000)" in a written answer) states that contract's value.
  if (/\b(?:withheld|withholding|clawed back)\b/.test(`${label} ${column}`))
    return { predicate: PREDICATE.incomeShortfall, aspect: null };
  if (/\bcontract (?:payments?|values?)\b/.test(column)) return { predicate: PREDICATE.contractValue, aspect: null };
  // A surplus is what is left of income after costs: neither a cost nor a loss; "Surplus/(deficit)" in brackets is.
  // (So are earnings before interest and the like, "EBITDA": a margin, no spending.)
  if (/\bsurplus\b|\bebit(?:da)?\b/.test(label)) return null;
  // A register of benefits ("Table 1: Benefits register, Q3 2019/20", a row "Cash-releasing") states savings; a benefit
  // that releases no cash ("Non-cash-releasing", "Nursing time released (hours)", a notional value) states none. (A
  // caption of an appraisal's costs and benefits of options leaves each row to say what it is.)
  const benefitsCaption = (cell.caption ?? "").toLowerCase();
  const benefitRow =
    (!namesCost &&
      (/\bbenefits?\b|\bcash[- ]releas/.test(`${label} ${section}`) ||
        (/\bbenefits?\b/.test(benefitsCaption) && !/\b(?:costs?|options?|npv)\b/.test(benefitsCaption)))) ||
    cell.row.some((c) => /^cash[- ]releasing$/i.test(c));
  if (benefitRow && cell.row.some((c) => /\bnon[- ]cash|\bnotional\b|\bhours?\b|\bquality\b/i.test(c))) return null;
  // (Nor are an option's benefits in an appraisal, "Ten-year costs and benefits by option": what it would save.)
  if (benefitRow && /\b(?:options?|business case|npv|net present value)\b/.test(benefitsCaption)) return null;
  // Savings are what was delivered: a plan's or a target's figure is not yet saved.
  if (/\bsavings?\b|\bcip\b/.test(`${label} ${section}`) || benefitRow)
    return change || /\b(?:budget|plan|planned|target)\b/.test(column)
      ? null
      : { predicate: PREDICATE.savings, aspect };
  const shortfall = PREDICATE.incomeShortfall;
  // A row's kind is in its label, else its section's name, else the table's caption ("Clinical income affected …").
  // (A caption of income and expenditure names both: its rows say which they are.)
  // ("PatientFlow 4 – revenue impact, forecast outturn 2009/10": the revenue account, costs and income alike.)
  const caption = (cell.caption ?? "")
    .toLowerCase()
    .replace(/\brevenue\s+(?=(?:impact|position|account|effects?|consequences?|costs?|budget|implications?)\b)/g, "");
  // (A section called "Revenue" beside "Capital" is the revenue account's spending: "Project team", "Total revenue".)
  // (So is a row "Revenue (licences, support, hosting)" beside "Capital (software, hardware)": spending, not income.)
  const revenueAccount =
    [section, caption.trim()].some((t) =>
      /^(?:(?:table|section|part|appendix)\s+\w{1,3}[:.]?\s+|\d+\.?\s+)?revenue$/.test(t),
    ) || /^revenue\s*\((?![^)]*\bincome\b)/.test(cell.label.toLowerCase());
  // A statement of the whole body's accounts ("Statement of comprehensive income", "Income and expenditure account"):
  // its pay and other lines are the body's overall position, no claim (nor are brackets there an adverse income: they
  // mark spending); only its income lines can say income was lost.
  const wholeAccount = /\b(?:statement of comprehensive income|income and expenditure (?:account|statement))\b/.test(
    caption,
  );
  if (wholeAccount && !/\b(?:income|revenue)\b/.test(label)) return null;
  // (Nor does one that names income beside another kind of line: "The IM&T programme and elective income lines were as
  // follows".)
  const captionOfBoth =
    /\b(?:expenditure|costs?|spend(?:ing)?)\b/.test(caption) ||
    /\b[\w&-]+\s+and\s+(?:[\w-]+\s+)?(?:income|revenue)\b|\b(?:income|revenue)\s+and\s+[\w&-]+/.test(caption);
  // (So is a section "Revenue expenditure" or "Revenue costs": the revenue account's spending, not income.)
  const spendingOf = (t: string) => t.replace(/\brevenue\s+(?=(?:expenditure|costs?|spend(?:ing)?|pay|budget)\b)/g, "");
  const kind = revenueAccount
    ? label.replace(/\brevenue\b/g, "")
    : `${label} ${section ? spendingOf(section) : captionOfBoth ? "" : caption}`;
  // ("Net adverse impact" under an income section or caption: the row of costs and lost income together is the loss;
  // "Income shortfall" names its own kind.)
  const netLoss = /\b(?:adverse|impact|deficit|loss|losses)\b/.test(label) && !/\b(?:income|revenue)\b/.test(label);
  if (/\b(?:income|revenue)\b/.test(kind) && !netLoss) {
    if (fits(shortfall, label)) return { predicate: shortfall, aspect: null };
    // An income line states a shortfall only where it is adverse; the income itself is no claim.
    return cell.negative ? { predicate: shortfall, aspect: null } : null;
  }
  if (/\b(?:adverse|impact|deficit|loss|losses|shortfall)\b/.test(label))
    return { predicate: PREDICATE.loss, aspect: null };
  // An overspend is a cost of its own; an underspend is no cost. The adverse variance of the Total line is the loss
  // ("Total implementation costs | 2,000 | 1,665 | 295 A").
  if (change && !cell.negative) return null;
  if (change && /^(?:grand )?total\b/.test(label)) return { predicate: PREDICATE.loss, aspect: null };
  // ("PAS-related variances to 30 September 2007 (£000)": the adverse total of a table of variances, lost income and
  // extra costs together, is the loss.)
  if (cell.negative && /^(?:grand )?total\b/.test(label) && /\bvariances\b/.test(caption))
    return { predicate: PREDICATE.loss, aspect: null };
  return { predicate: PREDICATE.cost, aspect };
}
