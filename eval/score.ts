/**
 * Precision and recall of the extractors against the hand-made gold set
 * (test/gold/<case>/gold.json). Items are compared by normalised value: money
 * by amount and currency, dates by their interval, stakeholders by canonical
 * name, claims by (subject, predicate, value).
 */
import type { Extraction } from "../model/extraction.js";

export interface GoldDocument {
  title?: string;
  kind: "board-paper" | "news" | "other";
  publishedAt: string;
  subject?: string;
  money: Array<{ text: string; amount: number; amountTo?: number; currency: string }>;
  dates: Array<{ text: string; from: string; to: string; granularity: string }>;
  stakeholders: Array<{ canonical: string; type: string }>;
  claims: Array<{ subject: string; predicate: string; value: number | string }>;
}

export type MentionType = "money" | "dates" | "stakeholders" | "claims";
export const TYPES: MentionType[] = ["money", "dates", "stakeholders", "claims"];
export const TARGETS: Record<MentionType, number> = { money: 0.95, dates: 0.95, stakeholders: 0.9, claims: 0.85 };

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  /** What was missed and what was wrongly found, per document, for reading. */
  missed: string[];
  spurious: string[];
}

/** The comparison keys of one document, per type; money and dates are multisets, the others sets. */
export function keysOf(x: {
  money: GoldDocument["money"];
  dates: GoldDocument["dates"];
  stakeholders: Array<{ canonical: string }>;
  claims: Array<{ subject: string; predicate: string; value: number | string }>;
}): Record<MentionType, string[]> {
  return {
    money: x.money.map((m) => `${m.currency} ${m.amount}${m.amountTo ? `-${m.amountTo}` : ""}`),
    dates: x.dates.map((d) => `${d.from}..${d.to}`),
    stakeholders: [...new Set(x.stakeholders.map((s) => s.canonical))],
    claims: [...new Set(x.claims.map((c) => `${c.subject} | ${c.predicate} | ${c.value}`))],
  };
}

export function predictedKeys(x: Extraction): Record<MentionType, string[]> {
  return keysOf({
    money: x.mentions.money,
    dates: x.mentions.dates,
    stakeholders: x.mentions.stakeholders,
    claims: x.claims,
  });
}

export function compare(gold: string[], found: string[], label: string, into: Tally): void {
  const left = [...gold];
  for (const f of found) {
    const i = left.indexOf(f);
    if (i >= 0) {
      left.splice(i, 1);
      into.tp++;
    } else {
      into.fp++;
      into.spurious.push(`${label}: ${f}`);
    }
  }
  into.fn += left.length;
  into.missed.push(...left.map((l) => `${label}: ${l}`));
}

export function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, missed: [], spurious: [] };
}

export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

export function recall(t: Tally): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}
