// The worker-thread entry: Piscina calls the default export with one raw document.
import { processDocument } from "./process-document.js";

export default processDocument;
