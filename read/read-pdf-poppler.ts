import { spawn } from "node:child_process";
import { decodeXML } from "entities";
import { ClaimtrailError } from "../model/errors.js";
import { cleanMeta, plausibleDate, type PdfReadResult } from "./pdf-metadata.js";

export interface PopplerLimits {
  /** A PDF that pdftotext has not finished in this time is given up (default 2 minutes). */
  timeoutMs: number;
  /** Largest output accepted from pdftotext, in bytes (default 256 MB: the word boxes are ~10× the text). */
  maxOutputBytes: number;
}

const DEFAULTS: PopplerLimits = { timeoutMs: 120_000, maxOutputBytes: 256 * 1024 * 1024 };

/**
 * Reads a PDF's text page by page with poppler's `pdftotext`, the optional fast
 * backend. Words come in content-stream order (`-raw`) with their boxes
 * (`-bbox`) and are joined into lines here, as pdf.js joins its text items, so
 * the text that cleaning sees is the same as from the embedded reader.
 * The PDF goes in on stdin: the bytes may have come from a URL, not a file.
 */
export async function readPdfPoppler(bytes: Uint8Array, source: string, limits: Partial<PopplerLimits> = {}): Promise<PdfReadResult> {
  const { timeoutMs, maxOutputBytes } = { ...DEFAULTS, ...limits };
  const { code, stdout, stderr, overflow, timedOut } = await run(bytes, timeoutMs, maxOutputBytes);
  if (timedOut) throw new ClaimtrailError("timeout", source, `pdftotext did not finish within ${Math.round(timeoutMs / 1000)} s`);
  if (overflow) throw new ClaimtrailError("too-large", source, `text of the PDF is over the ${Math.round(maxOutputBytes / 2 ** 20)} MB limit`);
  if (code !== 0) {
    if (/password/i.test(stderr)) throw new ClaimtrailError("encrypted-pdf", source, "encrypted PDF: it needs a password to open");
    const detail = stderr.split("\n").find((l) => /error/i.test(l))?.replace(/^Syntax Error(?: \(\d+\))?:\s*/, "").slice(0, 120);
    throw new ClaimtrailError("corrupt-pdf", source, `corrupt or truncated PDF (${detail || `pdftotext exit ${code}`})`);
  }
  return parseBboxOutput(stdout);
}

interface RunResult { code: number | null; stdout: string; stderr: string; overflow: boolean; timedOut: boolean }

function run(bytes: Uint8Array, timeoutMs: number, maxOutputBytes: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn("pdftotext", ["-raw", "-bbox", "-enc", "UTF-8", "-", "-"], { stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = "";
    let overflow = false;
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill("SIGKILL"); }, timeoutMs);
    child.stdout.on("data", (c: Buffer) => {
      outBytes += c.length;
      if (outBytes > maxOutputBytes) { overflow = true; child.kill("SIGKILL"); return; }
      out.push(c);
    });
    child.stderr.on("data", (c: Buffer) => { if (stderr.length < 4096) stderr += c.toString("utf8"); });
    // pdftotext may stop reading a broken PDF early: a closed pipe is its answer, not ours to report.
    child.stdin.on("error", () => undefined);
    child.on("error", (e) => { clearTimeout(timer); reject(e); });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr, overflow, timedOut });
    });
    child.stdin.end(bytes);
  });
}

const TOKEN = /<page\b[^>]*>|<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g;

/** pdftotext's `-bbox` XHTML to page texts and metadata. */
export function parseBboxOutput(xhtml: string): PdfReadResult {
  const headEnd = xhtml.indexOf("</head>");
  const head = headEnd >= 0 ? xhtml.slice(0, headEnd) : "";
  const meta = (name: string) => {
    const m = new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(head);
    return m ? decodeXML(m[1]!) : null;
  };
  const title = /<title>([^<]*)<\/title>/.exec(head);
  const created = meta("CreationDate");

  const pages: string[] = [];
  let page: string[] | null = null;
  let line = "";
  let prev: { yMin: number; xMax: number; height: number } | null = null;
  const endPage = () => {
    if (page === null) return;
    if (line) page.push(line);
    pages.push(page.join("\n"));
  };
  TOKEN.lastIndex = headEnd >= 0 ? headEnd : 0;
  for (let m = TOKEN.exec(xhtml); m; m = TOKEN.exec(xhtml)) {
    if (m[5] === undefined) {
      endPage();
      page = [];
      line = "";
      prev = null;
      continue;
    }
    const word = { xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: decodeXML(m[5]) };
    const height = word.yMax - word.yMin;
    if (prev !== null && Math.abs(word.yMin - prev.yMin) < 0.5 * Math.max(height, prev.height)) {
      // Same line. A word drawn left of the last one (a right-aligned label written first) is another cell;
      // poppler also splits words where the font changes, which is no gap at all.
      const gap = word.xMin - prev.xMax;
      line += gap < -0.5 * height ? `  ${word.text}` : gap > 0.1 * height ? ` ${word.text}` : word.text;
    } else {
      if (prev !== null) page!.push(line);
      line = word.text;
    }
    prev = { yMin: word.yMin, xMax: word.xMax, height };
  }
  endPage();
  return {
    pages,
    title: cleanMeta(title ? decodeXML(title[1]!) : null),
    author: cleanMeta(meta("Author")),
    createdAt: plausibleDate(created ? popplerDate(created) : null),
  };
}

/** poppler writes dates as ISO 8601 when it can parse them, else as the PDF's own D:YYYYMMDD… string. */
function popplerDate(s: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s) ?? /^D:(\d{4})(\d{2})(\d{2})/.exec(s);
  return iso ? new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))) : null;
}
