import { knowledge, type GazetteerEntry } from "./knowledge.js";
import { joinable, tokenize, type Token } from "./tokens.js";

export type { GazetteerEntry, GazetteerType } from "./knowledge.js";

export interface GazetteerMatch {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazetteerEntry;
  /** The alias's words as written, for requiresCapital. */
  alias?: string[];
}

// The step of a comma inside an alias.
const COMMA = ",";

/** Acronyms and names with inner capitals (BT, NPfIT, LC1) only match as written; "bt" is not BT. */
export function isCaseSensitiveAlias(alias: string): boolean {
  return !/\s/.test(alias) && /[A-Z0-9]/.test(alias.slice(1));
}

/**
 * The reviewed list of the field's organisations, programmes and systems,
 * matched in one pass over the words of a text with a word trie: the cost is
 * linear in the text, whatever the number of aliases.
 */
export class Gazetteer {
  private readonly exact: TrieNode = { next: new Map() };
  private readonly folded: TrieNode = { next: new Map() };
  private readonly byName = new Map<string, GazetteerEntry>();

  constructor(readonly entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      // "told the Guardian": a title's "The" is lower case inside a sentence, so the name is matched without it too.
      const titles = [entry.canonical, ...entry.aliases].filter((a) => /^The [A-Z]/.test(a)).map((a) => a.slice(4));
      for (const alias of new Set([entry.canonical, ...entry.aliases, ...titles])) {
        const plain = alias.replace(/’/g, "'");
        const tokens = tokenize(plain);
        const words = tokens.map((t) => t.text);
        if (!words.length) continue;
        const sensitive = isCaseSensitiveAlias(alias);
        let node = sensitive ? this.exact : this.folded;
        // ("North, Midlands and East": a comma the name itself holds is a step of its own, so no other name crosses one.)
        const steps = tokens.flatMap((t, k) =>
          k > 0 && plain.slice(tokens[k - 1]!.end, t.start).includes(",") ? [COMMA, t.text] : [t.text],
        );
        for (const w of steps) {
          const key = sensitive ? w : w.toLowerCase();
          node = node.next.get(key) ?? node.next.set(key, { next: new Map() }).get(key)!;
        }
        node.entry ??= entry;
        node.alias ??= words;
        this.byName.set(alias.toLowerCase().replace(/’/g, "'"), entry);
      }
    }
  }

  /** The entry named by a canonical name or alias (any case), e.g. for `--subject Barts`. */
  lookup(name: string): GazetteerEntry | undefined {
    const key = name
      .trim()
      .toLowerCase()
      .replace(/’/g, "'")
      .replace(/^the\s+/, "");
    return this.byName.get(key) ?? this.byName.get(`the ${key}`);
  }

  /** Longest, leftmost, non-overlapping matches in `text[from, to)`. */
  match(text: string, from = 0, to = text.length, tokens: Token[] = tokenize(text, from, to)): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length;) {
      const best = this.longestAt(text, tokens, i);
      if (best) {
        out.push({ start: tokens[i]!.start, end: tokens[best.last]!.end, entry: best.entry });
        i = best.last + 1;
      } else i++;
    }
    return out;
  }

  private longestAt(text: string, tokens: Token[], i: number): { last: number; entry: GazetteerEntry } | null {
    let best: { last: number; entry: GazetteerEntry } | null = null;
    for (const sensitive of [true, false]) {
      let node: TrieNode | undefined = sensitive ? this.exact : this.folded;
      for (let j = i; j < tokens.length; j++) {
        if (j > i && !joinable(text, tokens[j - 1]!.end, tokens[j]!.start)) {
          if (!/^,[ \t]{1,2}$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
          node = node.next.get(COMMA);
          if (!node) break;
        }
        node = node.next.get(sensitive ? tokens[j]!.text : tokens[j]!.text.toLowerCase());
        if (!node) break;
        // ("Release 1" is not the start of "Release 1.9", another product's release.)
        if (/^\.\d/.test(text.slice(tokens[j]!.end, tokens[j]!.end + 2))) continue;
        if (node.entry && (!best || j > best.last) && this.accepts(node, tokens, i, sensitive))
          best = { last: j, entry: node.entry };
      }
    }
    return best;
  }

  /** Names are proper nouns: a folded match must start with a capital; requiresCapital holds every word to the alias's capitals. */
  private accepts(node: TrieNode, tokens: Token[], i: number, sensitive: boolean): boolean {
    if (sensitive) return true;
    if (!/^[A-Z0-9]/.test(tokens[i]!.text)) return false;
    if (!node.entry!.requiresCapital) return true;
    return node.alias!.every((w, k) => !/^[A-Z]/.test(w) || /^[A-Z]/.test(tokens[i + k]?.text ?? ""));
  }
}

let shared: Gazetteer | null = null;

/** The bundled gazetteer (extractors/data/gazetteer.json), built once per thread. */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer(knowledge.gazetteer);
  return shared;
}
