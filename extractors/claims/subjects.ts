import type { Doc } from "../../model/doc.js";
import type { StakeholderMention } from "../../model/extraction.js";
import { gazetteer } from "../gazetteer.js";
import { FULL_TRUST, categoryByShape, nhsPlace, nhsPlaceName, pctName, suppliersNamed } from "../organisations.js";
import type { Sentence } from "../sentences.js";
import { firstNotBefore, overlapIndex } from "../span.js";
import { PREDICATE, type Predicate } from "./predicates.js";

/** A body's category: the gazetteer's when it knows the body, else what its name shows. */
export function categoryOf(canonical: string): string | null {
  return gazetteer().lookup(canonical)?.category ?? categoryByShape(canonical);
}

export function isTrust(canonical: string): boolean {
  const cat = categoryOf(canonical);
  return cat === "nhs-trust" || cat === "hospital";
}

const TRUST_LIKE = ["nhs-trust", "hospital", "council"];

/**
 * The stakeholders that can act in a sentence: the maker inside a product's name ("Cerner" of "Cerner Millennium") is
 * not one. (Looked up by position: a long text names thousands of systems.)
 */
export function actorsOf(stakeholders: StakeholderMention[]): StakeholderMention[] {
  const systemsOver = overlapIndex(stakeholders.filter((m) => m.type === "system").map((m) => m.span));
  return stakeholders.filter(
    (m) =>
      m.type === "system" ||
      !systemsOver(m.span.start, m.span.end).some((x) => x.start <= m.span.start && m.span.end <= x.end),
  );
}

/**
 * The actor a document is mostly about among `categories`: the most mentioned of the earliest category
 * named more than half as often as the most mentioned of all (a trust's story names BT often too; Cerner's
 * results story names a trust in passing).
 */
function mostMentioned(
  stakeholders: StakeholderMention[],
  categories: readonly string[],
  atLeast: number,
  text: string,
): string | null {
  // ("Chase Farm Hospital", "Barnet Hospital" and "Barnet and Chase Farm Hospitals NHS Trust" once each: three
  // mentions of the trust the text names with its hospitals, above a trust named twice in passing.)
  // (By name only: a hospital is not the one trust a text names for that alone, "Ashcombe General Hospital" beside
  // Stourfield Hospitals NHS Trust.)
  const of = hospitalsNamingTrusts(stakeholders);
  if (of.size)
    stakeholders = stakeholders.map((m) => (of.has(m.canonical) ? { ...m, canonical: of.get(m.canonical)! } : m));
  const counts = new Map<string, { n: number; rank: number }>();
  const calledTrust = categories.includes("nhs-trust") ? unknownTrust(stakeholders, text) : null;
  for (const s of stakeholders) {
    const rank = categories.indexOf(s.canonical === calledTrust ? "nhs-trust" : (categoryOf(s.canonical) ?? ""));
    if (s.type === "person" || rank < 0) continue;
    counts.set(s.canonical, { n: (counts.get(s.canonical)?.n ?? 0) + 1, rank });
  }
  // "the trust" (or "the hospital", "the PCT", "the service") is the trust the text is about: the one that most often
  // is the last named before it (a story names its trust, then calls it "the trust" throughout; "A spokeswoman for
  // Harnley said the trust wanted …" near its end does not make it Harnley's). It counts for that one from where the
  // text first names it ("At neighbouring Dunmore Royal Infirmary, …" at an article's end is no antecedent).
  const trustNames = new Set(
    [...counts.keys()].filter((name) => name === calledTrust || categoryOf(name) === "nhs-trust"),
  );
  const named = stakeholders.filter((m) => trustNames.has(m.canonical)).sort((a, b) => a.span.start - b.span.start);
  const calls = [...text.matchAll(CALLED)];
  const hits = new Map<string, number>();
  for (const m of calls) {
    const before = named.filter((t) => t.span.end <= m.index! && calledBy(m[0], t.canonical, calledTrust));
    // ("Haverleigh Hospitals NHS Trust … at Haverleigh Hospital and the Queen Mary's Day Surgery Unit … the trust": a
    // body named a trust is "the trust" before a hospital or unit named since.)
    const trusts = /trust$/i.test(m[0]) ? before.filter((t) => /\b(?:Trust|Service)$/.test(t.canonical)) : [];
    const antecedent = antecedentOf(trusts.length ? trusts : before, text);
    if (antecedent) hits.set(antecedent.canonical, (hits.get(antecedent.canonical) ?? 0) + 1);
  }
  // The trust that leads the story's first sentence about one is what it is about, above one a later passage dwells on
  // ("Rushmere … expects …" in the first paragraph; "Thornbury Healthcare NHS Trust's RiO rollout is reported to have
  // cost more than £4m" near the end).
  const lede = named[0];
  if (lede && leadsSentence(text, lede)) hits.set(lede.canonical, (hits.get(lede.canonical) ?? 0) + LEDE_WEIGHT);
  const trust = [...hits].sort(
    (a, b) => b[1] - a[1] || counts.get(b[0])!.n - counts.get(a[0])!.n || firstAt(named, a[0]) - firstAt(named, b[0]),
  )[0]?.[0];
  // (Not a body named only after the text has long called its own body "the PCT": "… a question for the PCT … The
  // delays have cost the PCT £575,000 … East Downs PCT, which went with a different supplier, …" is about a PCT it
  // never names.)
  if (trust) {
    const first = firstAt(named, trust);
    const its = calls.filter((m) => calledBy(m[0], trust, calledTrust));
    const before = its.filter((m) => m.index! < first).length;
    const after = its.filter((m) => m.index! > first).length;
    if (before < 2 || after >= before) counts.get(trust)!.n += after;
  }
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n);
  const top = ranked[0];
  if (!top || top[1].n < atLeast) return null;
  const strong = ranked.filter(([, c]) => c.n >= atLeast && c.n > top[1].n / 2);
  return strong.sort((a, b) => a[1].rank - b[1].rank || b[1].n - a[1].n)[0]![0];
}

/** The hospitals a text names whose names are those of a trust it names too, each with that trust. */
function hospitalsNamingTrusts(stakeholders: StakeholderMention[]): Map<string, string> {
  const names = new Set(stakeholders.map((m) => m.canonical));
  const trusts = [...names].filter((n) => /\bTrust$/.test(n) && categoryOf(n) === "nhs-trust");
  const out = new Map<string, string>();
  for (const name of names) {
    if (!/\b(?:Hospital|Infirmary)$/.test(name)) continue;
    const trust = trusts.find((t) => namesItsTrust(name, t));
    if (trust) out.set(name, trust);
  }
  return out;
}

/** Whether a hospital's name is its trust's, by the gazetteer or by its place ("Chase Farm Hospital", "Barnet Hospital"). */
function namesItsTrust(hospital: string, trust: string): boolean {
  if (gazetteer().lookup(hospital)?.parent === trust) return true;
  const place = hospital.replace(/\s+(?:General\s+|District\s+|Community\s+)?(?:Hospital|Infirmary)$/, "");
  return place !== hospital && !NO_PLACE.test(place) && ` ${trust} `.includes(` ${place} `);
}

/** Where a text first names a body, of the mentions given. */
function firstAt(named: StakeholderMention[], canonical: string): number {
  return named.find((m) => m.canonical === canonical)?.span.start ?? Infinity;
}

/**
 * Whether "the trust", "the hospital", "the PCT" or "the service" can be the body: "the trust" is no primary care
 * trust (that is "the PCT"); "the service" is an ambulance service.
 */
function calledBy(phrase: string, canonical: string, calledTrust: string | null): boolean {
  const called = phrase.toLowerCase().replace(/^the\s+(?:foundation\s+)?/, "");
  if (called === "pct" || called === "primary care trust") return pctName(canonical);
  if (/service$/.test(called)) return /\bService\b/.test(canonical);
  if (pctName(canonical)) return false;
  return called !== "hospital" || /\b(?:Hospitals?|Infirmary|Trust)\b/.test(canonical) || canonical === calledTrust;
}

// Before a body that leads its sentence: nothing, an article, or a short phrase set off by a comma ("Further east, ").
export const LEADS = /^\W*(?:(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s*)?(?:the\s+)?$/i;

/**
 * The body "the trust" refers back to, of those named before it: the last that leads its sentence, else the last named
 * ("Barnet and Chase Farm Hospitals NHS Trust has gone live …, the first … since the Royal Free … and Barts … went live
 * in 2008. The trust switched over …" is Barnet and Chase Farm's; so is the trust of "… and the Royal Free and Barts"
 * in a quotation after it).
 */
function antecedentOf(before: StakeholderMention[], text: string): StakeholderMention | undefined {
  // (Not a trust at the head of a list of trusts: "Barts and The London NHS Trust, which went live … in December,
  // Homerton University Hospital NHS Foundation Trust and Newham University Hospital NHS Trust all run older
  // configurations" is no one trust "the trust" can be.)
  const single = before.filter((x) => !headsList(x, before, text));
  return single.findLast((x) => leadsSentence(text, x)) ?? single[single.length - 1] ?? before[before.length - 1];
}

/** Whether another of `named` follows `x` in its sentence as the next member of a list ("X, which …, Y and Z"). */
function headsList(x: StakeholderMention, named: StakeholderMention[], text: string): boolean {
  const next = named.find((y) => y.span.start > x.span.end && y.canonical !== x.canonical);
  if (!next || next.span.start - x.span.end > 150) return false;
  return LISTED_NEXT.test(text.slice(x.span.end, next.span.start));
}
const LISTED_NEXT = /^(?:\s*,(?:[^.;]|\.(?=\d))*?)?\s*(?:,|and|&)\s*(?:the\s+)?$/i;

/** Whether a body leads its sentence: "Further east, Harbourne Healthcare NHS Trust faces …". */
function leadsSentence(text: string, x: StakeholderMention): boolean {
  const line = text.lastIndexOf("\n", x.span.start) + 1;
  const lineEnd = text.indexOf("\n", x.span.end);
  const start = Math.max(text.lastIndexOf(". ", x.span.start) + 1, line);
  // (A row of a table leads no sentence.)
  return (
    LEADS.test(text.slice(start, x.span.start)) && !text.slice(line, lineEnd < 0 ? undefined : lineEnd).includes("|")
  );
}

// As many "the trust"s as the lede's own sentence and the one after it usually hold.
const LEDE_WEIGHT = 2;

const CALLED = /\bthe (?:trust|hospital|foundation trust|pct|primary care trust|(?:ambulance )?service)\b/gi;

/**
 * The body a text names by a name that shows no kind ("South Downs and Weald Partnership, which serves 62 sites") and
 * then calls "the trust", when it names no body that is one: the first body named before that "the trust" whose kind
 * neither its name nor the gazetteer tells.
 */
function unknownTrust(stakeholders: StakeholderMention[], text: string): string | null {
  const called = /\bthe trust\b/i.exec(text)?.index;
  if (called === undefined) return null;
  const bodies = stakeholders.filter((m) => m.type === "organisation");
  if (bodies.some((m) => categoryOf(m.canonical) === "nhs-trust")) return null;
  // (Not a firm the text names as a supplier: "The contract with Meridian LabSystems, worth £2.1m, …".)
  const suppliers = suppliersNamed(text);
  return (
    bodies.find((m) => m.span.start < called && categoryOf(m.canonical) === null && !suppliers.has(m.canonical))
      ?.canonical ?? null
  );
}

/**
 * The programme a document names most, if it names one ("the National Programme for IT"); a national one before a
 * region's part of it ("the North, Midlands and East"), whose national-scale figures are the whole programme's.
 */
export function mainProgramme(stakeholders: StakeholderMention[]): string | null {
  const national = stakeholders.filter((m) => categoryOf(m.canonical) === "programme" && !partOfProgramme(m.canonical));
  return mostMentioned(national.length ? national : stakeholders, ["programme"], 1, "");
}

/** Whether a programme is a region's part of another (the gazetteer gives a programme as its parent). */
export function partOfProgramme(canonical: string): boolean {
  const parent = gazetteer().lookup(canonical)?.parent;
  return !!parent && categoryOf(parent) === "programme";
}

/** The system a document names most, if it names one: what "the system" of its sentences is. */
export function mainSystem(stakeholders: StakeholderMention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of stakeholders) if (m.type === "system") counts.set(m.canonical, (counts.get(m.canonical) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** The NHS trust a document is mostly about: the one it names most (with the "the trust" after it, given the text). */
function dominantTrust(stakeholders: StakeholderMention[], atLeast = 1, text = ""): string | null {
  return mostMentioned(stakeholders, ["nhs-trust", "hospital"], atLeast, text) ?? placeTrust(stakeholders, text);
}

/**
 * "Nearly 10,000 clinic letters were waiting to be sent out from Wandle Valley's hospitals … after the trust switched to
 * a new computer system": a text that names no trust, but the place whose hospitals it speaks of, and then calls it "the
 * trust" throughout, is about the body of that place.
 */
function placeTrust(stakeholders: StakeholderMention[], text: string): string | null {
  if (!text || stakeholders.some((m) => isTrust(m.canonical))) return null;
  if ((text.match(/\bthe trust\b/gi) ?? []).length < 2) return null;
  const place = PLACE_HOSPITALS.exec(text)?.[1];
  return place && !NO_BODY_PLACE.test(place) ? place : null;
}
const PLACE_HOSPITALS =
  /\b((?:[A-Z][a-z'’-]+\s+(?:and\s+)?){0,3}[A-Z][a-z'’-]+)['’]s?\s+(?:two\s+|three\s+|acute\s+)?(?:hospitals|hospital trust|health trust)\b/;
// Places whose hospitals are no one body's.
const NO_BODY_PLACE = /^(?:London|England|Britain|Scotland|Wales|the|The|NHS|Europe|Its|Their)$/;

/**
 * The trust or council named first on a paper's first lines (its cover or letterhead); for a report, answer or
 * release of another public body (kind "other"), that body too: a committee's summary is headed by the committee.
 */
function publisherOf(stakeholders: StakeholderMention[], publicBodies: boolean, text: string): string | null {
  const categories = publicBodies
    ? ["nhs-trust", "council", "parliament", "regulator", "government"]
    : ["nhs-trust", "council"];
  const head = stakeholders.filter(
    (m) => m.type === "organisation" && m.span.start < 400 && categories.includes(categoryOf(m.canonical) ?? ""),
  );
  // "NHS Thursfield / Thursfield Community Health Services - Provider Board": a paper headed by a primary care trust
  // and a body of its own (its provider arm, a hospital trust it commissions) is that body's.
  // (Of the PCT's own place: "Transforming Community Services", a national policy a PCT's paper reports on, is not it.)
  // (A heading of its own, starting its line: a director "(Director of Provider Services, Wexcombe Community Health)"
  // among the PCT board's members names the arm, and the minutes are still the PCT's.)
  const place = head.map((m) => nhsPlace(m.canonical)).find((p) => p);
  const arm = place
    ? head.find((m) => !nhsPlaceName(m.canonical) && m.canonical.includes(place) && startsLine(text, m.span.start))
    : undefined;
  // "NHS Calderbrook … Title: ACUTE CONTRACT 2010/11: OAKHURST AND STENBRIDGE HOSPITALS NHS TRUST - CONTRACT QUERY": a
  // commissioner's paper titled with the trust it holds to account is about that trust.
  const titled =
    head[0] && pctName(head[0].canonical)
      ? head.filter(
          (m) => FULL_TRUST.test(m.canonical) && !pctName(m.canonical) && TITLE_FIELD.test(lineAt(text, m.span.start)),
        )
      : [];
  const provider = new Set(titled.map((m) => m.canonical)).size === 1 ? titled[0] : undefined;
  return (arm ?? provider ?? head[0])?.canonical ?? null;
}

const TITLE_FIELD = /^\s*(?:Title|Subject|Report title|Paper title|Report)\s*:/i;

/** The text of `text`'s line up to `at`. */
function lineAt(text: string, at: number): string {
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, at);
}

/** Whether only spaces stand between the start of `text`'s line and `at`. */
function startsLine(text: string, at: number): boolean {
  return text.slice(text.lastIndexOf("\n", at - 1) + 1, at).trim() === "";
}

/**
 * What a document is about, when nobody said: a board paper is its publisher's, the trust (or council) named at its
 * head ("HARROWDEN VALE PRIMARY CARE TRUST … Finance report"), however often it names the hospitals it pays; anything
 * else is about the trust it names most.
 */
export function documentSubject(
  kind: Doc["kind"],
  stakeholders: StakeholderMention[],
  text = "",
  publisher: string | null = null,
): string | null {
  // An article is about a trust it names twice, or once and then calls "the trust"; not one named once in an aside
  // ("At neighbouring Dunmore Royal Infirmary, a similar rollout ran £2.3m over budget").
  return kind === "board-paper"
    ? (letterheadBody(publisher) ?? publisherOf(stakeholders, false, text) ?? dominantTrust(stakeholders))
    : dominantTrust(stakeholders, kind === "news" ? 2 : 1, text);
}

/**
 * The trust or council a paper's reader found as its publisher (its running header, "North Marches Ambulance Service
 * NHS Trust", which the page furniture drops from the text), if the name is one.
 */
function letterheadBody(publisher: string | null | undefined): string | null {
  return publisher && ["nhs-trust", "council"].includes(categoryOf(publisher) ?? "") ? publisher : null;
}

/**
 * Whose a claim is when its sentence names none of the bodies its predicate can have: `follows`, the trust the
 * sentence refers back to ("Its board was told …"), in an article; else the document's given subject, its publisher,
 * the actor it is mostly about, or the trust it names most.
 */
export function subjectFallback(
  doc: Pick<Doc, "text" | "subject" | "kind"> & Partial<Pick<Doc, "publisher">>,
  stakeholders: StakeholderMention[],
): (p: Predicate, follows: string | null) => string | null {
  // An article naming a trust once in passing is not about it: its unattributed figures get no subject.
  const docSubject = doc.subject ?? dominantTrust(stakeholders, doc.kind === "news" ? 2 : 1, doc.text);
  // A board paper, minutes or a committee's summary speaks for the body named at its head: an unattributed "costs to
  // date are £38,500" is that body's, however often the paper names its supplier or a neighbouring trust.
  const publisher =
    doc.kind === "news"
      ? null
      : ((doc.kind === "board-paper" ? letterheadBody(doc.publisher) : null) ??
        publisherOf(stakeholders, doc.kind === "other", doc.text));
  // Cerner's results story is about Cerner even if it names the Royal Free once. An article needs two mentions of it.
  const mainActors = new Map<string, string | null>();
  const mainActor = (p: Predicate): string | null => {
    const key = p.subject.join("|");
    if (!mainActors.has(key)) {
      // A review is the reviewer's, a contract the supplier's: one named in the document is the actor before any trust
      // the document names more often ("In a report published today, the committee says …" in a story about a trust).
      const own = TRUST_LIKE.includes(p.subject[0]!)
        ? null
        : mostMentioned(
            stakeholders,
            p.subject.filter((c) => !TRUST_LIKE.includes(c)),
            1,
            doc.text,
          );
      mainActors.set(key, own ?? mostMentioned(stakeholders, p.subject, doc.kind === "news" ? 2 : 1, doc.text));
    }
    return mainActors.get(key)!;
  };
  // A given subject (a manifest's trust) is what its paper's figures are about, but a contract's value is still its
  // supplier's and a suspension of deployments the programme's: the given subject answers for what it can be.
  const given = (p: Predicate) => {
    const category = doc.subject ? categoryOf(doc.subject) : null;
    return doc.subject && (!category || p.subject.includes(category)) ? doc.subject : null;
  };
  // A council committee's summary of a trust's troubles ("The system went live over the bank holiday weekend") tells
  // the trust's story: the trust it names most answers before the council, if it names one twice.
  // (Named once in full and then called "the trust", as a summary does, counts as named twice.)
  const told =
    doc.kind === "other" && publisher && !isTrust(publisher) ? dominantTrust(stakeholders, 2, doc.text) : null;
  // (A trust named only by its place, "Wandle Valley's hospitals", answers before a supplier the text names.)
  const place = doc.subject ? null : placeTrust(stakeholders, doc.text);
  // (A strategic health authority's or a commissioner's paper of several trusts: "It reported 2,900 patients …" after
  // "2.1 Harcastle: …" is Harcastle's; so is "its" in a written answer or a committee's summary, after "Following
  // deployment at Northfleet and Ashgrove NHS Trust, the trust was unable …", whatever trust it names most.)
  const overseer = !!publisher && nhsPlaceName(publisher) && severalTrusts(stakeholders);
  return (p, follows) =>
    (doc.kind === "news" ||
      (overseer && follows !== publisher) ||
      (doc.kind === "other" && !!told && !pctName(follows ?? ""))) &&
    follows &&
    p.subject.includes(categoryOf(follows) ?? "")
      ? follows
      : (given(p) ??
        (told && p.subject.includes("nhs-trust") ? told : null) ??
        (publisher && p.subject.includes(categoryOf(publisher) ?? "") ? publisher : null) ??
        (follows && p.subject.includes(categoryOf(follows) ?? "") ? follows : null) ??
        (place && p.subject.includes("nhs-trust") ? place : null) ??
        mainActor(p) ??
        // (A contract's value or a review is never the document's trust's for want of a supplier or a reviewer.)
        (p.subject.some((c) => TRUST_LIKE.includes(c)) ? (doc.subject ?? docSubject) : null));
}

// "Its board was told …", "In March the trust said …": the sentence goes on about a trust named before it.
export const ANAPHOR =
  /^(?:(?:in|by|on|at|from|since|during|then)\s+[\w ]{1,25}?,?\s+)?(?:its|it|the trust(?:'s|’s)?|the hospital(?:'s|’s)?|there)\b/i;

const ACCORDING_TO = /\baccording to\b[^,;.]*$/i;
const LIST_JOIN = /^\s*(?:,|and|&|, and)\s*$/;
const ASIDE_JOIN = /^,\s+(?:which|who|due|expected|scheduled|planned|set)\b[^,;.()]{0,80},\s+and\s+(?:the\s+)?$/i;
const HANDED_TO = /\b(?:handed|handing|passed|passing|transferred|transferring)\b[^.;]{0,80}\bto\s+(?:the\s+)?$/i;
const DEAL_WITH = /^,\s+[\w-]+\s+(?:deal|contract|agreement)\s+(?:with|for)\s+(?:the\s+)?$/i;
// (Or a cost of its own told in the clause: "BT has quoted £145,000 for change requests, and the cost of temporary
// staff is running at £26,000 a month".)
const OWN_SUBJECT =
  /[,;]\s*(?:and\s+|but\s+|while\s+|whereas\s+)?(?:the (?:trust|hospital|pct)\s+(?:has|had|have|is|was|will|would)?\s*(?:also\s+|so far\s+|already\s+)?(?:spent|paid|lost|incurred|set aside|budgeted|expects?)\b|the (?:costs?|spend|spending|bill) of\b)/i;

/**
 * Whether `x` is named inside a clause that describes another body, closed before `until`: "The trust, which runs
 * Ashbourne General Hospital and the smaller St Cuthbert's Hospital, switched the system on".
 */
export function inDescribingClause(text: string, x: StakeholderMention, until: number): boolean {
  return (
    // (Down a list the clause names: "The trust, which runs the John Radcliffe Hospital, the Churchill Hospital and the
    // Horton General Hospital in Banbury, went live"; or what a body was formed from: "Imperial College Healthcare NHS
    // Trust, formed last October from the merger of Hammersmith Hospitals and St Mary's, is expected to follow".)
    (/,\s*(?:which|who|formed|created|set up)\s+[^,;.]*$/i.test(
      text.slice(Math.max(0, x.span.start - 120), x.span.start),
    ) ||
      (DESCRIBED_LIST.test(text.slice(Math.max(0, x.span.start - 160), x.span.start)) &&
        (/\b(?:and|or)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.span.start - 12), x.span.start)) ||
          /^(?:,\s*(?:the\s+)?[A-Z][^,;.]*?)*\s+(?:and|or)\s/.test(text.slice(x.span.end, until))))) &&
    /^[^.;]*?,/.test(text.slice(x.span.end, until))
  );
}

// A describing clause that runs on down a list of names: ", which runs the Royal Lancaster Infirmary, Furness General
// Hospital and …".
const DESCRIBED_LIST = /,\s*(?:which|who|formed|created|set up)\s+[^,;.]*(?:,\s*(?:the\s+)?(?:[A-Z][^,;.]*)?)+$/;

const GIVER_CATEGORIES = [...TRUST_LIKE, "government", "regulator"];
const GIVEN_BY = /^[^.;]{0,80}?\b(?:by|from)\s+(?:the\s+)?$/i;

const TOLD =
  /\b(?:told|tells|telling|informed|informs|warned|warns|notified|notifies|alerted|assured|reassured|wrote to|writes to|reported to)\s+(?:the\s+)?$/i;
const TAKEN_WORDS = String.raw`(?:withheld|withholds|withhold|held back|holding back|holds back|fined|fines|docked|penali[sz]ed|clawed back|deducted|imposed)`;
// (After an apposition too: "Wyvern Primary Care Trust, as lead commissioner, has withheld £180,000"; or at the head
// of a list: "Wexley Primary Care Trust and Harrowden Primary Care Trust have withheld £350,000".)
// (Or told of it by a pronoun after a clause: "NHS Sutton and Merton, as lead commissioner, had written on 15 September
// confirming that it had withheld £240,000".)
const TAKEN = new RegExp(
  String.raw`^(?:(?:,\s[^,.;]{1,50},|\s+and\s+[^,.;]{1,60}?)?\s+(?:has\s+|had\s+|have\s+|also\s+|now\s+|would\s+|will\s+|could\s+)*|[^.;]{1,100}?\b(?:that\s+)?(?:it|they)\s+(?:has\s+|had\s+|have\s+|would\s+|will\s+)?)${TAKEN_WORDS}\b[^.;]{0,40}$`,
  "i",
);
const TAKEN_VERB = new RegExp(String.raw`\b${TAKEN_WORDS}\b`, "i");
// The verbs whose agent pays the one the sum is of, or takes from it ("spent by", "lost by" name whose it is).
const GIVEN = new RegExp(
  String.raw`\b(?:charged|paid|awarded|granted|given|funded|lent|loaned|offered|promised|reimbursed|compensated|billed|${TAKEN_WORDS})\b[^.;]*$`,
  "i",
);

// "The SHA has committed £2.4m towards the total cost of £3.3m": the cost a body gives towards is another's.
const GIVES_TOWARDS =
  /^(?:[^.;]|\.(?=\d)){0,60}?\b(?:committed|promised|pledged|given|paid|contributed|provided|offered|put|agreed to (?:pay|fund|meet|give|put))\b(?:[^.;]|\.(?=\d)){0,40}\btowards\b(?:[^.;]|\.(?=\d))*$/i;

/**
 * The claim's subject: an actor of the predicate's preferred categories, the one named nearest before the
 * value when there are several ("the Royal Free went live in June 2008 and Barts in April"), with the rest
 * of a list it heads ("Hammersmith, St Mary's and St George's"). With `clauseFrom` (the end of a figure), an actor
 * named after it beyond a clause break is not a candidate: the figure's clause has ended.
 */
export function subjectsFor(
  p: Predicate,
  actors: StakeholderMention[],
  docSubject: string | null,
  text: string,
  at: number,
  clauseFrom: number | null = null,
): string[] {
  // ("a £4.6m, seven-year deal with Kestrel Health Systems": the comma of a list of adjectives ends no clause.)
  const apart = (x: StakeholderMention) =>
    clauseFrom !== null &&
    x.span.start >= clauseFrom &&
    !DEAL_WITH.test(text.slice(clauseFrom, x.span.start)) &&
    // ("more than 200 open faults, most of them in booking and reporting, at the Royal Free": a place after an aside
    // that closes is still the figure's.)
    !ASIDE_THEN_AT.test(text.slice(clauseFrom, x.span.start)) &&
    /[,;:(|]|\b(?:of which|and|but|which|who|while|whereas|reflecting|after|because|although)\b/i.test(
      text.slice(clauseFrom, x.span.start),
    );
  // "According to a note sent to practice managers by Wolds and Coast PCT, results for roughly 18,500 patients …": the
  // body a figure is sourced to is not what it is about.
  const source = (x: StakeholderMention) =>
    x.span.end <= at &&
    ACCORDING_TO.test(text.slice(Math.max(0, x.span.start - 80), x.span.start)) &&
    /,/.test(text.slice(x.span.end, at));
  // "Additional trainer seconded from NHS Kelmbridge PCT; request for further £30,000 …": a body a preposition governs
  // in a clause of its own before the figure's is no actor of it.
  // (So is its short name in brackets after it: "agreed with NHS Kenmoor (PCT); contingency of £300,000".)
  const object = (x: StakeholderMention) =>
    x.span.end <= at &&
    /;/.test(text.slice(x.span.end, at)) &&
    /\b(?:with|from|to|by|for|of)\s+(?:the\s+)?$/i.test(
      text
        .slice(Math.max(0, x.span.start - 80), x.span.start)
        .replace(/(?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*\s*\($/, ""),
    );
  // "Sentinel had so far paid £120,000 in service credits, and the trust had spent a further £185,000": a clause
  // between an actor and the figure with a subject of its own, the document's trust, leaves the figure to it.
  const ownSubject = (x: StakeholderMention) =>
    x.span.end <= at &&
    !isTrust(x.canonical) &&
    OWN_SUBJECT.test(text.slice(x.span.end, at)) &&
    docSubject !== null &&
    isTrust(docSubject);
  // "Accenture handed its contracts to CSC in 2007": the body a contract is handed to did not end it (nor its initials
  // after its name: "… to Computer Sciences Corporation (CSC) in January 2008").
  const handedTo = (x: StakeholderMention) =>
    p === PREDICATE.contractEnded &&
    HANDED_TO.test(
      text
        .slice(Math.max(0, x.span.start - 140), x.span.start)
        .replace(/(?:[A-Z][\w'’&.-]*\s+)*[A-Z][\w'’&.-]*\s*\($/, ""),
    );
  // "The trust, which runs Ashbourne General Hospital and the smaller St Cuthbert's Hospital, switched the system on":
  // a body named inside a clause that describes another, closed before the figure, is not the one the verb is of.
  const described = (x: StakeholderMention) => x.span.end <= at && inDescribingClause(text, x, at);
  // "It has also been fined £420,000 by NHS Tarnside", "could lose up to £400,000 in payments from NHS Calderbrook": a
  // public body a sum comes from, named after it, is not whose the sum is.
  // ("NHS North Ravensworth withheld £190,000 of quality incentive payments": so is one that withheld it.)
  // (Not the one it was withheld from: "Commissioners had withheld £180,000 of CQUIN payments from the trust"; nor a
  // body the verb's subject belongs to: "The commissioner of the trust has withheld £96,000". Commissioners "at" a body
  // are that body: "Local commissioners at NHS Calderdale and Ryedale have withheld £1.2m".)
  const giver = (x: StakeholderMention) => {
    if (p.unit !== "money" || !GIVER_CATEGORIES.includes(categoryOf(x.canonical) ?? "")) return false;
    const lead = text.slice(Math.max(0, at - 60), at);
    if (x.span.start < at)
      return (
        (TAKEN.test(text.slice(x.span.end, at)) || GIVES_TOWARDS.test(text.slice(x.span.end, at))) &&
        !/\b(?:of|for|with|from|to)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.span.start - 10), x.span.start))
      );
    const between = text.slice(at, x.span.start);
    if (!GIVEN_BY.test(between)) return false;
    return /\bfrom\s+(?:the\s+)?$/i.test(between) ? !TAKEN_VERB.test(lead) : GIVEN.test(lead);
  };
  // "The trust told NHS Northshire, its main commissioner, in January that it was having difficulty": the body told is
  // not the one telling.
  const told = (x: StakeholderMention) =>
    x.span.end <= at && TOLD.test(text.slice(Math.max(0, x.span.start - 40), x.span.start));
  // "was put back after problems at the Royal Free Hampstead NHS Trust led to a halt": a body named as where the
  // trouble that caused it lay is not whose the event is. (Unless the figure is its own, in its brackets: "after
  // problems at Barts and The London NHS Trust (live since April 2008)".)
  // (Each of a list: "since the problems at the Royal Free and Barts".)
  const causeOf = (x: StakeholderMention) =>
    CAUSED_AT.test(text.slice(Math.max(0, x.span.start - 120), x.span.start).replace(LIST_MEMBER_BEFORE, "")) &&
    (x.span.start > at || /[,;]/.test(text.slice(x.span.end, at)));
  // ("The Trust went live … over the weekend of 6 and 7 December 2008, the second London acute trust to do so after
  // the Royal Free Hampstead NHS Trust": a body the sentence compares its own with, after the value and a comma, did
  // not do what the value dates.)
  // (Each of a list: "…, after Holmbury Hospitals NHS Trust in October and Kestrel Vale Hospitals NHS Trust in February".)
  const comparand = (x: StakeholderMention) => {
    if (x.span.start <= at || !/,/.test(text.slice(at, x.span.start))) return false;
    let before = text.slice(at, x.span.start);
    for (let k = 0; k < 3 && !COMPARED_WITH.test(before); k++) {
      const shorter = before.replace(LIST_MEMBER_BEFORE, "");
      if (shorter === before) break;
      before = shorter;
    }
    return COMPARED_WITH.test(before);
  };
  const doer = verbSubject(p, actors, text, at);
  if (doer) return [doer];
  const ofCategory = p.subject.map((category) =>
    actors.filter(
      (x) =>
        x.type !== "person" &&
        categoryOf(x.canonical) === category &&
        !apart(x) &&
        !source(x) &&
        !object(x) &&
        !ownSubject(x) &&
        !handedTo(x) &&
        !described(x) &&
        !giver(x) &&
        !told(x) &&
        !causeOf(x) &&
        !comparand(x),
    ),
  );
  // "The strategic health authority's board agreed the pause on 26 November, after a review … found that more than 200
  // problems were still open at the Royal Free": a body of a later kind that leads the sentence before the value is
  // the clause's subject, when none of an earlier kind is named before the value.
  const lead = ofCategory.findIndex((of) => of.some((x) => x.span.end <= at && leadsSentence(text, x)));
  const earlier = ofCategory.slice(0, Math.max(lead, 0)).some((of) => of.some((x) => x.span.end <= at));
  for (const of of lead > 0 && !earlier ? [ofCategory[lead]!] : ofCategory) {
    if (!of.length) continue;
    const before = of.filter((x) => x.span.end <= at);
    const head = before.length ? before[before.length - 1]! : of[0]!;
    // A list is read from its first member; the member nearest the value may be its last.
    let first = of.indexOf(head);
    // (Not a value inside the last one's aside: "…, and Barnet and Chase Farm, due in March, …" is Barnet's March.)
    const closed = (last: StakeholderMention) =>
      last.span.end <= at && !/^\s*,(?:[^,;.]|\.(?=\d))*$/.test(text.slice(last.span.end, at));
    const joined = (between: string) => LIST_JOIN.test(between) || (ASIDE_JOIN.test(between) && closed(head));
    while (first > 0 && joined(text.slice(of[first - 1]!.span.end, of[first]!.span.start))) first--;
    of.splice(0, first);
    const list = [of[0]!];
    for (const next of of.slice(1)) {
      const between = text.slice(list[list.length - 1]!.span.end, next.span.start);
      // ("Barts, which had planned to switch on in February, and Barnet and Chase Farm, due in March, will now wait
      // until at least April 2009": a list whose members each carry an aside, when the value follows them all.)
      if (!LIST_JOIN.test(between) && !(ASIDE_JOIN.test(between) && closed(next))) break;
      list.push(next);
    }
    return [...new Set(list.map((a) => a.canonical))];
  }
  return docSubject ? [docSubject] : [];
}

const COMPARED_WITH = /\b(?:after|following|behind|like|unlike|than|as did|as had)\s+(?:the\s+)?$/i;
// A member of a list before the body ("the Royal Free and ", "A in October and "), its date with it.
const LIST_MEMBER_BEFORE =
  /(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,6}[A-Z][\w'’&-]*(?:\s+(?:in|on)\s+[^,;]{1,25}?)?(?:,\s*|\s+and\s+)$/;

const ASIDE_THEN_AT = /^\s*,(?:[^,;.()]|\.(?=\d)){1,60},\s+at\s+(?:the\s+)?$/;

const CAUSED_AT =
  /\b(?:after|because of|following|due to|owing to|in the wake of|since)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:problems?|difficulties|delays?|failures?|troubles?|chaos|disruption)\s+(?:at|with|in)\s+(?:the\s+)?$/i;

// Between a body and its verb: its board or team, auxiliaries, a decision to do it ("decided in June 2008 to").
const TO_ITS_VERB =
  /^(?:['’]s\s+(?:own\s+)?(?:trust\s+)?(?:board|executive(?:\s+management)?\s+team|chief executive))?(?:\s+(?:has|had|have|was|were|then|also|subsequently|itself|now))*\s*(?:(?:decided|agreed|voted|chose|opted)\b[^,;.]{0,30}?\bto\s+)?$/i;

/**
 * "Thamesreach Mental Health NHS Trust decided in June 2008 to pause the deployment", "NHS Connecting for Health paused
 * further deployments in London": a halt or restart is the body whose verb it is, whatever its kind, before a supplier
 * the sentence names. Null when no body of the predicate's kinds is the verb's subject.
 */
function verbSubject(p: Predicate, actors: StakeholderMention[], text: string, at: number): string | null {
  // ("The strategic health authority's board approved the new deployment plan on 13 May": a decision is the body's
  // whose board took it, of whatever kind, when no trust's board is named nearer the date.)
  if (p === PREDICATE.boardDecision) {
    const boards = actors.filter(
      (x) => x.type === "organisation" && x.span.end <= at && OWN_BOARD.test(text.slice(x.span.end, x.span.end + 20)),
    );
    const last = boards[boards.length - 1];
    return last && !/[;]|\bboard\b/i.test(text.slice(last.span.end + 8, at)) ? last.canonical : null;
  }
  if (p !== PREDICATE.deploymentsSuspended && p !== PREDICATE.deploymentsResumed) return null;
  const bodies = actors.filter((x) => x.type !== "person" && p.subject.includes(categoryOf(x.canonical) ?? ""));
  // ("NHS London published the Tavistock Hale Consulting report … on 14 July, three and a half months after it stopped
  // all further Cerner Millennium deployments last April": "it" is the body the sentence leads with.)
  // (The last body that leads a clause before the verb: "…, and BT has not installed the system at any further London
  // trust since it paused the roll-out in October".)
  const clauseLeader = (x: StakeholderMention) =>
    leadsSentence(text, x) ||
    /(?:[,;]\s*(?:and|but|while)|;)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, x.span.start - 12), x.span.start));
  const leader = bodies.filter((x) => x.span.end <= at && clauseLeader(x)).pop();
  if (leader) {
    const rest = text.slice(leader.span.end, Math.max(leader.span.end, at + 40));
    const verb = p.cueRes[0]!.exec(rest);
    if (verb && PRONOUN_BEFORE.test(rest.slice(0, verb.index))) return leader.canonical;
  }
  for (const x of bodies) {
    const rest = text.slice(x.span.end, Math.max(x.span.end, at + 40));
    const verb = p.cueRes[0]!.exec(rest);
    if (verb && TO_ITS_VERB.test(rest.slice(0, verb.index))) return x.canonical;
    if (p === PREDICATE.deploymentsSuspended && (SAID_NO_MORE.test(rest) || AGREED_PAUSE.test(rest)))
      return x.canonical;
  }
  return null;
}

const PRONOUN_BEFORE = /\b(?:it|they)\s+(?:(?:has|had|have|then|also|itself|first)\s+)*$/;

const OWN_BOARD = /^['’]s\s+(?:own\s+)?(?:trust\s+)?board\b/i;

// "NHS London, the capital's strategic health authority, said on 12 September that no more acute trusts would go
// live": a halt is the body's that said there would be no more.
// "NHS East of England, the strategic health authority, said it had agreed the pause with CSC", "The strategic health
// authority's board agreed the pause": the body that agreed or ordered the halt made it, not the supplier it agreed
// it with.
const AGREED_PAUSE =
  /^(?:,[^,;.]{1,80},)?(?:['’]s\s+board)?\s+(?:has\s+|had\s+)?(?:said\s+(?:that\s+)?(?:it\s+)?(?:has\s+|had\s+)?)?(?:agreed|approved|ordered|imposed|announced|called|decided on)\s+(?:the|a|this)\s+(?:pause|halt|suspension|moratorium|freeze)\b/i;
const SAID_NO_MORE =
  /^(?:,[^,;.]{1,80},)?\s+(?:has\s+|had\s+)?(?:said|says|confirmed|confirms|announced|announces|agreed|decided|ruled)\b[^.;]{0,40}?\bthat\s+no\s+(?:further|more|new|other)\b/i;

/**
 * A hospital named in a text that also names its trust ("Northmoor General Hospital", "Northmoor Hospitals NHS
 * Trust"): the trust is the body that goes live, spends and loses, so its hospitals' claims are its claims. Known
 * hospitals the gazetteer lists as trusts of their own (Hammersmith, St Mary's) are left alone.
 */
export function hospitalsToTrusts(stakeholders: StakeholderMention[], text = ""): Map<string, string> {
  const trusts = [
    ...new Set(
      stakeholders
        // (A primary care trust pays for its hospitals' care but runs none: "Kettleby General Hospital" in a story of
        // North Wolds Hospitals NHS Trust and North Wolds Primary Care Trust is the hospital trust's.)
        .filter((m) => /\bTrust$/.test(m.canonical) && !pctName(m.canonical) && categoryOf(m.canonical) === "nhs-trust")
        .map((m) => m.canonical),
    ),
  ];
  const out = new Map<string, string>();
  for (const m of stakeholders) {
    // A hospital the gazetteer knows is its trust's ("the Royal London Hospital", Barts and The London NHS Trust's).
    const parent = gazetteer().lookup(m.canonical)?.parent;
    if (parent && categoryOf(parent) === "nhs-trust") {
      out.set(m.canonical, parent);
      continue;
    }
    // ("Brackenmoor Teaching Hospitals", named without "NHS Trust", is a trust of its own, not a hospital of another.)
    if (m.origin !== "discovered" || /\bTrust$/.test(m.canonical) || !/\b(?:Hospital|Infirmary)$/.test(m.canonical))
      continue;
    // The trust of the same first word: of the same first two where the first names no place ("Royal London
    // Hospital" is not the Royal Free's); or whose name holds the hospital's ("Chase Farm Hospital" of Barnet and Chase
    // Farm Hospitals NHS Trust).
    const words = m.canonical.split(" ");
    const first = words.slice(0, NO_PLACE.test(words[0]!) ? 2 : 1).join(" ");
    const place = m.canonical.replace(/\s+(?:Hospital|Infirmary)$/, "");
    const holds = (t: string) => place.includes(" ") && ` ${t} `.includes(` ${place} `);
    const trust = trusts.filter((t) => `${t} `.startsWith(`${first} `) || holds(t));
    // The trust of the same name; else the only trust the text names ("the Royal Lancaster Infirmary" in a story
    // about University Hospitals of Morecambe Bay NHS Trust), unless the text sets the hospital beside it as another
    // ("Kingsmere General Hospital, which went live with the same system last December, saw a similar rise").
    if (trust.length === 1) out.set(m.canonical, trust[0]!);
    else if (trusts.length === 1 && !comparedWith(m.canonical, stakeholders, text)) out.set(m.canonical, trusts[0]!);
  }
  return out;
}

// First words of hospitals' names that name no place.
const NO_PLACE =
  /^(?:Royal|St\.?|Saint|Queen(?:['’]s)?|King(?:['’]s)?|Princess|Prince|University|General|North|South|East|West|Central|New|Great|The)$/;

// Words that set a hospital beside the story's trust as another body.
const ANOTHER =
  /\b(?:same (?:system|software|supplier)|neighbouring|nearby|another|other (?:trusts?|hospitals?)|elsewhere|similar|also (?:went live|took|had|saw|reported))\b/i;

/** Whether a sentence that names the hospital sets it beside another body: it is not the story's trust. */
function comparedWith(name: string, stakeholders: StakeholderMention[], text: string): boolean {
  return stakeholders.some((m) => {
    if (m.canonical !== name) return false;
    const from = Math.max(text.lastIndexOf(". ", m.span.start) + 1, m.span.start - 150);
    const to = text.indexOf(". ", m.span.end);
    return ANOTHER.test(text.slice(from, to < 0 ? m.span.end + 150 : Math.min(to, m.span.end + 150)));
  });
}

// "the committee says", "the department had spent": a body the text has named, referred to by what it is.
const DESCRIBED = /\bthe (committee|department|council|commission|company|firm|supplier|contractor|programme)\b/gi;
const DESCRIBED_CATEGORY: Record<string, string[]> = {
  committee: ["parliament"],
  department: ["government"],
  council: ["council"],
  commission: ["regulator"],
  company: ["supplier"],
  firm: ["supplier"],
  supplier: ["supplier"],
  contractor: ["supplier"],
  programme: ["programme"],
};

// "the trust has spent £2.6m" in a council committee's summary, "the foundation trust agreed to fund" in a PCT's minutes:
// a trust the text named, when the document's own body is not of that kind (else it is that body, the fallback).
// ("The north London trust went live …", "the troubled trust": a trust told by where or what it is, not which.)
const DESCRIBED_TRUST =
  /\bthe (?:(?<told>(?:(?:north|south|east|west)(?:[- ](?:east|west))?|central|inner|outer)\s+london|london|acute|teaching|troubled|beleaguered|embattled|struggling|hard-pressed|cash-strapped)\s+)?(?<kind>foundation trust|trust|hospital trust|pct|primary care trust)\b/gi;
const TRUST_KIND: Record<string, (canonical: string) => boolean> = {
  "foundation trust": (c) => /\bFoundation Trust$/.test(c),
  trust: isTrust,
  "hospital trust": isTrust,
  pct: pctName,
  "primary care trust": pctName,
};

// "the network said", "the practice had to rebook": a body the text named, referred to by the last word of its name
// ("Glenholme Pathology Network") or by what such a name is ("Brookfield Surgery"), which no category above covers.
const DESCRIBED_BY_HEAD =
  /\bthe (network|partnership|practice|surgery|alliance|consortium|infirmary|clinic|centre|service)\b/gi;
// "The strategic health authority's board agreed the pause", "the SHA said": the regional body named before it, by its
// name's shape ("NHS London", "South Central Strategic Health Authority"), not a department of state.
// (Not one a thing came from or was asked for by: "a review commissioned by the strategic health authority", "£1.1m of
// the SHA funding"; but one a thing was done by, "paused by the SHA's executive team".)
const DESCRIBED_SHA =
  /(?<!\b(?:(?:commissioned|requested|ordered|funded)\s+by|from|of)\s)\bthe (?:strategic health authority|SHA)\b(?!['’]?s? (?:funding|money|grant|contribution|cash)\b)/gi;
const SHA_NAME = (canonical: string) =>
  /\bStrategic Health Authority$|\bSHA$/.test(canonical) ||
  (categoryOf(canonical) === "government" && /^NHS (?!Connecting\b)[A-Z]/.test(canonical));
const GP_PRACTICE = /\b(?:Surgery|Practice|Medical Centre|Health Centre)$/;
const NAME_ENDS: Record<string, RegExp> = { practice: GP_PRACTICE, surgery: GP_PRACTICE };

/**
 * The trust a primary care trust's text calls "the trust": one named in full as an NHS trust before the text first says
 * "the trust" ("CB/09/41 St Aldhelm's Hospital NHS Trust: activity … The PCT was withholding £620,000 … The trust had
 * indicated that its own costs …"); none when the text says "the trust" of the PCT before naming another.
 */
function providerOf(text: string, all: StakeholderMention[]): string | null {
  const first = /\bthe trust\b/i.exec(text)?.index ?? Infinity;
  // (Of a paper that speaks of several trusts, a strategic health authority's table of its trusts, "the trust" is the
  // one named last before it.)
  if (severalTrusts(all)) return null;
  return (
    all.find((a) => a.span.start < first && FULL_TRUST.test(a.canonical) && !pctName(a.canonical))?.canonical ?? null
  );
}

/** Whether the text names more than one trust in full (not a primary care trust). */
function severalTrusts(all: StakeholderMention[]): boolean {
  return (
    new Set(all.filter((a) => FULL_TRUST.test(a.canonical) && !pctName(a.canonical)).map((a) => a.canonical)).size > 1
  );
}

/**
 * The sentence's actors with each "the committee", "the company" … taken as a mention of the body of that kind
 * named last before it (in this sentence or an earlier one), so the clause it is the subject of has its actor;
 * likewise "the trust", "the foundation trust", "the PCT", unless `own`, the body the document speaks for, is one.
 */
export function withDescribed(
  text: string,
  s: Sentence,
  actors: StakeholderMention[],
  all: StakeholderMention[],
  own: string | null = null,
): StakeholderMention[] {
  const extra: StakeholderMention[] = [];
  const describe = (m: RegExpMatchArray, wanted: (a: StakeholderMention) => boolean) => {
    const start = s.start + m.index!;
    const end = start + m[0].length;
    if (actors.some((a) => a.span.start < end && start < a.span.end)) return;
    let named: StakeholderMention | undefined;
    // The last such body before it: a binary search to the place, then back (a long text names thousands).
    for (let i = firstNotBefore(all.length, (j) => all[j]!.span.start < start) - 1; i >= 0 && !named; i--) {
      const a = all[i]!;
      if (a.type !== "person" && wanted(a)) named = a;
    }
    if (named) extra.push({ ...named, text: text.slice(start, end), span: { ...named.span, start, end } });
  };
  for (const m of s.text.matchAll(DESCRIBED)) {
    const wanted = DESCRIBED_CATEGORY[m[1]!.toLowerCase()]!;
    describe(m, (a) => wanted.includes(categoryOf(a.canonical) ?? ""));
  }
  for (const m of s.text.matchAll(DESCRIBED_SHA)) describe(m, (a) => SHA_NAME(a.canonical));
  for (const m of s.text.matchAll(DESCRIBED_BY_HEAD)) {
    const word = m[1]!.toLowerCase();
    // ("the service" of "Severn Marches Ambulance Service NHS Trust": a trust's head word before its "NHS Trust".)
    const head = NAME_ENDS[word] ?? new RegExp(String.raw`\b${word}(?: NHS (?:Foundation )?Trust)?$`, "i");
    describe(m, (a) => head.test(a.canonical));
  }
  for (const m of s.text.matchAll(DESCRIBED_TRUST)) {
    const called = m.groups!.kind!.toLowerCase();
    const kind = TRUST_KIND[called]!;
    // ("Board papers from Carrick Vale show … that the trust lost around £1.1m": a trust the sentence has just named
    // is the one it calls "the trust", though the story is about another.)
    const inSentence = actors.some((a) => a.span.end <= s.start + m.index! && kind(a.canonical));
    const provider = own && pctName(own) && !inSentence && called === "trust" ? providerOf(text, all) : null;
    if (provider) describe(m, (a) => a.canonical === provider);
    // (A strategic health authority or a primary care trust named by its place calls itself no "trust": in its paper of
    // several trusts, "the trust" is the one named last.)
    else if (!own || !kind(own) || inSentence || (nhsPlaceName(own) && severalTrusts(all)))
      describe(m, (a) => kind(a.canonical));
    // ("The north London trust went live … after Barts and The London NHS Trust last December", in a story of the
    // Royal Free: the document's own trust, told by where it is, though the sentence names another after it.)
    else if (m.groups?.told) describe(m, (a) => a.canonical === own);
    // ("AGREED that the PCT would contribute £75,000 towards … the trust's waiting lists", in the PCT's minutes: the
    // document's own body, where it was named.)
    else if (pctName(own) && called.startsWith("p")) describe(m, (a) => a.canonical === own);
  }
  return extra.length ? [...actors, ...extra].sort((a, b) => a.span.start - b.span.start) : actors;
}
