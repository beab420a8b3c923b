/** What the shells need to know of the lower layers to parse their options: defaults and choices, no behaviour. */
export { defaultDbPath } from "../corpus/corpus.js";
export type { FetchLimits } from "../read/fetch.js";
export { PDF_BACKEND_CHOICES, type PdfBackendChoice } from "../read/pdf-backend.js";
export { OCR_CHOICES, type OcrChoice } from "../read/ocr-choice.js";
export { KINDS, type Kind } from "../model/doc.js";
