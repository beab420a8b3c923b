import { askedToDecide, decisionLater, decisionPart, decisionTold } from "./facts/decisions.js";
import { PREDICATE_NAMES, knowledge, predicateNamed } from "../extractors/knowledge.js";
import { similarNames } from "../extractors/name-variants.js";
import { ORIGINAL_PLAN, type StakeholderMention } from "../model/extraction.js";
import type { QuoteMention } from "../model/extraction.js";
import type { Kind } from "../model/doc.js";
import type { LinkReason, StoredClaim } from "../corpus/claims.js";
import type { Corpus } from "../corpus/corpus.js";
import type { DocumentRow } from "../corpus/documents.js";
import {
  CONTRADICTION_SIMILARITY,
  checkStatements,
  decisionPutOff,
  type StatementCheck,
  type StatementVerdict,
} from "./fact-match.js";
import { evidenceUnits, papersText, type EvidenceUnit } from "./facts/evidence.js";
import type { SameFactModel } from "./facts/same-fact.js";
import { leadsWithOtherBody, nameCore, namesBody, sameBodyName } from "./facts/names.js";
import { FORECAST_WORDS, OUTTURN_TOLD, SPAN_TOLD, columnPeriod, toldToDate } from "./facts/periods.js";
import { MONTH_PATTERN } from "../extractors/dates/calendar.js";
import { clausesAt, closeness } from "./facts/wording.js";
import { boardCitations } from "./link-claims.js";
import { relate } from "./relations.js";
import { matchQuote, type QuoteMatch, type QuoteVerdict } from "./quote-match.js";
import { monthIn } from "./fact-match/common.js";

export const CHECK_SCHEMA = "claimtrail/check@1";

export type Verdict = "supported" | "contradicted" | "partly-supported" | "unverified";

export interface Evidence {
  documentId: string;
  title: string | null;
  kind: Kind;
  publishedAt: string | null;
  page: number;
  quote: string;
  value: number | string | null;
  relation: "supports" | "contradicts" | "updates" | "passage";
  /** Set when the page's text was read by OCR: its mean word confidence (0–100). */
  ocr?: number;
  /** Why it is evidence: the link's reason, or the passage search's best match (output/ words it). */
  reason: LinkReason | { code: "best-passage" };
}

export interface CheckedClaim {
  claim: Omit<StoredClaim, "document" | "documentId">;
  verdict: Verdict;
  evidence: Evidence[];
}

export interface CheckedQuote {
  text: string;
  speaker: string | null;
  page: number;
  verdict: QuoteVerdict;
  evidence: {
    documentId: string;
    title: string | null;
    publishedAt: string | null;
    page: number;
    passage: string;
  } | null;
  diff: QuoteMatch["diff"];
}

export interface CheckReport {
  schema: typeof CHECK_SCHEMA;
  document: DocumentRow;
  claims: CheckedClaim[];
  /** Every sentence with a figure or a date, checked as a fact against the board papers' passages and table rows. */
  statements: StatementCheck[];
  quotes: CheckedQuote[];
  warnings: CheckWarning[];
}

/**
 * What a reader should be warned of: a warning the extractors stored with their words, or one the check finds, as
 * facts (output/event-text.ts words it): a person named here one way and elsewhere another, a cited paper missing.
 */
export type CheckWarning =
  | { kind: string; message: string }
  | { kind: "name-variant"; name: string; other: string }
  | { kind: "cited-document-missing"; phrase: string };

/** What `--fail-on` can ask about: a verdict of a claim or statement, a verdict of a quotation, a kind of warning. */
export const FAIL_ON = [
  "contradicted",
  "partly-supported",
  "unverified",
  "altered",
  "not-found",
  "name-variant",
  "cited-document-missing",
] as const;
export type FailOn = (typeof FAIL_ON)[number];

/** The findings of a report among `wanted`, each as "claim: contradicted", "quote: altered", "warning: name-variant". */
export function findingsOf(report: CheckReport, wanted: readonly FailOn[]): string[] {
  const want = new Set<string>(wanted);
  return [
    ...report.claims.filter((c) => want.has(c.verdict)).map((c) => `claim: ${c.verdict}`),
    ...report.statements.filter((s) => want.has(s.verdict)).map((s) => `statement: ${s.verdict}`),
    ...report.quotes.filter((q) => want.has(q.verdict)).map((q) => `quote: ${q.verdict}`),
    ...report.warnings.filter((w) => want.has(w.kind)).map((w) => `warning: ${w.kind}`),
  ];
}

const KIND_ORDER: Record<Kind, number> = { "board-paper": 0, news: 1, other: 2 };

/**
 * Checks a stored document against the rest of the corpus: each claim with a
 * verdict and located evidence (board papers first), each quote against the
 * board-paper passage it best matches, and warnings a reader should see.
 */
export function checkDocument(
  corpus: Corpus,
  documentId: string,
  sameFact: SameFactModel | null = knowledge.checkModel,
): CheckReport {
  const document = corpus.documents.get(documentId);
  if (!document) throw new Error(`no document ${documentId}`);
  const cited = corpus.claims.citations(documentId).map((c) => c.id);
  const claims = corpus.claims.forDocument(documentId).map((c) => checkClaim(corpus, c));
  const quoteMentions = corpus.documents.mentions<QuoteMention>(documentId, "quote");
  // (A paper's text, read once for all the quotations that look across its paragraph breaks.)
  const texts = new Map<string, string>();
  const textOf = (id: string) => texts.get(id) ?? texts.set(id, corpus.documents.text(id) ?? "").get(id)!;
  const quotes = quoteMentions.map((q) => checkQuote(corpus, q, cited, documentId, textOf));
  const read = document.kind === "board-paper" ? null : statementsToCheck(corpus, document);
  const units = (read?.units ?? []).filter((u) => !u.proposal);
  const subject = read?.subject ?? document.subject;
  const statements = read
    ? [
        ...headlineChecked(document.title, read, sameFact),
        ...checkStatements(read.text, read.publishedAt, read.units, read.skip, read.subject, sameFact),
      ]
    : [];
  const close = closeness(units, subject);
  for (const st of statements) {
    if (st.verdict !== "supported") continue;
    for (const c of claims)
      if (
        st.start <= c.claim.span.start &&
        c.claim.span.start < st.end &&
        (c.verdict === "partly-supported" ||
          ((c.verdict === "contradicted" || c.verdict === "unverified") &&
            (countOf(c) || dateOf(c) || rowOfItsOwn(st, c)) &&
            // (A contradicted one by its own figure, or another that is no date: "The November finance report says
            // that … went live on 16 July", whose report's month agrees and whose go-live the paper gives as 16 June,
            // is not supported by it; an unverified one, "Papers presented to the board on September 27 show the
            // system had been due to go live on April 2", is by the papers' own day.)
            (agreesAt(st, c.claim.span.start, c.claim.span.end) ||
              st.agree.some(notADate) ||
              c.verdict === "unverified"))) &&
        // A paper that says the same thing with another figure (a restatement) leaves it partly supported.
        c.evidence.every((e) => e.relation !== "contradicts" || close(st.sentence, e.quote) < CONTRADICTION_SIMILARITY)
      )
        settleOnTheSentence(c);
  }
  for (const st of statements) {
    if (st.verdict !== "contradicted" || !st.evidence) continue;
    for (const c of claims)
      if (
        st.start <= c.claim.span.start &&
        c.claim.span.start < st.end &&
        // ("the trust has already lost £5.9m of income" against "… estimated at £3.6m to the end of October. The
        // forecast assumes a further £2.3m loss …, a full-year effect of £5.9m": a sum told as run up so far that the
        // sentence's reading finds to be the year's forecast is not held by the forecast restated elsewhere.)
        (((c.verdict === "partly-supported" || c.verdict === "supported") &&
          toldToDate(c.claim.sentence) &&
          // (In a table, the claim's figure under a forecast column: a header names its forecast beside the rest.)
          (st.evidence.passage.includes("|")
            ? underForecastColumn(units, st.evidence, c.claim.value)
            : FORECAST_WORDS.test(st.evidence.passage)) &&
          disagreesAt(st, c.claim.span.start, c.claim.span.end)) ||
          (c.verdict === "partly-supported" &&
            (c.evidence.every((e) => e.relation !== "supports" || st.evidence!.passage.includes(e.quote.trim())) ||
              // ("The trust received 348 complaints in January alone" against January's 39, held only by "348
              // complaints have been received in the year to date": a month told alone is no span's total.)
              (MONTH_ALONE.test(c.claim.sentence) &&
                disagreesAt(st, c.claim.span.start, c.claim.span.end) &&
                c.evidence.every((e) => e.relation !== "supports" || SPAN_TOLD.test(e.quote))) ||
              // ("The problems have already cost the trust £2.3m in income" against "Income lost to date … is estimated
              // at £940,000 …; the forecast for the year is £2.3m": a sum told as run up so far, which the passage the
              // sentence's reading chose contradicts to date, is not held by the year's forecast elsewhere.)
              (toldToDate(c.claim.sentence) &&
                c.evidence.some(
                  (e) => e.relation === "contradicts" && st.evidence!.passage.includes(e.quote.trim()),
                )))) ||
          // "has spent £1.24m so far" against the Total row's forecast of 1,238 and its 604 to date: the claim's own
          // figure is the one the sentence's reading contradicts, and what supported it was the forecast.
          // (Or the sum of a span: "Complaints reached 185 in June alone" against "185 complaints in the quarter".)
          // "Elective admissions fell to 1,690 in June" against June's 1,960: the month of a fall whose count the
          // sentence's reading contradicts is that count's period, not a fact of its own.
          (c.verdict === "supported" && periodOfContradicted(st, c)) ||
          (c.verdict === "supported" &&
            disagreesAt(st, c.claim.span.start, c.claim.span.end) &&
            // (Or a first plan that another plan's date supported: "had originally planned to go live on 4 July"
            // against "Go-live | 4 Apr 2011 | 4 Jul 2011" under "Baseline | Revised", which the sentence reads.)
            (c.claim.aspect === ORIGINAL_PLAN ||
              c.evidence.every(
                (e) =>
                  e.relation !== "supports" ||
                  FORECAST_WORDS.test(e.quote) ||
                  SPAN_TOLD.test(e.quote) ||
                  // (Or a budget: "has spent £1.85m" supported by "The capital budget … is £1,850,000".)
                  /\bbudget\b/i.test(e.quote) ||
                  // (Or the very row whose other column the sentence's reading found contradicts it: "£2.3m … in
                  // October alone" held by the row's "Year to date" 2,256 beside its "M7 actual" 389.)
                  (e.quote.includes("|") && st.evidence!.passage.includes(e.quote.trim())) ||
                  // (Or another row of its table: "£192,000 in November alone" held by October's row, the table's
                  // November row the reading found against it.)
                  rowOfTable(units, st.evidence!.passage, e.quote),
              ))))
      )
        settleAgainstTheSentence(c);
  }
  // ("Over at Kingsmead, which went live in April last year, …", in a story of Wandle Valley: a sentence led by a body
  // the papers never name tells that body's events, which the papers' own neither hold nor contradict.)
  if (read) {
    const paperText = papersText(units);
    for (const c of claims)
      if (
        c.verdict !== "unverified" &&
        leadsWithOtherBody(c.claim.sentence, subject, (name) => namesBody(paperText, name, subject))
      ) {
        c.verdict = "unverified";
        for (const e of c.evidence)
          if (e.relation === "supports" || e.relation === "contradicts") e.relation = "passage";
      }
  }
  for (const c of claims) {
    if (c.verdict !== "supported") continue;
    // "The board approved £1.2m for a recovery programme" against "The Executive Team recommends a recovery programme
    // costing £1,200,000": a paper that asks for a decision cannot record it.
    if (decisionTold(c.claim.sentence)) unverifiedWhereSupportsCannotTell(c, askedToDecide);
    // ("The board decided to keep the old CAD system on standby … at a cost of £84,000" against "The Executive proposes
    // to keep the previous system on standby until 31 March 2012, at a cost of £84,000": the decision is still to come.)
    // (Not a claim an aside after the decision may tell: "…, which had been scheduled for February".)
    if (
      c.verdict === "supported" &&
      decisionTold(c.claim.sentence) &&
      decisionPart(c.claim.sentence) === c.claim.sentence
    )
      contradictedWhereSupportsPutOff(c, units);
    // "The project's capital bill has come in at £2.9m" against "The capital cost … is forecast at £2,910,000": a paper
    // that gives only the forecast cannot tell the outturn. (An outturn of a year closed is what the bill came to.)
    if (c.verdict === "supported" && OUTTURN_TOLD.test(c.claim.sentence))
      unverifiedWhereSupportsCannotTell(
        c,
        (quote) => /\b(?:forecast|projected|expected)/i.test(quote) && !/\boutturn\b/i.test(quote),
      );
  }
  for (const st of statements)
    st.verdict = sentenceVerdict(
      st.verdict,
      claims.filter((c) => st.start <= c.claim.span.start && c.claim.span.start < st.end).map((c) => c.verdict),
    );
  return { schema: CHECK_SCHEMA, document, claims, statements, quotes, warnings: warningsFor(corpus, document, cited) };
}

const MONTH_ALONE = new RegExp(
  String.raw`\b(?:in|during|for)\s+(?:the\s+month\s+of\s+)?(?:${MONTH_PATTERN})(?:\s+\d{4})?\s+alone\b|\balone\s+in\s+(?:${MONTH_PATTERN})\b`,
  "i",
);

/**
 * A claim linked to a paper's claim that agrees and to another that does not, in a sentence whose every figure agrees
 * with the passage most about it, where the disagreeing claim's sentence speaks of something else: it is of another
 * quantity that the predicate alone could not tell apart ("£900,000 of income at risk" and the year's whole income
 * shortfall). It is supported; the other figure stays listed, as a passage.
 */
function settleOnTheSentence(c: CheckedClaim): void {
  c.verdict = "supported";
  for (const e of c.evidence) if (e.relation === "contradicts") e.relation = "passage";
  c.evidence.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || relationOrder(a) - relationOrder(b));
}

/**
 * A decision told as taken whose every supporting passage, or the sentence after it, puts it after the paper's meeting
 * (`decisionPutOff`): contradicted there.
 */
function contradictedWhereSupportsPutOff(c: CheckedClaim, units: readonly EvidenceUnit[]): void {
  const supports = c.evidence.filter((e) => e.relation === "supports");
  const putOff = (quote: string) => {
    const u = units.find((x) => !x.context && x.text === quote);
    return u ? decisionPutOff(u, units) : decisionLater(quote) && !decisionTold(quote);
  };
  if (!supports.length || !supports.every((e) => putOff(e.quote))) return;
  c.verdict = "contradicted";
  for (const e of supports) e.relation = "contradicts";
}

/** A claim whose every support is a passage that cannot tell what it says is unverified; they are listed as passages. */
function unverifiedWhereSupportsCannotTell(c: CheckedClaim, cannotTell: (quote: string) => boolean): void {
  const supports = c.evidence.filter((e) => e.relation === "supports");
  if (!supports.every((e) => cannotTell(e.quote))) return;
  c.verdict = "unverified";
  for (const e of supports) e.relation = "passage";
}

// A loss and a cost: the whole cost of the problems and a line or variance of it, which one sentence may give together.
// (Not income lost: "Lost income to the end of August is £610,000, and the forecast for the year is £1,240,000" gives
// one quantity at two dates, and the one the claim agrees with may be the other date's.)
const TOTAL_AND_PART: readonly string[] = [PREDICATE_NAMES.loss, PREDICATE_NAMES.cost];

/**
 * Whether the paper's sentence `e` quotes gives, beside the figure that contradicts `claim`, another money figure of the
 * same subject that the claim would agree with had the two been given one predicate: the sentence's two figures are
 * two quantities (a total and its variance), and the claim is of the one it agrees with.
 */
function kinFigureAgrees(corpus: Corpus, claim: StoredClaim, e: Evidence): boolean {
  if (!TOTAL_AND_PART.includes(claim.predicate)) return false;
  return corpus.claims
    .forDocument(e.documentId)
    .some(
      (o) =>
        o.sentence === e.quote &&
        o.subject === claim.subject &&
        o.predicate !== claim.predicate &&
        TOTAL_AND_PART.includes(o.predicate) &&
        relate(
          { ...o, predicate: claim.predicate, aspect: claim.aspect, publishedAt: o.document.publishedAt },
          { ...claim, publishedAt: claim.document.publishedAt },
        )?.relation === "supports",
    );
}

/**
 * A count claim contradicted only by counts of the same predicate in passages unlike its sentence, or linked to none:
 * "Staff have found 1,870 duplicate patient records" against a paper's "38 open defects", both problems to the
 * predicate list. Counts of one predicate may count different things, which the sentence read as a fact tells apart;
 * money of one predicate is one quantity, and its contradiction stands.
 */
const countOf = (c: CheckedClaim) => predicateNamed(c.claim.predicate)?.unit === "count";
// (A date too: "The second control room, at Castle Hill, switched over on September 11" against "The Castle Hill EOC
// cut over on 11 September", though the first room's go-live, another day, is the trust's go-live too.)
// (Of a day only: a month the sentence's reading finds may be a plan's, "went live in July" against a July plan.)
const dateOf = (c: CheckedClaim) =>
  predicateNamed(c.claim.predicate)?.unit === "date" && /^\d{4}-\d\d-\d\d$/.test(String(c.claim.value));

/**
 * A claim a paper's row supports and another passage contradicts, in a sentence the row itself contradicts when read
 * with its columns ("has lost £385,000" against a row whose (385) is the full-year forecast and whose (248) is the
 * quarter's): the row's figure is of another period than the claim's, so the claim is contradicted and the row's
 * figure is listed as a passage.
 */
function settleAgainstTheSentence(c: CheckedClaim): void {
  c.verdict = "contradicted";
  for (const e of c.evidence) if (e.relation === "supports") e.relation = "passage";
  c.evidence.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || relationOrder(a) - relationOrder(b));
}

/**
 * An article's headline, where its text does not hold it, checked as a statement of its own ("Hospital computer switch
 * led to 4,300 cancelled appointments"): a reader takes it as the article's first claim. It stands at no place of the
 * text (start and end 0), so no claim of the body is read as part of it.
 */
function headlineChecked(
  title: string | null,
  read: StatementsToCheck,
  sameFact: SameFactModel | null,
): StatementCheck[] {
  const headline = title?.trim();
  if (!headline || read.text.includes(headline)) return [];
  return checkStatements(headline, read.publishedAt, read.units, () => false, read.subject, sameFact).map((st) => ({
    ...st,
    start: 0,
    end: 0,
  }));
}

/** What an article's statements are checked against: its text, the papers' passages, and whose they are. */
export interface StatementsToCheck {
  text: string;
  publishedAt: string | null;
  units: EvidenceUnit[];
  /** Whether a stretch of the text is inside a quotation (checked as a quote, not as a statement). */
  skip: (start: number, end: number) => boolean;
  subject: string | null;
}

/** An article read for checking its statements (also what eval/check-training.ts trains the judge on). */
export function statementsToCheck(corpus: Corpus, document: DocumentRow): StatementsToCheck {
  const quoteMentions = corpus.documents.mentions<QuoteMention>(document.id, "quote");
  const units = boardPaperUnits(corpus, document);
  return {
    text: corpus.documents.text(document.id) ?? "",
    publishedAt: document.publishedAt,
    units,
    skip: (start, end) => quoteMentions.some((q) => q.span.start <= start && end <= q.span.end),
    // An article about no trust in particular is read as about the one trust its papers are about, if they are one's:
    // a sentence led by another body's name is still that body's.
    subject: document.subject ?? papersSubject(corpus, units),
  };
}

/** The subject of the papers the units come from, when they all have the same one. */
function papersSubject(corpus: Corpus, units: EvidenceUnit[]): string | null {
  const ids = new Set(units.map((u) => u.documentId));
  const subjects = new Set([...ids].map((id) => corpus.documents.get(id)?.subject ?? null));
  const [only] = [...subjects];
  return subjects.size === 1 ? (only ?? null) : null;
}

/** How often a text names the place of a body's name ("Hallamere" of "Hallamere University Hospitals NHS Trust"). */
function placeNamed(name: string, text: string): number {
  const place = name.split(/\s+/)[0] ?? "";
  if (!/^[A-Z][a-z]{3,}$/.test(place) || /^(?:Royal|North|South|East|West|University|The)$/.test(place)) return 0;
  return text.match(new RegExp(`\\b${place}\\b`, "g"))?.length ?? 0;
}

/** Whether one of the figures the statement found contradicted is the text at [start, end) of the document. */
function disagreesAt(st: StatementCheck, start: number, end: number): boolean {
  return figureAt(st, st.disagree, start, end);
}

/** Whether one of the figures the statement found agreeing is the text at [start, end) of the document. */
function agreesAt(st: StatementCheck, start: number, end: number): boolean {
  return figureAt(st, st.agree, start, end);
}

/**
 * "Lost income from outpatient appointments … is forecast at £1.72m" against the row "Outpatient activity not recorded
 * or not billed | 0 | 1,188 | 1,720", which the sentence found holding its own figure, while the claim's predicate met
 * other rows' figures ("Total lost income | … | 2,398"): a sum of a line of its own, which a table's other lines do not
 * contradict.
 */
function rowOfItsOwn(st: StatementCheck, c: CheckedClaim): boolean {
  const passage = st.evidence?.passage ?? "";
  return (
    agreesAt(st, c.claim.span.start, c.claim.span.end) &&
    passage.includes("|") &&
    c.evidence.every(
      (e) => e.relation !== "contradicts" || (e.quote.includes("|") && !passage.includes(e.quote.trim())),
    )
  );
}

/**
 * Whether a supported claim of a fall is a month that dates, in its own clause, a figure the sentence's reading
 * contradicts, where no figure of the sentence agrees: "fell to 1,690 in June" is one fact, June's count.
 */
function periodOfContradicted(st: StatementCheck, c: CheckedClaim): boolean {
  // (Of a measure's fall only: a decision's or a plan's date is a fact of its own, "approved … in March last year".)
  if (c.claim.predicate !== PREDICATE_NAMES.activityFell || st.agree.length) return false;
  const at = c.claim.span.start - st.start;
  const date = st.sentence.slice(at, c.claim.span.end - st.start);
  if (at < 0 || !MONTH_WORD.test(date)) return false;
  const clause = clausesAt(st.sentence, date)[0] ?? st.sentence;
  return st.disagree.some((text) => notADate(text) && clause.includes(text));
}

// A figure written with digits and no month: an amount, a count, a share.
const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_PATTERN})\b`, "i");
const notADate = (text: string) => /\d/.test(text) && !MONTH_WORD.test(text);

function figureAt(st: StatementCheck, figures: readonly string[], start: number, end: number): boolean {
  return figures.some((text) => {
    const at = st.start + st.sentence.indexOf(text);
    return at >= st.start && at < end && start < at + text.length;
  });
}

/**
 * A sentence is one statement: its own figures that agree beside a claim of it that is contradicted (or the reverse)
 * make it partly supported, not wholly either.
 */
export function sentenceVerdict(own: StatementVerdict, claims: readonly string[]): StatementVerdict {
  if (own === "supported" && claims.includes("contradicted")) return "partly-supported";
  if (own === "contradicted" && claims.includes("supported")) return "partly-supported";
  return own;
}

/**
 * Whether `quote` is another month's row of the table whose context leads `passage` (a table row's passage: its
 * context, then the row), the passage's row being of a month too: a table of months down.
 */
function rowOfTable(units: readonly EvidenceUnit[], passage: string, quote: string): boolean {
  const row = quote.trim();
  const month = (line: string) => monthIn(line.split("|")[0] ?? "");
  const own = month(passage.split("\n").pop() ?? "");
  return (
    row.includes("|") &&
    own !== null &&
    month(row) !== null &&
    month(row) !== own &&
    units.some((u) => !!u.context && u.text.trim() === row && passage.startsWith(`${u.context}\n`))
  );
}

/** Whether `full` is `short` with more words of a body's kind ("… Hospitals NHS Trust" for "… Hospitals"). */
function fullNameOf(full: string, short: string): boolean {
  const [a, b] = [nameCore(full), nameCore(short)];
  return full.length > short.length && b.size > 0 && a.size === b.size && [...b].every((w) => a.has(w));
}

/** The passages and table rows of the board papers about the document's subject (all board papers when it has none). */
function boardPaperUnits(corpus: Corpus, document: DocumentRow): EvidenceUnit[] {
  const all = corpus.documents.list({ kind: "board-paper" }).filter((d) => d.id !== document.id);
  let papers = all.filter((d) => !document.subject || !d.subject || d.subject === document.subject);
  // No paper of the article's subject: a paper that names it is about it too (a commissioner's paper on the trust it
  // pays, a paper whose publisher was read as another body), as is a paper whose subject the article names.
  if (!papers.length && document.subject) {
    const names = (id: string) =>
      new Set(corpus.documents.mentions<StakeholderMention>(id, "stakeholder").map((m) => m.canonical));
    const named = names(document.id);
    // (Or names it in full where the article shortened it: "Ashcombe and Ridley Hospitals NHS Trust" in a primary
    // care trust's paper, "Ashcombe and Ridley Hospitals" in the blog about it.)
    papers = all.filter((d) => {
      const its = names(d.id);
      return (
        its.has(document.subject!) ||
        [...its].some((n) => fullNameOf(n, document.subject!)) ||
        (d.subject !== null && (named.has(d.subject) || sameBodyName(d.subject, document.subject!)))
      );
    });
  }
  // Still none: a paper whose body the article calls by its place ("Hallamere's new record system", "Hallamere
  // General") more often than it names any trust in full, as a local paper does.
  if (!papers.length && document.subject) {
    const text = corpus.documents.text(document.id) ?? "";
    papers = all.filter((d) => d.subject !== null && placeNamed(d.subject, text) >= 2);
  }
  return papers.flatMap((d) =>
    evidenceUnits(d.id, corpus.documents.text(d.id) ?? "", corpus.documents.pages(d.id), d.publishedAt),
  );
}

/**
 * A link's reason told from the checked claim's side: its own value first ("£9.2m against £7.2m"). A link is stored
 * from the claim of the document stored later, and documents ingested together are stored in no fixed order.
 */
function fromClaimSide(reason: LinkReason, value: StoredClaim["value"]): LinkReason {
  if (
    (reason.code === "within-rounding" || reason.code === "same-period-differs") &&
    reason.value !== value &&
    reason.other === value
  )
    return { ...reason, value: reason.other, other: reason.value };
  return reason;
}

function checkClaim(corpus: Corpus, claim: StoredClaim): CheckedClaim {
  const links = corpus.claims.links(claim.id).filter((l) => l.other.documentId !== claim.documentId);
  const evidence: Evidence[] = links.map((l) => ({
    documentId: l.other.documentId,
    title: l.other.document.title,
    kind: l.other.document.kind,
    publishedAt: l.other.document.publishedAt,
    page: l.other.span.page,
    quote: l.other.sentence,
    value: l.other.value,
    relation: l.relation,
    reason: fromClaimSide(l.reason, claim.value),
    ...(l.other.ocr !== null ? { ocr: l.other.ocr } : {}),
  }));
  // A paper's sentence that gives two figures ("a deficit of £4.1m at month 7 and a forecast outturn of £6.9m")
  // supports the claim with the one and does not contradict it with the other.
  const supportingPassages = new Set(
    evidence.filter((e) => e.relation === "supports").map((e) => `${e.documentId}|${e.quote}`),
  );
  // (So does one whose other figure is the same quantity under the other predicate: "The total forecast cost of the
  // deployment problems is £9.33m, £8.76m more than planned", a loss and a cost, against "a bill of more than nine
  // million pounds".)
  for (const e of evidence)
    if (e.relation === "contradicts" && kinFigureAgrees(corpus, claim, e))
      supportingPassages.add(`${e.documentId}|${e.quote}`);
  const board = evidence.filter(
    (e) =>
      e.kind === "board-paper" &&
      !(e.relation === "contradicts" && supportingPassages.has(`${e.documentId}|${e.quote}`)),
  );
  const supports = board.some((e) => e.relation === "supports");
  const contradicts = board.some((e) => e.relation === "contradicts");
  let verdict: Verdict =
    supports && contradicts ? "partly-supported" : supports ? "supported" : contradicts ? "contradicted" : "unverified";
  if (verdict === "unverified") {
    // No structured twin: the board papers may still say it in other words.
    const passages = corpus.passages
      .search(claim.sentence, { kind: "board-paper", limit: 3 }, "any")
      .filter((p) => p.documentId !== claim.documentId);
    for (const p of passages) {
      evidence.push({
        documentId: p.documentId,
        title: p.title,
        kind: p.kind,
        publishedAt: p.publishedAt,
        page: p.page,
        quote: p.text,
        value: null,
        relation: "passage",
        reason: { code: "best-passage" },
      });
    }
    if (evidence.some((e) => e.relation === "supports")) verdict = "partly-supported";
  }
  evidence.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || relationOrder(a) - relationOrder(b));
  const { document: _d, documentId: _id, ...rest } = claim;
  return { claim: rest, verdict, evidence };
}

/** A passage read with the paragraphs either side of it, as one: null when it has none. */
function acrossBreak<T extends { documentId: string; start: number; end: number; text: string }>(
  textOf: (id: string) => string,
  hit: T,
): T | null {
  const text = textOf(hit.documentId);
  const start = Math.max(0, text.lastIndexOf("\n\n", hit.start - 3) + 2);
  const next = text.indexOf("\n\n", hit.end + 2);
  const end = next < 0 ? text.length : next;
  if (start >= hit.start && end <= hit.end) return null;
  return { ...hit, start, end, text: text.slice(start, end).replace(/\s*\n\n\s*/g, " ") };
}

const relationOrder = (e: Evidence) => ["contradicts", "supports", "updates", "passage"].indexOf(e.relation);

function checkQuote(
  corpus: Corpus,
  q: QuoteMention,
  cited: string[],
  selfId: string,
  textOf: (id: string) => string,
): CheckedQuote {
  const candidates = [
    ...(cited.length ? corpus.passages.search(q.text, { documentIds: cited, limit: 5 }, "any") : []),
    ...corpus.passages.search(q.text, { kind: "board-paper", limit: 8 }, "any"),
  ].filter((p) => p.documentId !== selfId);
  let best: { match: QuoteMatch; hit: (typeof candidates)[number] } | null = null;
  const rank: Record<QuoteVerdict, number> = { verbatim: 3, close: 2, altered: 1, "not-found": 0 };
  for (const found of candidates) {
    let hit = found;
    let match = matchQuote(q.text, hit.text);
    // A quotation the paper's text breaks across two paragraphs ("… who have kept" / "services running …", where a
    // hard-wrapped line was indented) is verbatim in the two read as one.
    if (match.verdict !== "verbatim") {
      const joined = acrossBreak(textOf, hit);
      const again = joined && matchQuote(q.text, joined.text);
      if (joined && again && again.verdict === "verbatim") [hit, match] = [joined, again];
    }
    if (
      !best ||
      rank[match.verdict] > rank[best.match.verdict] ||
      (rank[match.verdict] === rank[best.match.verdict] && match.overlap > best.match.overlap)
    ) {
      best = { match, hit };
    }
  }
  const found = best && best.match.verdict !== "not-found" ? best : null;
  return {
    text: q.text,
    speaker: q.speaker ?? q.speakerText,
    page: q.span.page,
    verdict: found?.match.verdict ?? "not-found",
    evidence: found
      ? {
          documentId: found.hit.documentId,
          title: found.hit.title,
          publishedAt: found.hit.publishedAt,
          page: found.hit.page,
          passage: found.hit.text.slice(found.match.start, found.match.end),
        }
      : null,
    diff: found?.match.diff ?? null,
  };
}

function warningsFor(corpus: Corpus, document: DocumentRow, cited: string[]): CheckWarning[] {
  const out: CheckWarning[] = corpus.documents.warnings(document.id).map((w) => ({ kind: w.kind, message: w.message }));
  // A person spelled here one way and elsewhere in the corpus another.
  const people = corpus.documents.people();
  const mine = new Set(people.filter((p) => p.documentId === document.id).map((p) => p.canonical));
  const others = new Set(people.filter((p) => p.documentId !== document.id).map((p) => p.canonical));
  for (const name of mine) {
    for (const other of others) {
      const [a, b] = [name.split(" "), other.split(" ")];
      if (name !== other && a[0] === b[0] && similarNames(a.at(-1)!, b.at(-1)!) && !others.has(name)) {
        out.push({ kind: "name-variant", name, other });
      }
    }
  }
  for (const { phrase } of boardCitations(corpus.claims.attributions(document.id))) {
    if (!cited.length) out.push({ kind: "cited-document-missing", phrase });
  }
  return out;
}

/**
 * Whether the table row a statement's reading chose gives `value` under a forecast column: "Lost income | 415 | 780"
 * under "To date £000 | Year-end forecast £000" holds £780,000 as the forecast, and £2,920k the "£2.9m" told (the
 * row's figures as the passages were read, each with its column and its unit; within the rounding of a sum in millions).
 */
function underForecastColumn(
  units: readonly EvidenceUnit[],
  evidence: NonNullable<StatementCheck["evidence"]>,
  value: StoredClaim["value"],
): boolean {
  if (typeof value !== "number") return false;
  const row = units.find(
    (u) =>
      u.context &&
      u.documentId === evidence.documentId &&
      u.page === evidence.page &&
      evidence.passage === `${u.context}\n${u.text}`,
  );
  return !!row?.figures.some(
    (p) => p.kind === "money" && Math.abs(p.value - value) <= value * 0.02 && columnPeriod(p.column) === "forecast",
  );
}
