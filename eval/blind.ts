/**
 * Scoring of the blind gold sets (test/gold-blind/{dev,test}, docs/gold-format.md): written by authors who never
 * read the extractors, with their own naming. Names are compared after mapping both sides to one key: the gold's
 * canonical name, any alias the gold lists, and the gazetteer's canonical name when the gazetteer knows the gold's
 * name or alias (the two conventions for one body: "National Programme for IT" / "... in the NHS").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { GazetteerEntry } from "../extractors/gazetteer.js";
import { readDocument } from "../read/read-document.js";
import type { Doc } from "../model/doc.js";
import type { Extraction } from "../model/extraction.js";
import { knowledge } from "../extractors/knowledge.js";
import { compare, type Tally } from "./score.js";

const KINDS = new Set([...knowledge.issues.labels.map((l) => l.label), knowledge.issues.figureLabel]);

export interface BlindGold {
  title?: string;
  kind: "board-paper" | "news" | "other";
  source?: string;
  publishedAt: string;
  subject?: string;
  money: Array<{ text: string; amount: number; amountTo?: number; currency: string }>;
  dates: Array<{ text: string; from: string; to: string; granularity: string }>;
  stakeholders: Array<{ canonical: string; type: string; aliases?: string[]; role?: string }>;
  issues?: Array<{ text: string; labels: string[] }>;
  claims: Array<{ subject: string; predicate: string; value: number | string; currency?: string }>;
}

export const BLIND_TYPES = ["money", "dates", "organisations", "people", "issues", "claims"] as const;
export type BlindType = (typeof BLIND_TYPES)[number];

const norm = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[’']s$/, "")
    .replace(/’/g, "'")
    .replace(/^the\s+/, "")
    .replace(/\s+/g, " ");

/** Maps any name the gold or the extractors use for a stakeholder of this document to the gold's canonical name. */
export function nameKeys(
  gold: BlindGold,
  lookup: (name: string) => GazetteerEntry | undefined,
): (name: string) => string {
  const key = new Map<string, string>();
  for (const s of gold.stakeholders) {
    for (const n of [s.canonical, ...(s.aliases ?? [])]) {
      if (!key.has(norm(n))) key.set(norm(n), s.canonical);
      const known = lookup(n);
      if (known && !key.has(norm(known.canonical))) key.set(norm(known.canonical), s.canonical);
    }
  }
  return (name) => key.get(norm(name)) ?? name;
}

/** The sentence around [start, end): from the previous full stop (or line break) to the next one. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (text[i] === "\n") return i + 1;
    if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i]!)) return i;
  }
  return 0;
}

/**
 * A gold document's input.txt (in `dir`/`name`), read as a new user's document is read: its kind and date given, its
 * subject only where `subject` is (the set written here gives one; a blind document's subject must be found).
 */
export function readGoldInput(
  dir: string,
  name: string,
  gold: Pick<BlindGold, "kind" | "publishedAt">,
  subject?: string | null,
): Promise<Doc> {
  return readDocument({
    source: `${name}/input.txt`,
    bytes: readFileSync(join(dir, name, "input.txt")),
    overrides: { kind: gold.kind, publishedAt: gold.publishedAt, ...(subject ? { subject } : {}) },
  });
}

/** Where a gold excerpt stands in the document's text, or -1. */
export function locate(text: string, excerpt: string): number {
  const at = text.indexOf(excerpt);
  if (at >= 0) return at;
  // The reader normalises quotes and spaces; the gold holds the text as written.
  const simple = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ");
  return simple(text).indexOf(simple(excerpt));
}

export function blindKeys(
  gold: BlindGold,
  doc: Doc,
  found: Extraction,
  lookup: (name: string) => GazetteerEntry | undefined,
): { gold: Record<BlindType, string[]>; found: Record<BlindType, string[]> } {
  const name = nameKeys(gold, lookup);
  const money = (m: { amount: number; amountTo?: number; currency: string }) =>
    `${m.currency} ${m.amount}${m.amountTo ? `-${m.amountTo}` : ""}`;
  const ofType = (type: string) => [
    ...new Set(gold.stakeholders.filter((s) => s.type === type).map((s) => s.canonical)),
  ];
  const foundOfType = (type: string) => [
    ...new Set(found.mentions.stakeholders.filter((s) => s.type === type).map((s) => name(s.canonical))),
  ];
  const goldIssues = (gold.issues ?? []).flatMap((i) => {
    const at = locate(doc.text, i.text);
    return at < 0
      ? i.labels.map((l) => `unlocated "${i.text.slice(0, 30)}" ${l}`)
      : i.labels.map((l) => `${sentenceStart(doc.text, at)} ${l}`);
  });
  // The gold labels a problem's kinds (docs/gold-format.md's nine); a count of problems ("22 major problems", label
  // "problems") is another item, which no gold labels: it is no kind's false positive.
  const foundIssues = [
    ...new Set(
      found.mentions.issues
        .filter((i) => KINDS.has(i.label))
        .map((i) => `${sentenceStart(doc.text, i.span.start)} ${i.label}`),
    ),
  ];
  return {
    gold: {
      money: gold.money.map(money),
      dates: gold.dates.map((d) => `${d.from}..${d.to}`),
      organisations: ofType("organisation"),
      people: ofType("person"),
      issues: [...new Set(goldIssues)],
      claims: [...new Set(gold.claims.map((c) => `${c.subject} | ${c.predicate} | ${c.value}`))],
    },
    found: {
      money: found.mentions.money.map(money),
      dates: found.mentions.dates.map((d) => `${d.from}..${d.to}`),
      organisations: foundOfType("organisation"),
      people: foundOfType("person"),
      issues: foundIssues,
      claims: [...new Set(found.claims.map((c) => `${name(c.subject)} | ${c.predicate} | ${c.value}`))],
    },
  };
}

export function scoreBlind(keys: ReturnType<typeof blindKeys>, label: string, into: Record<BlindType, Tally>): void {
  for (const t of BLIND_TYPES) compare(keys.gold[t], keys.found[t], label, into[t]);
}
