import type { Doc } from "../model/doc.js";
import type { StakeholderMention } from "../model/extraction.js";
import { wordAlternation } from "./knowledge.js";
import { overlapIndex, spanOf } from "./span.js";

/**
 * Software products the gazetteer does not know, found by their shape: a name in one word of two capitalised parts
 * ("CommandPoint", "TriageBoard", "LabCentre 5"), or a capitalised name before the kind of system it is ("Vantage
 * CAD", "Orion PAS", "Meridian EPR"). Suppliers invent such names; companies and people seldom have them.
 */
const KIND = String.raw`(?:CAD|PAS|EPR|EHR|EPMA|PACS|RIS|LIMS)`;
// (Or a word with its kind run on: "VectorCAD", "KestrelPAS".)
const CAMEL = String.raw`(?!Mc|Mac)[A-Z][a-z]+(?:(?:[A-Z][a-z]+)+|${KIND}\b)`;
const VERSION = String.raw`(?:\s+(?:\d+(?:\.\d+)?|Pro|Plus|${KIND}))?`;
// (Not a word that leads a sentence or says which: "Since Sentinel CAD went live", "the Legacy PAS".)
const WORD = String.raw`(?!(?:The|A|An|Its|Their|This|That|Our|New|Old|Legacy|Current|Existing|Since|After|Before|When|While|Both|Each|Every|All|Interim|Local|National|Trust|Replacement|If|Unless|Should|Once|Until|Although|Though|Because|Where|With|Without|For|In|On|At|By|Of|From|To|During|Despite|Under|Over|Across|Using|As|Whether|Then|So|But|And|Or|Also|However|Why|How|What|Which|Had|Has|Have|Was|Were|Is|Are|Will|Would|Could|Did|Does)\b)[A-Z][a-z]+`;
// (Words of a product's kind that follow its name: "Corvex Command", "Halcyon Dispatch 5". Not the command levels of an
// emergency, "Gold Command", nor "Computer Aided Dispatch".)
const KIND_WORD = String.raw`(?:Command|Dispatch|Despatch|Patient Manager|Clinical Suite)`;
// (A product named for its kind and a number: "Dispatch360", "Despatch Pro 7", "Command Point 5".)
const NUMBERED_KIND = String.raw`(?:Dispatch|Despatch|Command)(?:\s(?:Pro|Plus|Point))?\s?\d+(?:\.\d+)?`;
// (Nor words of a service, a table's line or its period before the kind: "Ambulance CAD projects", "Total EPR costs",
// "Refresh CAD test environment", "Weekly CAD downtime".)
const GENERIC = String.raw`(?!(?:Ambulance|Service|Services|Hospital|Community|Total|Refresh|Replace|Upgrade|Include|Unplanned|Planned|Weekly|Monthly|Daily|Annual)\b)`;
const NAME = String.raw`(?:${CAMEL}${VERSION}|${NUMBERED_KIND}|${GENERIC}${WORD}(?:\s${WORD})?\s${KIND}(?:\s+\d+(?:\.\d+)?)?|(?!(?:Gold|Silver|Bronze|Incident|Major|Emergency|Aided)\b)${WORD}\s${KIND_WORD}(?:\s+\d+(?:\.\d+)?)?)`;
const SYSTEM_NAME = new RegExp(String.raw`\b${NAME}\b`, "g");
const SYSTEM_SHAPE = new RegExp(String.raw`^${NAME}$`);

/** Whether a name has a product's shape. */
export const isSystemName = (name: string): boolean => SYSTEM_SHAPE.test(name);

/**
 * The products a text names by shape, as system mentions, outside the names already found (a company "TrustCare
 * Systems Ltd", a person).
 */
export function discoverSystems(
  doc: Pick<Doc, "text" | "pages">,
  taken: readonly StakeholderMention[],
): StakeholderMention[] {
  // (Looked up by position: a long text names thousands.)
  const takenOver = overlapIndex(taken.map((t) => t.span));
  const full: StakeholderMention[] = [];
  // (Asked once per name: a long text names the same products hundreds of times.)
  const companies = new Map<string, boolean>();
  const isCompany = (name: string) => {
    let known = companies.get(name);
    if (known === undefined) companies.set(name, (known = suppliesSomething(doc.text, name)));
    return known;
  };
  for (const m of doc.text.matchAll(SYSTEM_NAME)) {
    const start = m.index!;
    const end = start + m[0].length;
    // (A company named for its product, "KestrelCare Systems", "CarePath Health", is the company; so is a name the
    // text says supplies: "supplied by Tallis Dispatch".)
    if (takenOver(start, end).length || COMPANY_AFTER.test(doc.text.slice(end, end + 20))) continue;
    if (isCompany(m[0])) continue;
    full.push({
      text: m[0],
      span: spanOf(doc, start, end),
      type: "system",
      canonical: m[0].replace(/\s+/g, " "),
      role: null,
      affiliation: null,
      origin: "discovered",
    });
  }
  // A name the text tells is a product: "Labwise 4, supplied by Halcyon", "the Pathnet 5 laboratory system", "a new
  // laboratory system, Sapphire, on 9 January", "a system called Meridian", "Kestrel's Meridian system", "Beacon, a
  // system from Stratton".
  for (const m of doc.text.matchAll(DESCRIBED)) {
    const name = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]!;
    const start = m.index! + m[0].indexOf(name);
    const end = start + name.length;
    if (takenOver(start, end).length || full.some((f) => f.span.start < end && start < f.span.end)) continue;
    if (NOT_A_NAME.test(name) || COMPANY_AFTER.test(doc.text.slice(end, end + 20))) continue;
    full.push({
      text: name,
      span: spanOf(doc, start, end),
      type: "system",
      canonical: name.replace(/\s+/g, " "),
      role: null,
      affiliation: null,
      origin: "discovered",
    });
  }
  // A name told once to be a product is one wherever the text names it: "Severnside suspends move to Vector 5".
  const described = new Set(full.filter((f) => !isSystemName(f.canonical)).map((f) => f.canonical));
  for (const name of described) {
    const pattern = wordAlternation([name]);
    for (const m of doc.text.matchAll(new RegExp(String.raw`\b${pattern}\b`, "g"))) {
      const [start, end] = [m.index!, m.index! + m[0].length];
      if (takenOver(start, end).length || full.some((f) => f.span.start < end && start < f.span.end)) continue;
      full.push({ ...full.find((f) => f.canonical === name)!, text: m[0], span: spanOf(doc, start, end) });
    }
  }
  full.sort((a, b) => a.span.start - b.span.start);
  // "Vantage CAD" named once, then "Vantage froze twice": the name without its kind is the same system (so is "Beacon"
  // after "Beacon Dispatch 5").
  const fullOver = overlapIndex(full.map((f) => f.span));
  const short: StakeholderMention[] = [];
  for (const f of full) {
    const name = new RegExp(String.raw`^(${WORD})\s(?:${KIND}|${KIND_WORD})\b`).exec(f.canonical)?.[1];
    if (!name || short.some((x) => x.canonical === f.canonical)) continue;
    for (const m of doc.text.matchAll(new RegExp(String.raw`\b${name}\b(?!\s+(?:${KIND}|[A-Z]))`, "g"))) {
      const [start, end] = [m.index!, m.index! + name.length];
      if (!takenOver(start, end).length && !fullOver(start, end).length)
        short.push({ ...f, text: name, span: spanOf(doc, start, end) });
    }
  }
  return [...full, ...short];
}

/**
 * Whether the text names `name` as a company anywhere: the one that supplies, makes or sells something ("supplied by
 * Tallis Dispatch"), a supplier ("supplier Sentrix Dispatch's software"), or with a company's ending ("Sentrix
 * Dispatch Ltd"). Then it is the company, not its product.
 */
function suppliesSomething(text: string, name: string): boolean {
  const words = wordAlternation([name.replace(/\s+/g, " ")]);
  return new RegExp(
    String.raw`\b(?:(?:supplied|provided|made|developed|built|sold|licensed)\s+by|suppliers?,?|company|firm|vendor)\s+${words}\b|\b${words}\s+(?:Ltd|Limited|plc|Inc)\b`,
  ).test(text);
}

const COMPANY_AFTER = /^\s+(?:Systems|Software|Solutions|Ltd|Limited|plc|Health|Healthcare|Informatics|Technologies)\b/;
// A capitalised name of one to three words, with a version number if it has one.
const PRODUCT = String.raw`${WORD}(?:\s${WORD}){0,2}(?:\s\d+(?:\.\d+)?)?`;
// "Kestrel's Meridian system": a maker's product.
const MAKERS = String.raw`\b(?!(?:Trust|Board|Council|Department|Government|Programme|Authority|Hospital|PCT|Service|Committee|NHS)['’])[A-Z][A-Za-z]+['’]s`;
const SYSTEM_WORDS = String.raw`(?:(?:(?:laboratory|lab|pathology|patient administration|electronic (?:patient |health )?records?|e-?prescribing|prescribing|dispatch|despatch|messaging|results|radiology|theatres?|maternity|clinical|community|booking|scheduling|information|management|records?|computer-aided dispatch)\s+){1,3}(?:system|software|package)|electronic (?:patient |health |care )?records?\b(?!\s+(?:system|software|package)\b))`;
const DESCRIBED = new RegExp(
  String.raw`\b(${PRODUCT})\s+${SYSTEM_WORDS}\b|\b(${PRODUCT}),?\s+(?:supplied|made|developed|provided|sold|built)\s+by\b|\b(?:system|software|package|PAS|EPR|record),?\s+(?:called|named|known as)?\s*(${PRODUCT})(?=,|\s+(?:on|in|from|which|that|was|went|had|has)\b)|${MAKERS}\s+(${PRODUCT})\s+(?:system|software)\b|\b(${PRODUCT}),\s+(?:a|an)\s+(?:new\s+)?(?:[a-z-]+\s+){0,3}?(?:system|software|package)\s+(?:from|supplied|made|developed|sold|built)\b`,
  "g",
);
// Words a capitalised name of that shape may be that name no product: places in a paper, parts of a programme.
const NOT_A_NAME =
  /^(?:(?:Phase|Wave|Ward|Stage|Release|Level|Version|Theatre|Room|Section|Table|Appendix|Page|Annex|Month|Quarter|Week|Day|Year|Paper|Item|Risk|Tranche|Lot|Band|Floor|Block|Unit|Site|Building|Option|Priority|Category|Grade|Schedule|Part|Chapter|Figure|Note|Line|Step|Cohort|Group|Team|Area|Zone|Cluster|Region|Milestone|Gate|Number|Agenda|Action|Recommendation|Finding|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|NHS|Trust|Hospital|Board|Department|Council|Service|Services|Programme|Project)\b|\b(?:Hospitals?|Trust|NHS|Council|Service|Services|Centre|Unit|Ward|Limited|Ltd|plc|Department|Authority|Board|Committee)$)/;
