import { execFile, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFParse } from "pdf-parse";
import { ClaimtrailError } from "../model/errors.js";

/**
 * OCR of the pages of a PDF that have no text layer (a scanned board paper): each is rendered by pdf.js and read by
 * Tesseract, either the embedded tesseract.js (WebAssembly, English data from npm, nothing downloaded) or Debian's
 * `tesseract` (apt-get install tesseract-ocr) where it is installed. Only pages whose text layer is empty come here:
 * a page with text is never OCR'd.
 */
export type OcrEngine = "tesseract.js" | "tesseract";
export type { OcrChoice } from "./ocr-choice.js";
import type { OcrChoice } from "./ocr-choice.js";

export interface OcrPage {
  number: number;
  text: string;
  /** Tesseract's mean word confidence, 0–100. */
  confidence: number;
  engine: OcrEngine;
}

/**
 * Rendered 1,800 pixels wide: an A4 page at about 220 dpi. Tesseract reads 10-point body text well from about 200
 * dpi; more costs time for no better reading. A width, not a scale, so that a hostile page a mile wide costs no
 * more memory than a paper.
 */
const RENDER_WIDTH = 1800;
/**
 * Below this mean confidence what Tesseract read is noise (a photograph, a signature, shading read as letters) and the
 * page is kept empty, as it was: a wrong text would be extracted and cited as if the paper said it.
 */
export const MIN_CONFIDENCE = 40;
/** Each page under the document's budget anyway; this only stops one engine call that hangs. */
const PAGE_TIMEOUT_MS = 120_000;

let installed: boolean | undefined;
/** Whether Debian's tesseract with English data can be run here (asked once). */
export function tesseractInstalled(): boolean {
  if (installed === undefined) {
    const r = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8", timeout: 10_000 });
    installed = r.status === 0 && /^eng$/m.test(`${r.stdout}${r.stderr}`);
  }
  return installed;
}

/**
 * The engine a choice means here: `auto` is Debian's tesseract where it is installed (native code, the faster of
 * the two on one page in bench/RESULTS.md), else tesseract.js; `tesseract` asked for and missing is a usage error.
 */
export function resolveOcrEngine(choice: OcrChoice = "auto"): OcrEngine | null {
  if (choice === "off") return null;
  if (choice === "tesseract.js") return choice;
  if (tesseractInstalled()) return "tesseract";
  if (choice === "tesseract")
    throw new ClaimtrailError(
      "bad-usage",
      "--ocr tesseract",
      "tesseract is not installed (apt-get install tesseract-ocr), or has no English data",
    );
  return "tesseract.js";
}

/** Renders the given pages (1-based) and reads them; a page read as noise comes back with empty text. */
export async function ocrPages(bytes: Uint8Array, pageNumbers: number[], engine: OcrEngine): Promise<OcrPage[]> {
  if (!pageNumbers.length) return [];
  const images = await renderPages(bytes, pageNumbers);
  const read =
    engine === "tesseract"
      ? await recogniseWithTesseract(images.map((i) => i.png))
      : await tesseractJs(images.map((i) => i.png));
  return images.map(({ number }, i) => {
    const { text, confidence } = read[i] ?? { text: "", confidence: 0 };
    return { number, text: confidence >= MIN_CONFIDENCE ? text : "", confidence, engine };
  });
}

async function renderPages(bytes: Uint8Array, pageNumbers: number[]): Promise<Array<{ number: number; png: Buffer }>> {
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const shot = await parser.getScreenshot({
      partial: pageNumbers,
      desiredWidth: RENDER_WIDTH,
      imageBuffer: true,
      imageDataUrl: false,
    });
    return shot.pages.map((p) => ({ number: p.pageNumber, png: Buffer.from(p.data) }));
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

/** tesseract.js: one worker for the document's pages (loading the English model costs more than a page). */
async function tesseractJs(pngs: Buffer[]): Promise<Array<{ text: string; confidence: number }>> {
  const { createWorker, OEM } = await import("tesseract.js");
  const eng = createRequire(import.meta.url)("@tesseract.js-data/eng") as { langPath: string; gzip: boolean };
  // The English data from node_modules, read in place: no cache written, nothing fetched.
  const worker = await createWorker("eng", OEM.LSTM_ONLY, {
    langPath: eng.langPath,
    gzip: eng.gzip,
    cacheMethod: "none",
  });
  try {
    const read: Array<{ text: string; confidence: number }> = [];
    for (const png of pngs) {
      const { data } = await worker.recognize(png);
      read.push({ text: data.text, confidence: data.confidence });
    }
    return read;
  } finally {
    await worker.terminate();
  }
}

/**
 * Debian's tesseract: one process for the document's pages (a list of images; its TSV numbers them), so that its
 * model is loaded once, as tesseract.js's is.
 */
async function recogniseWithTesseract(pngs: Buffer[]): Promise<Array<{ text: string; confidence: number }>> {
  const dir = mkdtempSync(join(tmpdir(), "claimtrail-ocr-"));
  try {
    const images = pngs.map((png, i) => {
      const path = join(dir, `page-${i + 1}.png`);
      writeFileSync(path, png);
      return path;
    });
    const list = join(dir, "pages.txt");
    writeFileSync(list, images.join("\n") + "\n");
    // One thread: the ingest already runs a document per core.
    const tsv = await run("tesseract", [list, "stdout", "-l", "eng", "tsv"], { OMP_THREAD_LIMIT: "1" });
    return pngs.map((_, i) => fromTsv(tsv, i + 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(
      command,
      args,
      { env: { ...process.env, ...env }, timeout: PAGE_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024, encoding: "utf8" },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    ),
  );
}

/**
 * One page of Tesseract's TSV: a row per page, block, paragraph, line and word; words (level 5) carry their
 * confidence. The text is rebuilt line by line, a blank line between paragraphs, as tesseract's own text output lays
 * it out.
 */
export function fromTsv(tsv: string, page = 1): { text: string; confidence: number } {
  const paragraphs: string[][] = [];
  let key = "";
  let line = "";
  let total = 0;
  let words = 0;
  for (const row of tsv.split("\n").slice(1)) {
    const c = row.split("\t");
    if (c[0] !== "5" || c.length < 12 || Number(c[1]) !== page) continue;
    const word = c.slice(11).join("\t").trim();
    const conf = Number(c[10]);
    if (!word || conf < 0) continue;
    total += conf;
    words++;
    const [block, paragraph, lineNo] = [c[2], c[3], c[4]];
    if (`${block}.${paragraph}` !== key.split("/")[0]) {
      paragraphs.push([]);
      line = "";
    }
    if (`${block}.${paragraph}/${lineNo}` !== key || !line) {
      paragraphs.at(-1)!.push(word);
      line = word;
    } else {
      const p = paragraphs.at(-1)!;
      p[p.length - 1] += ` ${word}`;
      line = p[p.length - 1]!;
    }
    key = `${block}.${paragraph}/${lineNo}`;
  }
  return { text: paragraphs.map((p) => p.join("\n")).join("\n\n"), confidence: words ? total / words : 0 };
}
