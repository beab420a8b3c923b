import type { Doc } from "../model/doc.js";
import type { GazetteerMatch } from "./gazetteer.js";
import { spanOf } from "./span.js";
import type { StakeholderMention } from "../model/extraction.js";

// A run of capitalised words (with "of", "and", "for", "the" between them) ending in a word that names a body.
const ORG_HEADS =
  "Trust|Hospital|Hospitals|Forum|Council|Committee|Authority|Association|Foundation|Agency|Commission|Office|Department|Partnership|Alliance|Network|Society|Union|College|University|Institute|Centre|Center|Clinic|Group|Board|Federation|Party|Ltd|Limited|plc|PLC|LLP|Inc|Consortium|Cluster|Practice|Surgery|Health|Watch";
const CAP = String.raw`(?:[A-Z][A-Za-z'’&.-]*|[A-Z]{2,})`;
const DISCOVER = new RegExp(String.raw`\b${CAP}(?: (?:of|and|for|the|&|on|in) ${CAP}| ${CAP}){0,6} (?:${ORG_HEADS})\b`, "g");
// Leading words that are not part of a name: "The", sentence openers, generic adjectives.
const LEADING = /^(?:The|A|An|This|That|Both|Each|Every|Its|Their|Our|Local|Several|Many|Some|All|Other|Every) /;
const GENERIC = /^(?:Trust Board|The Board|Board|Trust|Hospital|Committee|Council|Department|Office|Health|NHS Trust|Foundation Trust|Acute Trust|Partnership Board|Programme Board|Project Board|Audit Committee|Finance Committee|Executive Committee)$/i;

/**
 * Organisations the gazetteer does not know, found by their shape: "Northwick
 * Park Patients Forum", "Camden Primary Care Trust". Cheap to scan, and
 * precise enough that compromise's tagger is not needed on every sentence.
 */
export function discoverOrganisations(doc: Pick<Doc, "text" | "pages">, known: GazetteerMatch[]): StakeholderMention[] {
  const out: StakeholderMention[] = [];
  for (const m of doc.text.matchAll(DISCOVER)) {
    let start = m.index!;
    let name = m[0];
    const lead = LEADING.exec(name);
    if (lead) {
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    const end = start + name.length;
    if (name.includes("\n") || GENERIC.test(name) || name.split(" ").length < 2) continue;
    // A gazetteer name inside or over it wins: "Royal Free Hampstead NHS Trust" is known, not discovered.
    if (known.some((k) => k.start < end && start < k.end)) continue;
    out.push({ text: name, span: spanOf(doc, start, end), type: "organisation", canonical: name, role: null, affiliation: null, origin: "discovered" });
  }
  return out;
}
