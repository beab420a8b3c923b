/** The names a statement gives, and whether they are the document's subject or another body. */

const NOT_A_NAME =
  /^(?:The|A|An|In|On|At|By|For|From|Its|It|This|That|These|Those|He|She|They|We|Our|But|And|Mr|Mrs|Ms|Dr|NHS|Trust|Board|Department|Health|Hospital|Hospitals|Foundation|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The names a statement gives of places and things ("Skelwith Bridge", "Ketley Community Hospital"), but for the
 * document's subject, whose name every passage of its papers carries, and words that only start a sentence.
 */
export function namesIn(sentence: string, subject: string | null): string[] {
  const own = new Set((subject ?? "").split(/\s+/));
  const out: string[] = [];
  for (const m of sentence.matchAll(/\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*/g)) {
    const words = m[0].split(/[ -]/).filter((w) => !NOT_A_NAME.test(w) && !own.has(w));
    if (words.length && (m.index! > 0 || m[0].includes(" "))) out.push(words.join(" "));
  }
  return out.filter((n) => n.length >= 4);
}

// Words every body's name may hold; what is left names the body ("Westmarch" of "Westmarch Ambulance Service NHS Trust").
const GENERIC_NAME_WORDS = new Set(
  "nhs trust trusts foundation hospital hospitals university universities general royal district and of the st for health care healthcare partnership service services community city county council primary teaching acute mental ambulance".split(
    " ",
  ),
);

export function nameCore(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .replace(/['’]s\b/g, "")
      .split(/[^a-z]+/)
      .filter((w) => w.length > 2 && !GENERIC_NAME_WORDS.has(w)),
  );
}

// Words of a name that say what kind of body it is, shared by many: no word that names the body.
const KIND_WORDS = new Set(
  "supplier suppliers systems system solutions software ltd limited plc group company technology technologies clinical medical informatics consulting consultants partners associates board committee programme national department office north south east west northern southern eastern western new valley vale regional local free london england english".split(
    " ",
  ),
);

/**
 * Whether a text (lower case) names a body: by its name, or by a word of its own that is no kind word nor a word of the
 * subject's name ("Supplier Orlent Systems" in a paper that names "Orlent"; "Harrowden and Mere" is not named by
 * Harrowden Vale's papers).
 */
export function namesBody(text: string, name: string, subject: string | null): boolean {
  if (text.includes(name.toLowerCase().replace(/^the\s+/, ""))) return true;
  const own = nameCore(subject ?? "");
  return [...nameCore(name)].some(
    (w) => !KIND_WORDS.has(w) && !own.has(w) && new RegExp(String.raw`\b${w}\b`).test(text),
  );
}

/** Whether two names share the words that name the body: "Westmarch Ambulance Service NHS Trust" and "Westmarch Ambulance". */
export function sameBodyName(a: string, b: string): boolean {
  const x = nameCore(a);
  return [...nameCore(b)].some((w) => x.has(w));
}

// "Nationally, about a third of referrals …", "the average across England": a figure of the whole NHS, which a
// trust's papers do not give however close their own figure's wording.
export const NATIONAL =
  /\b(?:nationally|nationwide|national average|(?:across|throughout|in) (?:the (?:NHS|country)|England|the UK)(?: as a whole)?|(?:England|the NHS)-wide|other trusts)\b/i;

// "Harrowden and Mere is itself heading for a £4m deficit": a sentence led by a name of two or more words.
// (So is one led by a name and a clause about it: "Milbourne General Hospital, which went live with the same system in
// April, reported 2,100 …", "At Fenwick Royal Infirmary, which went live with Millennium last year, …".)
// ("Brentside Hospitals NHS Trust in west London switched on the same system in September": a place after the name.)
const LEADING_NAME =
  /^(?:(?:At|In)\s+)?((?:[A-Z][\w'’-]+)(?:\s+(?:and|of|&)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)+)(?:\s+in\s+(?:(?:north|south|east|west|central|inner|outer|north-east|north-west|south-east|south-west)\s+)?[A-Z][\w'’-]+)?(?:\s+(?:is|are|was|were|has|have|had|says|said|expects|reported|itself|also|will|would|went|switched|took|bought|signed|began|started|moved|installed|introduced|adopted|announced)\b|,\s+(?:which|where|whose|who)\b)/;

const PERSON_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Sir|Dame|Lord|Lady|Baroness|Cllr|Councillor)\b/;
// ("Over at Kingsmead, which went live in April last year, …", "At nearby Eastfold, …": a place turned to, named alone.)
// ("In August the Conservatives pledged to dismantle …": a body named after a fronted date, doing something.)
const DATED_LEAD =
  /^(?:In|On|By|Last|Earlier|This)\s+(?:[\w-]+\s+){0,2}?(?:the\s+)?((?:[A-Z][\w'’-]+)(?:\s+(?:and|of|&)\s+[A-Z][\w'’-]+|\s+[A-Z][\w'’-]+)*)\s+(?:pledged|promised|announced|said|says|warned|proposed|published|launched|decided|agreed|voted|called)\b/;
// ("In May the Board agreed …": a body named by its kind alone is the papers' own.)
const GENERIC_BODY =
  /^(?:Board|Trust|Directors?|Committee|Executive|Department|Government|Ministers?|Council|PCT|SHA|Authority|Hospital|Service|Programme|Team)$/;
const COMPARING_LEAD = /^(?:(?:for|by|in)\s+(?:comparison|contrast)|meanwhile|elsewhere|similarly|likewise),\s+/i;
const OVER_AT = /^(?:Over\s+(?:at|in)|At\s+(?:nearby|neighbouring))\s+([A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+)*),/;

/**
 * Whether a sentence is led by the name of a body other than the document's subject, and than any the caller `known`s
 * (one the passages closest to the sentence speak of): its figures are that body's.
 */
export function leadsWithOtherBody(
  sentence: string,
  subject: string | null,
  known: (name: string) => boolean = () => false,
): boolean {
  // ("For comparison, Bedford Hospital had just 22 patients waiting …": a comparison's lead-in before the body.)
  const text = sentence.trim().replace(COMPARING_LEAD, "");
  const lead = subject ? (LEADING_NAME.exec(text) ?? OVER_AT.exec(text) ?? DATED_LEAD.exec(text)) : null;
  // ("The PCT has also bought 120 laptops": a body named by its kind alone is the papers' own; "Supplier Orlent
  // Systems has agreed …", of a paper that tells what Orlent agreed, is the papers' to speak of.)
  // (Nor is a person, "Mr Deverill said …", whom a paper may name only on its cover.)
  if (
    !lead ||
    /^the\s+\S+$/i.test(lead[1]!) ||
    GENERIC_BODY.test(lead[1]!) ||
    PERSON_TITLE.test(lead[1]!) ||
    known(lead[1]!)
  )
    return false;
  const own = nameCore(subject!);
  return [...nameCore(lead[1]!)].some((w) => !own.has(w));
}
