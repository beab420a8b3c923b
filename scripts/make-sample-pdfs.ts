/**
 * Renders the sample board papers: every `corpus/samples/src/*.txt` becomes
 * `corpus/samples/board-papers/<name>.pdf`.
 *
 *   npx tsx scripts/make-sample-pdfs.ts            render all sources
 *   npx tsx scripts/make-sample-pdfs.ts --check    render in memory and fail if a PDF on disk differs
 *
 * Output is deterministic: the PDF dates come from `@date`, the document ID is
 * pdfkit's MD5 of the (fixed) info dictionary, the standard Helvetica fonts are
 * not embedded, so two runs give identical bytes.
 *
 * SOURCE FORMAT (UTF-8, one directive or text line per line)
 *
 *   @title Chief Executive's Report          PDF Title (also printed on page 1 unless a `!!` block is given)
 *   @header Royal Free ... — Trust Board, 26 November 2008
 *                                            running header printed at the top of every page
 *                                            (footer "Page N of M" is added after layout)
 *   @date 2008-11-26                         meeting date: PDF CreationDate and ModDate (12:00 UTC)
 *   @publisher Royal Free Hampstead NHS Trust
 *                                            PDF Author (the trust)
 *   @subject ...                             PDF Subject (optional)
 *   @keywords ...                            PDF Keywords (optional)
 *   % comment                                ignored
 *
 *   !! TEXT                                  centred bold title line (consecutive lines form one block)
 *   # Agenda item 7: Chief Executive's Report
 *                                            level-1 heading
 *   ## 7.1 Care Records Service              level-2 heading
 *   - text                                   bullet item (continuation lines are indented)
 *   |= Cell | Cell |                         table header row (bold)
 *   | Cell | £1.300m |                       table row; a row whose first cell starts with "Total" is bold
 *   @cols 250,110,110                        column widths (points) for the next table; by default the
 *                                            first column takes what the others (90pt each) leave
 *   ---page---   (or a line holding only \f or a form feed)
 *                                            forced page break
 *   any other text                           paragraph text; consecutive lines join with a space,
 *                                            a blank line ends the paragraph
 *
 * Inside any text, `{-}` marks a place where a word may be hyphenated
 * ("imple{-}mentation"). The renderer breaks lines itself: when a word does not
 * fit, it splits it at the last marked point that does, writing a literal "-" at
 * the end of the line ("imple-" / "mentation"). When the word fits, the marker
 * vanishes. Each document must end up with at least one such break: the script
 * fails otherwise (add markers to long words until one lands at a line end).
 * Real hyphens ("go-live") are never used as break points.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join, basename, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import PDFDocument from "pdfkit";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC_DIR = join(ROOT, "corpus/samples/src");
const OUT_DIR = join(ROOT, "corpus/samples/board-papers");

// A4 in points, and the page geometry.
const PAGE_W = 595.28;
const PAGE_H = 841.89;
const LEFT = 64;
const RIGHT = PAGE_W - 64;
const WIDTH = RIGHT - LEFT;
const TOP = 84;
const BOTTOM = PAGE_H - 78;
const HEADER_Y = 40;
const FOOTER_Y = PAGE_H - 52;

const REGULAR = "Helvetica";
const BOLD = "Helvetica-Bold";
const BODY_SIZE = 10.5;
const BODY_LEADING = 14.5;

const HYPHEN_POINT = "{-}";

interface Meta {
  title: string;
  header: string;
  date: string;
  publisher: string;
  subject?: string;
  keywords?: string;
}

type Block =
  | { type: "banner"; lines: string[] }
  | { type: "h1"; text: string }
  | { type: "h2"; text: string }
  | { type: "para"; text: string }
  | { type: "bullet"; text: string }
  | { type: "table"; rows: Row[]; cols: number[] | null }
  | { type: "pagebreak" };

/** Heading levels: font size, line height, space before and after, and the room kept with what follows. */
const HEADING = {
  h1: { size: 13, leading: 17, before: 6, after: 5, keep: 18 + 8 },
  h2: { size: 11, leading: 15, before: 4, after: 3, keep: 16 + 6 },
} as const;

interface Row {
  cells: string[];
  header: boolean;
}

interface SourceDoc {
  name: string;
  meta: Meta;
  blocks: Block[];
}

/** Parses the line format described at the top of this file. */
function parseSource(name: string, raw: string): SourceDoc {
  const meta: Partial<Meta> = {};
  const blocks: Block[] = [];
  let para: string[] = [];
  let bullet: string[] | null = null;
  let table: Row[] | null = null;
  let banner: string[] | null = null;
  let pendingCols: number[] | null = null;
  let tableCols: number[] | null = null;

  const flush = () => {
    if (para.length) blocks.push({ type: "para", text: para.join(" ") });
    if (bullet) blocks.push({ type: "bullet", text: bullet.join(" ") });
    if (table) blocks.push({ type: "table", rows: table, cols: tableCols });
    if (banner) blocks.push({ type: "banner", lines: banner });
    para = [];
    bullet = null;
    table = null;
    banner = null;
  };

  const lines = raw.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((rawLine, i) => {
    const line = rawLine.trimEnd();
    const where = `${name}:${i + 1}`;
    if (line.startsWith("%")) return;
    const directive = /^@(\w+)\s*(.*)$/.exec(line);
    if (directive) {
      const [, key, value] = directive as unknown as [string, string, string];
      switch (key) {
        case "title":
        case "header":
        case "date":
        case "publisher":
        case "subject":
        case "keywords":
          meta[key] = value.trim();
          return;
        case "cols":
          flush();
          pendingCols = value.split(",").map((v) => Number(v.trim()));
          if (pendingCols.some((n) => !Number.isFinite(n) || n <= 0)) throw new Error(`${where}: bad @cols`);
          return;
        default:
          throw new Error(`${where}: unknown directive @${key}`);
      }
    }
    // Test the raw line for a form feed: trimEnd() would have removed it.
    if (line === "---page---" || line === "\\f" || /^\f\s*$/.test(rawLine)) {
      flush();
      blocks.push({ type: "pagebreak" });
      return;
    }
    if (line.trim() === "") return flush();
    if (line.startsWith("!!")) {
      if (!banner) flush();
      banner ??= [];
      banner.push(line.slice(2).trim());
      return;
    }
    if (line.startsWith("## ")) {
      flush();
      blocks.push({ type: "h2", text: line.slice(3).trim() });
      return;
    }
    if (line.startsWith("# ")) {
      flush();
      blocks.push({ type: "h1", text: line.slice(2).trim() });
      return;
    }
    if (line.startsWith("|")) {
      if (!table) {
        flush();
        table = [];
        tableCols = pendingCols;
        pendingCols = null;
      }
      const header = line.startsWith("|=");
      const body = line.slice(header ? 2 : 1).replace(/\|\s*$/, "");
      table.push({ cells: body.split("|").map((c) => c.trim()), header });
      return;
    }
    if (line.startsWith("- ")) {
      flush();
      bullet = [line.slice(2).trim()];
      return;
    }
    if (table || banner) flush();
    if (bullet) bullet.push(line.trim());
    else para.push(line.trim());
  });
  flush();

  for (const key of ["title", "header", "date", "publisher"] as const) {
    if (!meta[key]) throw new Error(`${name}: missing @${key}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(meta.date!)) throw new Error(`${name}: @date must be YYYY-MM-DD`);
  return { name, meta: meta as Meta, blocks };
}

type Doc = InstanceType<typeof PDFDocument>;

interface Line {
  text: string;
  /** True when the line ends in a hyphen the renderer inserted at a `{-}` point. */
  hyphenated: boolean;
}

const strip = (s: string) => s.split(HYPHEN_POINT).join("");

/**
 * Greedy line breaking with the current font: words never split except at `{-}`
 * points, where the line gets a literal trailing "-".
 */
function breakLines(doc: Doc, text: string, width: number, firstWidth = width): Line[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: Line[] = [];
  let current = "";
  const limit = () => (lines.length === 0 ? firstWidth : width);
  const fits = (s: string) => doc.widthOfString(s) <= limit();
  for (let w = 0; w < words.length; w++) {
    let word = words[w]!;
    for (;;) {
      const candidate = current ? `${current} ${strip(word)}` : strip(word);
      if (fits(candidate)) {
        current = candidate;
        break;
      }
      // Try the marked hyphenation points, longest prefix first.
      const parts = word.split(HYPHEN_POINT);
      let split = false;
      for (let k = parts.length - 1; k >= 1; k--) {
        const head = parts.slice(0, k).join("") + "-";
        const withHead = current ? `${current} ${head}` : head;
        if (fits(withHead)) {
          lines.push({ text: withHead, hyphenated: true });
          current = "";
          word = parts.slice(k).join(HYPHEN_POINT);
          split = true;
          break;
        }
      }
      if (split) continue;
      if (!current) {
        // A single word wider than the column: let it overflow rather than loop.
        current = strip(word);
        break;
      }
      lines.push({ text: current, hyphenated: false });
      current = "";
    }
  }
  if (current) lines.push({ text: current, hyphenated: false });
  return lines;
}

interface RenderStats {
  pages: number;
  hyphenatedLines: { page: number; text: string }[];
}

/** Lays out a parsed source into a PDF; resolves with the bytes. */
function render(src: SourceDoc): Promise<{ bytes: Buffer; stats: RenderStats }> {
  const date = new Date(`${src.meta.date}T12:00:00Z`);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 36, bottom: 36, left: 36, right: 36 },
    bufferPages: true,
    autoFirstPage: true,
    compress: true,
    info: {
      Title: src.meta.title,
      Author: src.meta.publisher,
      Subject: src.meta.subject ?? src.meta.title,
      Keywords: src.meta.keywords ?? "",
      Creator: "claimtrail make-sample-pdfs",
      Producer: "PDFKit",
      CreationDate: date,
      ModDate: date,
    },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const stats: RenderStats = { pages: 1, hyphenatedLines: [] };
  let y = TOP;
  let page = 1;

  // The running header goes on as each page opens, so it comes first in the
  // page's text; the footer needs the page count and is written after layout.
  const drawHeader = () => {
    doc.font(REGULAR).fontSize(8.5).fillColor("#333333");
    doc.text(src.meta.header, LEFT, HEADER_Y, { lineBreak: false });
    doc
      .moveTo(LEFT, HEADER_Y + 14)
      .lineTo(RIGHT, HEADER_Y + 14)
      .lineWidth(0.5)
      .strokeColor("#777777")
      .stroke();
    doc.fillColor("black").strokeColor("black");
  };
  const newPage = () => {
    doc.addPage({ size: "A4", margins: { top: 36, bottom: 36, left: 36, right: 36 } });
    page++;
    y = TOP;
    drawHeader();
  };
  drawHeader();
  const ensure = (h: number) => {
    if (y + h > BOTTOM && y > TOP) newPage();
  };
  const put = (text: string, x: number, font: string, size: number) => {
    doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false });
  };
  const emitLines = (lines: Line[], x: number, font: string, size: number, leading: number, hang = 0) => {
    lines.forEach((l, i) => {
      ensure(leading);
      put(l.text, i === 0 ? x : x + hang, font, size);
      if (l.hyphenated) stats.hyphenatedLines.push({ page, text: l.text });
      y += leading;
    });
  };

  for (let b = 0; b < src.blocks.length; b++) {
    const block = src.blocks[b]!;
    switch (block.type) {
      case "pagebreak":
        newPage();
        break;
      case "banner": {
        ensure(block.lines.length * 20 + 10);
        block.lines.forEach((text, i) => {
          const size = i === 0 ? 15 : 12;
          doc.font(BOLD).fontSize(size);
          const t = strip(text);
          const w = doc.widthOfString(t);
          put(t, LEFT + (WIDTH - w) / 2, BOLD, size);
          y += i === 0 ? 21 : 17;
        });
        y += 10;
        break;
      }
      case "h1":
      case "h2": {
        const h = HEADING[block.type];
        // Keep a heading with at least two lines of what follows.
        ensure(h.keep + BODY_LEADING * 2);
        y += h.before;
        doc.font(BOLD).fontSize(h.size);
        emitLines(breakLines(doc, block.text, WIDTH), LEFT, BOLD, h.size, h.leading);
        y += h.after;
        break;
      }
      case "para": {
        doc.font(REGULAR).fontSize(BODY_SIZE);
        const lines = breakLines(doc, block.text, WIDTH);
        // Avoid a lone first line at the foot of a page.
        if (lines.length > 1) ensure(BODY_LEADING * 2);
        emitLines(lines, LEFT, REGULAR, BODY_SIZE, BODY_LEADING);
        y += 7;
        break;
      }
      case "bullet": {
        doc.font(REGULAR).fontSize(BODY_SIZE);
        const mark = "\u2022  ";
        const hang = doc.widthOfString(mark);
        const lines = breakLines(doc, block.text, WIDTH - 14 - hang);
        lines[0] = { ...lines[0]!, text: mark + lines[0]!.text };
        emitLines(lines, LEFT + 14, REGULAR, BODY_SIZE, BODY_LEADING, hang);
        y += 4;
        break;
      }
      case "table":
        y = drawTable(block.rows, block.cols);
        y += 10;
        break;
    }
  }

  function drawTable(rows: Row[], cols: number[] | null): number {
    const n = Math.max(...rows.map((r) => r.cells.length));
    const widths = cols ?? [WIDTH - 90 * (n - 1), ...Array<number>(n - 1).fill(90)];
    if (widths.length !== n) throw new Error(`${src.name}: @cols gives ${widths.length} columns, the table has ${n}`);
    const pad = 5;
    const size = 10;
    const leading = 13.5;
    const numeric = (s: string) => /^[-–(]?£?\(?[-–]?\d[\d,.]*m?\)?%?$|^[-–]$/.test(strip(s));
    const laid = rows.map((r) => {
      const bold = r.header || /^total/i.test(r.cells[0] ?? "");
      doc.font(bold ? BOLD : REGULAR).fontSize(size);
      const cells = widths.map((w, c) => breakLines(doc, r.cells[c] ?? "", w - 2 * pad));
      const height = Math.max(...cells.map((l) => Math.max(1, l.length))) * leading + 6;
      return { row: r, bold, cells, height };
    });
    const total = laid.reduce((s, r) => s + r.height, 0);
    // Small tables stay on one page; long ones break between rows.
    if (total < BOTTOM - TOP) ensure(total + 4);
    for (const r of laid) {
      ensure(r.height);
      const isTotal = /^total/i.test(r.row.cells[0] ?? "");
      if (isTotal) {
        doc
          .moveTo(LEFT, y)
          .lineTo(LEFT + widths.reduce((a, b) => a + b, 0), y)
          .lineWidth(0.6)
          .stroke();
      }
      const top = y + 3;
      let x = LEFT;
      r.cells.forEach((lines, c) => {
        const w = widths[c]!;
        const font = r.bold ? BOLD : REGULAR;
        doc.font(font).fontSize(size);
        lines.forEach((l, k) => {
          const right = c > 0 && (r.row.header || numeric(r.row.cells[c] ?? ""));
          const tw = doc.widthOfString(l.text);
          const tx = right ? x + w - pad - tw : x + pad;
          doc.text(l.text, tx, top + k * leading, { lineBreak: false });
          if (l.hyphenated) stats.hyphenatedLines.push({ page, text: l.text });
        });
        x += w;
      });
      y += r.height;
      if (r.row.header) {
        doc
          .moveTo(LEFT, y - 2)
          .lineTo(LEFT + widths.reduce((a, b) => a + b, 0), y - 2)
          .lineWidth(0.8)
          .stroke();
      }
    }
    return y;
  }

  // Footer ("Page N of M"), written once the page count is known (bufferPages).
  const range = doc.bufferedPageRange();
  stats.pages = range.count;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.font(REGULAR).fontSize(8.5).fillColor("#333333");
    const footer = `Page ${i - range.start + 1} of ${range.count}`;
    const fw = doc.widthOfString(footer);
    doc.text(footer, LEFT + (WIDTH - fw) / 2, FOOTER_Y, { lineBreak: false });
    doc.fillColor("black").strokeColor("black");
  }
  doc.end();
  return done.then((bytes) => ({ bytes, stats }));
}

async function main(): Promise<void> {
  const check = process.argv.includes("--check");
  const sources = readdirSync(SRC_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  if (!sources.length) throw new Error(`no sources in ${SRC_DIR}`);
  mkdirSync(OUT_DIR, { recursive: true });
  let failed = false;
  for (const file of sources) {
    const name = basename(file, ".txt");
    const src = parseSource(name, readFileSync(join(SRC_DIR, file), "utf8"));
    const { bytes, stats } = await render(src);
    const out = join(OUT_DIR, `${name}.pdf`);
    if (!stats.hyphenatedLines.length) {
      console.error(`${name}: no line ends in a {-} hyphen; mark more long words`);
      failed = true;
    }
    if (stats.pages < 3 || stats.pages > 8) console.warn(`${name}: ${stats.pages} pages (aim for 3-8)`);
    if (check) {
      const same = existsSync(out) && readFileSync(out).equals(bytes);
      if (!same) failed = true;
      console.log(`${same ? "same" : "DIFFERS"}  ${out}`);
      continue;
    }
    writeFileSync(out, bytes);
    const hy = stats.hyphenatedLines.map((h) => `p${h.page} "…${h.text.slice(-24)}"`).join(", ");
    console.log(`${name}.pdf  ${stats.pages} pages, ${bytes.length} bytes; hyphen breaks: ${hy}`);
  }
  if (failed) process.exitCode = 1;
}

await main();
