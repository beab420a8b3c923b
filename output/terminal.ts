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

/** One line of document text, whitespace folded and cut to `width`. */
export function oneLine(s: string, width = 100): string {
  const line = safeText(s).replace(/\s+/g, " ").trim();
  return line.length <= width ? line : line.slice(0, width - 1) + "…";
}

/**
 * Colour only where a person reads a terminal: NO_COLOR, a pipe or a file turn it off, FORCE_COLOR on. Decided at
 * each call, not when the module loads (picocolors' own choice also colours any output under CI, piped or not).
 */
function colourWanted(): boolean {
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
