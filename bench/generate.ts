/**
 * A deterministic synthetic corpus for the benchmark: board-paper-like PDFs
 * (numbered headings, prose with money and dates, a finance table, running
 * header and footer) and news articles as HTML with page furniture.
 */
import PDFDocument from "pdfkit";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MONTH_NAMES } from "../model/calendar.js";

/** mulberry32: a tiny seeded generator, so every run writes the same corpus. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRUSTS = [
  "Royal Free Hampstead NHS Trust",
  "Barts and The London NHS Trust",
  "Homerton University Hospital NHS Foundation Trust",
  "Newham University Hospital NHS Trust",
  "St George's Healthcare NHS Trust",
];
const MONTHS = MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1));
const TOPICS = [
  "the Care Records Service",
  "the Cerner Millennium system",
  "outpatient booking",
  "data quality",
  "the 18-week target",
  "the financial recovery plan",
  "reporting to commissioners",
  "staff training",
];
const VERBS = [
  "reviewed",
  "noted",
  "approved",
  "discussed",
  "was informed of",
  "asked for a further report on",
  "challenged the executive on",
];

function sentence(r: () => number, year: number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const amount = (r() * 9 + 0.1).toFixed(1);
  const day = 1 + Math.floor(r() * 27);
  switch (Math.floor(r() * 5)) {
    case 0:
      return `The board ${pick(VERBS)} ${pick(TOPICS)} at its meeting on ${day} ${pick(MONTHS)} ${year}.`;
    case 1:
      return `Costs associated with ${pick(TOPICS)} reached £${amount}m by the end of ${pick(MONTHS)}, against a plan of £${(+amount * 0.8).toFixed(1)}m.`;
    case 2:
      return `The chief executive reported that work on ${pick(TOPICS)} would continue into the ${year}/${(year + 1) % 100} financial year.`;
    case 3:
      return `In early ${pick(MONTHS)} the trust identified ${2 + Math.floor(r() * 30)} problems with ${pick(TOPICS)}, which ${pick(["BT", "Cerner", "NHS London"])} agreed to address.`;
    default:
      return `Activity fell during ${pick(MONTHS)} and ${pick(MONTHS)} ${year}, and the trust lost about £${(r() * 2).toFixed(2)}m of income as a result.`;
  }
}

export function boardPaperPdf(seed: number, pages: number): Promise<Buffer> {
  const r = seeded(seed);
  const trust = TRUSTS[seed % TRUSTS.length]!;
  const year = 2006 + (seed % 5);
  const doc = new PDFDocument({
    size: "A4",
    bufferPages: true,
    autoFirstPage: false,
    info: { Title: `Trust Board papers ${seed}`, Author: trust, CreationDate: new Date(Date.UTC(year, seed % 12, 15)) },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((res) => doc.on("end", () => res(Buffer.concat(chunks))));
  for (let p = 0; p < pages; p++) {
    doc.addPage({ margin: 72 });
    doc
      .font("Helvetica-Bold")
      .fontSize(12)
      .text(`${p + 1}. ${TOPICS[p % TOPICS.length]![0]!.toUpperCase()}${TOPICS[p % TOPICS.length]!.slice(1)}`);
    doc.font("Helvetica").fontSize(10);
    if (p % 7 === 3) {
      for (const line of ["Lost activity", "Data entry", "Extra staff", "Other costs"])
        doc.text(`${line}    £${(r() * 3).toFixed(3)}m`);
      doc.text(`Total    £${(r() * 9).toFixed(1)}m`);
    }
    // About 2,400 characters a page, like the planning figures of the benchmark issue.
    let text = "";
    while (text.length < 2300) text += sentence(r, year) + " ";
    doc.text(text.trim(), { align: "left" });
  }
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.fontSize(8).text(`${trust} — Trust Board`, 72, 30, { lineBreak: false });
    doc.text(`Page ${i + 1} of ${range.count}`, 72, 800, { lineBreak: false });
  }
  doc.end();
  return done;
}

export function articleHtml(seed: number): string {
  const r = seeded(seed * 7919);
  const year = 2008 + (seed % 2);
  const paras = Array.from({ length: 8 }, () => `<p>${sentence(r, year)} ${sentence(r, year)}</p>`).join("\n");
  const date = `${year}-${String(1 + (seed % 12)).padStart(2, "0")}-10`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Story ${seed} | Health IT Weekly</title>
<meta property="og:site_name" content="Health IT Weekly"><meta property="article:published_time" content="${date}">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Story ${seed}","datePublished":"${date}"}</script></head>
<body><nav><a href="/">Home</a><a href="/news">News</a></nav><div class="cookie-banner">We use cookies.</div>
<article><h1>Story ${seed}</h1>${paras}</article><aside class="related">Related stories</aside><footer>© Health IT Weekly</footer></body></html>`;
}

/**
 * Writes the corpus into one folder; PDF page counts cycle between 20 and 200
 * until `pages` pages are reached. Articles are interleaved with the papers in
 * file order (which is ingest order), so every tenth of a run holds the same mix
 * and the first and last tenths can be compared.
 */
export async function writeCorpus(
  dir: string,
  pages: number,
  articles: number,
): Promise<{ pdfs: string[]; pages: number }> {
  const folder = join(dir, "documents");
  mkdirSync(folder, { recursive: true });
  const sizes: number[] = [];
  for (let i = 0, total = 0; total < pages; i++) {
    sizes.push(Math.min(pages - total, 20 + ((i * 37) % 181)));
    total += sizes.at(-1)!;
  }
  const pdfs: string[] = [];
  let seq = 0;
  let written = 0;
  const name = (kind: string, ext: string) => join(folder, `${String(seq++).padStart(5, "0")}-${kind}.${ext}`);
  for (const [i, n] of sizes.entries()) {
    const path = name("paper", "pdf");
    writeFileSync(path, await boardPaperPdf(i + 1, n));
    pdfs.push(path);
    for (const upTo = Math.round(((i + 1) * articles) / sizes.length); written < upTo; written++)
      writeFileSync(name("article", "html"), articleHtml(written + 1));
  }
  return { pdfs, pages: sizes.reduce((a, b) => a + b, 0) };
}
