import { spawnSync } from "node:child_process";
import { ClaimtrailError } from "../model/errors.js";

/**
 * How PDF text is read: pdf-parse (pdf.js, embedded, the default) or poppler's
 * `pdftotext` (optional, several times faster, needs poppler-utils installed).
 * Both give the same cleaned text on the PDFs we test (test/pdf-backends.test.ts).
 */
export type PdfBackend = "pdf-parse" | "pdftotext";
/** What a user may ask for: a backend, or "auto" for pdftotext when it is installed. */
export type PdfBackendChoice = PdfBackend | "auto";
export const PDF_BACKEND_CHOICES: readonly PdfBackendChoice[] = ["pdf-parse", "pdftotext", "auto"];

let installed: boolean | undefined;

/** Whether `pdftotext` runs on this machine (asked once per process). */
export function pdftotextInstalled(): boolean {
  installed ??= spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).error === undefined;
  return installed;
}

/** The backend to use: `--pdf-backend`, then CLAIMTRAIL_PDF_BACKEND, then pdf-parse. */
export function resolvePdfBackend(choice?: string): PdfBackend {
  const wanted = choice ?? process.env.CLAIMTRAIL_PDF_BACKEND ?? "pdf-parse";
  if (!PDF_BACKEND_CHOICES.includes(wanted as PdfBackendChoice)) {
    throw new ClaimtrailError(
      "bad-usage",
      "--pdf-backend",
      `unknown PDF backend "${wanted}" (choose ${PDF_BACKEND_CHOICES.join(", ")})`,
    );
  }
  if (wanted === "auto") return pdftotextInstalled() ? "pdftotext" : "pdf-parse";
  if (wanted === "pdftotext" && !pdftotextInstalled()) {
    throw new ClaimtrailError(
      "bad-usage",
      "--pdf-backend",
      "pdftotext is not installed (Debian: apt-get install poppler-utils); use --pdf-backend pdf-parse",
    );
  }
  return wanted as PdfBackend;
}
