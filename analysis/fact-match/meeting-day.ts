// The day an article says the board met or was told: the paper's own date, on its cover.
import type { EvidenceUnit } from "../facts/evidence.js";

const DAY = 86_400_000;

// "a report to the trust board", "told the board", "presented to the PCT board", "the board's public meeting",
// "Papers for the board of directors' meeting", "Directors met", "The plan went before the trust's board", "its audit
// committee met on 8 December" (a committee's paper is dated by its meeting as a board's is), "NHS London's board
// discussed the paper on 26 January", "the board of directors reviewed the figures at its meeting", "the audit
// committee was told on October 14", "the board paper from last Wednesday's meeting".
const MEETING_TOLD =
  /\b(?:report(?:ed|s)?|paper(?:s)?|presented|told|discussed|submitted|briefed|(?:went|goes|go|came|comes|come|put|taken|brought)\s+(?:before|to))\b[^.;:]{0,60}?\b(?:board|directors|governing body|governors|committee)\b|\b(?:board|directors|governors|committee)(?:['’]s?)?\s+(?:(?:public|private|monthly|latest|last)\s+)?meeting\b|\b(?:board|directors|governors|committee)\s+met\b|\b(?:board|directors|governors|committee)(?:\s+of\s+directors)?(?:['’]s?)?\s+(?:(?:has|have|had)\s+)?(?:discussed|considered|reviewed|examined|looked at|heard|noted|received)\b|\b(?:board|directors|governors|committee)\s+(?:was|were|had been|has been)\s+(?:told|informed|briefed|updated|warned)\b|\b(?:board|committee)\s+papers?\s+(?:from|for|of)\b[^.;:]{0,30}?['’]s\s+meeting\b/i;

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = String.raw`(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;
// The day-level references a board's meeting is told by, which the dates leave out.
const RELATIVE_DAY = new RegExp(
  String.raw`\b(?:last week|this week|earlier this month|yesterday|last ${WEEKDAY}|(?:on )?${WEEKDAY}(?!\s+\d))\b`,
  "i",
);

/** The days (first and last, in ms) a day-level reference of an article published on `published` may mean. */
function relativeDays(phrase: string, published: string): [number, number] | null {
  const p = Date.parse(`${published}T00:00:00Z`);
  if (Number.isNaN(p)) return null;
  const lower = phrase.toLowerCase();
  if (lower === "yesterday") return [p - DAY, p - DAY];
  // ("last week" in a Tuesday's article is the week before, or seven days before: either reading.)
  if (lower === "last week") return [p - 13 * DAY, p - DAY];
  if (lower === "this week") return [p - 6 * DAY, p];
  if (lower === "earlier this month") return [Date.parse(`${published.slice(0, 8)}01T00:00:00Z`), p];
  const day = WEEKDAYS.indexOf(lower.replace(/^(?:last|on)\s+/, ""));
  if (day < 0) return null;
  // The latest such weekday before the article ("last Thursday", "on Thursday"), within a week.
  const back = (new Date(p).getUTCDay() - day + 7) % 7 || 7;
  return [p - back * DAY, p - back * DAY];
}

export interface MeetingDay {
  /** The words that give the day, as the sentence writes them. */
  text: string;
  /** The first passage of the paper of that day: its cover. */
  cover: EvidenceUnit;
}

/**
 * "The report was presented to the board on 23 September", "told the trust board last week", "Papers for the board of
 * directors' meeting on 29 October": a sentence that says when the board met or was told, on the day a board paper of
 * the corpus is dated (its cover's date). Support only: an article may speak of another meeting than the papers'.
 * `dates` are the sentence's dates as figures ([first day, last day] in ms), with their text.
 */
export function meetingDay(
  sentence: string,
  published: string | null,
  dates: ReadonlyArray<{ text: string; value: number; to?: number }>,
  units: readonly EvidenceUnit[],
): MeetingDay | null {
  const told = MEETING_TOLD.exec(sentence);
  if (!told) return null;
  const papers = new Map<string, EvidenceUnit>();
  for (const u of units) if (u.publishedAt && !papers.has(u.documentId)) papers.set(u.documentId, u);
  // The day is the one written in the words of the meeting, or just after them.
  const near = (at: number) => at >= told.index - 80 && at <= told.index + told[0].length + 40;
  const days = dates
    .filter((d) => d.to === undefined || d.to - d.value < 2 * DAY)
    .filter((d) => near(sentence.indexOf(d.text)))
    .map((d) => ({ text: d.text, span: [d.value, d.to ?? d.value] as [number, number] }));
  const relative = RELATIVE_DAY.exec(sentence);
  if (relative && near(relative.index) && published) {
    const span = relativeDays(relative[0], published);
    if (span) days.push({ text: relative[0], span });
  }
  for (const { text, span } of days)
    for (const cover of papers.values()) {
      const at = Date.parse(`${cover.publishedAt}T00:00:00Z`);
      if (at >= span[0] && at <= span[1]) return { text, cover };
    }
  return null;
}
