/**
 * CSV that spreadsheets open correctly: UTF-8 with a byte-order mark (Excel
 * needs it to read £), every field quoted, CRLF line ends (RFC 4180), and
 * cells that a spreadsheet would run as a formula (= + - @, tab, CR) prefixed
 * with an apostrophe.
 */
export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(","));
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '""';
  let s = String(v);
  if (typeof v === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}
