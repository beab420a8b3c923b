import pc from "picocolors";

// ANSI escape sequences (CSI, OSC and single-character escapes) and C0/C1 controls but newline and tab.
const ESCAPES =
  /\u001B(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])|\u009B[0-?]*[ -/]*[@-~]/g;
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Document text made safe for a terminal: a hostile PDF must not move the cursor or retitle the window. */
export function safeText(s: string): string {
  return s.replace(ESCAPES, "").replace(CONTROLS, "");
}

/**
 * Every string inside `value` (a view about to be rendered as text) made safe with safeText. Applied to the whole
 * view before a text renderer sees it, so that no field (a publisher, a speaker, a claim's aspect) can be missed.
 */
export function safeFields<T>(value: T): T {
  if (typeof value === "string") return safeText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => safeFields(v)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, safeFields(v)])) as T;
  return value;
}

/**
 * One line of document text, whitespace folded and cut to `width`. For labels only (a title in a progress line):
 * a citation, a figure, a page number or a verdict is wrapped with `wrap`/`hang`, never cut.
 */
export function oneLine(s: string, width = 100): string {
  const line = safeText(s).replace(/\s+/g, " ").trim();
  return line.length <= width ? line : line.slice(0, width - 1) + "…";
}

/**
 * Colour only where a person reads a terminal: NO_COLOR, a pipe or a file turn it off, FORCE_COLOR on. Decided at
 * each call, not when the module loads (picocolors' own choice also colours any output under CI, piped or not).
 */
export function colourWanted(): boolean {
  if ("NO_COLOR" in process.env) return false;
  if ("FORCE_COLOR" in process.env) return true;
  return Boolean(process.stdout.isTTY) && process.env.TERM !== "dumb";
}

const paint =
  (name: "bold" | "dim" | "green" | "red" | "yellow") =>
  (text: string): string =>
    pc.createColors(colourWanted())[name](text);

export const colour = {
  bold: paint("bold"),
  dim: paint("dim"),
  green: paint("green"),
  red: paint("red"),
  yellow: paint("yellow"),
};

/**
 * The width text output wraps to: the terminal's columns when stdout is one, else $COLUMNS, else 100 (a pipe, a
 * file). Never under 20.
 */
export function terminalWidth(): number {
  const tty = process.stdout.isTTY ? process.stdout.columns : undefined;
  const env = Number(process.env.COLUMNS);
  const width = tty && tty > 0 ? tty : Number.isInteger(env) && env > 0 ? env : 100;
  return Math.max(width, 20);
}

/** The columns `s` takes on a terminal: escape sequences take none, a character (not a UTF-16 unit) takes one. */
export function visibleLength(s: string): number {
  return [...s.replace(ESCAPES, "")].length;
}

/**
 * Document text made safe, whitespace folded, and wrapped at spaces into lines of at most `width` columns. Nothing
 * is cut: a word longer than a line (an id, a URL) is split across lines.
 */
export function wrap(text: string, width: number): string[] {
  const w = Math.max(width, 1);
  const words = safeText(text).replace(/\s+/g, " ").trim().split(" ");
  const lines: string[] = [];
  let line = "";
  for (let word of words) {
    while ([...word].length > w) {
      if (line) lines.push(line);
      line = "";
      const chars = [...word];
      lines.push(chars.slice(0, w).join(""));
      word = chars.slice(w).join("");
    }
    if (!line) line = word;
    else if (visibleLength(line) + 1 + [...word].length <= w) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/**
 * A paragraph with a hanging indent, wrapped to the terminal: `lead` (which may be coloured) starts the first line,
 * `text` follows it, and further lines are indented by `indent` spaces. Nothing of `text` is cut.
 */
export function hang(lead: string, text: string, indent: number, width = terminalWidth()): string {
  const first = Math.max(width - visibleLength(lead), 20);
  const rest = Math.max(width - indent, 20);
  const words = wrap(text, first);
  const head = words[0] ?? "";
  const tail = words.length > 1 ? wrap(words.slice(1).join(" "), rest) : [];
  return [lead + head, ...tail.map((l) => " ".repeat(indent) + l)].join("\n").replace(/ +$/gm, "");
}
