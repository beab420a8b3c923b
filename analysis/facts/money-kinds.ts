// Capital and revenue: two kinds of money a paper keeps apart, which a statement naming one does not get from the other.
import type { Figure } from "./figures.js";

export type MoneyKind = "capital" | "revenue";

const KIND_WORD = /\b(capital|revenue)\b/gi;

/** The one kind of money a text names ("budgeted £3.2m in revenue", "capital spending"); null for neither or both. */
export function onlyKind(text: string): MoneyKind | null {
  const kinds = new Set([...text.matchAll(KIND_WORD)].map((m) => m[1]!.toLowerCase() as MoneyKind));
  return kinds.size === 1 ? [...kinds][0]! : null;
}

/**
 * The kind of money a paper's figure is: a cell by its column ("2008/09 revenue £000"), a sentence's figure by the word
 * right after it or right before it ("£3,180,000 capital and £1,240,000 revenue", "capital cost of £1.2m"). Null when
 * neither or both.
 */
export function kindOf(text: string, p: Figure): MoneyKind | null {
  if (p.column) return onlyKind(p.column);
  const at = text.indexOf(p.text);
  if (at < 0) return null;
  const after = /^\s+(capital|revenue)\b/i.exec(text.slice(at + p.text.length));
  if (after) return after[1]!.toLowerCase() as MoneyKind;
  const before = /\b(capital|revenue)\s+(?:[\w-]+\s+){0,2}?(?:of|at|is|was|totals?|totalling)\s+$/i.exec(
    text.slice(Math.max(0, at - 40), at),
  );
  return before ? (before[1]!.toLowerCase() as MoneyKind) : null;
}

/** Whether `p` is money of the other kind than a statement's clause tells its figure `f` as. */
export function otherKindOfMoney(clause: string, f: Figure, text: string, p: Figure): boolean {
  const told = f.kind === "money" ? onlyKind(clause) : null;
  if (!told || p.kind !== "money") return false;
  const kind = kindOf(text, p);
  return !!kind && kind !== told;
}
