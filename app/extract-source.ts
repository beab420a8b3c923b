import { readFile } from "node:fs/promises";
import type { Claim, Extraction, TypedClaim } from "../model/extraction.js";
import { ClaimtrailError } from "../model/errors.js";
import { Fetcher, isUrl, type FetchLimits } from "../read/fetch.js";
import { resolvePdfBackend, type PdfBackendChoice } from "../read/pdf-backend.js";
import { processDocument } from "./process-document.js";
import type { DocOverrides } from "../read/read-document.js";
import type { Doc } from "../model/doc.js";

export const EXTRACT_SCHEMA = "claimtrail/extract@1";

/** The extract contract (docs/extract-contract.md): the document and everything found in it. */
export interface ExtractResult extends Omit<Extraction, "claims" | "doubtful"> {
  schema: typeof EXTRACT_SCHEMA;
  claims: Claim[];
  doubtful: Claim[];
  document: Omit<Doc, "author" | "subject" | "noTextLayer">;
}

/** Runs the pipeline on one file or URL without storing anything. */
export async function extractSource(
  source: string,
  options: { overrides?: DocOverrides; fetch?: Partial<FetchLimits>; pdfBackend?: PdfBackendChoice } = {},
): Promise<{ result: ExtractResult; doc: Doc }> {
  const pdfBackend = resolvePdfBackend(options.pdfBackend);
  let bytes: Uint8Array;
  let charset: string | null = null;
  if (isUrl(source)) {
    const fetcher = new Fetcher(options.fetch);
    try {
      const r = await fetcher.fetch(source);
      bytes = r.bytes;
      charset = r.charset;
    } finally {
      await fetcher.close();
    }
  } else {
    try {
      bytes = await readFile(source);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ClaimtrailError(
        code === "ENOENT" ? "not-found" : "unreadable",
        source,
        code === "ENOENT" ? "no such file" : `cannot read (${code})`,
      );
    }
  }
  const processed = await processDocument({ source, bytes, charset, overrides: options.overrides }, { pdfBackend });
  if (!processed.ok) throw ClaimtrailError.from(processed.failure);
  const { doc, extraction } = processed;
  return { doc, result: toContract(doc, extraction) };
}

export function toContract(doc: Doc, extraction: Extraction): ExtractResult {
  return {
    schema: EXTRACT_SCHEMA,
    document: {
      id: doc.id,
      source: doc.source,
      format: doc.format,
      kind: doc.kind,
      title: doc.title,
      publisher: doc.publisher,
      publishedAt: doc.publishedAt,
      pages: doc.pages,
      text: doc.text,
    },
    ...extraction,
    claims: extraction.claims.map(contractClaim),
    doubtful: extraction.doubtful.map(contractClaim),
  };
}

/** A claim as extract@1 prints it: its value as `value` (the typed value is the library's, not the contract's). */
export function contractClaim({ typed: _typed, ...claim }: TypedClaim): Claim {
  return claim;
}
