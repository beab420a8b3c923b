import { createRequire } from "node:module";
import type { Library } from "./library.js";
import { escapeRegExp } from "../model/pattern.js";

// natural loads hundreds of modules: only a name that matched nothing pays for it.
const require = createRequire(import.meta.url);
let lib: typeof import("natural") | null = null;
const natural = (): typeof import("natural") => (lib ??= require("natural") as typeof import("natural"));

/** A known name close to what was typed: the canonical name, and the alias (or surname) that came closest. */
export interface Suggestion {
  canonical: string;
  /** The alias or surname that matched best, when it was not the canonical name itself. */
  via: string | null;
  score: number;
}

export interface SubjectHelp {
  /** Whether the name is a subject of the corpus's claims, by canonical name or alias. */
  known: boolean;
  /** The closest subjects, best first (none when nothing is close). */
  suggestions: Suggestion[];
  /** Every subject with its aliases, for a user whose name is close to none. */
  subjects: Array<{ canonical: string; aliases: string[] }>;
}

export interface VariantLink {
  documentId: string;
  /** The warning as stored. */
  message: string;
  /** The names the warning links the typed name to ("Andrew Way"), as the corpus knows them. */
  names: string[];
}

export interface StakeholderHelp {
  /** Name-variant warnings naming what was typed as a variant of a known stakeholder ("Wray" of "Andrew Way"). */
  variants: VariantLink[];
  suggestions: Suggestion[];
}

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * How close two names are, 0 to 1: the better of Jaro–Winkler (forgiving of a misspelt ending) and an edit
 * distance scaled by length (forgiving of short names: RFX and RFH); a typed prefix of a name ("Royal Fre") counts
 * as close.
 */
export function nameSimilarity(typed: string, known: string): number {
  const a = fold(typed);
  const b = fold(known);
  if (!a || !b) return 0;
  if (a === b) return 1;
  const jw = natural().JaroWinklerDistance(a, b, {});
  const edits = 1 - natural().LevenshteinDistance(a, b) / Math.max(a.length, b.length);
  const prefix = a.length >= 3 && b.startsWith(a) ? 0.9 : 0;
  return Math.max(jw, edits, prefix);
}

/** The best few of `candidates` (canonical name with the other names it goes by) for `typed`, at least `min` close. */
export function closest(
  typed: string,
  candidates: Array<{ canonical: string; names: string[] }>,
  options: { min?: number; max?: number } = {},
): Suggestion[] {
  const min = options.min ?? 0.78;
  const out: Suggestion[] = [];
  for (const c of candidates) {
    let best: Suggestion = { canonical: c.canonical, via: null, score: nameSimilarity(typed, c.canonical) };
    for (const n of c.names) {
      const score = nameSimilarity(typed, n);
      if (score > best.score) best = { canonical: c.canonical, via: n, score };
    }
    if (best.score >= min) out.push(best);
  }
  return out.sort((a, b) => b.score - a.score || a.canonical.localeCompare(b.canonical)).slice(0, options.max ?? 3);
}

/** Whether `name` is a subject of the corpus (or resolved to one), and if not the subjects closest to it. */
export function subjectHelp(library: Library, name: string, resolved?: string): SubjectHelp {
  const subjects = library.subjects().subjects.map((s) => ({ canonical: s.canonical, aliases: s.aliases }));
  const typed = fold(name);
  const known = subjects.some(
    (s) =>
      fold(s.canonical) === typed ||
      s.aliases.some((a) => fold(a) === typed) ||
      (resolved !== undefined && s.canonical === resolved),
  );
  const suggestions = known
    ? []
    : closest(
        name,
        subjects.map((s) => ({ canonical: s.canonical, names: s.aliases })),
      );
  return { known, suggestions, subjects };
}

const quoted = (message: string) => [...message.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
const namesWord = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}])${escapeRegExp(word.trim())}($|[^\\p{L}])`, "iu").test(text);

/**
 * Help for a stakeholder name the corpus does not know: the name-variant warnings that name it (so "Wray" leads to
 * the warning that links it to Andrew Way), and the known stakeholders whose names, or surnames, are closest.
 */
export function stakeholderHelp(library: Library, name: string): StakeholderHelp {
  const known = library.stakeholders().stakeholders;
  const canonicals = new Set(known.map((s) => s.canonical));
  const variants: VariantLink[] = [];
  for (const w of library.nameVariantWarnings(name)) {
    const names = quoted(w.message);
    if (!names.some((n) => namesWord(n, name))) continue;
    const rest = names.filter((n) => !namesWord(n, name));
    const others = rest.some((n) => canonicals.has(n)) ? rest.filter((n) => canonicals.has(n)) : rest;
    if (others.length && !variants.some((v) => v.message === w.message))
      variants.push({ documentId: w.documentId, message: w.message, names: others });
  }
  const suggestions = closest(
    name,
    known.map((s) => ({
      canonical: s.canonical,
      names: s.type === "person" && s.canonical.includes(" ") ? [s.canonical.split(" ").at(-1)!] : [],
    })),
  );
  return { variants, suggestions };
}
