// What is to come before the board, and when: a review's report, a recovery plan, a further paper.
import { agrees, type Figure } from "../facts/figures.js";
import { clausesAt } from "../facts/wording.js";
import type { FigureOutcome, Statement } from "./types.js";
import { fine } from "./common.js";
import { anotherYearOnly } from "./event-dates.js";

// The things a board is told it will receive.
const THING =
  /\b(recovery plan|business case|review|investigation|inquiry|audit|plan|report|update|assessment|forecast|options appraisal)\b/gi;
// What is said of them: that they will come to the board ("will report to the board", "is due to go to the board",
// "will be presented to the Board at its meeting on").
const COMES =
  /\b(?:report|reports|go|goes|be (?:presented|brought|taken|submitted|considered|received)|come back|return|see|receive|consider)\b/i;
// (Or what the board will see: "The board is due to see an updated forecast on 25 March", "The Board will receive an
// updated forecast at its meeting on 25 February 2009": the thing named after the verb.)
const RECEIVES = /^(?:see|receive|consider)$/i;
const TO_COME =
  /\b(?:will|is due to|are due to|due to|is expected to|are expected to|expected to|is to|are to|to be)\b|\bto (?=report|go\b|come|return)/i;
const BOARD = /\bboard\b|\bdirectors\b|\bgoverning body\b/i;

/** The thing the clause before `at` says will come to the board, in lower case, or null. */
function thingDue(clause: string, at: number): string | null {
  const lead = clause.slice(0, Math.max(0, at));
  const comes = [...lead.matchAll(new RegExp(COMES.source, "gi"))].pop();
  if (!comes || !TO_COME.test(lead)) return null;
  // (The thing named before the verb: "The review will report to …" is the review's, not a report's.)
  const things = RECEIVES.test(comes[0])
    ? [...lead.slice(comes.index).matchAll(THING)]
    : [...lead.slice(0, comes.index).matchAll(THING)];
  return things.length ? things[things.length - 1]![1]!.toLowerCase() : null;
}

/**
 * "An independent review is due to report in February" against "The review will report to the Board in January 2009",
 * "A full recovery plan will go to the board in January" against "… a full financial and operational recovery plan, to
 * be presented to the Board on 20 December 2007": the date a thing is to come to the board, against the date the
 * papers give it, named by the same word (a review, a recovery plan, an investigation). Supported when any such
 * passage gives the statement's date; contradicted when they give one other date, to the month; null otherwise.
 */
export function dueAtBoard(f: Figure, st: Statement): FigureOutcome | null {
  if (f.kind !== "date" || !fine(f)) return null;
  const clause = clausesAt(st.text, f.text)[0] ?? st.text;
  const thing = thingDue(clause, clause.indexOf(f.text));
  if (!thing) return null;
  const word = new RegExp(String.raw`\b${thing}\b`, "i");
  const passages = st.scored.flatMap((r) =>
    r.u.context || !BOARD.test(r.u.text)
      ? []
      : r.u.figures
          .filter((p) => p.kind === "date" && fine(p))
          .filter((p) => {
            const at = r.u.text.indexOf(p.text);
            return at > 0 && word.test(r.u.text.slice(0, at)) && thingDue(r.u.text, at) !== null;
          })
          .map((p) => ({ r, p })),
  );
  if (!passages.length) return null;
  const agreeing = passages.find(({ p }) => agrees(f, p));
  if (agreeing) return { found: "agree", evidence: agreeing.r, anchors: [agreeing.r] };
  const days = new Set(passages.map(({ p }) => p.value));
  const { r, p } = passages[0]!;
  return days.size === 1 && !anotherYearOnly(f, p) && Math.abs(p.value - f.value) <= 366 * 86_400_000
    ? { found: "disagree", evidence: r }
    : null;
}
