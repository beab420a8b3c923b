/** How PDF pages without a text layer are read (read/ocr.ts): the names only, for the shells' options. */
export type OcrChoice = "tesseract.js" | "tesseract" | "auto" | "off";
export const OCR_CHOICES: readonly OcrChoice[] = ["auto", "tesseract", "tesseract.js", "off"];
