import type { FetchLimits } from "../read/fetch.js";
import { openCorpus } from "../corpus/corpus.js";
import { ClaimtrailError } from "../model/errors.js";
import { ingest } from "./ingest.js";
import { forgetOriginal } from "./originals.js";

export interface DraftTarget {
  /** The stored document to check. */
  id: string;
  /** Whether the check brought it into the corpus: such a draft is forgotten after the check unless it is to be kept. */
  added: boolean;
}

/**
 * Brings a file or URL into the corpus to be checked, as ingest does (in a worker thread under the same budget): a
 * document already stored is checked as it is; a new one is `added`, and `forgetDraft` removes it again so that
 * checking a draft does not change everyone's timelines.
 */
export async function ingestForCheck(
  db: string,
  target: string,
  options: { fetch?: Partial<FetchLimits> } = {},
): Promise<DraftTarget> {
  // A draft is checked as itself: kept as a copy of a stored article, or taking that article's place as the
  // original, it would be checked as the article, and forgetting it would take the article's claims with it.
  const summary = await ingest([target], { db, workers: 1, fetch: options.fetch, collapseCopies: false });
  const failed = summary.failed[0];
  if (failed && !failed.stored) throw new ClaimtrailError(failed.kind, failed.source, failed.error);
  const skipped = summary.skipped[0];
  if (skipped && !summary.ingested.length && !summary.unchanged.length)
    throw new ClaimtrailError("unsupported-format", skipped.source, skipped.reason);
  const added = summary.ingested[0]?.id ?? failed?.stored?.id ?? null;
  const id = added ?? summary.unchanged[0]?.id ?? null;
  if (!id) throw new ClaimtrailError("not-found", target, "no such document id, file or URL");
  return { id, added: added !== null };
}

/** Removes a draft the check added, with its claims and their links. */
export function forgetDraft(db: string, draft: DraftTarget): void {
  if (!draft.added) return;
  const corpus = openCorpus(db, { readonly: false });
  try {
    corpus.documents.forget(draft.id);
    forgetOriginal(db, draft.id);
  } finally {
    corpus.close();
  }
}
