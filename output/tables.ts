import Table from "cli-table3";
import { colour, safeText, terminalWidth, visibleLength, wrap } from "./terminal.js";

export interface TableOptions {
  /**
   * Columns (by index) whose text may wrap onto more lines when the table is wider than the terminal: titles,
   * names, quotations. The others (ids, dates, pages, figures, verdicts) keep their width. Nothing is cut.
   */
  wrap?: number[];
  /** The width to fit (default: the terminal's, see terminalWidth). */
  width?: number;
}

/** The narrowest a wrapping column is made; a table that cannot fit with them so is left wider than the terminal. */
const MIN_WRAP = 15;
const GAP = 2;

/** A borderless, aligned table for the terminal; cells are document text made safe. */
export function renderTable(
  head: string[],
  rows: Array<Array<string | number | null>>,
  align?: Array<"left" | "right">,
  options: TableOptions = {},
): string {
  const cells = rows.map((r) => r.map((c) => (c === null ? "" : safeText(String(c)))));
  const widths = options.wrap ? fitWidths(head, cells, options.wrap, options.width ?? terminalWidth()) : null;
  const table = new Table({
    head: head.map((h) => colour.bold(h)),
    chars: {
      top: "",
      "top-mid": "",
      "top-left": "",
      "top-right": "",
      bottom: "",
      "bottom-mid": "",
      "bottom-left": "",
      "bottom-right": "",
      left: "",
      "left-mid": "",
      mid: "",
      "mid-mid": "",
      right: "",
      "right-mid": "",
      middle: " ".repeat(GAP),
    },
    style: { head: [], border: [], "padding-left": 0, "padding-right": 0 },
    ...(align ? { colAligns: align } : {}),
  });
  for (const r of cells) table.push(r.map((c, i) => (widths?.[i] !== undefined ? wrap(c, widths[i]).join("\n") : c)));
  return table
    .toString()
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n");
}

/**
 * The width of each wrapping column so that the table fits `width`: the widest are narrowed first, to one common
 * cap, none under MIN_WRAP (or its own content). Columns that do not wrap are undefined (their natural width).
 */
function fitWidths(head: string[], cells: string[][], wrapping: number[], width: number): Array<number | undefined> {
  const natural = head.map((h, i) =>
    Math.max(visibleLength(h), ...cells.map((r) => visibleLength((r[i] ?? "").replace(/\s+/g, " ").trim()))),
  );
  const fixed = natural.reduce((n, w, i) => (wrapping.includes(i) ? n : n + w), 0) + GAP * (head.length - 1);
  const room = width - fixed;
  const flexible = wrapping.filter((i) => i < head.length);
  const total = flexible.reduce((n, i) => n + natural[i]!, 0);
  const out: Array<number | undefined> = head.map(() => undefined);
  if (total <= room) return out;
  // The cap c with sum(min(natural, c)) = room, found from the narrowest column up.
  const sorted = [...flexible].sort((a, b) => natural[a]! - natural[b]!);
  let left = room;
  let cap = MIN_WRAP;
  for (let k = 0; k < sorted.length; k++) {
    const even = Math.floor(left / (sorted.length - k));
    if (natural[sorted[k]!]! <= even) left -= natural[sorted[k]!]!;
    else {
      cap = Math.max(even, MIN_WRAP);
      break;
    }
  }
  for (const i of flexible) out[i] = Math.max(Math.min(natural[i]!, cap), Math.min(natural[i]!, MIN_WRAP));
  return out;
}
