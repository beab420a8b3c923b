import type { Mentions } from "../../model/extraction.js";
import type { Sentence } from "../sentences.js";

const ATTRIBUTED_DOC =
  /\b(?:in|according to|says?|said)\s+(?:a|an|the|its|their)\s+((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?board\s+(?:paper|report|papers|minutes)|finance report|risk register|report to the board)/i;

/**
 * Who a claim of the sentence is attributed to, by where it is: a quotation's speaker inside the quotation, else the
 * document the sentence cites ("according to a board paper"), so a check can find the paper an article relies on.
 */
export function attributionOf(s: Sentence, mentions: Pick<Mentions, "quotes">): (at: number) => string | null {
  const doc = ATTRIBUTED_DOC.exec(s.text)?.[1] ?? null;
  return (at) => {
    const q = mentions.quotes.find((x) => x.span.start <= at && at < x.span.end);
    if (q) return q.speaker ?? q.speakerText ?? doc;
    return doc;
  };
}
