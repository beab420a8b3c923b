import type { PageSpan } from "../model/doc.js";

/** Cleaned text and where each page lies in it. Pages are joined by a blank line. */
export interface CleanText {
  text: string;
  pages: PageSpan[];
  /** The running headers and footers dropped from the first page, as written: a paper's letterhead may be one. */
  furniture: string[];
}

export const PAGE_SEPARATOR = "\n\n";

/**
 * Turns raw page texts (lines as the parser laid them out) into clean prose:
 * running headers and footers dropped, hyphenated words rejoined, wrapped lines
 * rebuilt into paragraphs. Offsets are only fixed after cleaning, so spans that
 * later stages compute are into this text.
 *
 * `annotations` is the text a page's annotations draw (form fields, FreeText boxes: see pdf-annotations.ts), a
 * string a page: it follows the page's own text, and is never taken for a header, a footer or a page number (a
 * field holding "8" is not page 8).
 */
export function cleanPages(rawPages: readonly string[], annotations: readonly string[] = []): CleanText {
  const pageLines = rawPages.map(splitLines);
  const furniture = runningFurniture(pageLines);
  let text = "";
  const pages: PageSpan[] = [];
  const dropped: string[] = [];
  pageLines.forEach((lines, i) => {
    const body = stripEdges(lines, furniture, i === 0 ? dropped : []);
    const drawn = annotations[i] ? splitLines(annotations[i]) : [];
    const pageText = [...paragraphs(dehyphenate(body)), ...paragraphs(dehyphenate(drawn))].join("\n\n");
    if (i > 0) text += PAGE_SEPARATOR;
    pages.push({ number: i + 1, start: text.length, end: text.length + pageText.length });
    text += pageText;
  });
  return { text, pages, furniture: dropped.filter((l) => l !== "" && !PAGE_NUMBER.test(l)) };
}

function splitLines(page: string): string[] {
  const lines = normaliseChars(page).split("\n");
  // A table typed with bars round its rows and a rule under its headings ("| Line | Budget |" over
  // "|------|--------|"): the rule is no row, and the outer bars frame no cell. (Only where a rule shows the table is
  // so typed: a register's row that goes on the row above, "| incomplete records in live use |  |", keeps its empty
  // first cell, as a PDF's text gives it without the indent.)
  const framed = lines.some((l) => TABLE_RULE.test(l));
  return (
    (framed ? lines.filter((l) => !TABLE_RULE.test(l)).map((l) => l.replace(FRAMED_ROW, "$1")) : lines)
      // Runs of spaces and tabs separate table cells: keep them as a gap of two, fold single spaces.
      .map((l) => l.replace(/[ \t]{2,}|\t/g, "  ").trim())
  );
}

const TABLE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/;
const FRAMED_ROW = /^\s*\|\s*(.*?\S)\s*\|\s*$/;

const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
};

/** Characters that PDFs and web pages carry but that would break matching and offsets. */
export function normaliseChars(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\uFB00-\uFB04]/g, (c) => LIGATURES[c] ?? c)
    .replace(/[\u00AD\u200B-\u200D\uFEFF]/g, "") // soft hyphens and zero-width characters
    .replace(/[\u00A0\u2007\u202F]/g, " ")
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, "");
}

// Headers and footers are a line or two: a deeper window would take repeated content for furniture.
const EDGE = 2;

/** A line's shape with page numbers and dates folded, so "Page 2 of 9" and "Page 3 of 9" count as one. */
function furnitureKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, "#");
}

/**
 * Lines that stand at the same place from the top or the bottom of at least
 * half the pages (and two or more) are running headers or footers. The place
 * matters: a "Total" row repeated mid-page is content.
 */
function runningFurniture(pageLines: string[][]): Set<string> {
  const counts = new Map<string, number>();
  if (pageLines.length < 2) return new Set();
  for (const lines of pageLines) {
    const nonEmpty = lines.filter(Boolean);
    const keys = new Set<string>();
    for (let i = 0; i < Math.min(EDGE, nonEmpty.length); i++) {
      keys.add(`top${i}:${furnitureKey(nonEmpty[i]!)}`);
      keys.add(`bottom${i}:${furnitureKey(nonEmpty[nonEmpty.length - 1 - i]!)}`);
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(2, Math.ceil(pageLines.length * 0.5));
  return new Set([...counts].filter(([, n]) => n >= threshold).map(([k]) => k.slice(k.indexOf(":") + 1)));
}

const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

function stripEdges(lines: string[], furniture: Set<string>, dropped: string[]): string[] {
  // A blank line is furniture only at the very edge: between two lines of content it ends a paragraph (a cover's
  // "NHS Trust" and "Trust Board - Public Session" are two lines, not one name).
  const isFurniture = (l: string, edge: boolean) =>
    (l === "" && edge) || (l !== "" && (furniture.has(furnitureKey(l)) || PAGE_NUMBER.test(l)));
  const out = lines.slice();
  // Only the edges: a repeated line in the middle of a page is content (a table's "Total" row, say).
  for (let n = 0, i = 0; i < out.length && n < EDGE;) {
    if (!isFurniture(out[i]!, i === 0)) {
      i++;
      n++;
      continue;
    }
    if (out[i] !== "") n++;
    dropped.push(...out.splice(i, 1));
  }
  for (let n = 0, i = out.length - 1; i >= 0 && n < EDGE; i--) {
    if (!isFurniture(out[i]!, i === out.length - 1)) {
      n++;
      continue;
    }
    if (out[i] !== "") n++;
    dropped.push(...out.splice(i, 1));
  }
  return out;
}

/** "imple-" at a line end followed by "mentation" is one word; "NHS-" followed by "wide" keeps its hyphen only when capitals say so. */
function dehyphenate(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    while (/[a-z]-$/.test(line) && i + 1 < lines.length && /^[a-z]/.test(lines[i + 1]!)) {
      const next = lines[++i]!;
      const [word, ...rest] = next.split(" ");
      line = line.slice(0, -1) + word;
      if (rest.length) {
        lines[i] = rest.join(" ");
        i--;
        break;
      }
    }
    out.push(line);
  }
  return out;
}

// Numbered headings need a dot ("7.1 Finance", "7. Finance"): a wrapped line may start with a bare count ("22 problems ...").
const HEADING =
  /^(?:(?:Table|Figure|Appendix|Annex|Chart)\s+[A-Z0-9]{1,3}[.:]\s|[Aa]genda [Ii]tem \d+|[Ii]tem \d+[.:]?\s|\d+(?:\.\d+)+\.?\s+[A-Z]|\d+\.\s+[A-Z]|[A-Z][A-Z0-9 ,&'’()-]{3,}$)/;
// A numbered paragraph or heading: "2.2 Against …", "3. Computer-aided dispatch" (not a wrapped "2010. The …").
const NUMBERED = /^\d{1,2}(?:(?:\.\d+)+\.?|\.)\s+[A-Z]/;
// A date cut in two: "… is planned for 14" / "September 2010.".
const splitDate = (l: string, next: string) =>
  /\b\d{1,2}$/.test(l) &&
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(next);
// A line that ends on a word no sentence ends on runs on into the next: "… fell to 88.3% in" / "May, against …".
const OPEN_END = /\b(?:in|on|at|of|to|for|and|or|the|a|an|by|with|from|than|that|which|its|their|was|were|is|are)$/;
const LIST_ITEM = /^(?:[•▪◦·*–-]\s|\(?[a-z0-9]{1,3}[.)]\s)/i;
/** Table rows: several cells separated by runs of spaces or tabs, or by bars ("Line | plan | forecast"). */
const TABLE_ROW = /\S\s{2,}\S|\t|^\||\S \| .*\S \| \S/;
// A paragraph's number set off by a gap ("2.1  The Trust replaced its patient administration system with …", "(b)  the
// Trust's own validation …") is no cell: its text wraps onto the lines under it like any other paragraph's.
const NUMBER_GAP = /^(?:\d{1,2}(?:\.\d+)+\.?|\d{1,2}\.|\(?[a-z]{1,3}\)|\(\d{1,2}\))\s{2,}(?=\S)/i;
const closeNumberGap = (l: string) => l.replace(NUMBER_GAP, (m) => `${m.trimEnd()} `);
const tableRow = (l: string) => TABLE_ROW.test(closeNumberGap(l));

// A cover sheet's field ("Recommendation:  The Board is asked to note the query issued to Oakhurst"), its value
// wrapped onto lines of its own under it ("and Stenbridge Hospitals NHS Trust (OSH) on 14 January 2011"): the value
// runs on where the next line finishes it (lower case, or after a word no sentence ends on, or a title in capitals
// going on in capitals), and is no row of a table.
const COVER_FIELD = /^[A-Z][A-Za-z'’ ()/&-]{1,30}:\s{2}(?!.*\S\s{2,}\S)(\S.*)$/;
const CAPITALS = /^[^a-z]*[A-Z]{3}[^a-z]*$/;
const fieldRunsOn = (l: string, next: string | undefined, value = COVER_FIELD.exec(l)?.[1]): boolean =>
  !!value &&
  !!next &&
  !COVER_FIELD.test(next) &&
  !tableRow(next) &&
  !LIST_ITEM.test(next) &&
  !NUMBERED.test(next) &&
  !/[.!?;:]$/.test(l) &&
  (/^[a-z]/.test(next) ||
    OPEN_END.test(l) ||
    /,$/.test(l) ||
    // (A title in capitals wraps only where its line ran to the margin: not over a heading, "EXECUTIVE SUMMARY".)
    (CAPITALS.test(value) && CAPITALS.test(next) && l.length >= 60));

// A title in title case ("PAS Recovery Plan and Waiting List Validation") over the next line ("Kennet Vale Hospitals NHS
// Trust") stands alone: a wrapped line of prose is never all capitalised words.
const MINOR_WORD = /^(?:a|an|and|at|by|for|from|in|of|on|or|the|to|with|&|[-–—|:])$/;
const titleLine = (l: string, next?: string) => {
  const words = l.trim().split(/\s+/);
  return (
    !!next &&
    /^[A-Z]/.test(next) &&
    l.length < 80 &&
    words.length >= 3 &&
    !/[.,;:]$/.test(l) &&
    !MINOR_WORD.test(words[words.length - 1]!) &&
    words.every((w) => /^[A-Z0-9£"“‘'(]/.test(w) || MINOR_WORD.test(w))
  );
};

/**
 * Wrapped lines back into paragraphs: a line that reaches (nearly) the page's
 * usual width continues into the next; a short line ends its paragraph.
 * Headings, list items and table rows stand alone.
 */
function paragraphs(raw: string[]): string[] {
  // (A number set off by a gap starts a paragraph, whatever follows it: "7.1.1  2010/11 was the year in which …"; the
  // gap closed, so that no reader of tables takes the paragraph for a row.)
  const numbered = new Set(raw.flatMap((l, i) => (NUMBER_GAP.test(l) && !tableRow(l) ? [i] : [])));
  const lines = raw.map((l, i) => (numbered.has(i) ? closeNumberGap(l) : l));
  const lengths = lines
    .filter(Boolean)
    .map((l) => l.length)
    .sort((a, b) => a - b);
  const usual = lengths.length ? lengths[Math.floor((lengths.length - 1) * 0.9)]! : 0;
  // pdf.js drops the gap between paragraphs, so a line that ends a sentence must be nearly full to run on.
  const full = (l: string) => l.length >= usual * (/[.!?:”"]$/.test(l) ? 0.92 : 0.75);
  // A heading is a short line: a long numbered line, or one the next line finishes, is a paragraph's
  // first ("3.4 Cutover in the Wessingham emergency operations centre is planned for 14" / "September 2010.", "2.2
  // Against the national standard that 75% of Category A (immediately" / "life-threatening) calls …").
  const standsAlone = (l: string, next?: string) =>
    tableRow(l) ||
    titleLine(l, next) ||
    (l.length < 80 &&
      HEADING.test(l) &&
      !/[.,;]$/.test(l) &&
      !(
        next &&
        !tableRow(next) &&
        ((NUMBERED.test(l) && l.length >= 65) || /^[a-z]/.test(next) || OPEN_END.test(l) || splitDate(l, next))
      ));
  // A line the next one finishes runs on whatever its length: "… of Category A (immediately" / "life-threatening)
  // calls …", "… fell to 88.3% in" / "May, against …".
  const runsOn = (l: string, next: string | undefined) =>
    !!next &&
    (/^[a-z]/.test(next) || OPEN_END.test(l) || splitDate(l, next)) &&
    !/[.!?:;”"]$/.test(l) &&
    !standsAlone(next) &&
    !LIST_ITEM.test(next);
  const out: string[] = [];
  let current = "";
  const flush = () => {
    if (current) out.push(current);
    current = "";
  };
  // (The line after a cover field that runs on is its value's, whatever its shape.)
  let fieldGoesOn = false;
  lines.forEach((line, i) => {
    if (!line) {
      flush();
      return;
    }
    if (fieldGoesOn) {
      fieldGoesOn = fieldRunsOn(line, lines[i + 1], line);
      current = `${current} ${line}`;
      if (!fieldGoesOn && !full(line) && !runsOn(line, lines[i + 1])) flush();
      return;
    }
    if (fieldRunsOn(line, lines[i + 1])) {
      flush();
      current = line;
      fieldGoesOn = true;
      return;
    }
    const alone = standsAlone(line, lines[i + 1]);
    // (A numbered paragraph starts a paragraph of its own, heading or not.)
    if (alone || LIST_ITEM.test(line) || NUMBERED.test(line) || numbered.has(i)) {
      flush();
      if (alone) {
        out.push(line);
        return;
      }
    }
    current = current ? `${current} ${line}` : line;
    if (!full(line) && !runsOn(line, lines[i + 1])) flush();
  });
  flush();
  return out;
}
