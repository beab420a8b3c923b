import { MONTH_NAMES } from "../model/calendar.js";
import type { AttributionKind, AttributionRef, Claim } from "../model/extraction.js";
import { knowledge, wordAlternation } from "./knowledge.js";

// The board's own documents, as citations have always been resolved against them: "board paper(s)", "board report",
// "board minutes" ("a report to the board" is a report, not one of the board's papers). extractors/data/speech.json.
const { boardDocuments, documents } = knowledge.speech;
const BOARD = new RegExp(String.raw`board\s+(${boardDocuments.map((d) => d.word).join("|")})`, "i");
const BOARD_KIND: Record<string, AttributionKind> = Object.fromEntries(boardDocuments.map((d) => [d.word, d.kind]));
// Other documents an attribution can name (the phrases the claim and quote extractors take as a document), most
// specific first: "the chief executive's report" is a report, "the finance report" a finance report.
const DOCUMENTS: ReadonlyArray<[RegExp, AttributionKind]> = documents.map((d) => [
  new RegExp(String.raw`\b(?:${wordAlternation([d.phrase])})\b`, "i"),
  d.kind,
]);
const MONTH = new RegExp(`\\b(${MONTH_NAMES.join("|")})\\b`, "i");
const YEAR = /\b((?:19|20)\d{2})\b/;

/**
 * An attribution phrase as a structured reference, read once when the claim is extracted: "November board paper"
 * is {kind: "board-paper", month: 11, year: null}, "spokesperson" a spokesperson, a speaker's name a person.
 * Months and years are read only for documents: "Theresa May" names no month.
 */
export function parseAttribution(phrase: string | null): AttributionRef | null {
  if (!phrase) return null;
  const board = BOARD.exec(phrase);
  const kind: AttributionKind = board
    ? BOARD_KIND[board[1]!.toLowerCase()]!
    : (DOCUMENTS.find(([re]) => re.test(phrase))?.[1] ??
      (phrase.trim().toLowerCase() === "spokesperson" ? "spokesperson" : "person"));
  if (kind === "person" || kind === "spokesperson") return { kind, month: null, year: null };
  const month = MONTH.exec(phrase)?.[1];
  const year = YEAR.exec(phrase)?.[1];
  return {
    kind,
    month: month ? MONTH_NAMES.indexOf(month.toLowerCase()) + 1 : null,
    year: year ? Number(year) : null,
  };
}

/** A claim's structured attribution: the one it carries, else its phrase read now (see Claim.attributionRef). */
export function attributionRefOf(claim: Pick<Claim, "attribution" | "attributionRef">): AttributionRef | null {
  return claim.attributionRef !== undefined ? claim.attributionRef : parseAttribution(claim.attribution);
}
