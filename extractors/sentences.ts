/** A sentence of a document: its offsets into the text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which a full stop does not end a sentence (British usage drops most dots, "St." and "Dr." survive).
const ABBREVIATIONS = new Set([
  "st",
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "rev",
  "no",
  "co",
  "ltd",
  "inc",
  "vs",
  "etc",
  "ie",
  "eg",
  "cf",
  "approx",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "fig",
  "para",
  "c",
]);

// A wrapped line may start with a figure that goes on the sentence: "… Trelawney Ward on\n14 December 2010 as part of
// its review", "… had risen to\n14,000 patients". A section number ("2.3 The …") or a table row does not read on.
const WRAPPED_FIGURE =
  /^[ \t]*[£$]?\d[\d,.]*(?:%|m|bn|k)?[ \t]+(?:[a-z]|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/;

/**
 * Splits text into sentences with exact offsets. natural's and compromise's
 * splitters return strings, not positions, and every item we extract needs
 * its span; this one keeps them. Paragraph breaks always end a sentence, and
 * so does the end of a short line (lists, fact boxes, table rows).
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const boundary = /\n\s*\n|\n(?=\s*[^\sa-z])|[.!?]+["'”’)]*(?=\s+["'“‘(]?[A-Z0-9£$€])/g;
  boundary.lastIndex = from;
  for (let m = boundary.exec(text); m && m.index < to; m = boundary.exec(text)) {
    if (m[0] === "\n") {
      // A line of a list or fact box ends its sentence; a hard-wrapped line of prose (long, no stop) does not.
      const line = text.slice(text.lastIndexOf("\n", m.index - 1) + 1, m.index);
      // A table row that ends in a bare figure ("CAD support   |   370 |   370 |   0", "… |  76.1% |  72.4%", "… (25)")
      // is no wrapped prose either.
      // Nor is a line of cells between bars, whatever ends it ("Month | … | RiO helpdesk calls").
      const row =
        (/\d%?\)?\s*$/.test(line) && /\S\s{3,}\S|\s\|\s|\t/.test(line)) || (line.match(/\s\|\s/g)?.length ?? 0) >= 2;
      if (
        line.length >= 60 &&
        !row &&
        !/[.!?:;"”’)]\s*$/.test(line) &&
        (/^\s*\p{L}/u.test(text.slice(m.index + 1, m.index + 4)) ||
          WRAPPED_FIGURE.test(text.slice(m.index + 1, m.index + 40)))
      )
        continue;
    }
    if (m[0][0] === ".") {
      // An abbreviation or an initial ("A. Way") as a whole word; "£7.2m." still ends its sentence.
      const word = /(?:^|[\s(])([A-Za-z]+)\.$/.exec(text.slice(Math.max(from, m.index - 12), m.index + 1));
      // ("No. 14" is a number's abbreviation; "Only 213 people have said no. The …" ends a sentence.)
      const numberSign = word?.[1]!.toLowerCase() === "no" && !/^\s*\d/.test(text.slice(m.index + 1, m.index + 6));
      if (word && !numberSign && (ABBREVIATIONS.has(word[1]!.toLowerCase()) || /^[A-Z]$/.test(word[1]!))) continue;
    }
    push(m.index + m[0].length);
  }
  push(to);
  return out;
}
