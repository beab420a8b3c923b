import type { Doc } from "../model/doc.js";
import { gazetteer, type GazetteerMatch } from "./gazetteer.js";
import { categoryByShape, discoverOrganisations, nhsPlace } from "./organisations.js";
import { extractPeople } from "./people.js";
import { spanOf } from "./span.js";
import { discoverSystems } from "./systems.js";
import type { StakeholderMention, Warning } from "../model/extraction.js";
import { escapeRegExp } from "../model/pattern.js";

/**
 * Everyone the text names: the gazetteer's organisations, programmes and
 * systems; people with their roles; organisations found by their shape.
 */
export function extractStakeholders(doc: Pick<Doc, "text" | "pages">): {
  mentions: StakeholderMention[];
  warnings: Warning[];
  known: GazetteerMatch[];
} {
  const g = gazetteer();
  const matched = g.match(doc.text).filter((k) => !notTheName(doc.text, k));
  const found = discoverOrganisations(doc, matched);
  // A short known name inside a trust's full name found in the text is part of that name, not a mention of its own.
  const known = matched.filter((k) => !found.some((d) => d.span.start <= k.start && k.end <= d.span.end));
  const fromGazetteer: StakeholderMention[] = known.map((k) => ({
    text: doc.text.slice(k.start, k.end),
    span: spanOf(doc, k.start, k.end),
    type: k.entry.type,
    canonical: k.entry.canonical,
    role: null,
    affiliation: null,
    origin: "gazetteer",
  }));
  // A product named with its maker ("Cerner Millennium") is a mention of the maker too.
  const makers: StakeholderMention[] = known.flatMap((k) => {
    const maker = k.entry.type === "system" && k.entry.parent ? g.lookup(k.entry.parent) : undefined;
    if (!maker) return [];
    const text = doc.text.slice(k.start, k.end);
    const name = [maker.canonical, ...maker.aliases].find(
      (n) => text.startsWith(`${n} `) || text.startsWith(`${n}'s `) || text.startsWith(`${n}’s `),
    );
    if (!name) return [];
    return [
      {
        text: name,
        span: spanOf(doc, k.start, k.start + name.length),
        type: maker.type,
        canonical: maker.canonical,
        role: null,
        affiliation: null,
        origin: "gazetteer" as const,
      },
    ];
  });
  const resolved = peopleAndOrganisations(doc, known, found);
  // ("Milton Keynes, which switched in April" after "Milton Keynes Hospital NHS Foundation Trust" is the trust by its
  // place, not a person; "Ashvale General" after "Ashvale General Hospital NHS Foundation Trust" no body of its own.)
  const places = new Map(
    [...fromGazetteer.filter((m) => m.type === "organisation"), ...resolved.orgs].flatMap((o) =>
      placesOf(o.canonical).map((place) => [place, o.canonical] as const),
    ),
  );
  // ("Berkshire Healthcare, which went live with RiO" after "Berkshire Healthcare NHS Foundation Trust": the trust's name
  // without its "NHS Foundation Trust".)
  for (const o of [...fromGazetteer, ...resolved.orgs]) {
    const bare = o.type === "organisation" ? o.canonical.replace(/ NHS (?:Foundation )?Trust$/, "") : o.canonical;
    if (bare !== o.canonical && bare.includes(" ") && !places.has(escapeRegExp(bare)))
      places.set(escapeRegExp(bare), o.canonical);
  }
  const discovered = resolved.orgs.map((o) => {
    const trust = places.get(escapeRegExp(o.canonical));
    return trust ? { ...o, canonical: trust } : o;
  });
  // ("Stratton Dispatch said" after "Stratton Dispatch Systems" is the company by its leading words, not a person.)
  const leads = new Set(
    discovered.flatMap((o) => (categoryByShape(o.canonical) === "supplier" ? [leadWords(o.canonical)] : [])),
  );
  const organisations = [...fromGazetteer.filter((m) => m.type === "organisation"), ...discovered].sort(
    (a, b) => a.span.start - b.span.start,
  );
  const people = {
    ...resolved.people,
    mentions: resolved.people.mentions.filter((p) => !leads.has(p.canonical) && !places.has(escapeRegExp(p.canonical))),
  };
  const learned = shortNames(doc, discovered, organisations, [
    ...fromGazetteer,
    ...makers,
    ...people.mentions,
    ...discovered,
  ]);
  const named = [...fromGazetteer, ...makers, ...people.mentions, ...discovered, ...learned];
  const mentions = [...named, ...discoverSystems(doc, named)].sort((a, b) => a.span.start - b.span.start);
  return { mentions, warnings: people.warnings, known };
}

/**
 * People and the organisations found by shape, where they overlap: a "person" strictly inside an organisation's
 * name is part of it ("Lyle Partnership" of "Ashcombe and Lyle Partnership NHS Foundation Trust"); otherwise the
 * person wins ("Andrew Way" over a capitalised run that ends in a head word).
 */
function peopleAndOrganisations(
  doc: Pick<Doc, "text" | "pages">,
  known: GazetteerMatch[],
  orgs: StakeholderMention[],
): { people: { mentions: StakeholderMention[]; warnings: Warning[] }; orgs: StakeholderMention[] } {
  const found = extractPeople(doc, known);
  const inside = (p: StakeholderMention, o: StakeholderMention) =>
    o.span.start <= p.span.start && p.span.end <= o.span.end && o.span.end - o.span.start > p.span.end - p.span.start;
  const mentions = found.mentions.filter(
    (p) =>
      !orgs.some(
        (o) => /\b(?:Trust|Partnership|Hospitals?|Council|Ltd|plc|Systems)$/.test(o.canonical) && inside(p, o),
      ),
  );
  const kept = orgs.filter((o) => !mentions.some((p) => p.span.start < o.span.end && o.span.start < p.span.end));
  return { people: { mentions, warnings: found.warnings }, orgs: kept };
}

// The words of a trust's name after its place: "Hospitals NHS Foundation Trust", "Ambulance Service NHS Trust".
const TRUST_HEAD =
  /\s(?:(?:University|Teaching|Hospitals?|Healthcare|Health|Mental|Community|Ambulance|Partnership|Care|Services?|Primary|NHS|Foundation|and|Social)\s)*(?:(?:NHS\s+)?(?:Foundation\s+)?(?:Trust|PCT)|Ambulance Service)$/;

/**
 * The places a trust's name starts with, as its story calls it: "Pennine Moors" of "Pennine Moors Hospitals NHS
 * Trust", "Hallbridge and Severnside" and "Hallbridge" of "Hallbridge and Severnside Hospitals NHS Foundation Trust",
 * "Tollbridge" of "Tollbridge Royal Infirmary NHS Trust" (escaped for a pattern).
 */
function placesOf(canonical: string): string[] {
  if (categoryByShape(canonical) !== "nhs-trust") return [];
  // ("NHS Ashvale" goes by "Ashvale".)
  const place = nhsPlace(canonical);
  if (place) return PLACE.test(place) && !LONE.test(place) ? [escapeRegExp(place)] : [];
  const head = TRUST_HEAD.exec(canonical);
  if (!head || head.index === 0) return [];
  const whole = canonical.slice(0, head.index);
  // ("Sidcup" of "Queen Mary's Sidcup NHS Trust": a hospital's patron, then its place.)
  const afterPatron = /^(?:St\.? )?[A-Z][\w-]+(?: [A-Z][\w-]+)*['’]s ([A-Z][a-z]{3,})$/.exec(whole)?.[1];
  const places = [
    whole,
    whole.split(/ (?:and|&) /)[0]!,
    whole.replace(PLACE_TAIL, ""),
    // ("Ashvale General" of "Ashvale General Hospital NHS Foundation Trust".)
    whole.replace(/ (?:Hospitals?|Infirmary)$/, ""),
    ...(afterPatron ? [afterPatron] : []),
  ];
  return [...new Set(places)].filter((place) => PLACE.test(place) && !LONE.test(place)).map(escapeRegExp);
}
// Capitalised words, joined by "and" ("St Aldhelm's and Riverside", "Barts and The London").
const PLACE = /^(?:St\.? )?[A-Z][\w'’.-]{2,}(?: (?:and|&|on|upon|in|of|the|The|[A-Z][\w'’.-]+))*$/;
// A word no story calls a trust by alone: "Royal" of "Royal Free", "North" of "North Stanholm"; nor the capital or a
// nation, which stories name as places ("the new London arrangements" are not the London Ambulance Service's).
const LONE =
  /^(?:Royal|North|South|East|West|Central|Great|The|Upper|Lower|New|Old|St\.?|London|England|Wales|Scotland)$/;
// The hospital a trust is named after, beyond its place: "Royal Infirmary", "General Hospital".
const PLACE_TAIL =
  /(?: (?:Royal|Infirmary|General|District|Area|Hospitals?|University|Teaching|City|County|Women['’]s|Children['’]s|Orthopaedic|Centre|Health|Healthcare))+$/;

/** A company's name without its last word: "Stratton Dispatch" of "Stratton Dispatch Systems". */
function leadWords(canonical: string): string {
  return canonical.replace(/ \S+$/, "");
}

/** Whether a company's leading word also leads another body's or a person's name the text gives. */
function sharedLead(word: string, canonical: string, taken: StakeholderMention[]): boolean {
  return taken.some(
    (m) =>
      m.canonical !== canonical &&
      (m.canonical.split(" ")[0] === word || (m.type === "person" && m.canonical.split(" ").includes(word))),
  );
}

/**
 * The pattern of a trust's place as a name of its own, where no other name the text gives starts with it and it is no
 * place someone is in or at ("Board papers from Carrick Vale" are the trust's), nor a part of a region ("the north
 * London trust" is no London Ambulance Service).
 */
function placeName(canonical: string, taken: StakeholderMention[]): RegExp | null {
  // (A hospital of the same place, "Haverleigh Hospital" of "Haverleigh Hospitals NHS Trust", is the trust's: the
  // place alone is still the trust.)
  const places = placesOf(canonical).filter(
    (place) =>
      !taken.some(
        (m) =>
          m.canonical !== canonical &&
          m.canonical.startsWith(`${place} `) &&
          !/\b(?:Hospitals?|Infirmary)$/.test(m.canonical),
      ),
  );
  if (!places.length) return null;
  // ("The Nuffield has put the cost of its problems at £1.1m": the place with "the" is the trust where a verb or a stop
  // follows, not "the Oxford area"; so is the place of a go-live or a deployment: "Go-live at Sheldon Vale is now
  // expected …".)
  return new RegExp(
    String.raw`(?<!\b(?:in|at|near|around|across|to|outside|the|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral|[Ii]nner|[Oo]uter|[Gg]reater|(?:[Nn]orth|[Ss]outh)-(?:east|west)) )\b(?:${places.join("|")})\b(?![-\w]| [A-Z&])|(?<=\b[Tt]he )(?:${places.join("|")})(?=['’]s\b|[,.;:]|\s+(?:has|had|have|is|was|were|said|says|told|went|put|\w+ed)\b)|(?<=\b(?:[Gg]o-live|[Dd]eployments?|[Rr]oll-?outs?|[Ii]mplementation|[Pp]roblems|[Dd]ifficulties|[Dd]elays?) (?:at|for) )(?:${places.join("|")})(?=\s+(?:is|was|has|had|were|will|would)\b)`,
    "g",
  );
}

/** Whether the text names something else by the company's leading word ("Sentinel CAD" of "Sentinel Response Systems"). */
function namesAProduct(text: string, word: string, canonical: string): boolean {
  const rest = canonical.slice(word.length + 1).split(" ")[0]!;
  return new RegExp(String.raw`\b${word} (?!${rest}\b)(?:[A-Z]|\d)`).test(text);
}

/**
 * Short names a text teaches for the bodies it found by their shape: an acronym in brackets after the full name
 * ("Wexcombe and District Hospitals NHS Foundation Trust (WDH)"), "the Wexcombe trust", a company's leading words;
 * each later use is a mention of the full name.
 */
function shortNames(
  doc: Pick<Doc, "text" | "pages">,
  discovered: StakeholderMention[],
  organisations: StakeholderMention[],
  taken: StakeholderMention[],
): StakeholderMention[] {
  const out: StakeholderMention[] = [];
  const free = (s: number, e: number) => ![...taken, ...out].some((m) => m.span.start < e && s < m.span.end);
  const patterns: Array<{ org: StakeholderMention; names: RegExp[] }> = [];
  // Each body's first mention and its initials, once a name; initials two bodies share are neither's.
  const first = new Map<string, StakeholderMention>();
  for (const org of organisations) if (!first.has(org.canonical)) first.set(org.canonical, org);
  const initials = new Map([...first.keys()].map((name) => [name, initialsOf(name)]));
  // (A possessive is the body's too: "TPAS's executive team"; a hyphened word, "WDH-wide", is not its name.)
  for (const [name, org] of first) {
    const own = initials.get(name)!.filter((f) => ![...initials].some(([n, fs]) => n !== name && fs.includes(f)));
    if (own.length)
      patterns.push({ org, names: [new RegExp(String.raw`\b(?:${own.join("|")})\b(?![-'’](?!s\b)\w)`, "g")] });
  }
  const seen = new Set<string>();
  const anywhere = new Set<RegExp>();
  for (const org of discovered) {
    if (seen.has(org.canonical)) continue;
    seen.add(org.canonical);
    const names: RegExp[] = [];
    patterns.push({ org, names });
    const acronym = /^\s*\(([A-Z][A-Za-z&]{1,9})\)/.exec(doc.text.slice(org.span.end, org.span.end + 14));
    if (acronym) names.push(new RegExp(String.raw`\b${acronym[1]}\b(?![-'’](?!s\b)\w)`, "g"));
    const first = /^[A-Z][a-z]{3,}/.exec(org.canonical)?.[0];
    if (first && categoryByShape(org.canonical) === "nhs-trust")
      names.push(new RegExp(String.raw`\bthe ${first} (?:trust|hospitals?|PCT)\b`, "g"));
    // A trust goes by its place once named in full ("Pennine Moors Hospitals NHS Trust" … "For Pennine Moors, which
    // went live …").
    const place = placeName(org.canonical, taken);
    if (place) {
      names.push(place);
      // (Before the full name too: a blog's "St Aldhelm's went live with Cerner Millennium" names the trust it calls
      // "St Aldhelm's Healthcare NHS Trust" two paragraphs on.)
      anywhere.add(place);
    }
    // A company goes by its leading words once named in full ("Stratton Dispatch Systems" … "Stratton's contract",
    // "Stratton Dispatch said"), unless they lead another body's name or a person's ("Kestrel Vale Hospitals").
    const lead = /^([A-Z][a-z]{3,})(?: [A-Z][a-z]+)+$/.exec(org.canonical);
    if (
      lead &&
      categoryByShape(org.canonical) === "supplier" &&
      !sharedLead(lead[1]!, org.canonical, taken) &&
      !namesAProduct(doc.text, lead[1]!, org.canonical)
    ) {
      const words = [leadWords(org.canonical), lead[1]!].filter((w, i, all) => all.indexOf(w) === i);
      names.push(
        new RegExp(String.raw`\b(?<!(?:Mr|Mrs|Ms|Dr|Miss|Sir) )(?:${words.join("|")})\b(?![-\w]| [A-Z&])`, "g"),
      );
    }
  }
  // (So does a trust the gazetteer knows, by the place its name starts with, when the gazetteer gives it no such name:
  // "Milton Keynes, which switched in April", after "Milton Keynes Hospital NHS Foundation Trust".)
  for (const org of organisations) {
    if (seen.has(org.canonical) || org.origin !== "gazetteer") continue;
    seen.add(org.canonical);
    const place = placeName(org.canonical, taken);
    if (place) patterns.push({ org, names: [place] });
  }
  for (const { org, names } of patterns) {
    for (const re of names) {
      for (const m of doc.text.matchAll(re)) {
        const start = m.index!;
        const end = start + m[0].length;
        if ((start < org.span.end && !anywhere.has(re)) || !free(start, end)) continue;
        out.push({
          text: m[0],
          span: spanOf(doc, start, end),
          type: "organisation",
          canonical: org.canonical,
          role: null,
          affiliation: null,
          origin: "discovered",
        });
      }
    }
  }
  return out;
}

// Capitals that are words of their own, never a body's initials.
const NOT_INITIALS = /^(?:NHS|PCT|SHA|IT|UK|GP|EPR|PAS|BT|CSC|NAO|PAC|DH|MP|MPS|CEO|FT|AND|THE|OF)$/;

/**
 * The initials a story calls a trust by once it has named it ("QMS" of "Queen Mary's Sidcup NHS Trust", "BCF" of
 * "Barnet and Chase Farm Hospitals NHS Trust"): the capitals of its place's words, alone or with the T of "Trust" or
 * the H of "Hospital(s)".
 */
function initialsOf(canonical: string): string[] {
  if (!TRUST_LIKE_SHAPE.test(canonical)) return [];
  const head = TRUST_HEAD.exec(canonical);
  const place = head ? canonical.slice(0, head.index) : canonical.replace(/\s+\S+$/, "");
  const capitals = place
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w) && !/^(?:The|And|Of|NHS)$/.test(w))
    .map((w) => w[0]!)
    .join("");
  if (capitals.length < 2) return [];
  const hospital = /\bHospitals?\b/.test(canonical) ? ["H"] : [];
  // ("TPAS" of "Trent and Peak Ambulance Service NHS Trust": an ambulance service goes by its own two letters.)
  const ambulance = /\bAmbulance Service\b/.test(canonical) ? [`${capitals}AS`] : [];
  return [capitals, `${capitals}T`, ...hospital.map((h) => capitals + h), `${capitals}FT`, ...ambulance].filter(
    (f) => f.length <= 5 && !NOT_INITIALS.test(f),
  );
}
const TRUST_LIKE_SHAPE = /\b(?:Trust|PCT|Hospitals?|Ambulance Service|Infirmary)$/;

/**
 * A known name's words used as the NHS uses them: "NHS FT" is a foundation trust, not the Financial Times; a trust's
 * "Caldicott Guardian" is an officer, not the newspaper.
 */
function notTheName(text: string, k: GazetteerMatch): boolean {
  const before = text.slice(Math.max(0, k.start - 12), k.start);
  const name = text.slice(k.start, k.end);
  return (name === "FT" && /\bNHS\s+$/.test(before)) || (/^Guardian$/.test(name) && /\bCaldicott\s+$/i.test(before));
}
