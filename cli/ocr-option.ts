import { Option } from "commander";
import type { OcrChoice } from "../read/ocr.js";

// The names only: read/ocr.ts loads pdf.js, which the CLI loads when a command needs it, not to parse its options.
const CHOICES: readonly OcrChoice[] = ["auto", "tesseract", "tesseract.js", "off"];

/** --ocr: how PDF pages without a text layer are read; CLAIMTRAIL_OCR sets the default. */
export function ocrOption(): Option {
  return new Option(
    "--ocr <engine>",
    "how pages without a text layer are read: auto (tesseract where installed, else the embedded tesseract.js), tesseract, tesseract.js or off",
  )
    .choices(CHOICES as string[])
    .env("CLAIMTRAIL_OCR");
}

export type { OcrChoice };
