import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { Piscina } from "piscina";
import { DEFAULT_BUDGET, tooLargeMessage, tooSlowMessage, type DocumentBudget } from "../model/budget.js";
import { failureOf, type Failure } from "../model/errors.js";
import { killPdftotext } from "../read/read-pdf-poppler.js";
import type { RawDocument, ReadOptions } from "../read/read-document.js";
import type { Processed } from "./process-document.js";

/** Reads and extracts documents, on worker threads when `threads > 0`, else in this thread. */
export interface DocumentProcessor {
  process(raw: RawDocument): Promise<Processed>;
  /** Stops every document in flight or waiting: each comes back as an `interrupted` failure giving `reason`. */
  interrupt(reason: string): void;
  close(): Promise<void>;
}

/** One task for a worker thread: a document, how to read it, and a port to report on it while it runs. */
export interface ProcessTask {
  raw: RawDocument;
  read: Omit<ReadOptions, "onChildProcess">;
  port?: MessagePort;
}

/** What a worker says about its document while working on it (functions cannot cross threads; messages can). */
export type TaskEvent = { type: "started" } | { type: "child"; pid: number; running: boolean };

/** How often the process's memory is looked at while documents are being read (reading it costs microseconds). */
const WATCH_MS = 25;
/** A worker's own heap at rest (compromise, the gazetteer), on top of what a document may add to it. */
const RESTING_HEAP_MB = 256;

/**
 * Documents are read and extracted under a budget (model/budget.ts), enforced on worker threads, the only place
 * where work stuck in a parser's loop can be stopped: a document over its time, or over its memory, has its worker
 * terminated (piscina starts another) and comes back as one failure; the documents on other workers go on.
 *
 * Time runs from the moment the worker takes the document, not from when it was queued. Memory is held three ways.
 * pdf-parse reads in a child process of the worker's (read/pdf-child.ts) that holds itself to the budget: pdf.js
 * decodes streams into buffers outside any heap (pdf.js's bomb_giant.pdf reaches 12 GB in ArrayBuffers with a heap of
 * 18 MB), and memory that a thread frees stays with its process (the bomb stopped at 1 GiB on a worker thread left the
 * process at 1.1 GiB for the rest of the run), while a child that ends gives it back. The worker's heap has a hard
 * limit (resourceLimits). And the process's resident size is sampled, for whatever else grows outside the heap:
 * growth since a document started that passes the budget stops the latest-started such document (growth since its
 * own start cannot be blamed on one that started after it). The children (pdf.js, pdftotext) of a stopped document
 * are killed with its worker.
 *
 * In this thread (`threads = 0`) nothing can be stopped: there is no budget but pdftotext's own.
 */
export function createProcessor(
  threads: number,
  read: ReadOptions = {},
  budgetOptions: Partial<DocumentBudget> = {},
): DocumentProcessor {
  const budget = { ...DEFAULT_BUDGET, ...budgetOptions };
  const readWithBudget = { ...read, budget };
  if (threads <= 0) return inThisThread(readWithBudget);
  const inWorker = { ...readWithBudget, pdfInChild: true };
  const here = import.meta.url;
  // From the TypeScript sources (tests, tsx) the worker must load through tsx too;
  // from the built package it is plain JavaScript.
  const fromSource = here.endsWith(".ts");
  const pool = new Piscina({
    filename: new URL(fromSource ? "./ingest-worker.ts" : "./ingest-worker.js", here).href,
    minThreads: threads,
    maxThreads: threads,
    // Named by its resolved path: the worker may start in any working directory (a test's temporary folder).
    execArgv: fromSource ? ["--import", pathToFileURL(createRequire(here).resolve("tsx")).href] : [],
    // A document's bytes are copied once into the worker; keep the queue short so memory stays bounded.
    maxQueue: threads * 4,
    resourceLimits: { maxOldGenerationSizeMb: Math.ceil(budget.memoryBytes / 2 ** 20) + RESTING_HEAP_MB },
  });

  // A worker that dies between documents is replaced; one that dies on a document fails that document's promise.
  // Either way the pool's own error event has nothing left to tell, and unheard it would end the process.
  pool.on("error", () => undefined);

  const tasks = new Set<Task>();
  let watchdog: NodeJS.Timeout | undefined;
  const watchMemory = () => {
    const started = [...tasks].filter((t) => t.startedAt !== null);
    if (!started.length) {
      clearInterval(watchdog);
      watchdog = undefined;
      return;
    }
    const rss = process.memoryUsage.rss();
    const culprit = started
      .filter((t) => rss - t.rssAtStart > budget.memoryBytes)
      .sort((a, b) => b.startedAt! - a.startedAt!)[0];
    culprit?.stop({ kind: "too-large", source: culprit.source, message: tooLargeMessage(budget.memoryBytes) });
  };
  const killChildrenOnExit = () => tasks.forEach((t) => t.children.forEach(killPdftotext));
  process.on("exit", killChildrenOnExit);

  return {
    async process(raw) {
      const { port1, port2 } = new MessageChannel();
      const task = new Task(raw.source);
      tasks.add(task);
      let timer: NodeJS.Timeout | undefined;
      port1.on("message", (m: TaskEvent) => {
        if (m.type === "child") {
          if (m.running) task.children.add(m.pid);
          else task.children.delete(m.pid);
          return;
        }
        task.startedAt = performance.now();
        task.rssAtStart = process.memoryUsage.rss();
        timer = setTimeout(
          () => task.stop({ kind: "too-slow", source: raw.source, message: tooSlowMessage(budget.timeMs) }),
          budget.timeMs,
        );
        watchdog ??= setInterval(watchMemory, WATCH_MS).unref();
      });
      try {
        return (await pool.run({ raw, read: inWorker, port: port2 } satisfies ProcessTask, {
          transferList: [port2],
          signal: task.signal,
        })) as Processed;
      } catch (e) {
        if (task.stopped) return { ok: false, failure: task.stopped };
        // V8 ended the worker at its heap limit: the document's fault, not a crash of ours.
        if ((e as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY") {
          return {
            ok: false,
            failure: { kind: "too-large", source: raw.source, message: tooLargeMessage(budget.memoryBytes) },
          };
        }
        return { ok: false, failure: failureOf(e, raw.source) };
      } finally {
        clearTimeout(timer);
        tasks.delete(task);
        port1.close();
      }
    },
    interrupt(reason) {
      for (const t of tasks)
        t.stop({ kind: "interrupted", source: t.source, message: `interrupted (${reason}) before it was done` });
    },
    async close() {
      clearInterval(watchdog);
      process.off("exit", killChildrenOnExit);
      await pool.destroy();
    },
  };
}

/**
 * Documents read in this thread, one after another as they are given. Nothing here can be stopped but a pdftotext
 * child: an interruption kills those, and the documents under way come back as interrupted.
 */
function inThisThread(read: ReadOptions): DocumentProcessor {
  const children = new Set<number>();
  let interrupted: string | null = null;
  const interruption = (source: string): Processed => ({
    ok: false,
    failure: { kind: "interrupted", source, message: `interrupted (${interrupted}) before it was done` },
  });
  return {
    async process(raw) {
      if (interrupted !== null) return interruption(raw.source);
      // The extractors (compromise, natural) load on first use, not when ingest is imported.
      const { processDocument } = await import("./process-document.js");
      const result = await processDocument(raw, {
        ...read,
        onChildProcess: (pid, running) => (running ? children.add(pid) : children.delete(pid)),
      });
      return interrupted !== null && !result.ok ? interruption(raw.source) : result;
    },
    interrupt(reason) {
      interrupted = reason;
      children.forEach(killPdftotext);
    },
    close: async () => undefined,
  };
}

/** A document handed to the pool: when its worker took it, and how to stop it. */
class Task {
  startedAt: number | null = null;
  rssAtStart = 0;
  /** pdftotext processes it runs: a stopped worker cannot kill them, so we do. */
  readonly children = new Set<number>();
  stopped: Failure | null = null;
  private readonly controller = new AbortController();

  constructor(readonly source: string) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** The first reason wins; aborting makes piscina terminate the worker (or drop the task if it is still queued). */
  stop(failure: Failure): void {
    if (this.stopped) return;
    this.stopped = failure;
    this.children.forEach(killPdftotext);
    this.controller.abort();
  }
}
