import { extractMoney } from "../extractors/money.js";

/**
 * What a reader types into search, read as they mean it: words (all of them must occur), "quoted phrases",
 * prefix*, OR between two terms, NOT before one, and money figures, which stand for their value: "£7.2m" finds
 * £7.2 million, £7,200,000 and £7.20m, and neither £7.2bn nor £72m. Nothing a reader types can become FTS5
 * syntax by accident: every word is quoted again here.
 */
export type SearchTerm =
  { kind: "text"; fts: string; text: string } | { kind: "money"; amount: number; currency: string; text: string };

/** Terms of which any may match (`a OR b`), negated by a NOT before them. A query is clauses that must all hold. */
export interface SearchClause {
  negated: boolean;
  any: SearchTerm[];
}

// Words that carry no evidence unless quoted: FTS would match half the corpus on them.
const STOP = new Set(
  "the a an and or of to in on for at by with from that this it its is was were be been has have had as but not are which who will would said says".split(
    " ",
  ),
);

const words = (s: string) => [...s.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);

/**
 * A prefix as FTS5 sees it. The index holds Porter stems, and FTS5 stems a prefix as it stems a word: "deploy*"
 * is looked for as "deploi*", which the stem of "deployments", "deploy", does not start with. A prefix that ends in
 * "y" is also tried without it.
 */
function prefixFts(word: string): string {
  if (word.length <= 3 || !word.endsWith("y")) return `"${word}"*`;
  return `("${word}"* OR "${word.slice(0, -1)}"*)`;
}

type Token = SearchTerm | { kind: "op"; op: "OR" | "NOT" | "AND" };

function tokenise(query: string): Token[] {
  // The figures first, read by the same extractor that read the documents, so both agree on what £7.2m is.
  const figures = extractMoney({ text: query, pages: [{ number: 1, start: 0, end: query.length }] });
  const tokens: Array<Token & { at: number }> = figures.map((m) => ({
    kind: "money",
    amount: m.amount,
    currency: m.currency,
    text: m.text,
    at: m.span.start,
  }));
  let rest = query;
  for (const m of figures)
    rest = rest.slice(0, m.span.start) + " ".repeat(m.span.end - m.span.start) + rest.slice(m.span.end);
  for (const m of rest.matchAll(/"([^"]*)"?|[^\s"]+/g)) {
    const at = m.index!;
    if (m[1] !== undefined) {
      const phrase = words(m[1]);
      if (phrase.length) tokens.push({ kind: "text", fts: `"${phrase.join(" ")}"`, text: m[1].trim(), at });
    } else if (m[0] === "OR" || m[0] === "NOT" || m[0] === "AND") tokens.push({ kind: "op", op: m[0], at });
    else {
      const prefix = /\*$/.test(m[0]);
      const ws = words(m[0]);
      // "NHS-wide" is the phrase "nhs wide" to the index's tokenizer.
      if (ws.length > 1) tokens.push({ kind: "text", fts: `"${ws.join(" ")}"${prefix ? "*" : ""}`, text: m[0], at });
      else if (ws.length === 1 && prefix) tokens.push({ kind: "text", fts: prefixFts(ws[0]!), text: m[0], at });
      else if (ws.length === 1 && ws[0]!.length > 1 && !STOP.has(ws[0]!))
        tokens.push({ kind: "text", fts: `"${ws[0]}"`, text: m[0], at });
    }
  }
  return tokens.sort((a, b) => a.at - b.at).map(({ at: _at, ...t }) => t as Token);
}

/** The clauses of a query; empty when nothing searchable is left (only stop words, only operators). */
export function parseSearchQuery(query: string): SearchClause[] {
  const clauses: SearchClause[] = [];
  let negate = false;
  let or = false;
  for (const t of tokenise(query)) {
    if (t.kind === "op") {
      if (t.op === "NOT") negate = true;
      else if (t.op === "OR") or = clauses.length > 0;
      continue;
    }
    const last = clauses.at(-1);
    if (or && last && last.negated === negate) last.any.push(t);
    else clauses.push({ negated: negate, any: [t] });
    negate = false;
    or = false;
  }
  return clauses;
}

/** The FTS5 expression of some text terms, any of which may match. */
export function ftsOfAny(terms: SearchTerm[]): string {
  const fts = terms.map((t) => (t.kind === "text" ? t.fts : ""));
  return fts.length === 1 ? fts[0]! : `(${fts.join(" OR ")})`;
}
