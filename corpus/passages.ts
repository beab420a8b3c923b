import { pageAt } from "../extractors/span.js";
import type { Doc } from "../model/doc.js";

export interface Passage {
  page: number;
  start: number;
  end: number;
  text: string;
}

const MAX_PASSAGE = 1200;

/**
 * The units that search and evidence quote: paragraphs, with long ones cut at
 * sentence ends so that a quoted passage stays readable.
 */
export function passagesOf(doc: Pick<Doc, "text" | "pages">): Passage[] {
  const out: Passage[] = [];
  const para = /[^\n]+(?:\n(?!\n)[^\n]+)*/g;
  for (const m of doc.text.matchAll(para)) {
    let start = m.index!;
    const end = start + m[0].length;
    while (end - start > MAX_PASSAGE) {
      const cut = sentenceCut(doc.text, start, start + MAX_PASSAGE);
      push(out, doc, start, cut);
      start = cut;
      while (start < end && /\s/.test(doc.text[start]!)) start++;
    }
    push(out, doc, start, end);
  }
  return out;
}

function sentenceCut(text: string, from: number, limit: number): number {
  for (let i = limit; i > from + MAX_PASSAGE / 2; i--) {
    if (/[.!?]/.test(text[i - 1]!) && /\s/.test(text[i] ?? " ")) return i;
  }
  return limit;
}

function push(out: Passage[], doc: Pick<Doc, "text" | "pages">, start: number, end: number): void {
  const text = doc.text.slice(start, end);
  if (text.trim()) out.push({ page: pageAt(doc.pages, start), start, end, text });
}
