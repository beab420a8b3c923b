// The worker-thread entry: Piscina calls the default export with one task.
import { processDocument } from "./process-document.js";
import type { ProcessTask, TaskEvent } from "./worker-pool.js";

/**
 * pdf.js loads its parser on the first PDF it sees, and the extractors build their tables on first use: the
 * worker's start-up, paid once before its first document's clock starts, not out of that document's budget.
 */
async function warmUp(): Promise<void> {
  await processDocument({ source: "warm-up.pdf", bytes: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await processDocument({
    source: "warm-up.txt",
    bytes: Buffer.from(
      "Minutes of the Trust Board, 26 November 2008.\n\nThe Royal Free Hampstead NHS Trust lost £7.2m, said Andrew Way.\n",
    ),
  });
}
let warmedUp: Promise<void> | undefined;

export default async (task: ProcessTask) => {
  const tell = (event: TaskEvent) => task.port?.postMessage(event);
  await (warmedUp ??= warmUp());
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
