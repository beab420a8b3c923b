// The body a statement says gives money, against the one the passage that holds the money names.
import type { Figure } from "../facts/figures.js";

/** Whether the body a statement says gives its money is not the one the passage says gives it, nor named there. */
export function otherGiver(clause: string, f: Figure, passage: string): boolean {
  const theirs = giverIn(passage);
  const ours = giverIn(clause.slice(0, Math.max(0, clause.indexOf(f.text))));
  return !!ours && !!theirs && ours !== theirs && !passage.toLowerCase().includes(ours.toLowerCase());
}

/** The last body named as giving money: "iSoft" of "Software maker iSoft has agreed to pay", "CSC" of "CSC has agreed a
 * contribution". */
function giverIn(text: string): string | null {
  const found = [...text.matchAll(GIVER)].map((m) => m[1]!).filter((n) => !NOT_A_GIVER.test(n));
  return found.at(-1) ?? null;
}
const GIVER =
  /((?:[A-Z][\w&'’-]*|[a-z]+[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w&'’-]*|and|of))*)\s+(?:(?:has|have|had|will|would|is to|are to)\s+)?(?:now\s+|also\s+|already\s+)?(?:agreed|offered|promised|committed|pledged|pays?|paid|contribut\w*|funds?|funded)\b/g;
const NOT_A_GIVER = /^(?:The|It|This|That|He|She|They|We|Trust|Board|But|And|Which)$/;
