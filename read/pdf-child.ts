import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { DEFAULT_BUDGET, tooLargeMessage, tooSlowMessage } from "../model/budget.js";
import { ClaimtrailError, type ErrorKind } from "../model/errors.js";
import type { PdfReadResult } from "./pdf-metadata.js";
import { killPdftotext } from "./read-pdf-poppler.js";

/** What a document sent to the pdf.js child may cost. */
export interface PdfChildLimits {
  timeoutMs: number;
  /** What reading the document may add to the child's resident size at rest (its heap and pdf.js's buffers). */
  maxMemoryBytes: number;
  /** Told the child's process id while it reads a document, so that the thread owning the document can kill it. */
  onChild?: (pid: number, running: boolean) => void;
}

export interface ChildRequest {
  bytes: Uint8Array;
  /** The child kills itself this long after it starts on the document, */
  timeoutMs: number;
  /** or once its resident size is this much over its size at rest. */
  memoryBytes: number;
}

export type ChildAnswer = ({ ok: true; result: PdfReadResult } | { ok: false; kind: ErrorKind; message: string }) & {
  /** The child ends after this answer (it ran out of memory, or grew): the next document starts a fresh one. */
  recycle?: boolean;
};

/** The child's own heap at rest (node and pdf.js loaded), on top of which a document may use its budget. */
const RESTING_HEAP_MB = 128;
/**
 * A child that has not answered well after the deadline is killed from here too (it kills itself at the deadline; the
 * wait here includes its start-up, which takes seconds from the TypeScript sources on a busy machine).
 */
const GRACE_MS = 60_000;

/**
 * pdf.js in a process of its own, one per thread that asks, reused from document to document. pdf.js decodes streams
 * into buffers outside the JavaScript heap, which a worker thread's limits do not cover, and memory that a thread
 * frees stays with its process (a bomb stopped at 1 GiB on a worker thread left the process at 1.1 GiB for the rest
 * of the run). The child is held to the document's budget from inside: a thread of its own watches its resident size
 * and the clock and kills it past either, its heap is capped, and an allocation pdf.js reports as failed makes the
 * document `too large` rather than silently shorter. A child that has grown ends after its document, so its memory
 * goes back to the system, and another is started for the next. It dies with its parent, even when the parent was
 * killed with SIGKILL. (The kernel's RLIMIT_DATA would be a harder limit, but V8 and pdf.js reserve a gigabyte of
 * address space they never touch, and under it they abort on allocations of a few megabytes.)
 */
export async function readPdfInChild(
  bytes: Uint8Array,
  source: string,
  limits: Partial<PdfChildLimits> = {},
): Promise<PdfReadResult> {
  const { timeoutMs, maxMemoryBytes, onChild } = { timeoutMs: DEFAULT_BUDGET.timeMs, ...limits } as PdfChildLimits;
  const memory = maxMemoryBytes ?? DEFAULT_BUDGET.memoryBytes;
  const child = reader(memory);
  const pid = child.process.pid;
  if (pid !== undefined) onChild?.(pid, true);
  const started = Date.now();
  try {
    const answer = await child.ask({ bytes, timeoutMs, memoryBytes: memory }, timeoutMs + GRACE_MS);
    if (answer === "timeout" || (answer === "died" && Date.now() - started >= timeoutMs))
      throw new ClaimtrailError("too-slow", source, tooSlowMessage(timeoutMs));
    // A child that died on its document before its deadline was over its memory (killed by its watchdog, or by V8 at
    // its heap's limit).
    if (answer === "died") throw new ClaimtrailError("too-large", source, tooLargeMessage(memory));
    if (answer.ok) return answer.result;
    if (answer.kind === "too-large") throw new ClaimtrailError("too-large", source, tooLargeMessage(memory));
    throw new ClaimtrailError(answer.kind, source, answer.message);
  } finally {
    if (pid !== undefined) onChild?.(pid, false);
  }
}

/** This thread's child, started on first use and again after one has ended. */
let current: Reader | null = null;

function reader(memoryBytes: number): Reader {
  if (current && (!current.alive || current.memoryBytes !== memoryBytes)) {
    current.stop();
    current = null;
  }
  current ??= new Reader(memoryBytes);
  return current;
}

class Reader {
  readonly process: ChildProcess;
  alive = true;
  private pending: ((a: ChildAnswer | "died") => void) | null = null;

  constructor(readonly memoryBytes: number) {
    const here = import.meta.url;
    // From the TypeScript sources (tests, tsx) the child loads through tsx too; from the package it is JavaScript.
    const fromSource = here.endsWith(".ts");
    const entry = new URL(fromSource ? "./pdf-child-main.ts" : "./pdf-child-main.js", here);
    const loader = fromSource ? ["--import", pathToFileURL(createRequire(here).resolve("tsx")).href] : [];
    this.process = spawn(
      process.execPath,
      [...loader, `--max-old-space-size=${Math.ceil(memoryBytes / 2 ** 20) + RESTING_HEAP_MB}`, fileURLToPath(entry)],
      // A process group of its own: killing it (killPdftotext kills any process group, not only pdftotext's) reaches
      // nothing else.
      { stdio: ["ignore", "ignore", "ignore", "ipc"], serialization: "advanced", detached: true },
    );
    this.process.on("message", (a: ChildAnswer) => {
      if (a.recycle) {
        this.alive = false;
        // The next document should not wait for a child to start: the replacement starts now.
        if (current === this) current = new Reader(memoryBytes);
      }
      this.settle(a);
    });
    this.process.on("exit", () => {
      this.alive = false;
      this.settle("died");
    });
    this.process.on("error", () => {
      this.alive = false;
      this.settle("died");
    });
    this.idle();
  }

  /** One document at a time: a caller that asks while another waits is answered after it. */
  private turn: Promise<unknown> = Promise.resolve();

  ask(request: ChildRequest, waitMs: number): Promise<ChildAnswer | "died" | "timeout"> {
    const answer = this.turn.then(() => this.askNow(request, waitMs));
    this.turn = answer;
    return answer;
  }

  /** Sends a document and waits for its answer, the child's death, or the deadline (then kills the child). */
  private askNow(request: ChildRequest, waitMs: number): Promise<ChildAnswer | "died" | "timeout"> {
    if (!this.alive) return Promise.resolve("died");
    this.process.ref();
    (this.process.channel as { ref?: () => void } | undefined)?.ref?.();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.stop();
        resolve("timeout");
      }, waitMs);
      this.pending = (a) => {
        clearTimeout(timer);
        this.idle();
        resolve(a);
      };
      this.process.send(request, (e) => {
        if (e) this.settle("died");
      });
    });
  }

  stop(): void {
    this.alive = false;
    if (this.process.pid !== undefined) killPdftotext(this.process.pid);
  }

  private settle(a: ChildAnswer | "died"): void {
    const pending = this.pending;
    this.pending = null;
    pending?.(a);
  }

  /** Between documents the child keeps nothing alive: a process may exit with it idle (it then exits too). */
  private idle(): void {
    this.process.unref();
    (this.process.channel as { unref?: () => void } | undefined)?.unref?.();
  }
}
