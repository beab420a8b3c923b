// Figures misread: digits transposed (anywhere or in a closer passage), a variance the other way, the longest.
import { cellsOf } from "../../extractors/table-money.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import { agrees, decimalSlip, MINUTES, sameQuantity, transposed, type Figure } from "../facts/figures.js";
import { figurePeriod, varianceTheOtherWay } from "../facts/periods.js";
import type { FigureOutcome, Scored } from "./types.js";
import { TOTAL_ROW, financialYears, fine, labelOf } from "./common.js";
import { asOneWord, contentWords } from "../facts/wording.js";
import type { FigureReading } from "./figure-reading.js";
import { toldAs } from "./reading.js";

/**
 * "It was down for 74 minutes at both of the trust's control rooms" against "unavailable at both centres for 47
 * minutes", "It had spent £686,000 by the end of September" against a Total row's 668 to date: a figure written exactly
 * that no passage holds, where a passage sharing a word with the statement gives its digits in another order (or a
 * sum's with the decimal point moved, "£8m" for "£0.8m"), of the same quantity (a count of the same noun) and no figure
 * the statement gives itself. The commonest slip.
 */
export function swappedAnywhere(fr: FigureReading, samePeriod: (r: Scored) => boolean): Scored | undefined {
  const { f, st } = fr;
  // (A hedge before an unround figure hedges nothing a swap could explain: "Some 5,420 outpatient appointments" against
  // a row's 5,240.)
  const unround = significantDigits(f.text) >= 3;
  if ((f.bound !== "exact" && !(f.bound === "about" && unround)) || f.kind === "date" || f.year) return undefined;
  // (A count whose noun was not read is of the same thing where the words after it are: "3,510 paper contact records"
  // against "3,150 paper contact records", or a row's label holds them: "20,780 emergency calls" against "Emergency
  // calls received | … | 20,870".)
  const phrase = f.kind === "count" ? wordsAfter(st.text, f) : null;
  const rowNamed = (p: Figure, u: EvidenceUnit) =>
    p.kind === "count" && !!phrase && !!u.context && (cellsOf(u.text)[0] ?? "").toLowerCase().includes(phrase);
  // ("Only 1,260 staff had been trained" against "By 13 November 2009, 1,620 had been trained": a count the passage
  // gives no noun, followed by the statement's own words.)
  const bareAlike = (p: Figure, u: EvidenceUnit) =>
    f.kind === "count" && p.kind === "count" && !p.noun && followedAlike(st.text, f, u.text, p);
  // ("Only 2,780 had been checked by the end of August" against "By 31 August 2009, 2,870 pathways (25%) had been
  // validated": a bare count of three digits or more, of the passage's own day or month.)
  const bareDated = (p: Figure, u: EvidenceUnit) =>
    f.kind === "count" &&
    p.kind === "count" &&
    !f.noun &&
    unround &&
    u.figures.some((d) => d.kind === "date" && fine(d) && fr.ownDates.some((sd) => fine(sd) && agrees(sd, d)));
  const swapped = (p: Figure, u: EvidenceUnit) =>
    (sameQuantity(f, p) ||
      bareAlike(p, u) ||
      bareDated(p, u) ||
      (f.kind === "count" && p.kind === "count" && !!f.noun && nounNear(u.text, p, f.noun)) ||
      // ("Some 5,420 outpatient appointments" against "Unoutcomed outpatient appointments | … | 5,240".)
      rowNamed(p, u)) &&
    (transposed(f, p) || (decimalSlip(f, p) && sameNeighbours(st.text, f, u.text, p))) &&
    (f.kind !== "count" ||
      (!!f.noun && p.noun === f.noun) ||
      // ("4,300 patient addresses" against "3,400 patient address records": the statement's noun among the words after
      // the passage's count.)
      (!!f.noun && nounNear(u.text, p, f.noun)) ||
      (!!phrase && wordsAfter(u.text, p) === phrase) ||
      rowNamed(p, u) ||
      bareAlike(p, u) ||
      bareDated(p, u)) &&
    !st.figures.some((g) => agrees(g, p));
  // (Held as the statement reads it: "had cost £286,000 by the end of June" is not held by "a budget of £300,000", and
  // the row's "268" under "Actual to M3" is its digits in another order.)
  if (st.loose.some((r) => r.u.figures.some((p) => sameQuantity(f, p) && fr.agreesNow(r, p)))) return undefined;
  // (One word in common is too little for a sum: "weekends … £562,000" is not "Weekend overtime | 265"; a count of the
  // same noun, "74 minutes" against "47 minutes", says itself what it is of, as does a passage of the very day or month
  // the figure's clause gives: "It recovered to 98.3 per cent in April" against "April 2012 | 93.8".)
  const datedAlike = (r: Scored) =>
    r.u.figures.some((d) => d.kind === "date" && fine(d) && fr.ownDates.some((sd) => fine(sd) && agrees(sd, d)));
  // (Or of the financial year the figure's clause names: "ended 2010/11 with a surplus of £1.43m" against "achieved a
  // surplus of £1.34m in 2010/11".)
  const years = financialYears(fr.clause);
  const yearAlike = (r: Scored) =>
    years.length > 0 && financialYears(`${r.u.context} ${r.u.text}`).some((y) => years.includes(y));
  // (Or a Total row's cell of the period the statement tells: "It had spent £686,000 by the end of September" against
  // "Total | 1,350 | 668" under "Actual to month 6 £000".)
  const told = toldAs(fr.clause);
  const totalOfItsPeriod = (r: Scored, p: Figure) =>
    !!r.u.context && TOTAL_ROW.test(r.u.text) && figurePeriod(p, r.u.figures) === told;
  // (Or a row whose label the statement names whole, "Overtime will cost £430,000" against "Overtime | 60 | 233 | 340".)
  const labelNamed = (r: Scored) => {
    const words = r.u.context ? [...contentWords(labelOf(r.u.text))] : [];
    return words.length > 0 && words.every((w) => st.said.has(w));
  };
  // (Or an overspend told as one: "the trust is £487,000 over its budget" against "The overspend of £478,000 will be met
  // from …".)
  const overspendAlike = (r: Scored, p: Figure) =>
    f.kind === "money" &&
    OVERSPEND.test(fr.clause) &&
    (OVERSPEND.test(r.u.text.slice(0, r.u.text.indexOf(p.text) + 1)) || /\bvariance\b/i.test(p.column ?? ""));
  return [...st.loose, ...st.tableRows].find(
    (r) =>
      samePeriod(r) &&
      r.u.figures.some(
        (p) =>
          swapped(p, r.u) &&
          (r.shared >= 2 ||
            f.kind === "count" ||
            datedAlike(r) ||
            yearAlike(r) ||
            totalOfItsPeriod(r, p) ||
            labelNamed(r) ||
            overspendAlike(r, p)),
      ),
  );
}

const OVERSPEND = /\bover(?:\s+(?:its|the|their))?\s+budget\b|\boverspen[dt]\b|\bover-?spending\b/i;

/**
 * Whether two figures stand among the same words (of the three each side): "a surplus of £8m" and "a planned surplus of
 * £0.8m", where a sum a tenth or ten times another could otherwise be any line's.
 */
function sameNeighbours(statement: string, f: Figure, passage: string, p: Figure): boolean {
  const near = (text: string, g: Figure) => {
    const at = text.indexOf(g.text);
    if (at < 0) return new Set<string>();
    const before = text
      .slice(Math.max(0, at - 60), at)
      .split(/\s+/)
      .slice(-4)
      .join(" ");
    const after = text
      .slice(at + g.text.length, at + g.text.length + 60)
      .split(/\s+/)
      .slice(0, 4)
      .join(" ");
    return contentWords(`${before} ${after}`);
  };
  const theirs = near(passage, p);
  return [...near(statement, f)].some((w) => theirs.has(w));
}

/** Whether the content words of the four after a figure (its noun's, for the statement) meet those after `p`. */
function followedAlike(statement: string, f: Figure, passage: string, p: Figure): boolean {
  const after = (text: string, g: Figure) => {
    const at = text.indexOf(g.text);
    return at < 0
      ? new Set<string>()
      : contentWords(
          text
            .slice(at + g.text.length)
            .split(/[,;.]/)[0]!
            .split(/\s+/)
            .slice(0, 5)
            .join(" "),
        );
  };
  const theirs = after(passage, p);
  // (Or the passage names the statement's noun for the whole its figure is part of: "Some 4,360 paper records are
  // still waiting" against "of the 9,100 active caseload paper records to be back-loaded for wave 1, 3,460 (38%) are
  // still awaiting back-loading".)
  const said = after(statement, f);
  const at = passage.indexOf(p.text);
  const whole =
    at > 0 ? /\bof (?:the|these|those|all) ([^.;:]*),\s*$/i.exec(passage.slice(Math.max(0, at - 120), at)) : null;
  const ofWhole = !!whole && [...contentWords(whole[1]!)].some((w) => said.has(w));
  return ofWhole || [...said].some((w) => w !== f.noun && theirs.has(w));
}

/** Whether one of the three words after a figure in `text` is `noun` ("address" in "3,400 patient address records"). */
function nounNear(text: string, p: Figure, noun: string): boolean {
  const at = text.indexOf(p.text);
  if (at < 0) return false;
  const words =
    text
      .slice(at + p.text.length)
      .toLowerCase()
      .match(/[a-z][\w-]*/g) ?? [];
  return words.slice(0, 3).some((w) => asOneWord(w) === noun);
}

/** The two words after a figure in `text`, in lower case ("paper contact" after "3,510"), or null. */
function wordsAfter(text: string, f: Figure): string | null {
  const at = text.indexOf(f.text);
  if (at < 0) return null;
  const m = /^\s+([a-z][\w-]*\s+[a-z][\w-]*)/i.exec(text.slice(at + f.text.length));
  return m ? m[1]!.toLowerCase().replace(/\s+/g, " ") : null;
}

/**
 * "Training costs are running £10,000 over budget" against a row whose variance of 10 is an underspend: a figure written
 * exactly whose every variance in the passage lies the other side of its budget from what the statement says.
 */
export function otherWay(fr: FigureReading, hit: Scored): boolean {
  if (fr.f.bound !== "exact") return false;
  const variances = hit.u.figures.filter((p) => agrees(fr.f, p) && /\bvariance\b/i.test(p.column ?? ""));
  return variances.length > 0 && variances.every((p) => varianceTheOtherWay(fr.clause, p, hit.u.figures));
}

/**
 * "Local commissioners have agreed to pay £4.1m on account" against "Commissioners have agreed a payment on account of
 * £1.4m" and, further off, "Local deployment costs are forecast at £4.08m": a figure found only in a passage less close
 * than one that gives its digits in another order is that closer passage's fact, misread.
 */
export function swappedCloser(fr: FigureReading, hit: Scored): Scored | undefined {
  if (fr.close.includes(hit)) return undefined;
  // (Nor where the paper's prose gives the figure too, in a passage about the statement's thing: "is forecasting a
  // deficit of £4.8m" is the "deficit of £4.79m" said twice over, whatever digits a cost line of £8.4m has.)
  if (
    fr.st.loose.some(
      (r) => !r.u.context && r.shared >= 2 && r.u.figures.some((p) => sameQuantity(fr.f, p) && agrees(fr.f, p)),
    )
  )
    return undefined;
  // (A passage of prose: a table's many cells hold other orders of the same digits by chance, "420" beside "240".)
  return fr.close.find(
    (r) =>
      !r.u.context &&
      r.similarity > hit.similarity &&
      !r.u.figures.some((p) => agrees(fr.f, p)) &&
      r.u.figures.some(
        // (Not a figure the statement gives itself: "… £2.9m, against a budget of £2.1m, … to contribute £1.2m".)
        (p) => sameQuantity(fr.f, p) && transposed(fr.f, p) && !fr.st.figures.some((g) => agrees(g, p)),
      ),
  );
}

// "The longer of the two outages lasted more than three hours", "The longest outage … lasted almost half an hour".
export const LONGEST =
  /\b(?:the\s+)?(?:longer|longest|worst|biggest)\b(?:\s+of\s+the\s+[\w-]+)?\s+(?:[\w-]+\s+){0,2}?(?:outages?|failures?|crash(?:es)?|disruptions?|incidents?|fall-?backs?|breaks?)\b/i;

/**
 * A length of time told as the longest of several: the longest the closest passage that gives several lengths of time
 * gives. Agreeing with it supports; otherwise a passage of two or more lengths contradicts ("47 minutes … and 2 hours 10
 * minutes" against "more than three hours"). Null when the statement says no such thing or no passage gives lengths.
 */
export function longestOf(fr: FigureReading): FigureOutcome | null {
  const { f, st } = fr;
  if (f.kind !== "count" || f.noun !== MINUTES || !LONGEST.test(st.text)) return null;
  const lengths = (r: Scored) => r.u.figures.filter((p) => p.kind === "count" && p.noun === MINUTES);
  // (Of prose: a table's row gives a month's total downtime beside its longest outage, "July | 1 | 0:41 | 0:41".)
  const passage = fr.close.find((r) => !r.u.context && lengths(r).length >= 2);
  if (!passage) return null;
  const max = lengths(passage).reduce((a, b) => (b.value > a.value ? b : a));
  if (agrees(f, max)) return { found: "agree", evidence: passage, anchors: [] };
  // (Nor against a passage that gives the very length: "lasted 5 hours 47 minutes" for "almost six hours".)
  return st.loose.some((r) => lengths(r).some((p) => agrees(f, p))) ? null : { found: "disagree", evidence: passage };
}

/**
 * "12 were rated green, three amber and seven red" against "12 criteria were rated green, 7 amber and 3 red": counts
 * of one list told of each other's labels. The passage that holds the figure gives it to another label, and gives the
 * statement's label another of the statement's counts.
 */
export function swappedLabels(fr: FigureReading, hit: Scored): boolean {
  const { f, st } = fr;
  if (f.kind !== "count") return false;
  const label = labelAfter(st.text, f);
  if (!label) return false;
  const own = hit.u.figures.filter((p) => p.kind === "count" && p.value === f.value);
  if (!own.length || own.some((p) => labelAfter(hit.u.text, p) === label)) return false;
  const theirs = own.map((p) => labelAfter(hit.u.text, p)).filter((w): w is string => !!w);
  // The statement's label has, in the passage, another count the statement gives to the passage's label of its own.
  return hit.u.figures.some(
    (q) =>
      q.kind === "count" &&
      q.value !== f.value &&
      labelAfter(hit.u.text, q) === label &&
      st.figures.some(
        (g) => g.kind === "count" && g.value === q.value && theirs.includes(labelAfter(st.text, g) ?? ""),
      ),
  );
}

/** The one word right after a count in a list of counts ("three amber and", "7 amber,"): its label, else null. */
function labelAfter(text: string, f: Figure): string | null {
  const at = text.indexOf(f.text);
  if (at < 0) return null;
  const m = /^\s+([a-z]+)\b(?=\s*(?:,|and\b|or\b|\.|;|$))/i.exec(text.slice(at + f.text.length));
  return m ? m[1]!.toLowerCase() : null;
}

/** The digits of a figure's text, without the zeros that end it: "5,420" has three, "£7.2m" two. */
function significantDigits(text: string): number {
  return text.replace(/\D/g, "").replace(/^0+/, "").replace(/0+$/, "").length;
}

// "compared with", "against", "versus", "than": the word that sets a figure beside another body's.
const COMPARED =
  /\b(?:compared (?:with|to)|against|versus|vs\.?|(?<!\b(?:more|less|fewer|rather|other|better|worse|longer|shorter) )than|while|whereas)\b/i;

/**
 * "Its switchover took 64 hours, compared with 46 hours at Wandle Valley" against "Cutover was completed within 46
 * hours, against 64 hours when Wandle Valley … went live": two figures set beside each other, the same two in the
 * passage but each on the other side of the comparison, are swapped.
 */
export function comparedSwapped(fr: FigureReading, hit: Scored): boolean {
  const { f, st } = fr;
  if (f.kind === "date") return false;
  const pair = (text: string, figures: readonly Figure[], own: Figure) => {
    const at = text.indexOf(own.text);
    const word = COMPARED.exec(text);
    if (at < 0 || !word) return null;
    const other = figures.find(
      (g) => g !== own && g.kind === own.kind && g.value !== own.value && text.indexOf(g.text) >= 0,
    );
    if (!other) return null;
    const first = Math.min(at, text.indexOf(other.text));
    const second = Math.max(at, text.indexOf(other.text));
    // (The comparison's word between the two figures.)
    if (!(word.index > first && word.index < second)) return null;
    return at < text.indexOf(other.text) ? [own.value, other.value] : [other.value, own.value];
  };
  const told = pair(st.text, st.figures, f);
  if (!told) return false;
  const p = hit.u.figures.find((q) => q.kind === f.kind && q.value === f.value);
  if (!p) return false;
  const held = pair(hit.u.text, hit.u.figures, p);
  return !!held && held[0] === told[1] && held[1] === told[0];
}
