// The worker-thread entry: Piscina calls the default export with one task.
import { processDocument } from "./process-document.js";
import type { ProcessTask } from "./worker-pool.js";

export default (task: ProcessTask) => processDocument(task.raw, task.read);
