import type { Format, Kind } from "../model/doc.js";

// Board papers announce themselves in their first pages: the meeting, the agenda item, the report type.
const BOARD_CUES =
  /\b(?:trust board|board of directors|board meeting|public board|agenda item|board paper|chief executive'?s? report|finance report|risk register|report to the board|minutes of the)\b/i;
const TRUST = /\b(?:NHS|Trust|Foundation Trust|Health Authority|Primary Care Trust)\b/;

/**
 * A document's kind when nobody said: a PDF or text from a trust that reads like
 * a board paper is a board paper; an HTML article is news.
 */
export function guessKind(format: Format, text: string, title: string | null, htmlIsArticle = false): Kind {
  const opening = `${title ?? ""}\n${text.slice(0, 6000)}`;
  const boardLike = BOARD_CUES.test(opening) && TRUST.test(opening);
  if (format === "pdf") return boardLike || TRUST.test(opening) ? "board-paper" : "other";
  if (format === "html") return htmlIsArticle || text.length > 400 ? "news" : "other";
  // A text file is a board paper only when its opening says so; an article may cite "a board paper" later on.
  const head = `${title ?? ""}\n${text.slice(0, 400)}`;
  if (BOARD_CUES.test(head) && TRUST.test(opening)) return "board-paper";
  return /\b(?:says|said|told|according to)\b/.test(text) ? "news" : "other";
}
