// A sum of one period told as another's: "£85,000 a year" against "£85,000 … each month".
import { agrees, type Figure } from "../facts/figures.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

type Rate = "week" | "month" | "quarter" | "year";

// "a month", "per year", "each quarter"; "monthly", "annually".
const PER = String.raw`(?:a|an|per|each|every)\s+(week|month|quarter|year|annum)\b`;
const LY = String.raw`(weekly|monthly|quarterly|annually|yearly)\b`;
const RATE_AFTER = new RegExp(String.raw`^\s*(?:(?:in|of|on)\s+(?:[\w-]+\s+){0,4}?)?(?:${PER}|${LY})`, "i");
const RATE_BEFORE =
  /\b(?:(?:a|per|each|every)\s+(week|month|quarter|year)|(weekly|monthly|quarterly|annual|yearly))\b[^.;£$€]{0,50}$/i;
const OWN_RATE = new RegExp(String.raw`\b(?:${PER}|${LY})`, "i");

function rateWord(word: string | undefined): Rate | null {
  const w = (word ?? "").toLowerCase();
  if (/^week/.test(w)) return "week";
  if (/^month/.test(w)) return "month";
  if (/^quarter/.test(w)) return "quarter";
  if (/^(?:year|annum|annual)/.test(w)) return "year";
  return null;
}

/** The period a sum in `text` is told per: "£85,000 a month", "costs £23,500 monthly", "Each month … costs £85,000". */
export function rateOf(text: string, f: Figure): Rate | null {
  // (The figure's own words may hold it: "£85,000 a year" is read as one figure.)
  const own = OWN_RATE.exec(f.text);
  if (own) return rateWord(own[1] ?? own[2]);
  const at = text.indexOf(f.text);
  if (at < 0) return null;
  const after = RATE_AFTER.exec(text.slice(at + f.text.length, at + f.text.length + 40));
  if (after) return rateWord(after[1] ?? after[2]);
  const before = RATE_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
  return before ? rateWord(before[1] ?? before[2]) : null;
}

/**
 * "Each month of delay costs the trust around £85,000 a year" against "Each month of delay … costs the trust an
 * estimated £85,000 …, equivalent to around £1,020,000 a year", "which costs £23,500 a year to run" against "costs
 * £23,500 a month": the passage's very sum told per another period.
 */
export function otherRate(fr: FigureReading, hit: Scored): boolean {
  const { f, st } = fr;
  if (f.kind !== "money") return false;
  const told = rateOf(st.text, f);
  if (!told) return false;
  const held = hit.u.figures.filter((p) => p.kind === "money" && agrees(f, p));
  return (
    held.length > 0 &&
    held.every((p) => {
      const theirs = rateOf(hit.u.text, p);
      return theirs !== null && theirs !== told;
    })
  );
}
