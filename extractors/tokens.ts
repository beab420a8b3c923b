/** A word of the text with its offsets. Apostrophes split words ("Free's" is "Free", "s"), as in the gazetteer. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /[A-Za-z0-9]+|&/g;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** Only spaces, a line break, a full stop or an apostrophe may sit between the words of one name. */
export function joinable(text: string, end: number, nextStart: number): boolean {
  return (
    nextStart - end <= 3 &&
    /^[\s.'’-]*$/.test(text.slice(end, nextStart)) &&
    !text.slice(end, nextStart).includes("\n\n")
  );
}
