import { createRequire } from "node:module";

// natural loads hundreds of modules; a command that never compares names (most of them) should not pay for it.
const require = createRequire(import.meta.url);
let lib: typeof import("natural") | null = null;
const natural = (): typeof import("natural") => (lib ??= require("natural") as typeof import("natural"));

/** A letter inserted, dropped or changed (Way/Wray), or near-identical long names (Jaro–Winkler). */
export function similarNames(a: string, b: string): boolean {
  if (a === b) return false;
  const edits = natural().LevenshteinDistance(a.toLowerCase(), b.toLowerCase());
  if (Math.min(a.length, b.length) <= 5) return edits === 1;
  return edits <= 2 && natural().JaroWinklerDistance(a.toLowerCase(), b.toLowerCase(), {}) >= 0.9;
}
