import type { Doc } from "../model/doc.js";
import type { GazetteerMatch } from "./gazetteer.js";
import { knowledge, wordAlternation, type Category } from "./knowledge.js";
import { overlapIndex, spanOf } from "./span.js";
import { isSystemName } from "./systems.js";
import type { StakeholderMention } from "../model/extraction.js";

// A run of capitalised words (with "of", "and", "for", "the" between them) ending in a word that names a body
// (extractors/data/organisations.json: a trade, a legal form, a newspaper's title word, "Infirmary").
const ORG_HEADS = knowledge.organisations.heads.join("|");
const CAP = String.raw`(?:[A-Z][A-Za-z'’&.-]*|[A-Z]{2,})`;
const RUN = String.raw`${CAP}(?: (?:of|and|for|the|&|on|in) ${CAP}| ${CAP}){0,13}`;
// A learned or professional body goes on past its head word ("Royal College of Nursing", "the Society of
// Radiographers"), with or without capitalised words before it.
const OF_HEADS = "College|Society|Institute|Association|Federation|Union|Academy|Faculty|University";
const OF_NAME = String.raw`[A-Z][A-Za-z'’-]*[A-Za-z]`;
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
// ("5 Boroughs Partnership NHS Foundation Trust": a name may begin with the number of the places it joins, a plural;
// not a count of a body's things, "12 Kestrel Vale Hospital patients", nor a day before its month.)
const NUMBER_FIRST = String.raw`(?:(?<![\w£$€.,/-])[1-9]\d? (?!(?:${MONTHS})\b)(?=[A-Z][a-z]+s\b))?`;
// ("National Clinical Systems Programme", "Clinical Systems Review Panel": heads of a name only after another head, which
// alone would end it short.)
const SECOND_HEADS = "Programme|Review Panel|Panel";
const DISCOVER = new RegExp(
  String.raw`(?:\b(?:${RUN} )?(?:${OF_HEADS}) of (?:the )?${OF_NAME}(?: ${OF_NAME}){0,2}(?![\w'’-])|(?:${NUMBER_FIRST}\b)${RUN} (?:${ORG_HEADS})(?: (?:${ORG_HEADS}|${SECOND_HEADS}))?\b)`,
  "g",
);
// Leading words that are not part of a name: "The", sentence openers, generic adjectives, a press release's "About"
// heading, where a company is ("Cambridge-based"), and people or papers of the body ("Papers for Brackenford Hospitals
// NHS Foundation Trust's board", "Staff at Kestrel Vale Hospital").
const LEADING =
  /^(?:(?:(?:Papers|Figures|Documents|Minutes|Plans|Reports|Records|Accounts|Results|Statistics|Details|Staff|Patients|Doctors|Nurses|Managers|Bosses|Chiefs|Directors|Officials|Executives|Governors|Clinicians|Consultants|Surgeons|Workers|Employees|Leaders|Members|Users|Visitors|Relatives|Families|Critics|Campaigners|Wards|Clinics) (?:for|of|at|from|in|with)|(?:Hundreds|Thousands|Dozens|Scores|Millions) of|The|A|An|About|[A-Z][A-Za-z]*-based|This|That|Both|Each|Every|Its|Their|Our|Local|Several|Many|Some|All|Other|Neighbouring|Neighboring|Nearby|Rival|Fellow|Troubled|Struggling|Beleaguered|Meanwhile|However|Elsewhere|Yesterday|Today|But|And|Yet|So|Also|Although|Though|Because|If|Once|During|Across|Including|Despite|Following|Through|Until|Whereas|Whilst|Another|Former|Smaller|Larger|Both|Under|At|In|For|By|From|With|Unlike|Like|While|When|After|Before|Since|Last|Next|Take|Consider|Look at|Compare|Imagine|Picture|Remember|Then|Now|Even|Only|Just|Still|Indeed|Perhaps|Similarly|Likewise|Instead|Moreover|Why|How|Did|Does|Has|Had|Is|Are|Was|Were|Will|Can|Could|Should|Would|Or|Nor|Thanks to|Unless|Whether|January|February|March|April|June|July|August|September|October|November|December) )+/;
// "Mental Health Minimum Dataset", "National Health Service organisations": words of any body's name, none of one.
const GENERIC_WORDS_ONLY =
  /^(?:(?:National|Mental|Community|Public|Primary|Social|Acute|Secondary|Health|Care|Healthcare|Service|Services|Digital)(?: |$))+$/;
// "Medical Director and Chief Clinical (Information Officer)": a post's words, no body's.
const TITLE_WORDS_ONLY =
  /^(?:(?:Chief|Medical|Clinical|Nursing|Executive|Operating|Information|Finance|Director|Directors|Officer|Head|Lead|Deputy|Assistant|Associate|and|of)(?: |$))+$/;
// "Harbourne General" is a hospital; "the Comptroller and Auditor General" a post.
const OFFICER_GENERAL =
  /\b(?:Attorney|Auditor|Surgeon|Solicitor|Inspector|Secretary|Postmaster|Governor|Director|Registrar|Paymaster) General$/;
const TRUST_BOARD = /^(.+?\b(?:Trust|PCT))(?:\s+Trust)?\s+Board$/;
// (A named committee or programme board, "Audit Committee", "Lorenzo Programme Board", is a body of its own: every blind
// author lists it.)
const GENERIC =
  /^(?:Trust Board|The Board|Board|Trust|Hospital|Committee|Council|Department|Office|Health|NHS Trust|Foundation Trust|Acute Trust)$/i;

// The category an unknown body's name shows: what a claim about it can be (a trust loses money, a supplier holds a contract).
const SHAPES: Array<[RegExp, Category]> = knowledge.organisations.shapes.map((s) => [
  new RegExp(String.raw`\b(?:${wordAlternation(s.words, " ")})\b`),
  s.category,
]);

/** The category of a body found by its shape ("Northgate Clinical Ltd": supplier), or null. */
export function categoryByShape(name: string): Category | null {
  return (
    // (A programme's name ends in it: "Care Records Programme Board" is its board, a body of its own.)
    SHAPES.find(([re, category]) => re.test(name) && (category !== "programme" || /\bProgramme$/.test(name)))?.[1] ??
    // "NHS Ashgrove", "NHS North Lancashire": a primary care trust under the name most took in 2009 (the strategic
    // health authorities named so, "NHS London", are in the gazetteer, which is asked first).
    (NHS_PLACE.test(name) ? "nhs-trust" : isSystemName(name) ? "system" : null)
  );
}

// "St Aldric’s" in an article and "St Aldric's" in a paper are one body: a canonical name keeps the plain apostrophe.
const plainApostrophes = (name: string) => name.replace(/[’‘]/g, "'");
export const FULL_TRUST = /\bNHS (?:Foundation )?Trust$/;
// (After a word of three letters or more, a lower-case one, or two capitals: "supplied by BT. South Thameside …".)
const SENTENCE_STOP = /(?<=\b(?!St\.|Mt\.|Co\.)[A-Za-z]{3,}|\b[a-z]+|\b[A-Z]{2})\.\s+(?=[A-Z])/g;

const ENDS_IN_HEAD = new RegExp(String.raw`\b(?:${ORG_HEADS})$`);

/**
 * The runs of capitalised words that may name a body, each cut at the sentence breaks inside it: "… went live on
 * 13-14 June. Kingston Hospital NHS Trust said" (a full stop after a word, not an initial or "St.", ends a sentence and
 * the name starts after it); "… came from Stratton Dispatch Systems. Harcourt Lane Consulting reviewed it" (a name that
 * ends a sentence is a name too).
 */
function sentencePieces(text: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  for (const m of text.matchAll(DISCOVER)) {
    let from = 0;
    for (const stop of m[0].matchAll(SENTENCE_STOP)) {
      const piece = m[0].slice(from, stop.index!);
      if (ENDS_IN_HEAD.test(piece)) out.push(...possessorAndBody(m.index! + from, piece));
      from = stop.index! + stop[0].length;
    }
    out.push(...possessorAndBody(m.index! + from, m[0].slice(from)));
  }
  return out;
}

const HEAD_POSSESSIVE = new RegExp(String.raw`\b(?:${ORG_HEADS})(['’]s) `);

/**
 * "Kessington County Council's Health Overview and Scrutiny Committee": a body's possessive inside a run names two
 * bodies, the one it belongs to and its own. A possessive after a word that ends no body's name stays inside it ("St
 * Aldhelm's Hospital").
 */
function possessorAndBody(at: number, piece: string): Array<[number, string]> {
  const m = HEAD_POSSESSIVE.exec(piece);
  if (!m) return [[at, piece]];
  const cut = m.index + m[0].length;
  return [
    [at, piece.slice(0, cut - m[1]!.length - 1)],
    [at + cut, piece.slice(cut)],
  ];
}

/**
 * Organisations the gazetteer does not know, found by their shape: "Northwick
 * Park Patients Forum", "Camden Primary Care Trust". Cheap to scan, and
 * precise enough that compromise's tagger is not needed on every sentence.
 */
export function discoverOrganisations(doc: Pick<Doc, "text" | "pages">, known: GazetteerMatch[]): StakeholderMention[] {
  const out: StakeholderMention[] = [];
  // A cover or letterhead in capitals ("ELLINGHAM HOSPITAL NHS TRUST") is read in ordinary capitals, offset for offset.
  const text = ordinaryCapitalLines(doc.text);
  const knownOver = overlapIndex(known);
  // Two bodies a run of capitals names, each at its place, where the gazetteer does not know it.
  const bothBodies = (firstAt: number, first: string, secondAt: number, second: string) => {
    for (const [s, n] of [
      [firstAt, first],
      [secondAt, second],
    ] as const) {
      if (knownOver(s, s + n.length).length || GENERIC.test(n)) continue;
      out.push(discovered(doc, s, s + n.length, plainApostrophes(n)));
    }
  };
  for (const [at, run] of sentencePieces(text)) {
    let start = at;
    let name = run;
    // ("On 8 March the Kestrel Vale … Trust": the month goes, and the "the" it leaves.)
    const opener = LEADING.exec(name)?.[0].length ?? 0;
    const cut = opener + (/^(?:(?:the|of|and|for|on|in) )+/.exec(name.slice(opener))?.[0].length ?? 0);
    if (cut) {
      start += cut;
      name = name.slice(cut);
    }
    // "Barking, Havering and Redbridge University Hospitals NHS Trust": places listed with commas before the "and" of a
    // trust's name are its own words.
    const listed = listedPlacesBefore(text, start, name, knownOver);
    if (listed) {
      start -= listed;
      name = text.slice(start, start + listed + name.length);
    }
    // "Furness General Hospital and Westmorland General Hospital": two bodies, each named in full.
    const pair = PAIR.exec(name);
    // (A trust's name ends at "Trust": "Wexley Park Hospitals NHS Foundation Trust and Kestrel Clinical" are two.)
    if (
      pair &&
      pair[1]!.split(" ").length >= 2 &&
      pair[2]!.split(" ").length >= 2 &&
      (!/\bNHS\b/.test(pair[1]!) || /\bNHS (?:Foundation )?Trust$/.test(pair[1]!))
    ) {
      bothBodies(start, pair[1]!, start + name.indexOf(pair[2]!, pair[1]!.length), pair[2]!);
      continue;
    }
    // "carried out by Marchmont Advisory for Stanbridge Hospitals NHS Trust": a firm and the trust it worked for.
    const forBody = FOR_BODY.exec(name);
    if (forBody) {
      bothBodies(start, forBody[1]!, start + name.lastIndexOf(forBody[2]!), forBody[2]!);
      continue;
    }
    const inPlace = HEAD_IN_PLACE.exec(name);
    if (inPlace) name = inPlace[1]!;
    // "Chief Executive of Oxford Radcliffe Hospitals NHS Trust": the post goes, the body stays.
    const post = POST_OF.exec(name);
    if (post) {
      start += post[0].length;
      name = name.slice(post[0].length);
    }
    // "Fenland and Ouse Community Health NHS Trust Board": the trust's board is the trust. (So is "… NHS Trust Trust
    // Board", a letterhead read into the line after it.)
    const board = TRUST_BOARD.exec(name);
    if (board) name = board[1]!;
    const end = start + name.length;
    if (
      name.includes("\n") ||
      GENERIC.test(name) ||
      GENERIC_WORDS_ONLY.test(name) ||
      TITLE_WORDS_ONLY.test(name) ||
      OFFICER_GENERAL.test(name) ||
      // (A trust's officer for patient confidentiality, not a newspaper.)
      /\bCaldicott Guardian$/.test(name) ||
      name.split(" ").length < 2
    )
      continue;
    // "the UHMB Board", "WDH Board": the board of a body named by its initials, not a body of its own.
    if (/^[A-Z]{2,6} Board$/.test(name)) continue;
    // A gazetteer name inside or over it wins: "Royal Free Hampstead NHS Trust" is known, not discovered. Except a
    // trust's full name that only contains a known short name ("University Hospitals of Morecambe Bay NHS Trust"
    // around "Morecambe Bay"): the text's own full name is the better name.
    const overlapping = knownOver(start, end);
    if (
      overlapping.length &&
      !(
        FULL_TRUST.test(name) &&
        overlapping.every((k) => k.start >= start && k.end < end && k.entry.category === "nhs-trust")
      )
    )
      continue;
    // ("Stourmouth Hospitals NHS FT" in a paper's running footer: the foundation trust, by its name in full.)
    out.push(discovered(doc, start, end, plainApostrophes(name).replace(/ NHS FT$/, " NHS Foundation Trust")));
  }
  // "the consultancy Harwell Pryor", "management consultants Pellow Marsh": a firm its trade names, with no head word of
  // its own to end its name.
  for (const m of text.matchAll(NAMED_BY_TRADE)) {
    const name = m[1]!;
    const end = m.index! + m[0].length;
    const start = end - name.length;
    if (GENERIC.test(name)) continue;
    if (knownOver(start, end).length || out.some((o) => o.span.start < end && start < o.span.end)) continue;
    out.push(discovered(doc, start, end, plainApostrophes(name)));
  }
  // "An independent review by Ostler Marsh, commissioned by the ambulance service": the body a review is by, named
  // before the words that go on about the review. (A person of that name is found as one, and wins.)
  for (const m of text.matchAll(REVIEWED_BY)) {
    const name = m[1]!;
    const start = m.index! + m[0].length - name.length;
    const end = start + name.length;
    if (GENERIC.test(name)) continue;
    if (knownOver(start, end).length || out.some((o) => o.span.start < end && start < o.span.end)) continue;
    out.push(discovered(doc, start, end, plainApostrophes(name)));
  }
  for (const m of text.matchAll(SUPPLIED_BY)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!;
    const start = m.index! + m[0].indexOf(name);
    const end = start + name.length;
    if (GENERIC.test(name) || SMALL_WORDS.has(name.toLowerCase())) continue;
    if (knownOver(start, end).length || out.some((o) => o.span.start < end && start < o.span.end)) continue;
    // (Not the short name of a body the text names in full: "Kestrel" of "Kestrel Command Systems".)
    const fuller = (canonical: string) => canonical.startsWith(`${name} `);
    if (out.some((o) => fuller(o.canonical)) || known.some((k) => fuller(k.entry.canonical))) continue;
    out.push(discovered(doc, start, end, plainApostrophes(name)));
  }
  // "NHS West Midlands", "NHS North Lancashire", "NHS London": strategic health authorities and primary care trusts of
  // 2006-2013 named by region, with no head word to end them.
  for (const m of text.matchAll(NHS_REGION)) {
    const start = m.index!;
    const end = start + m[0].length;
    // (Not a headline's capitals, "CSC Provides Update on NHS Contract", where the text writes it small: "the NHS
    // contract".)
    const small = m[0].slice("NHS ".length).toLowerCase();
    if (text.includes(`NHS ${small}`)) continue;
    if (knownOver(start, end).length || out.some((o) => o.span.start < end && start < o.span.end)) continue;
    out.push(discovered(doc, start, end, m[0]));
  }
  // "Nurses told the Courier", "the Echo can reveal": a newspaper named by its title word alone, where the text never
  // gives its full title ("the Wrenford Echo" names it otherwise, and its short name is that one's).
  const media = knowledge.organisations.shapes.find((s) => s.category === "media")?.words ?? [];
  const bare = new RegExp(
    String.raw`\b(?:told|telling|speaking to|spoke to|said to|contacted by|seen by|obtained by|passed to|shown to|according to|quoted in|in a statement to|wrote to)\s+the\s+(${media.join("|")})\b(?!\s+[A-Z])|\b[Tt]he\s+(${media.join("|")})\s+(?:can reveal|understands|has learned|has learnt|has seen|reported|revealed|asked|contacted)\b`,
    "g",
  );
  for (const m of text.matchAll(bare)) {
    const word = m[1] ?? m[2]!;
    if (new RegExp(String.raw`\b(?!The\b)[A-Z][\w'’-]* ${word}\b`).test(text)) continue;
    const start = m.index! + m[0].search(new RegExp(String.raw`\b${word}\b`));
    const end = start + word.length;
    if (knownOver(start, end).length || out.some((o) => o.span.start < end && start < o.span.end)) continue;
    out.push(discovered(doc, start, end, word));
  }
  return out;
}

// A trust's name that joins places with "and" ("Havering and Redbridge University Hospitals NHS Trust").
const PLACES_JOINED =
  /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)? and [A-Z].*\b(?:NHS (?:Foundation )?Trust|Primary Care Trust|PCT)$/;
// What may stand before such a name: a sentence's or a line's start, or a verb's preposition ("at", "by", "with"); not a
// place fronted ("In east London, Eastwick and …"), a post ("Director of Informatics, Tamsford and …") or another body
// ("the Whittington, Barnet and …").
const LIST_MAY_FOLLOW = /(?:^|[.;:(\n"“]\s*|\b(?:at|by|for|with|to|from|and|between|that|while|whereas)\s+)$/;
const LISTED_PLACES = /(?:^|[^\w,'’&-])((?:[A-Z][a-z]+, ){1,3})$/;

/**
 * How many characters of places, each followed by a comma, stand before a trust's name that joins places with "and"
 * and belong to it: 0 when the name is not of that shape, a listed word is a known body or a sentence's opener
 * ("However, Havering and …"), or the list follows other words than LIST_MAY_FOLLOW.
 */
function listedPlacesBefore(
  text: string,
  start: number,
  name: string,
  knownOver: (start: number, end: number) => unknown[],
): number {
  if (!PLACES_JOINED.test(name)) return 0;
  const before = text.slice(Math.max(0, start - 60), start);
  const m = LISTED_PLACES.exec(before);
  if (!m) return 0;
  const from = start - m[1]!.length;
  const lead = text.slice(Math.max(0, from - 20), from);
  if (!LIST_MAY_FOLLOW.test(lead)) return 0;
  for (const w of m[1]!.split(", ").filter(Boolean)) {
    const at = text.indexOf(w, from);
    if (LEADING.test(`${w} `) || knownOver(at, at + w.length).length) return 0;
  }
  return m[1]!.length;
}

/** A body found by its shape, named `canonical`, at [start, end) of the text. */
function discovered(
  doc: Pick<Doc, "text" | "pages">,
  start: number,
  end: number,
  canonical: string,
): StakeholderMention {
  return {
    text: doc.text.slice(start, end),
    span: spanOf(doc, start, end),
    // ("Mercia Vale Care Records Programme": a programme by its shape, as the gazetteer's are.)
    type: categoryByShape(canonical) === "programme" ? "programme" : "organisation",
    canonical,
    role: null,
    affiliation: null,
    origin: "discovered",
  };
}

// (Not a person with a title: "two consultants Dr Amir Patel and …" are a hospital's doctors.)
const NAMED_BY_TRADE =
  /\b(?:consultancy|consultants|management consultants|consulting firm|accountancy firm|accountants|auditors)\s+((?!(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir)\b)[A-Z][a-z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][a-z][\w'’-]*){1,3})\b/g;
const REVIEWED_BY =
  /\b(?:review|report|audit|investigation|inquiry|assessment)\s+(?:carried out\s+|conducted\s+|commissioned\s+|undertaken\s+)?by\s+((?!(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|The|NHS|Monitor)\b)[A-Z][a-z][\w'’-]*(?:\s+(?:&\s+)?[A-Z][a-z][\w'’-]*){1,2})(?=\s*(?:,|\(|\bpublished\b|\bfound\b|\bcommissioned\b|\bconcluded\b|\bsaid\b|\breported\b|\bwas\b))/g;
// "supplied by Northrop Grumman", "the contract with Atos Origin", "Atos Origin's contract", "Agfa, which supplies PACS":
// a firm told by what it supplies, with no head word of its own to end its name.
const FIRM_NAME = String.raw`((?!(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|The|This|That|Its|NHS|Monitor|Trust|Board|GPs?|PCTs?|SHAs?|CCGs?|Department|Government|Ministers?|January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][A-Za-z][\w'’&-]*(?:\s+[A-Z][A-Za-z][\w'’&-]*){0,2})`;
const SUPPLIED_BY = new RegExp(
  String.raw`\b(?:supplied|provided|developed|built|written|made|sold|maintained|hosted) by\s+${FIRM_NAME}(?![\w'’-]|\s+[A-Z]|\s+(?:firm|company|group|supplier|software|developer|specialist|based)\b)|\b(?:contracts?|deal|agreement) with\s+${FIRM_NAME}(?=\s*(?:,|\.|;|\bfor\b|\bto\b|\bwas\b|\bis\b|\bsigned\b|\bworth\b))|(?<=^|[.;:(“"]\s*|\b[a-z]+\s)${FIRM_NAME}['’]s\s+(?:contract|deal)\b|(?<=^|[.;:(“"]\s*|\b[a-z]+\s)${FIRM_NAME},\s+which\s+(?:supplies|supplied|provides|provided|makes|made|develops|developed|sells|sold)\b|(?<=^|[.,;:(“"]\s*)${FIRM_NAME},\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|supplier|contractor)\b(?![’'-]|\s+(?:director|secretary|spokes\w+|executive|boss|chair\w*|founder|owner)\b)`,
  "g",
);
/** The names a text gives as a supplier's ("supplied by Northrop Grumman", "the contract with Atos Origin"). */
export function suppliersNamed(text: string): Set<string> {
  return new Set([...text.matchAll(SUPPLIED_BY)].map((m) => plainApostrophes((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5])!)));
}

// ("the Trust Board of Wyreside Hospitals NHS Trust", "Board of Directors of …": a board is its body.)
const POST_OF =
  /^(?:(?:Deputy|Acting|Interim|Joint)\s+)?(?:(?:Trust |Public |Private )?Board(?: of (?:Directors|Governors))?|Council of Governors|Chief Executive|Chairman|Chair|Director(?: of [A-Z][a-z]+)?|Medical Director|Finance Director|Managing Director|Sales Director|Commercial Director|Technical Director|Chief Operating Officer|Chief Information Officer|Secretary|Head(?: of [A-Z][a-z]+)?) (?:of|at) (?:the )?/;
// ("NHS Brackenshire", "NHS Midlands and East": any place, but not the service's own things, "NHS Number", "NHS Plan".)
const NHS_THINGS =
  "Number|Numbers|Plan|Care|Records?|Spine|Mail|Net|IT|Trusts?|Foundation|Hospitals?|Ambulance|Primary|Partnership|Programme|Constitution|Pensions?|Operating|Outcomes|Standards?|Staff|Pay|Digital|Direct|Choices|Summary|Connecting|Information|Reform|Improvement|Institute|Confederation|Employers|Litigation|Counter|Business|Supply|Purchasing|Estates|Logistics|Blood|Professionals|Evidence|Modernisation|National|Local|Regional|Health|Commissioning|Board|Executive|Management|Leadership|Chief|Chair|Chairman|Medical|Choose|Bank|Jobs|Careers|Appointments?|Patient|Patients|Services?|Systems?|Tariff";
const NHS_REGION = new RegExp(
  String.raw`\bNHS (?:(?:North|South|East|West|Central)(?: (?:East|West))?(?: (?:of )?[A-Z][a-z]+){0,2}|London|(?!(?:${NHS_THINGS})\b)[A-Z][a-z]{3,}(?: (?:and )?(?!(?:${NHS_THINGS})\b)[A-Z][a-z]{3,}){0,4})\b(?! (?:Trust|Foundation|Hospitals?|Ambulance|Primary|Partnership|Programme|[A-Z]))`,
  "g",
);
const NHS_PLACE = new RegExp(String.raw`^(?:${NHS_REGION.source})$`);

/** Whether a body is named "NHS" and a place ("NHS Ashgrove", "NHS North Lancashire"). */
export const nhsPlaceName = (canonical: string): boolean => NHS_PLACE.test(canonical);

/** The place of a body named "NHS" and a place ("Ashvale" of "NHS Ashvale"), or null for any other name. */
export const nhsPlace = (canonical: string): string | null =>
  NHS_PLACE.test(canonical) ? canonical.slice("NHS ".length) : null;

/** Whether a body's name is a primary care trust's: "Harrowden PCT", "… Primary Care Trust", "NHS Ashgrove". */
export const pctName = (canonical: string): boolean =>
  /\b(?:PCT|Primary Care Trust)$/.test(canonical) || NHS_PLACE.test(canonical);

// Lower-cased in a line of capitals: joining words of names, and the connectives of a headline in capitals ("HUNDREDS
// TURNED AWAY AS HOSPITAL …"), which no body's name holds and which so end a run of capitalised words.
// ("the Royal Kennet Hospital in Newbury and St Aldhelm's Hospital in Hungerford": each named with its town.)
const IN_PLACE = String.raw`(?: in [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)?`;
const PAIR = new RegExp(String.raw`^(.+? (?:${ORG_HEADS}))${IN_PLACE} and (.+ (?:${ORG_HEADS}))${IN_PLACE}$`);
// (A firm by its head word, "Advisory", "Consulting", "Ltd": not "Royal National Hospital for Rheumatic Diseases".)
const FIRM_HEADS = (knowledge.organisations.shapes.find((s) => s.category === "supplier")?.words ?? []).join("|");
const FOR_BODY = new RegExp(
  String.raw`^(.+? (?:${FIRM_HEADS})) for ((?:[A-Z][\w'’-]* )+(?:(?:and|of) (?:[A-Z][\w'’-]* )+)*(?:NHS (?:Foundation )?Trust|Primary Care Trust|Council))$`,
);
// "Royal Kennet Hospital in Newbury": the town a body is in is no part of its name.
const HEAD_IN_PLACE = new RegExp(String.raw`^(.+ (?:${ORG_HEADS})) in [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?$`);
const SMALL_WORDS = new Set(
  "and of for the in on at to as by with after over from into amid against before until while but or is are was were be has have had says said".split(
    " ",
  ),
);
const ACRONYM_WORDS = new Set(["NHS", "PCT", "SHA", "UK", "GP", "IT", "EPR", "PAS", "CCG", "BT", "CSC", "NPFIT"]);

/**
 * The text with every line written in capitals put into ordinary capitals, and a cover field's value in capitals
 * ("Title:  ACUTE CONTRACT: OAKHURST AND STENBRIDGE HOSPITALS NHS TRUST"); same length, so offsets hold.
 */
function ordinaryCapitalLines(text: string): string {
  return text.replace(
    /^([A-Z][A-Za-z'’ ()/&-]{1,30}:\s+)?([^\n]*)$/gm,
    (line, label: string | undefined, value: string) => {
      const letters = value.replace(/[^A-Za-z]/g, "");
      if (letters.length < 6 || letters !== letters.toUpperCase()) return line;
      return (
        (label ?? "") +
        value.replace(/[A-Z][A-Z'’]*/g, (w) => {
          if (ACRONYM_WORDS.has(w)) return w;
          const lower = w.toLowerCase();
          return SMALL_WORDS.has(lower) ? lower : w[0] + lower.slice(1);
        })
      );
    },
  );
}
