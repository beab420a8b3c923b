// The worker-thread entry: Piscina calls the default export with one task.
import { sniffFormat } from "../read/sniff.js";
import { processDocument } from "./process-document.js";
import type { ProcessTask, TaskEvent } from "./worker-pool.js";

const WARM_UP_PDF = { source: "warm-up.pdf", bytes: Buffer.from("%PDF-1.4\n%%EOF\n") };

/**
 * The extractors build their tables on first use, and pdf.js loads its parser on the first PDF it sees: the worker's
 * start-up, paid once before its first document's clock starts, not out of that document's budget. pdf.js is warmed
 * where it will read: in this thread, or in the pdf.js child (read/pdf-child.ts), which is started only once a PDF
 * comes, so that a batch of articles never starts one.
 */
async function warmUp(read: ProcessTask["read"]): Promise<void> {
  if (!read.pdfInChild) await processDocument(WARM_UP_PDF);
  await processDocument({
    source: "warm-up.txt",
    bytes: Buffer.from(
      "Minutes of the Trust Board, 26 November 2008.\n\nThe Royal Free Hampstead NHS Trust lost £7.2m, said Andrew Way.\n",
    ),
  });
}
let warmedUp: Promise<void> | undefined;
let pdfChildWarmedUp: Promise<unknown> | undefined;

function isPdf(bytes: Uint8Array): boolean {
  try {
    return sniffFormat(bytes, "") === "pdf";
  } catch {
    return false;
  }
}

export default async (task: ProcessTask) => {
  const tell = (event: TaskEvent) => task.port?.postMessage(event);
  const pdfInChild = task.read.pdfInChild && task.read.pdfBackend !== "pdftotext" && isPdf(task.raw.bytes);
  // The child starts in a process of its own while this thread loads the extractors.
  await Promise.all([
    (warmedUp ??= warmUp(task.read)),
    pdfInChild ? (pdfChildWarmedUp ??= processDocument(WARM_UP_PDF, task.read)) : undefined,
  ]);
  tell({ type: "started" });
  try {
    return await processDocument(task.raw, {
      ...task.read,
      onChildProcess: (pid, running) => tell({ type: "child", pid, running }),
    });
  } finally {
    task.port?.close();
  }
};
