import { dateWhen, type ClaimValue } from "../model/claim-value.js";
import type { Claim, MoneyMention, TypedClaim } from "../model/extraction.js";
import { predicateNamed } from "./knowledge.js";
import { boundOf, type Bound } from "./numbers.js";

/** What a count of a predicate counts: the first of the nouns it counts ("problems", "patients"), from the predicate list. */
export function countedUnit(predicate: string): string | null {
  return predicateNamed(predicate)?.nouns?.split("|")[0]!.trim() ?? null;
}

/**
 * A claim's value typed, from the claim (its value and period), its predicate's unit, the money mention it was read
 * from (for the currency and a range's upper end) and the bound its words put on a figure: a figure is a count when
 * its predicate counts, else money; a string is a date. Throws on a string that is no date, which the claim extractor
 * never gives.
 */
export function claimValueOf(
  claim: Pick<Claim, "predicate" | "value" | "when">,
  money: Pick<MoneyMention, "amount" | "amountTo" | "currency"> | null,
  bound: Bound = "exact",
): ClaimValue {
  const v = claim.value;
  if (typeof v === "number") {
    // "more than £600,000", "nearly 600 letters": a one-sided figure, which a figure on its other side contradicts.
    const side = bound === "above" || bound === "below" ? { bound } : {};
    if (predicateNamed(claim.predicate)?.unit === "count")
      return { kind: "count", number: v, unit: countedUnit(claim.predicate) ?? "items", ...side };
    // A figure read from no money mention (none has been) is in pounds, as every amount of an English trust's papers.
    const value: ClaimValue = { kind: "money", amount: v, currency: money?.currency ?? "GBP", ...side };
    if (money && money.amount === v && money.amountTo !== undefined) value.amountTo = money.amountTo;
    return value;
  }
  const when = dateWhen(v, claim.when);
  if (!when) throw new Error(`claim value ${JSON.stringify(v)} of ${claim.predicate} is neither a figure nor a date`);
  return { kind: "date", when };
}

/**
 * The claims of a document with their values typed (extract() calls it once, right after the claim extractor): each
 * money claim takes its currency from the money mention inside its span (the one of its amount, if several), and a
 * figure its bound from the words before it.
 */
export function typeClaims(claims: readonly Claim[], money: readonly MoneyMention[], text: string): TypedClaim[] {
  const byStart = [...money].sort((a, b) => a.span.start - b.span.start);
  return claims.map((c) => {
    let mention: MoneyMention | null = null;
    if (typeof c.value === "number") {
      const inside = mentionsWithin(byStart, c.span.start, c.span.end);
      mention = inside.find((m) => m.amount === c.value) ?? inside[0] ?? null;
    }
    const bound = typeof c.value === "number" ? boundOf(text, mention?.span.start ?? c.span.start) : "exact";
    return { ...c, typed: claimValueOf(c, mention, bound) };
  });
}

/** The mentions (sorted by start) that lie within [start, end]: a binary search to the first, then a walk. */
function mentionsWithin(sorted: readonly MoneyMention[], start: number, end: number): MoneyMention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.span.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: MoneyMention[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.span.start < end; i++)
    if (sorted[i]!.span.end <= end) out.push(sorted[i]!);
  return out;
}
