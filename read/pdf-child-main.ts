// The entry of a pdf.js child process (see pdf-child.ts): reads the PDFs it is sent, one at a time, each under its
// budget, and answers each with its text or its failure.
import { Worker } from "node:worker_threads";
import { ClaimtrailError } from "../model/errors.js";
import type { ChildAnswer, ChildRequest } from "./pdf-child.js";

// Stack traces here are never shown: without source maps, loading pdf.js's 4 MB does not parse its maps too (which
// tsx turns on, and which made a child from the TypeScript sources take seconds to start).
process.setSourceMapsEnabled(false);
const { readPdf } = await import("./read-pdf.js");

/**
 * pdf.js meets a failed allocation by leaving out the stream it was decoding and going on ("getContentStream -
 * ignoring sub-stream: RangeError: Array buffer allocation failed"): the document would come back with part of its
 * text, and nobody told. Its warnings are the only place that says so; they come to the console (console.warn),
 * which in this process prints nothing else.
 */
const MEMORY_FAILURE = /allocation failed|out of memory|invalid (?:typed )?array length/i;
let outOfMemory = false;
console.warn = console.log = (...args: unknown[]) => {
  if (MEMORY_FAILURE.test(args.map(String).join(" "))) outOfMemory = true;
};

/**
 * A thread that kills this process when its document is past its deadline or over its memory, or when its parent is
 * gone: the main thread may be stuck in a parser's loop, and a parent killed with SIGKILL could not kill us itself.
 * It looks every 20 ms: reading the resident size costs microseconds, and pdf.js's bomb grows it by ~55 MB a second.
 */
const parent = process.ppid;
const watchdog = new Worker(
  `const { parentPort, workerData } = require("node:worker_threads");
  let limits = { deadline: Infinity, rss: Infinity };
  parentPort.on("message", (l) => (limits = l));
  setInterval(() => {
    if (process.ppid !== workerData.parent || Date.now() > limits.deadline || process.memoryUsage.rss() > limits.rss)
      process.kill(process.pid, "SIGKILL");
  }, 20);`,
  { eval: true, workerData: { parent } },
);
watchdog.unref();
const unlimited = { deadline: Infinity, rss: Infinity };

/**
 * Grown this much past its size at rest after a document (or half the budget, if less), this process ends and a fresh
 * one reads the next: its memory goes back to the system, and the next document has the most of its budget.
 */
const RECYCLE_GROWTH = 256 * 2 ** 20;

/** pdf.js loads its worker module on the first PDF it reads: a child is ready when that is done, before any request. */
let resting = Infinity;
const ready = readPdf(Buffer.from("%PDF-1.4\n%%EOF\n"), "warm-up.pdf")
  .catch(() => undefined)
  .then(() => (resting = process.memoryUsage.rss()));

process.on("message", (m: ChildRequest) => void ready.then(() => answer(m)));
process.on("disconnect", () => process.exit(0));

async function answer({ bytes, timeoutMs, memoryBytes }: ChildRequest): Promise<void> {
  // The document's time runs from here: a child's start-up is not the document's. Its memory is counted from the
  // child's size at rest, not from its size now: what earlier documents left (under RECYCLE_GROWTH) is not added on
  // top, so the child never holds more than its resting size and one budget (and it holds at most half a budget
  // when a document starts, since it ends past that).
  watchdog.postMessage({ deadline: Date.now() + timeoutMs, rss: resting + memoryBytes });
  outOfMemory = false;
  let reply: ChildAnswer;
  try {
    const result = await readPdf(bytes, "pdf", { warnings: true });
    reply = outOfMemory ? { ok: false, kind: "too-large", message: "" } : { ok: true, result };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    reply =
      outOfMemory || MEMORY_FAILURE.test(message)
        ? { ok: false, kind: "too-large", message: "" }
        : { ok: false, kind: e instanceof ClaimtrailError ? e.kind : "corrupt-pdf", message };
  }
  watchdog.postMessage(unlimited);
  const grown = process.memoryUsage.rss() - resting;
  const recycle = (!reply.ok && reply.kind === "too-large") || grown > Math.min(RECYCLE_GROWTH, memoryBytes / 2);
  process.send!({ ...reply, recycle } satisfies ChildAnswer, () => {
    if (recycle) process.exit(0);
  });
}
