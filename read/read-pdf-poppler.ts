import { spawn, type ChildProcess } from "node:child_process";
import { decodeXML } from "entities";
import { DEFAULT_BUDGET, tooLargeMessage, tooSlowMessage } from "../model/budget.js";
import { ClaimtrailError } from "../model/errors.js";
import { cleanMeta, plausibleDate, type PdfReadResult } from "./pdf-metadata.js";

export interface PopplerLimits {
  /** A PDF that pdftotext has not finished in this time is given up (default: the document's time budget, 2 minutes). */
  timeoutMs: number;
  /** Largest output accepted from pdftotext, in bytes (default 256 MB: the word boxes are ~10× the text). */
  maxOutputBytes: number;
  /** Address space pdftotext may use (default: the document's memory budget, 1 GiB); past it, it stops. */
  maxMemoryBytes: number;
  /** Told each pdftotext's process id as it starts and ends, so that the thread owning the document can kill it. */
  onChild?: (pid: number, running: boolean) => void;
}

const DEFAULTS: PopplerLimits = {
  timeoutMs: DEFAULT_BUDGET.timeMs,
  maxOutputBytes: 256 * 1024 * 1024,
  maxMemoryBytes: DEFAULT_BUDGET.memoryBytes,
};

/**
 * Reads a PDF's text page by page with poppler's `pdftotext`, the optional fast
 * backend. Words come in content-stream order (`-raw`) with their boxes
 * (`-bbox`) and are joined into lines here, as pdf.js joins its text items, so
 * the text that cleaning sees is the same as from the embedded reader.
 * The PDF goes in on stdin: the bytes may have come from a URL, not a file.
 */
export async function readPdfPoppler(
  bytes: Uint8Array,
  source: string,
  limits: Partial<PopplerLimits> = {},
): Promise<PdfReadResult> {
  const options = { ...DEFAULTS, ...limits };
  const { code, signal, stdout, stderr, overflow, timedOut } = await run(bytes, options);
  if (timedOut) throw new ClaimtrailError("too-slow", source, tooSlowMessage(options.timeoutMs));
  if (overflow)
    throw new ClaimtrailError(
      "too-large",
      source,
      `text of the PDF is over the ${Math.round(options.maxOutputBytes / 2 ** 20)} MB limit`,
    );
  // poppler aborts when an allocation fails, saying so ("Out of memory", or an uncaught std::bad_alloc).
  if (/out of memory|bad_alloc/i.test(stderr)) {
    throw new ClaimtrailError("too-large", source, tooLargeMessage(options.maxMemoryBytes));
  }
  if (code === 126 || code === 127)
    throw new ClaimtrailError("bad-usage", source, "pdftotext could not be started: is poppler-utils installed?");
  if (code !== 0) {
    if (/password/i.test(stderr))
      throw new ClaimtrailError("encrypted-pdf", source, "encrypted PDF: it needs a password to open");
    const detail = stderr
      .split("\n")
      .find((l) => /error/i.test(l))
      ?.replace(/^Syntax Error(?: \(\d+\))?:\s*/, "")
      .slice(0, 120);
    throw new ClaimtrailError(
      "corrupt-pdf",
      source,
      `corrupt or truncated PDF (${detail || (signal ? `pdftotext stopped by ${signal}` : `pdftotext exit ${code}`)})`,
    );
  }
  return parseBboxOutput(stdout);
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  overflow: boolean;
  timedOut: boolean;
}

/** pdftotext children still running in this thread, killed when the process exits (see killPdftotext). */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Kills a pdftotext and anything it started: each runs in a process group of its own, led by its pid. */
export function killPdftotext(pid: number): void {
  try {
    process.kill(-pid, "SIGKILL");
  } catch {
    // Already gone, or the group not formed yet: the process itself, then.
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/**
 * The command line that runs pdftotext under the budget: `ulimit -v` caps its address space, and `timeout`
 * kills it a little after our own deadline even if this process was killed with SIGKILL and could not.
 */
function wrapped(timeoutMs: number, maxMemoryBytes: number): [string, string[]] {
  const kib = Math.max(1, Math.floor(maxMemoryBytes / 1024));
  const seconds = Math.ceil(timeoutMs / 1000) + 2;
  // $0 is the deadline in seconds, $1 the limit in KiB, the rest the command.
  const script =
    'ulimit -v "$1" 2>/dev/null; shift; if command -v timeout >/dev/null; then exec timeout -s KILL "$0" "$@"; else exec "$@"; fi';
  return ["sh", ["-c", script, String(seconds), String(kib), "pdftotext", "-raw", "-bbox", "-enc", "UTF-8", "-", "-"]];
}

function run(
  bytes: Uint8Array,
  { timeoutMs, maxOutputBytes, maxMemoryBytes, onChild }: PopplerLimits,
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const [command, args] = wrapped(timeoutMs, maxMemoryBytes);
    // detached: a process group of its own, so that one kill reaches timeout and pdftotext together.
    const child = spawn(command, args, { stdio: ["pipe", "pipe", "pipe"], detached: true });
    if (child.pid !== undefined) {
      running.add(child);
      onChild?.(child.pid, true);
    }
    if (!exitHookInstalled) {
      exitHookInstalled = true;
      process.on("exit", () => {
        for (const c of running) if (c.pid !== undefined) killPdftotext(c.pid);
      });
    }
    const out: Buffer[] = [];
    let outBytes = 0;
    let stderr = "";
    let overflow = false;
    let timedOut = false;
    const stop = () => child.pid !== undefined && killPdftotext(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    child.stdout.on("data", (c: Buffer) => {
      outBytes += c.length;
      if (outBytes > maxOutputBytes) {
        overflow = true;
        stop();
        return;
      }
      out.push(c);
    });
    child.stderr.on("data", (c: Buffer) => {
      if (stderr.length < 4096) stderr += c.toString("utf8");
    });
    // pdftotext may stop reading a broken PDF early: a closed pipe is its answer, not ours to report.
    child.stdin.on("error", () => undefined);
    const ended = () => {
      clearTimeout(timer);
      running.delete(child);
      if (child.pid !== undefined) onChild?.(child.pid, false);
    };
    child.on("error", (e) => {
      ended();
      reject(e);
    });
    child.on("close", (code, signal) => {
      ended();
      resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr, overflow, timedOut });
    });
    child.stdin.end(bytes);
  });
}

const TOKEN =
  /<page\b[^>]*>|<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g;

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
    const word = {
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: decodeXML(m[5]),
    };
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
