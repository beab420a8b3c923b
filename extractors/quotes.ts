import { MONTH_NAMES } from "../model/calendar.js";
import type { Doc } from "../model/doc.js";
import { knowledge } from "./knowledge.js";
import { spanOf } from "./span.js";
import type { QuoteMention, StakeholderMention } from "../model/extraction.js";
import { escapeRegExp } from "../model/pattern.js";

// Curly or straight double quotes; single quotes are apostrophes too often to be worth the risk.
const QUOTED = /[“"]([^“”"\n]{2,2000}?)[”"]/g;
// The lexicon's words (extractors/data/speech.json): speech verbs, the documents and unnamed people quotes are given to.
const VERBS = knowledge.speech.quoteVerbs.join("|");
const asPattern = (p: string) => escapeRegExp(p).replace(/'/g, "['’]");
const SPEAKER_BEFORE = new RegExp(
  String.raw`([^.!?“”"]{1,160}?)\s+(?:also\s+|further\s+|then\s+)?(?:${VERBS})(?:\s+(?:that|the board|board members|staff))?\s*[:,]?\s*$`,
  "i",
);
const SPEAKER_AFTER = new RegExp(
  String.raw`^[,.]?\s*(?:(?:${VERBS})\s+([^.,;“”"]{1,80})|([^.,;“”"]{1,80}?)\s+(?:${VERBS}))\b`,
  "i",
);
const DOCUMENT_SPEAKER = new RegExp(
  String.raw`\b((?:(?:${MONTH_NAMES.join("|")})\s+)?(?:${knowledge.speech.documentSpeakers.map(asPattern).join("|")}))\b`,
  "i",
);
const GENERIC_SPEAKER = new RegExp(
  String.raw`\b(an?\s+(?:${knowledge.speech.speakerBodies.map((b) => String.raw`${asPattern(b)}\s+`).join("|")})?(?:${knowledge.speech.anonymousSpeakers.map(asPattern).join("|")}))\b`,
  "i",
);

// A verb of saying or describing in the words before a short quotation, in its own sentence.
// (Or of giving an opinion: "The auditors could give only “limited assurance”" quotes the auditors' grading.)
const SAID_SHORT =
  /\b(?:said|says|say|told|tells|described|describes|describe|called|calls|rated|rates|admitted|admits|added|adds|warned|warns|regarded|regards|labelled|branded|termed|conceded|concedes|insisted|insists|give|gives|gave|given|giving|provide|provides|provided|graded|judged)\b[^.!?“”"]*$/i;

/**
 * Quoted passages and who the text says spoke them: a person (resolved to a
 * stakeholder), "a spokesperson", or a document ("the November board paper").
 * A quote alone in its paragraph, straight after another, continues that speaker.
 */
export function extractQuotes(doc: Pick<Doc, "text" | "pages">, people: StakeholderMention[]): QuoteMention[] {
  const text = doc.text;
  const out: QuoteMention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1]!;
    // (Titles and scare quotes are short, "business as usual"; a few words someone is said to have used are a quote:
    // "Ms Tresham described the position as “serious but recoverable”".)
    if (inner.trim().split(/\s+/).length < 4 && !SAID_SHORT.test(text.slice(Math.max(0, m.index! - 120), m.index!)))
      continue;
    const start = m.index! + 1;
    const end = start + inner.length;
    const paraStart = text.lastIndexOf("\n\n", m.index!) + 1;
    const paraEnd = (() => {
      const i = text.indexOf("\n\n", end);
      return i < 0 ? text.length : i;
    })();
    let speaker = speakerOf(text, paraStart, m.index!, end + 1, paraEnd, people);
    if (!speaker && out.length && text.slice(paraStart, m.index!).trim() === "") {
      const prev = out[out.length - 1]!;
      // A quote paragraph right after the paragraph of another quote: the same speaker goes on.
      if (text.slice(prev.span.end, paraStart).split("\n\n").length <= 2)
        speaker = { speaker: prev.speaker, speakerText: prev.speakerText };
    }
    out.push({
      text: inner,
      span: spanOf(doc, start, end),
      speaker: speaker?.speaker ?? null,
      speakerText: speaker?.speakerText ?? null,
    });
  }
  return out;
}

function speakerOf(
  text: string,
  paraStart: number,
  quoteStart: number,
  quoteEnd: number,
  paraEnd: number,
  people: StakeholderMention[],
): { speaker: string | null; speakerText: string | null } | null {
  const before = text.slice(Math.max(paraStart, quoteStart - 240), quoteStart);
  const b = SPEAKER_BEFORE.exec(before);
  if (b) {
    const from = quoteStart - before.length + b.index;
    return resolve(text.slice(from, from + b[1]!.length), from, from + b[0].length, people);
  }
  // A pull quote alone in its paragraph, its source on the next short line: "Barts and The London board paper, June 2008".
  const cite = /^\s*\n\n?[—–-]?\s*([^\n]{3,100})(?:\n|$)/.exec(text.slice(quoteEnd, quoteEnd + 110));
  if (cite && text.slice(paraStart, quoteStart).trim() === "" && !/[.!?]$/.test(cite[1]!.trim())) {
    const from = quoteEnd + cite[0].indexOf(cite[1]!);
    const found = resolve(cite[1]!, from, from + cite[1]!.length, people);
    if (found)
      return { speaker: found.speaker, speakerText: found.speaker === null ? found.speakerText : cite[1]!.trim() };
  }
  const after = text.slice(quoteEnd, Math.min(paraEnd, quoteEnd + 120));
  const a = SPEAKER_AFTER.exec(after);
  if (a) {
    const phrase = (a[1] ?? a[2])!;
    const from = quoteEnd + a[0].indexOf(phrase);
    return resolve(phrase, from, from + phrase.length, people, text.slice(paraStart, quoteStart));
  }
  return null;
}

/** The speaker phrase to a stakeholder: a person mentioned in it, else a spokesperson or a document. */
function resolve(
  phrase: string,
  from: number,
  to: number,
  people: StakeholderMention[],
  context = "",
): { speaker: string | null; speakerText: string | null } | null {
  const person = people.filter((p) => p.type === "person" && p.span.start >= from && p.span.end <= to).pop();
  if (person) return { speaker: person.canonical, speakerText: person.text };
  // A name just before the verb ("Wray also says") is the speaker even when it resolves to nobody we know.
  // "…,” it says": "it" is the document the paragraph was talking about.
  if (/^(?:it|the (?:paper|report|board paper|document))$/i.test(phrase.trim())) {
    const paper = documentNamed(context);
    if (paper) return { speaker: paper, speakerText: phrase.trim() };
  }
  const named = /(?:^|,\s*|\s)([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*$/.exec(phrase.trim());
  if (
    named &&
    !/^(?:He|She|It|They|We|This|That|The|A|An|In|Its|Their|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
      named[1]!,
    ) &&
    !DOCUMENT_SPEAKER.test(named[1]!)
  )
    return { speaker: null, speakerText: named[1]! };
  const generic = GENERIC_SPEAKER.exec(phrase);
  if (generic) return { speaker: "spokesperson", speakerText: generic[1]! };
  const docRef = documentNamed(phrase);
  if (docRef) return { speaker: docRef, speakerText: DOCUMENT_SPEAKER.exec(phrase)![1]! };
  const name = /([A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)\s*$/.exec(phrase.trim());
  return name ? { speaker: null, speakerText: name[1]! } : null;
}

/** The document a phrase names; "a paper presented to the trust board" is a board paper. */
function documentNamed(phrase: string): string | null {
  const m = DOCUMENT_SPEAKER.exec(phrase);
  if (!m) return null;
  return /^(?:paper|report)$/i.test(m[1]!) && /\bboard\b/i.test(phrase) ? "board paper" : m[1]!;
}
