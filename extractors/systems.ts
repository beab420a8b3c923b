import type { Doc } from "../model/doc.js";
import type { StakeholderMention } from "../model/extraction.js";
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
const WORD = String.raw`(?!(?:The|A|An|Its|Their|This|That|Our|New|Old|Legacy|Current|Existing|Since|After|Before|When|While|Both|Each|Every|All|Interim|Local|National|Trust|Replacement)\b)[A-Z][a-z]+`;
const NAME = String.raw`(?:${CAMEL}${VERSION}|${WORD}(?:\s${WORD})?\s${KIND}(?:\s+\d+(?:\.\d+)?)?)`;
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
  for (const m of doc.text.matchAll(SYSTEM_NAME)) {
    const start = m.index!;
    const end = start + m[0].length;
    // (A company named for its product, "KestrelCare Systems", "CarePath Health", is the company.)
    if (takenOver(start, end).length || COMPANY_AFTER.test(doc.text.slice(end, end + 20))) continue;
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
  // "Vantage CAD" named once, then "Vantage froze twice": the name without its kind is the same system.
  const fullOver = overlapIndex(full.map((f) => f.span));
  const short: StakeholderMention[] = [];
  for (const f of full) {
    const name = new RegExp(String.raw`^(${WORD})\s(?:${KIND})\b`).exec(f.canonical)?.[1];
    if (!name || short.some((x) => x.canonical === f.canonical)) continue;
    for (const m of doc.text.matchAll(new RegExp(String.raw`\b${name}\b(?!\s+(?:${KIND}|[A-Z]))`, "g"))) {
      const [start, end] = [m.index!, m.index! + name.length];
      if (!takenOver(start, end).length && !fullOver(start, end).length)
        short.push({ ...f, text: name, span: spanOf(doc, start, end) });
    }
  }
  return [...full, ...short];
}

const COMPANY_AFTER = /^\s+(?:Systems|Software|Solutions|Ltd|Limited|plc|Health|Healthcare|Informatics|Technologies)\b/;
