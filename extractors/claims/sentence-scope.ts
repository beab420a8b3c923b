import type { Doc } from "../../model/doc.js";
import type {
  Claim,
  DateMention,
  IssueMention,
  Mentions,
  MoneyMention,
  StakeholderMention,
} from "../../model/extraction.js";
import type { Sentence } from "../sentences.js";
import { FULL_TRUST } from "../organisations.js";
import { spanIndex, spanOf } from "../span.js";
import { FEE_OF, NATIONAL_SCALE } from "./amount-owner.js";
import { attributionOf } from "./attribution.js";
import { PREDICATE, type Predicate } from "./predicates.js";
import {
  ANAPHOR,
  LEADS,
  actorsOf,
  categoryOf,
  inDescribingClause,
  isTrust,
  mainProgramme,
  mainSystem,
  subjectFallback,
  subjectsFor,
  withDescribed,
} from "./subjects.js";

/** A figure just stated and what it stated: "That takes the total to £1.6bn" goes on with it. */
export interface Recent {
  predicate: Predicate;
  sentence: Sentence;
  /** Whose figure it was. */
  subject?: string;
}

/** What a sentence's claims take from the sentences before it. */
export interface Memory {
  /** The trust named last, for a sentence that refers back to it ("Its board was told …"). */
  trust: { name: string; end: number } | null;
  /** The supplier named last, in the sentence before: "Its contract, originally valued at £3.1bn, …". */
  supplier: { name: string; end: number } | null;
  /** The money figure stated last, in this sentence or the one before. */
  money: Recent | null;
  /** The count stated last, in the sentence before. */
  count: Recent | null;
  previous: Sentence | null;
  /** Whose the last halt of deployments was: "Deployments resumed in March" is a restart of that halt. */
  halt: string | null;
  /** The audit office, committee, regulator or reviewing firm named last: "Its report, published on 18 May" is its. */
  reviewer: string | null;
}

// ("Of these, 27 had come to some degree of harm": a part of what the sentence before counted, the trust's it named.)
const REFERS_BACK =
  /\b(?:the trust|the hospital|its|it|of (?:these|them|those|whom)|the (?:go-live|deployment|roll-?out|switch-?over|implementation))\b/i;
// (Or "The local service provider contract for the South, worth £896m …" after "… ended its contract with Fujitsu": the
// contract the sentence before told of, with no supplier of its own.)
const THE_TRUST_LEADS = /^the trust(?:['’]s)?\b/i;
const TRUST_FIRST = ["nhs-trust", "council"];
const SUPPLIER_ANAPHOR =
  /^(?:its|the (?:company|firm|supplier|contractor))(?:['’]s)?\b|^the\s+(?:[\w-]+\s+){0,4}?(?:contract|deal)\b|^(?:under|with|after)\s+[^,.;]{1,30}?,?\s+its\s+(?:value|worth)\b/i;

// The kinds of body whose reports a text goes on about with "its": an audit office, a committee, a regulator.
const REVIEWING = ["regulator", "parliament"];
// (Or a firm whose trade is reviewing: "Meridian Health Consulting", "Moorgate Audit", "Halberd Associates".)
const REVIEW_FIRM = /\b(?:Consulting|Consultants|Consultancy|Audit|Auditors|Associates|Advisory|LLP)\b/;

export const freshMemory = (): Memory => ({
  trust: null,
  supplier: null,
  money: null,
  count: null,
  previous: null,
  halt: null,
  reviewer: null,
});

/** Everything the claims of one sentence are read against, and the one way to make and keep a claim. */
export interface SentenceScope {
  text: string;
  /** The kind of document: a board paper's tables state its own figures. */
  kind: Doc["kind"];
  s: Sentence;
  actors: StakeholderMention[];
  trusts: StakeholderMention[];
  dates: DateMention[];
  /** Written amounts only ("£3m", not a bare cell figure): see writtenAmount. */
  money: MoneyMention[];
  issues: IssueMention[];
  /** The system the document names most: what "the system" of its sentences is. */
  system: string | null;
  /** The programme the document names most: whose billions told of "the programme" are. */
  programme: string | null;
  /** Whose the document's last halt of deployments was, before this sentence. */
  halt: string | null;
  /** The audit office, committee, regulator or reviewing firm the sentences before named last. */
  reviewer: string | null;
  /**
   * The text with each system's name written as the word "system" (or "pas"), at the same offsets: "moved its
   * laboratories onto LabCentre 7" reads as a move onto a system to the event cues, which know kinds of system, not
   * every product's name.
   */
  eventText: string;
  /** Whose a claim is when the sentence names none of its predicate's bodies. */
  fallback: (p: Predicate) => string | null;
  /**
   * A claim of the predicate on [start, end), its subject the owner the words name, else the clause's actors; null
   * when nobody can be its subject. The other members of a list of subjects are kept at once, each a claim of its own.
   */
  claim: (
    p: Predicate,
    start: number,
    end: number,
    value: number | string,
    when: Claim["when"],
    aspect?: string | null,
    owner?: string | null,
  ) => Claim | null;
  /** Keeps a claim (once). */
  add: (c: Claim) => void;
  /**
   * The body a table's column heading names, for a cell at `at` ("Royal Free Hampstead" over "Go-live  June 2008 …" in a
   * written answer): the last organisation named before the cell whose name the heading begins with; null if none.
   */
  columnBody: (column: string | null, at: number) => string | null;
}

// Bare figures in a table's cells and pence are amounts, but not yet statements: a table row becomes a claim only
// with its label and column (the claim-check issue), and no predicate is measured in pence.
export const writtenAmount = (m: MoneyMention) => /[£$€]|pounds|sterling|GBP|USD|EUR/i.test(m.text);

const PAYEE_BEFORE =
  /\b(?:payments?|paid|paying|pays|made|fees?|charges?|sums?)\b[^.;]{0,60}?\bto\s+(?:the\s+)?$|\b(?:review|audit|report|investigation|assessment|study|consultancy)\s+(?:(?:carried out|undertaken|conducted|commissioned)\s+)?by\s+(?:the\s+)?$|\bpaid\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:supplier,?\s+)?$/i;

/** Whether the sentence names a body as the one paid: after "payments … to", "paid", "a review by". */
/** "an upgrade of the PAS, bought locally outside the NPfIT, at a cost of £740,000": a body named as not in it. */
function outsideOf(text: string, s: Sentence, a: StakeholderMention): boolean {
  return /\b(?:outside|rather than|instead of)\s+(?:of\s+)?(?:the\s+)?$/i.test(
    text.slice(Math.max(s.start, a.span.start - 20), a.span.start),
  );
}

function isPayee(text: string, s: Sentence, a: StakeholderMention): boolean {
  return a.type !== "person" && PAYEE_BEFORE.test(text.slice(Math.max(s.start, a.span.start - 90), a.span.start));
}

/**
 * Whose a sum is by its size, when the words leave it to a reference: billions are a national programme's, never a
 * trust's ("payments of £1,432 million had been made to CSC" in an answer about one trust's deployment); a local sum
 * of "the programme" ("The programme has a budget of £2.6m") is the local programme's, so its trust's.
 */
function byScale(
  p: Predicate,
  value: number | string,
  subject: string | undefined,
  actors: StakeholderMention[],
  fallback: string | null,
  programme: string | null,
): string | undefined {
  if (p.unit !== "money" || typeof value !== "number" || !subject) return subject;
  const inSentence = actors.filter((a) => a.canonical === subject);
  const described = inSentence.every((a) => /^the\b/i.test(a.text));
  if (value >= NATIONAL_SCALE && programme && isTrust(subject) && described && p.subject.includes("programme"))
    return programme;
  // "The Department of Health has spent £2.7bn on care records systems", "the department puts the total cost at
  // £11.4bn": billions the department spends or estimates are its programme's, when the text names one.
  if (value >= NATIONAL_SCALE && programme && categoryOf(subject) === "government" && p.subject.includes("programme"))
    return programme;
  if (
    value < LOCAL_SCALE &&
    inSentence.length &&
    described &&
    categoryOf(subject) === "programme" &&
    isTrust(fallback ?? "")
  )
    return fallback!;
  return subject;
}

const LOCAL_SCALE = 1e8;

/** `text` with the name of every system mention replaced by a word of its kind, padded to the name's length. */
function systemsAsWords(text: string, stakeholders: StakeholderMention[]): string {
  const spans = stakeholders
    .filter((m) => m.type === "system")
    .map((m) => m.span)
    .sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at) continue;
    const word = end - start >= 6 ? "system" : end - start >= 3 ? "pas" : null;
    if (!word) continue;
    out += text.slice(at, start) + word.padEnd(end - start, " ");
    at = end;
  }
  return out + text.slice(at);
}

/**
 * Whether a hospital is named as one of a trust's sites, in a list after "the trust's three main hospitals, …": what
 * happened there is the trust's ("The switchover took place … at the trust's three main hospitals, the Royal Lancaster
 * Infirmary, Furness General Hospital and Westmorland General Hospital").
 */
function siteOfTrust(text: string, s: Sentence, a: StakeholderMention): boolean {
  if (
    a.type !== "organisation" ||
    !/\b(?:Hospital|Infirmary|Centre)$/.test(a.canonical) ||
    FULL_TRUST.test(a.canonical)
  )
    return false;
  return SITES_OF.test(text.slice(Math.max(s.start, a.span.start - 200), a.span.start));
}
const SITES_OF =
  /\b(?:the trust['’]s|its|their)\s+(?:[\w-]+\s+){0,3}?(?:hospitals|sites)\s*(?:,|:|—|–)\s*(?:(?:the\s+)?[A-Z][^,;.]*?(?:,\s*|\s+and\s+))*(?:the\s+)?$/;

/** Whether a supplier beside a cost is its payee: it neither leads the sentence nor is said to bear the cost. */
function paidTo(text: string, s: Sentence, a: StakeholderMention, start: number, end: number): boolean {
  if (categoryOf(a.canonical) !== "supplier") return false;
  const leads = /^\W*(?:the\s+)?$/i.test(text.slice(s.start, a.span.start));
  // ("will be met by BT", "BT … has spent £6m", "Each deployment costs BT roughly $30m".)
  const bears =
    BORNE_BY.test(text.slice(end, a.span.start)) ||
    BEARS.test(text.slice(a.span.end, start)) ||
    /\bcost(?:s|ing)?\s+$/i.test(text.slice(s.start, a.span.start));
  return !leads && !bears;
}
const SUPPLIER_FEE =
  /\b(?:(?:support|maintenance|licen[cs]e|extension|rolling|service)\s+(?:contract|agreement|charges?|fees?)|licen[cs]e|licen[cs]ing|support contract|contract\s+(?:[\w'’-]+\s+){0,4}?(?:had been|has been|was|is|will be|be)\s+extended|(?<!\bnot\s|\bnever\s|n['’]t\s)(?:pay|paying)\s+(?:(?:the\s+|a\s+)?(?:private\s+|outside\s+)?(?:firm|company|consultancy|supplier|contractor)\s+)?[A-Z]|\b(?:engaged|engages|engage)\s+(?:the\s+)?[A-Z]|\bawarded\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?contract\s+to\s+(?:the\s+)?[A-Z]|\b(?:carried out|done|provided|delivered|undertaken|conducted|performed)\s+by\s+(?:the\s+)?[A-Z][^.;]{0,40}?\bat\s+a\s+(?:total\s+)?cost\s+of\b)/;
// ("Eleven incidents had been reported through Datix": the system incidents are reported on is no subject of them.)
const REPORTED_THROUGH = /\b(?:reported|logged|recorded|raised|entered)\s+(?:through|via|on|in|using)\s+(?:the\s+)?$/i;
// ("engaged Orrin Health Systems to deliver the upgrade at a cost of £58,000, and has approved £96,000 for replacement
// devices": a figure of a clause of its own is no fee of the firm.)
const OTHER_CLAUSE = /;|,\s+and\s+(?:has|have|had|will|is|was|the|it|its)\b/i;
const BORNE_BY =
  /^[^.;]{0,60}\b(?:met|paid|borne|funded|covered|absorbed|written off)\s+(?:in full\s+)?by\s+(?:the\s+)?$/i;
const BEARS =
  /^[^.;]{0,40}\b(?:spent|spends|spending|invested|paid|pays|will pay|to pay|meet|meets|met|bear|bears|absorb|absorbs|set aside|wrote off|written off)\b/i;

/**
 * The one body of a list whose figure this is, where the sentence pairs them in order: "two trusts, Hartsmoor and
 * North Stanholm, … incurred additional local costs of £1.4 million and £870,000 respectively" (as many figures of the
 * kind after "respectively"'s list as bodies in it).
 */
function respectively(
  s: Sentence,
  listed: string[],
  start: number,
  figuresIn: (start: number, end: number) => { span: { start: number } }[],
): string[] | null {
  if (listed.length < 2) return null;
  const word = /\brespectively\b/i.exec(s.text);
  if (!word || s.start + word.index < start) return null;
  const figures = figuresIn(s.start, s.start + word.index);
  const at = figures.findIndex((f) => f.span.start === start);
  const from = figures.length - listed.length;
  return at >= from && from >= 0 ? [listed[at - from]!] : null;
}

/**
 * The same pairing without the word, where the figures are a list of their own as long as the bodies' and every body
 * comes before it: "Barts … and the Royal Free …, whose go-lives in November 2007 and June 2008 were followed by
 * months …", "… at the Royal Free … and at Barts … since their go-lives in June 2008 and November 2007".
 */
function inOrder(
  s: Sentence,
  listed: string[],
  start: number,
  figuresIn: (start: number, end: number) => { span: { start: number; end: number } }[],
  actors: StakeholderMention[],
  text: string,
): string[] | null {
  if (!listed.length) return null;
  const figures = figuresIn(s.start, s.end);
  const at = figures.findIndex((f) => f.span.start === start);
  if (at < 0) return null;
  const joined = (i: number) =>
    /^\s*(?:,|,?\s*and)\s*$/.test(text.slice(figures[i]!.span.end, figures[i + 1]!.span.start));
  let first = at;
  while (first > 0 && joined(first - 1)) first--;
  let last = at;
  while (last < figures.length - 1 && joined(last)) last++;
  if (last === first) return null;
  // The bodies of the kind the figure's subject is, before the list of figures, in the order the sentence names them.
  const kind = isTrust(listed[0]!);
  const order = [
    ...new Set(
      actors
        .filter((a) => a.span.end <= figures[first]!.span.start && isTrust(a.canonical) === kind)
        .map((a) => a.canonical),
    ),
  ];
  if (order.length !== last - first + 1 || !listed.every((name) => order.includes(name))) return null;
  // (Not where another figure of the kind stands between the bodies and the list: "BT in London (a contract valued at
  // £996 million), Accenture in the North East and the East (£1,099 million and £934 million respectively)".)
  const from = actors.find((a) => a.canonical === order[0])!.span.start;
  if (figures.slice(0, first).some((f) => f.span.start > from) || /\brespectively\b/i.test(s.text)) return null;
  return [order[at - first]!];
}

/** For a document, the scope of each of its sentences in turn (the memory carries from one to the next). */
export function sentenceScopes(
  doc: Pick<Doc, "text" | "pages" | "subject" | "kind">,
  mentions: Mentions,
  add: (c: Claim) => void,
): (s: Sentence, memory: Memory) => SentenceScope {
  const text = doc.text;
  const fallbackFor = subjectFallback(doc, mentions.stakeholders);
  // The body the document speaks for, as a trust's figures fall back to it: "the trust" is that body, if it is one.
  const own = fallbackFor(PREDICATE.cost, null);
  // The programme the document names most: whose a national-scale figure is when its sentence names nobody.
  const programme = mainProgramme(mentions.stakeholders);
  const system = mainSystem(mentions.stakeholders);
  const eventText = systemsAsWords(text, mentions.stakeholders);
  const allActors = actorsOf(mentions.stakeholders);
  const stakeholdersIn = spanIndex(allActors);
  const datesIn = spanIndex(mentions.dates);
  const issuesIn = spanIndex(mentions.issues);
  const moneyIn = spanIndex(mentions.money.filter(writtenAmount));
  const bodies = allActors.filter((a) => a.type === "organisation");
  // (Within a page or so of the cell: a heading is over its table.)
  const columnBody = (column: string | null, at: number): string | null =>
    (column &&
      bodies.findLast((a) => a.span.end <= at && at - a.span.end < 2000 && column.startsWith(a.text))?.canonical) ??
    null;
  return (s, memory) => {
    if (memory.money && memory.money.sentence !== s && memory.money.sentence !== memory.previous) memory.money = null;
    if (memory.count && memory.count.sentence !== memory.previous) memory.count = null;
    const previous = memory.previous;
    memory.previous = s;
    const actors = withDescribed(text, s, stakeholdersIn(s.start, s.end), allActors, own).filter(
      (a) => !siteOfTrust(text, s, a),
    );
    // "Its board was told…" in an article about two trusts is the trust just named, not the article's main one.
    // (So is "the trust" further on in a sentence of the paragraph that named it: "Further east, Harbourne Healthcare
    // NHS Trust … According to the trust's annual report, 7,500 outpatient appointments had to be rebooked".)
    const follows =
      memory.trust &&
      !text.slice(memory.trust.end, s.start).includes("\n\n") &&
      (ANAPHOR.test(s.text) || REFERS_BACK.test(s.text))
        ? memory.trust.name
        : null;
    // (A sentence led by "The trust" itself goes back to the last trust named in an earlier paragraph too, for what a
    // trust does that is not its own sum: "The trust's chief executive … said the decision to suspend the roll-out had
    // been taken by the executive team on 20 October", in a story that also names the supplier and the authority.)
    const followsFar =
      !follows && memory.trust && isTrust(memory.trust.name) && THE_TRUST_LEADS.test(s.text) ? memory.trust.name : null;
    // ("CSC holds the contract for the north. Its contract, originally valued at £3.1bn, …": a supplier's figure in a
    // sentence that refers back is the supplier's the sentence before named.)
    const supplierFollows =
      memory.supplier && memory.supplier.end === previous?.end && SUPPLIER_ANAPHOR.test(s.text)
        ? memory.supplier.name
        : null;
    const fallback = (p: Predicate) =>
      fallbackFor(
        p,
        p.subject[0] === "supplier" && supplierFollows
          ? supplierFollows
          : (follows ?? (p.unit === "date" && !TRUST_FIRST.includes(p.subject[0]!) ? followsFar : null)),
      );
    const trusts = actors.filter((a) => isTrust(a.canonical));
    // ("The community trust, which was formed from the provider arms of NHS Hollinsbridge and NHS West Dunmere, signed
    // …": the bodies of a clause that describes another are not what the next sentence's "Its" refers to.)
    const told = trusts.filter((a) => !inDescribingClause(text, a, s.end));
    // The trust a sentence is about is what its next refers back to: the one that leads it ("Barnet and Chase Farm
    // Hospitals NHS Trust has gone live …, the first … since the Royal Free … and Barts … went live"), or the one its
    // own "The trust" took up ("The trust switched over at Barnet Hospital and at Chase Farm Hospital"); else the last
    // it names.
    const leading = told.find((a) => LEADS.test(text.slice(s.start, a.span.start)));
    const kept = follows && ANAPHOR.test(s.text) && !leading ? follows : null;
    if (leading || kept) memory.trust = { name: leading?.canonical ?? kept!, end: s.end };
    else if (told.length) memory.trust = { name: told[told.length - 1]!.canonical, end: s.end };
    const suppliers = actors.filter((a) => a.type === "organisation" && categoryOf(a.canonical) === "supplier");
    memory.supplier = suppliers.length ? { name: suppliers[suppliers.length - 1]!.canonical, end: s.end } : null;
    const reviewerBefore = memory.reviewer;
    const reviewers = actors.filter(
      (a) =>
        REVIEWING.includes(categoryOf(a.canonical) ?? "") ||
        (a.type === "organisation" && REVIEW_FIRM.test(a.canonical)),
    );
    if (reviewers.length) memory.reviewer = reviewers[reviewers.length - 1]!.canonical;
    const attribution = attributionOf(s, mentions);
    const claim: SentenceScope["claim"] = (given, start, end, value, when, aspect = null, owner = null) => {
      // "keep its existing system, supplied by Lanark Medical Software, on a rolling licence costing £18,500 a month",
      // "extend the support contract for our existing iSoft iPM system … at a cost of £240,000": a fee for a supplier's
      // contract, licence or support is that supplier's contract value, not a cost of the supplier nor of the trust; so is
      // the price of a firm engaged or awarded a contract ("awarded a contract to Quorra Diagnostics Software for its
      // replacement, Vireo LIMS, at a cost of £1.9m").
      // (One supplier named twice, "the contract with Orbis … the supplier had accepted", is one payee.)
      const payee = [
        ...new Set(
          given === PREDICATE.cost && !owner && SUPPLIER_FEE.test(s.text)
            ? actors
                .filter((a) => paidTo(text, s, a, start, end) && !OTHER_CLAUSE.test(text.slice(a.span.end, start)))
                .map((a) => a.canonical)
            : [],
        ),
      ];
      // ("Tavistock Hale's own fee for the review, £340,000": a supplier's own fee is what its contract is worth.)
      const ownFee =
        given === PREDICATE.cost &&
        !!owner &&
        categoryOf(owner) === "supplier" &&
        FEE_OF.test(text.slice(Math.max(s.start, start - 80), start));
      const p = payee.length === 1 || ownFee ? PREDICATE.contractValue : given;
      if (payee.length === 1) owner = payee[0]!;
      // An owner the words name ("CSC's £2.9bn deal") is the subject, alone; else the clause's actors decide.
      // A figure's actors named after it in a clause of their own ("£2.4m, of which NHS South Central has agreed to
      // contribute …", "£1,184k, reflecting consultancy bought from Tamberlane") are not its owners.
      const lead = text.slice(s.start, start).trim();
      const fronted =
        !lead ||
        (/^(?:in|on|at|by|from|since|during|for|with|after|before|until|over)\b/i.test(lead) &&
          lead.split(/\s+/).length <= 3);
      const ownClause = p.unit !== "date" && !fronted ? end : null;
      // "payments of £1.4bn had been made to CSC", "an independent review by Kestrel Health Consulting": the body paid
      // is not whose cost it is.
      // A supplier named beside a trust's cost ("extended the support contract for our existing iSoft iPM system at a
      // cost of £240,000", "additional trainers from CSC; backfill budget of £220,000") is who is paid, not who pays:
      // a cost is a supplier's only where it leads the sentence ("BT has since upgraded the links at a cost of
      // £210,000") or the words say it bears it ("will be met by BT").
      const payers =
        p.unit === "money" && p !== PREDICATE.contractValue
          ? actors.filter(
              (a) =>
                !isPayee(text, s, a) &&
                !outsideOf(text, s, a) &&
                (p !== PREDICATE.cost || !paidTo(text, s, a, start, end)) &&
                (p !== PREDICATE.incomeShortfall || !withholds(text, a)),
            )
          : p === PREDICATE.contractValue
            ? actors.filter((a) => !productMaker(text, a))
            : p === PREDICATE.problemsReported
              ? actors.filter((a) => !toldOf(text, s, a))
              : p === PREDICATE.problemCount
                ? actors.filter(
                    (a) => !REPORTED_THROUGH.test(text.slice(Math.max(s.start, a.span.start - 30), a.span.start)),
                  )
                : actors;
      // (With only the commissioner that withholds named, the income short is the document's body's, or the trust "the
      // trust" is.)
      if (!owner && p === PREDICATE.incomeShortfall) {
        const withholders = actors.filter((a) => withholds(text, a)).map((a) => a.canonical);
        const others = payers.filter((a) => !withholders.includes(a.canonical) && isTrust(a.canonical));
        const short = [own, fallback(p)].find((name) => name && !withholders.includes(name));
        if (withholders.length && !others.length && short) owner = short;
      }
      // ("The Medway contract, signed … after the trust decided to procure outside the National Programme for IT, is
      // worth £3.2m": the contract the sentence before named its supplier of, not the programme it speaks of.)
      if (
        !owner &&
        p === PREDICATE.contractValue &&
        supplierFollows &&
        !actors.some((a) => categoryOf(a.canonical) === "supplier")
      )
        owner = supplierFollows;
      const listed = withoutPlaces(
        p,
        owner ? [owner] : subjectsFor(p, payers, fallback(p), text, start, ownClause),
        actors,
        text,
      );
      const [named, ...others] =
        respectively(s, listed, start, p.unit === "money" ? moneyIn : datesIn) ??
        (owner ? null : inOrder(s, listed, start, p.unit === "money" ? moneyIn : datesIn, payers, text)) ??
        listed;
      const subject = owner ? named : byScale(p, value, named, actors, fallback(p), programme);
      if (!subject) return null;
      // "core contracts, let to BT, CSC, Fujitsu and Accenture, were worth £6.2bn": one sum of several contracts is
      // no one supplier's contract, unless the sentence says each had it.
      if (p === PREDICATE.contractValue && others.length && !/\beach\b/i.test(s.text)) return null;
      // ("Between June 2008 and March 2011, BT installed Millennium at three acute trusts …: the Royal Free, Barts and
      // Newham": a span in which several went live is none's go-live.)
      if (p === PREDICATE.goLive && others.length && when?.granularity === "range" && spanDays(when) > 92) return null;
      const made: Claim = {
        subject,
        predicate: p.name,
        value,
        when,
        span: spanOf(doc, start, end),
        sentence: s.text,
        attribution: attribution(start),
        aspect,
      };
      // "go-lives at Hammersmith Hospital, St Mary's and St George's": one claim for each trust of the list.
      for (const other of others) add({ ...made, subject: other });
      return made;
    };
    return {
      text,
      kind: doc.kind,
      s,
      actors,
      trusts,
      dates: datesIn(s.start, s.end),
      money: moneyIn(s.start, s.end),
      issues: issuesIn(s.start, s.end),
      system,
      programme,
      halt: memory.halt,
      reviewer: reviewerBefore,
      eventText,
      fallback,
      claim,
      add,
      columnBody,
    };
  };
}

const spanDays = (when: NonNullable<Claim["when"]>) => (Date.parse(when.to) - Date.parse(when.from)) / 86_400_000;

// A hospital by its name's shape, whether or not the gazetteer knows it as one.
const HOSPITAL_NAME = /\b(?:Hospital|Infirmary)$/;

/**
 * "Imperial College Healthcare NHS Trust … is due to go live at Charing Cross Hospital, Hammersmith Hospital and St
 * Mary's Hospital next spring": hospitals listed after "at" are where the trust's event happens, not bodies with events
 * of their own, when another body of the list is left to have it.
 */
function withoutPlaces(p: Predicate, listed: string[], actors: readonly StakeholderMention[], text: string): string[] {
  if (p.unit !== "date" || !listed.length) return listed;
  const hospitals = actors.filter(
    (a) => a.type !== "person" && (categoryOf(a.canonical) === "hospital" || HOSPITAL_NAME.test(a.canonical)),
  );
  const placed = new Set(
    hospitals
      .filter((a) => {
        let before = text.slice(Math.max(0, a.span.start - 160), a.span.start);
        for (const h of hospitals) before = before.split(text.slice(h.span.start, h.span.end)).join(" ");
        return /\b(?:live|go-live|went live|switch(?:ed)? on|deploy(?:ed|ment)?|installed|roll-?out)\s+at\s+(?:[\s,]|\band\b)*$/i.test(
          before,
        );
      })
      .map((a) => a.canonical),
  );
  const kept = listed.filter((name) => !placed.has(name));
  if (kept.length) return kept;
  // (All of them places: the trust named before them, whose event it is.)
  const first = Math.min(...actors.filter((a) => placed.has(a.canonical)).map((a) => a.span.start));
  const trust = actors
    .filter(
      (a) =>
        a.span.end <= first && isTrust(a.canonical) && !placed.has(a.canonical) && !HOSPITAL_NAME.test(a.canonical),
    )
    .pop();
  return trust ? [trust.canonical] : listed;
}

// "Harrowdale and Fellside Primary Care Trust, the Trust's lead commissioner, withheld £420,000 of contract payments",
// "£140,000 of CQUIN payments has been withheld by NHS Lewisham": the commissioner who withholds is not whose income
// is short.
const WITHHOLDS_AFTER =
  /^(?:\s*\([^)]{1,12}\))?(?:,[^,.;]{1,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:already\s+|also\s+|now\s+)?(?:withheld|withholds|withholding|held back|holds back|clawed back|claws back|docked)\b/i;
const WITHHELD_BY = /\b(?:withheld|held back|clawed back|docked)\s+by\s+(?:the\s+)?$/i;
function withholds(text: string, a: StakeholderMention): boolean {
  // (Not the body whose commissioner it is: "The commissioner of Kestrel Vale Hospitals NHS Trust has withheld £96,000".)
  if (/\bof\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.span.start - 8), a.span.start))) return false;
  return (
    WITHHOLDS_AFTER.test(text.slice(a.span.end, a.span.end + 90)) ||
    WITHHELD_BY.test(text.slice(Math.max(0, a.span.start - 30), a.span.start))
  );
}

// "the Lorenzo Regional Care solution developed by iSOFT …, and the value of the contract would fall to around £2.1
// billion": the maker of a product the contract supplies is not who holds the contract.
const MADE_BY_BEFORE = /\b(?:developed|made|written|built|designed)\s+by\s+(?:the\s+)?$/i;
function productMaker(text: string, a: StakeholderMention): boolean {
  return MADE_BY_BEFORE.test(text.slice(Math.max(0, a.span.start - 20), a.span.start));
}

// "The incident was reported as a serious untoward incident to NHS North West and to Heywood, Middleton and Rochdale
// Primary Care Trust on 6 November 2006", "The Trust told Monitor of the problem": the bodies told are not who told.
const REPORTED_TO_BEFORE =
  /\b(?:reported|notified|escalated|referred|passed|sent|declared)\b[^.;]{0,80}?\bto\s+(?:the\s+)?$|\b(?:told|informed|notified|alerted|warned)\s+(?:the\s+)?$/i;
function toldOf(text: string, s: Sentence, a: StakeholderMention): boolean {
  return REPORTED_TO_BEFORE.test(text.slice(Math.max(s.start, a.span.start - 100), a.span.start));
}
