import { Option } from "commander";
import { OCR_CHOICES, type OcrChoice } from "../app/settings.js";

/** --ocr: how PDF pages without a text layer are read; CLAIMTRAIL_OCR sets the default. */
export function ocrOption(): Option {
  return new Option(
    "--ocr <engine>",
    "how pages without a text layer are read: auto (tesseract where installed, else the embedded tesseract.js), tesseract, tesseract.js or off",
  )
    .choices(OCR_CHOICES as string[])
    .env("CLAIMTRAIL_OCR");
}

export type { OcrChoice };
