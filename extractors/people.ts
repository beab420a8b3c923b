import { createRequire } from "node:module";
import type { Doc } from "../model/doc.js";
import { gazetteer, type GazetteerMatch } from "./gazetteer.js";
import { knowledge } from "./knowledge.js";
import { ROLE_AFTER, ROLE_BEFORE, normaliseRole } from "./roles.js";
import { similarNames } from "./name-variants.js";
import { overlapIndex, spanOf } from "./span.js";
import type { StakeholderMention, Warning } from "../model/extraction.js";

// Honorifics and speech verbs are the lexicon's (extractors/data/roles.json, speech.json).
const TITLES = knowledge.roles.honorifics.join("|");
const SPEECH = knowledge.speech.speakerVerbs.join("|");
const NAME_WORD = String.raw`[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?`;
// Surnames have prefixes and double barrels: McKenna, MacLeod, O'Neill, D'Souza, Marsh-Tate, O'Neill-Grant.
const SURNAME_PART = String.raw`(?:[A-Z]['’])?(?:Ma?c)?[A-Z][a-z]+`;
const SURNAME = String.raw`${SURNAME_PART}(?:-${SURNAME_PART})?`;
const FULL_NAME = new RegExp(
  String.raw`\b(?:(${TITLES})\.? )?(${NAME_WORD})(?: ([A-Z])\.)? (${SURNAME})\b(?![-'’][A-Za-z])`,
  "g",
);
const INITIALLED = new RegExp(
  String.raw`\b(?:${TITLES})\.? ((?:[A-Z]\.? ?){1,2} ?(${SURNAME}))\b(?![-'’][A-Za-z])`,
  "g",
);
// A name the text sets in capitals (bylines "By TOM FOOT", "Chief executive GRAHAM WHITLOCK said"), or a byline
// in any case: a byline names a person even when the given name is not in the lexicon ("By Priya Raman").
const CAPS_WORD = String.raw`(?:Ma?c|[A-Z]['’])?[A-Z]{2,}(?:-(?:[A-Z]['’])?[A-Z]{2,})?`;
const BYLINE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:(?:Posted|Written|Reported)\s+)?[Bb]y\s+((?:${NAME_WORD}|${CAPS_WORD}) (?:${SURNAME}|${CAPS_WORD}))\b`,
  "g",
);
// "By Health Reporter", "By Political Staff", "By HEALTH EDITOR": a byline that names the desk, not a person.
const DESK_WORD =
  /^(?:reporter|reporters|correspondent|correspondents|editor|editors|staff|writer|writers|team|desk|staffer|bureau|newsdesk)$/i;
const IS_TITLE = new RegExp(
  String.raw`^(?:${TITLES}|The|Non|District|Professional|Clinical|Medical|Executive|Chief|Director|Finance|Head|Lead|Information|Electronic|Deputy|Interim|Acting|Purpose|Author|Date|Paper|Title|Subject|Report|Agenda|Item|Meeting|Sponsor|Presenter|Action|Decision)$`,
);
// Words that end a company's, a post's, a public body's or a street's name, never a person's: "Aldercroft Systems plc
// said", "The Audit Commission said".
const NOT_A_PERSON_WORD =
  /^(?:For|To|Of|And|The|In|On|At|By|With|From|Ltd|Limited|Plc|Systems|Software|Diagnostics|Clinical|Solutions|Technologies|Informatics|Healthcare|Consulting|Consultants|Associates|Partners|Advisory|Director|Officer|Chair|Chairman|Executive|Road|Street|Lane|Avenue|Way|Close|Patient|Record|Records|Hospitals?|Trust|Vale|Valley|Bay|Moor|Heath|Downs|Wold|Marsh|Cross|Commission|Committee|Council|Office|Authority|Agency|Department|Board|Service|Partnership|Group|Inspectorate|Ombudsman|Monitor)$/;
// "At Harrowmere, the chief executive, …", "South West": a word of place or a preposition leads no name.
const NOT_A_GIVEN_NAME =
  /^(?:At|In|On|For|To|Of|And|The|By|With|From|As|After|Before|Under|North|South|East|West|Central|Upper|Lower|Greater)$/;
// (Or after a post set off by commas: "Amyas Morse, head of the NAO, said".)
const SPEECH_AFTER = new RegExp(
  String.raw`^(?:,?\s+|,\s+(?:the\s+)?(?:head|chief|director|chair|chairman|chairwoman|leader|secretary|minister|president|spokesman|spokeswoman)\b[^,.;]{0,50},\s+)(?:${SPEECH})\b`,
);
const CAPS_NAME = new RegExp(String.raw`\b(${CAPS_WORD} ${CAPS_WORD})(?=,?\s+(?:${SPEECH})\b)`, "g");
const SPEAKER_BEFORE_VERB = new RegExp(
  String.raw`\b([A-Z][a-z]+)\s+(?:also\s+|further\s+|then\s+)?(?:${SPEECH})\b`,
  "g",
);
// Capitalised words that start names of places and bodies, never a surname in our texts.
const NOT_SURNAME =
  /^(?:Hospital|Trust|Health|Board|Programme|Service|Services|Council|Committee|Office|Department|London|NHS|Care|Records|Foundation|University|Primary|Royal|Free|General|Medical)$/;
const PRONOUNS =
  /^(?:He|She|It|They|We|I|This|That|There|Who|Which|One|Everyone|Nobody|Officials|Staff|Managers|Clinicians|Spokesman|Spokeswoman|Spokesperson|Trust|Minister)$/;

// compromise's lexicon costs about a second of CPU to load, in every process that merely imports the extractors
// (a Library opened to list documents): it loads when a name is first asked about.
let compromise: typeof import("compromise").default | null = null;
const nlp = (text: string) =>
  (compromise ??= createRequire(import.meta.url)("compromise") as typeof import("compromise").default)(text);

// "Prepared by: Chukwuemeka Obi", "Owner: Vikram Desai", "Appointed auditor: Philippa Grange": a cover sheet's or a
// register's field that only a person fills.
const PERSON_FIELD =
  /(?:^|\n|\|)\s*(?:(?:report\s+)?author|prepared by|presented by|presenter|(?:risk\s+)?owner|(?:executive\s+|clinical\s+)?lead|sponsor|contact|(?:appointed\s+)?auditor|responsible (?:director|officer|manager)|signed)\s*:\s*$/i;
// "Raj Dhillon (Director of Finance)": a post in brackets after the name.
const POST_IN_BRACKETS =
  /^\s*\((?:[A-Z][a-z]+,?\s+){0,4}?(?:Director|Chief|Head|Chair|Chairman|Chairwoman|Manager|Officer|Lead|Secretary|Minister|Controller|Consultant|Nurse|Clerk|Governor|Matron)\b/;
// "Jean Paterson, 67, from Wyre Green": a local paper gives a person's age after the name.
const AGED = /^,\s*\d{1,3},/;

/** Whether the place of a name vouches for it being a person's: a field only a person fills, a post, an age, a byline. */
function vouchedByPlace(text: string, start: number, end: number): boolean {
  return (
    PERSON_FIELD.test(text.slice(Math.max(0, start - 40), start)) ||
    POST_IN_BRACKETS.test(text.slice(end, end + 60)) ||
    AGED.test(text.slice(end, end + 8)) ||
    /,\s+by\s+$/i.test(text.slice(Math.max(0, start - 6), start))
  );
}

const firstNameCache = new Map<string, boolean>();
/** compromise's lexicon knows given names; asking it once per distinct word keeps it off the hot path. */
function isFirstName(word: string): boolean {
  let known = firstNameCache.get(word);
  if (known === undefined) {
    known = nlp(word).has("#FirstName");
    firstNameCache.set(word, known);
  }
  return known;
}

interface Person {
  canonical: string;
  surname: string;
  role: string | null;
  affiliation: string | null;
}

/**
 * People: full names (a known given name or a title, then a surname), their
 * role and affiliation when the text gives them beside the name, and later
 * surname-only mentions resolved to the full name. Names that differ from a
 * known one by a letter or two are reported as warnings, never merged.
 */
export function extractPeople(
  doc: Pick<Doc, "text" | "pages">,
  orgs: GazetteerMatch[],
): { mentions: StakeholderMention[]; warnings: Warning[] } {
  const text = doc.text;
  const orgsOver = overlapIndex(orgs);
  const inOrg = (s: number, e: number) => orgsOver(s, e).length > 0;
  const full: Array<{ start: number; end: number; person: Person }> = [];
  const people = new Map<string, Person>();

  FULL_NAME.lastIndex = 0;
  for (let m = FULL_NAME.exec(text); m; m = FULL_NAME.exec(text)) {
    const [whole, title, first, , last] = m;
    const start = m.index;
    const end = m.index + whole.length;
    // "Oluwaseun Adeyemi (OA), Chief Executive": minutes that give a name its initials vouch for it being a name.
    const initials = /^\s*\(([A-Z]{2,3})\)/.exec(text.slice(end, end + 8))?.[1];
    const vouched = !!initials && initials[0] === first![0] && initials[initials.length - 1] === last![0];
    // "Director of operations Raj Chaudhary said", "Sunil Chaudhry, the chief executive,": a given name the lexicon does
    // not know is vouched for by a role beside the name, a verb of speech after it, or where it stands (vouchedByPlace).
    const named =
      title ||
      vouched ||
      isFirstName(first!) ||
      (!NOT_SURNAME.test(first!) &&
        !NOT_A_GIVEN_NAME.test(first!) &&
        !IS_TITLE.test(first!) &&
        !NOT_A_PERSON_WORD.test(last!) &&
        !/^\s+(?:Ltd|Limited|plc|PLC|Inc|LLP|Systems|Software|Group|Partnership|Partners|Associates|Consulting|Services|Solutions)\b/.test(
          text.slice(end, end + 14),
        ) &&
        !inOrg(start, end) &&
        (roleAround(text, start, end, orgs).role !== null ||
          // (Not a place a speaker lives in: "Margaret Hollis, 74, of Belsize Park, said".)
          (SPEECH_AFTER.test(text.slice(end, end + 80)) &&
            !/\b(?:of|from|in|at)\s+$/.test(text.slice(start - 6, start))) ||
          vouchedByPlace(text, start, end)));
    // ("Nick de Bois, the Conservative MP for Enfield North, said": the seat, not a person.)
    const seat = /\b(?:MP|MEP|AM|MSP|[Mm]ember|candidate)\s+for\s+$/.test(text.slice(Math.max(0, start - 20), start));
    // ("Save Chase Farm", "Chase Farm computer switch …": a known hospital's name without its head.)
    const hospital = !title && gazetteer().lookup(`${text.slice(start, end)} Hospital`) !== undefined;
    if (!named || seat || hospital) {
      // "Pensioner Joan Pettifer": a capitalised word before a name is no given name, and the name may start after it.
      FULL_NAME.lastIndex = m.index + first!.length + 1;
      continue;
    }
    if (inOrg(start, end) || NOT_SURNAME.test(last!)) continue;
    // "O’Brien" and "O'Brien" are one person: the canonical name keeps the plain apostrophe.
    const canonical = whole.replace(new RegExp(`^(?:${TITLES})\\.? `), "").replace(/[’‘]/g, "'");
    const person = people.get(canonical) ?? { canonical, surname: last!, role: null, affiliation: null };
    people.set(canonical, person);
    const { role, affiliation } = roleAround(text, m.index!, end, orgs);
    person.role ??= role;
    person.affiliation ??= affiliation;
    full.push({ start: m.index!, end, person });
  }

  // "Mr T Hargreaves, Ms L Cope, Prof R Sands": a title and initials name a person as the minutes list them.
  for (const m of text.matchAll(INITIALLED)) {
    const start = m.index! + m[0].length - m[1]!.length;
    const end = m.index! + m[0].length;
    if (inOrg(start, end) || NOT_SURNAME.test(m[2]!) || full.some((f) => f.start < end && start < f.end)) continue;
    const canonical = m[1]!.replace(/\./g, "");
    const person = people.get(canonical) ?? { canonical, surname: m[2]!, role: null, affiliation: null };
    people.set(canonical, person);
    const { role, affiliation } = roleAround(text, m.index!, end, orgs);
    person.role ??= role;
    person.affiliation ??= affiliation;
    full.push({ start: m.index!, end, person });
  }

  // Bylines and names in capitals: taken as written, canonical in ordinary capitals ("KATE McALLISTER" → "Kate McAllister").
  for (const re of [BYLINE, CAPS_NAME]) {
    for (const m of text.matchAll(re)) {
      const name = m[1]!;
      const start = m.index! + m[0].lastIndexOf(name);
      const end = start + name.length;
      const words = name.split(" ");
      if (
        inOrg(start, end) ||
        full.some((f) => f.start < end && start < f.end) ||
        words.some((w) => w.length < 2 || !/[AEIOUYaeiouy]/.test(w)) ||
        DESK_WORD.test(words[words.length - 1]!)
      )
        continue;
      const canonical = words.map(ordinaryCapitals).join(" ");
      const person = people.get(canonical) ?? {
        canonical,
        surname: ordinaryCapitals(words[words.length - 1]!),
        role: null,
        affiliation: null,
      };
      people.set(canonical, person);
      const { role, affiliation } = roleAround(text, start, end, orgs);
      person.role ??= role;
      person.affiliation ??= affiliation;
      full.push({ start, end, person });
    }
  }
  full.sort((a, b) => a.start - b.start);

  const warnings: Warning[] = [];
  dropVariantFullNames(full, people, warnings, doc);

  const mentions: StakeholderMention[] = full.map((f) => mention(doc, f.start, f.end, f.person));
  const bySurname = new Map([...people.values()].map((p) => [p.surname, p]));
  const fullOver = overlapIndex(full);
  const taken = (s: number, e: number) => fullOver(s, e).length > 0 || inOrg(s, e);

  for (const [surname, person] of bySurname) {
    const re = new RegExp(String.raw`\b(?:(?:${TITLES})\.? )?${surname}\b(?!['’-]?[a-z])`, "g");
    for (const m of text.matchAll(re)) {
      const s = m.index!;
      const e = s + m[0].length;
      if (taken(s, e) || !atNameBoundary(text, s, e, m[0] !== surname)) continue;
      // A surname alone is only taken from after the full name was introduced.
      if (full.find((f) => f.person === person)!.start > s) continue;
      mentions.push(mention(doc, s, e, person));
    }
  }

  warnings.push(...surnameVariants(doc, bySurname, taken));
  mentions.sort((a, b) => a.span.start - b.span.start);
  return { mentions, warnings };
}

/** "McALLISTER" → "McAllister", "O'BRIEN" → "O'Brien", "MARSH-TATE" → "Marsh-Tate"; names in ordinary case stay. */
function ordinaryCapitals(word: string): string {
  if (!/[A-Z]{3}/.test(word)) return word;
  return word
    .toLowerCase()
    .replace(/(^|[-'’])([a-z])/g, (_, lead: string, c: string) => lead + c.toUpperCase())
    .replace(/^Mc([a-z])/, (_, c: string) => `Mc${c.toUpperCase()}`);
}

function mention(doc: Pick<Doc, "text" | "pages">, start: number, end: number, p: Person): StakeholderMention {
  return {
    text: doc.text.slice(start, end),
    span: spanOf(doc, start, end),
    type: "person",
    canonical: p.canonical,
    role: p.role,
    affiliation: p.affiliation,
    origin: "discovered",
  };
}

/** "Way" is a name in "Way says" or "Mr Way", but not in "Way forward" opening a sentence. */
function atNameBoundary(text: string, s: number, e: number, titled: boolean): boolean {
  if (titled) return true;
  const before = text.slice(Math.max(0, s - 3), s);
  const sentenceStart = s === 0 || /(?:[.!?]["”’]?\s+|\n\s*|^\s*|["“]\s*)$/.test(before);
  if (!sentenceStart) return true;
  return (
    new RegExp(String.raw`^\s+(?:also\s+|further\s+)?(?:${SPEECH})\b`).test(text.slice(e, e + 30)) ||
    /^['’]s\b/.test(text.slice(e, e + 3))
  );
}

function roleAround(
  text: string,
  start: number,
  end: number,
  orgs: GazetteerMatch[],
): { role: string | null; affiliation: string | null } {
  const orgIn = (s: number, e: number) => orgs.find((o) => o.start >= s && o.end <= e)?.entry.canonical ?? null;
  const after = ROLE_AFTER.exec(text.slice(end, end + 140));
  if (after) {
    const winStart = end;
    const winEnd = end + after[0].length;
    return { role: normaliseRole(after[2]!), affiliation: orgIn(winStart, winEnd) };
  }
  const windowStart = Math.max(0, start - 100);
  const before = ROLE_BEFORE.exec(text.slice(windowStart, start));
  if (before) {
    const roleStart = windowStart + before.index;
    // "the Royal Free's chief executive, Andrew Way": the organisation owns the role.
    const owner = orgs.find(
      (o) => o.end <= roleStart && roleStart - o.end <= 4 && /^['’]s?\s/.test(text.slice(o.end, roleStart + 1)),
    );
    const ofOrg = orgs.find((o) => o.start >= roleStart && o.end <= start);
    return { role: normaliseRole(before[1]!), affiliation: owner?.entry.canonical ?? ofOrg?.entry.canonical ?? null };
  }
  return { role: null, affiliation: null };
}

/** Same given name, surnames a letter apart ("Andrew Way" / "Andrew Wray"): keep the better attested, warn. */
function dropVariantFullNames(
  full: Array<{ start: number; end: number; person: Person }>,
  people: Map<string, Person>,
  warnings: Warning[],
  doc: Pick<Doc, "text" | "pages">,
): void {
  const count = (p: Person) => full.filter((f) => f.person === p).length;
  const list = [...people.values()];
  for (const a of list) {
    for (const b of list) {
      if (a === b || !people.has(a.canonical) || !people.has(b.canonical)) continue;
      if (a.canonical.split(" ")[0] !== b.canonical.split(" ")[0] || !similarNames(a.surname, b.surname)) continue;
      const [keep, drop] = count(a) > count(b) || (count(a) === count(b) && (a.role || !b.role)) ? [a, b] : [b, a];
      warnings.push({
        kind: "name-variant",
        message: `"${drop.canonical}" looks like a variant spelling of "${keep.canonical}" (not merged)`,
        spans: full.filter((f) => f.person === drop || f.person === keep).map((f) => spanOf(doc, f.start, f.end)),
      });
      people.delete(drop.canonical);
      for (let i = full.length - 1; i >= 0; i--) if (full[i]!.person === drop) full.splice(i, 1);
    }
  }
}

/** Speakers named by a surname that no known person has, but close to one ("Wray also says" beside "Andrew Way"). */
function surnameVariants(
  doc: Pick<Doc, "text" | "pages">,
  bySurname: Map<string, Person>,
  taken: (s: number, e: number) => boolean,
): Warning[] {
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const m of doc.text.matchAll(SPEAKER_BEFORE_VERB)) {
    const name = m[1]!;
    const s = m.index!;
    if (bySurname.has(name) || PRONOUNS.test(name) || isFirstName(name) || taken(s, s + name.length)) continue;
    for (const [surname, person] of bySurname) {
      if (!similarNames(name, surname) || seen.has(`${name}/${surname}`)) continue;
      seen.add(`${name}/${surname}`);
      warnings.push({
        kind: "name-variant",
        message: `"${name}" looks like a variant spelling of "${person.canonical}" (${surname}): not merged`,
        spans: [spanOf(doc, s, s + name.length)],
      });
    }
  }
  return warnings;
}
