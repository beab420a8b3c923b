import type { Format, Kind } from "../model/doc.js";

// Board papers announce themselves in their first pages: the meeting, the agenda item, the report type.
const BOARD_CUES =
  /\b(?:trust board|board of directors|board meeting|public board|agenda item|board paper|chief executive'?s? report|finance report|risk register|report to the board|minutes of the|date of (?:the )?meeting|meeting date|paper (?:no|number|ref)\b|for (?:decision|approval|noting|information|assurance)\b|governing body|committee meeting)/i;
// The bodies that publish board papers, in any capitals: a cover in capitals ("WESTMARCH AMBULANCE SERVICE NHS TRUST")
// or a council's or health board's paper is one too.
const PUBLIC_BODY =
  /\b(?:NHS|Trust|Foundation Trust|Health Authority|Primary Care Trust|Health Board|Ambulance Service|Clinical Commissioning Group|Council)\b/i;
// In a text file, which may be an article, only a trust's name as written.
const TRUST = /\b(?:NHS|Trust|Foundation Trust|Health Authority|Primary Care Trust)\b/;

/**
 * A document's kind when nobody said: a PDF or text from a trust that reads like
 * a board paper is a board paper; an HTML article is news.
 */
export function guessKind(format: Format, text: string, title: string | null, htmlIsArticle = false): Kind {
  const opening = `${title ?? ""}\n${text.slice(0, 6000)}`;
  // A PDF of a public body, or one that reads like a meeting's paper, is a board paper.
  if (format === "pdf") return PUBLIC_BODY.test(opening) || BOARD_CUES.test(opening) ? "board-paper" : "other";
  if (format === "html") return htmlIsArticle || text.length > 400 ? "news" : "other";
  // A text file is a board paper only when its opening says so; an article may cite "a board paper" later on.
  const head = `${title ?? ""}\n${text.slice(0, 400)}`;
  if (BOARD_CUES.test(head) && TRUST.test(opening)) return "board-paper";
  return /\b(?:says|said|told|according to)\b/.test(text) ? "news" : "other";
}
