const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

// What a number word multiplies: "two dozen", "four hundred", "two thousand".
const TIMES: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1000 };

const UNITS = String.raw`(?:${Object.keys(WORDS).join("|")})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const TIMES_WORD = String.raw`(?:${Object.keys(TIMES).join("|")})`;

/**
 * A number written in words, as a pattern: "three", "twenty-two", "four hundred", "two dozen", "two thousand", "four
 * hundred and fifty"; a multiplier alone for "a dozen", "a hundred" (parseCount reads them all).
 */
// (The multiplier alone only after "a": "several hundred people" is no count of a hundred.)
export const NUMBER_WORD = String.raw`(?:${UNITS}(?:\s+${TIMES_WORD}\b(?:\s+and\s+${UNITS})?)?|(?<=\ba\s)${TIMES_WORD})`;

/** "22", "1,200", "twenty-two", "a dozen", "two thousand" as a number; null for anything else. */
export function parseCount(s: string): number | null {
  const t = s.toLowerCase().trim();
  if (/^\d[\d,]*$/.test(t)) return Number(t.replace(/,/g, ""));
  const parts = t
    .replace(/^a /, "")
    .split(/[- ]+/)
    .filter((p) => p !== "and");
  // (A group is read up to its multiplier: "four hundred and fifty" is 4 × 100 + 50.)
  let total = 0;
  let group = 0;
  for (const p of parts) {
    const times = TIMES[p];
    if (times === 1000) {
      total += Math.max(1, group) * 1000;
      group = 0;
    } else if (times) group = Math.max(1, group) * times;
    else if (WORDS[p] !== undefined) group += WORDS[p]!;
    else return null;
  }
  return parts.length ? total + group : null;
}

/** How the words before a figure bound it: "more than 600" is above, "almost £2m" below, "about" either side. */
export type Bound = "exact" | "above" | "below" | "about";

const BOUND_BEFORE: Array<[RegExp, Bound]> = [
  [/\b(?:more than|over|above|in excess of|upwards of|at least|exceed(?:s|ed|ing)?)\s+$/i, "above"],
  [/\b(?:almost|nearly|just under|under|less than|fewer than|below|up to)\s+$/i, "below"],
  [/\b(?:about|around|approximately|roughly|some|circa|c\.|an estimated|estimated)\s+$/i, "about"],
];

/** The bound the words of `text` just before `at` put on the figure there. */
export function boundOf(text: string, at: number): Bound {
  const lead = text.slice(Math.max(0, at - 24), at);
  return BOUND_BEFORE.find(([re]) => re.test(lead))?.[1] ?? "exact";
}

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** An ordinal as a pattern: "third", "12th" (parseOrdinal reads it). */
export const ORDINAL_WORD = String.raw`(?:${ORDINAL_WORDS.join("|")}|\d{1,2}(?:st|nd|rd|th))`;

/** "third", "12th" as a number; null for anything else. */
export function parseOrdinal(s: string): number | null {
  const t = s.toLowerCase().trim();
  const i = ORDINAL_WORDS.indexOf(t);
  if (i >= 0) return i + 1;
  return /^\d{1,2}(?:st|nd|rd|th)$/.test(t) ? Number.parseInt(t, 10) : null;
}
