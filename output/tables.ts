import Table from "cli-table3";
import { safeText } from "./terminal.js";

/** A borderless, aligned table for the terminal; cells are document text made safe. */
export function renderTable(
  head: string[],
  rows: Array<Array<string | number | null>>,
  align?: Array<"left" | "right">,
): string {
  const table = new Table({
    head,
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
      middle: "  ",
    },
    style: { head: process.stdout.isTTY ? ["bold"] : [], border: [], "padding-left": 0, "padding-right": 0 },
    ...(align ? { colAligns: align } : {}),
  });
  for (const r of rows) table.push(r.map((c) => (c === null ? "" : safeText(String(c)))));
  return table.toString();
}
