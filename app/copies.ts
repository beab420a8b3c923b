import type { Corpus } from "../corpus/corpus.js";
import { claimKey } from "../corpus/copies.js";
import type { Doc } from "../model/doc.js";
import type { TypedClaim } from "../model/extraction.js";

/**
 * How much of their shingles two texts must share for one to be a copy of the other. A trailing comment or an
 * archive's banner on a short article still leaves well over this; two board papers of one trust written on one
 * template share far less, since every figure and name changes the five shingles around it.
 */
export const COPY_SIMILARITY = 0.8;

/** Where a document stands among copies of its text: a copy of a stored original, or the original of a stored one. */
export type CopyPlace = { copyOf: string } | { originalOf: string } | null;

/**
 * Finds whether a document is a near-copy of a stored one, and which of the two is the original.
 *
 * Near text is not enough: a paper republished with one figure changed is as near as a mirror, and is a second
 * source that disagrees with the first. So a document is a copy only when all it claims is claimed by the other
 * (a copy says nothing of its own). The one that claims more is the original (a whole story that arrives after a
 * syndicated copy cut short); when both claim the same, the one stored first stays the original, so that a corpus's
 * documents keep their place (and the sources a manifest described) when mirrors of them arrive.
 */
export function placeAmongCopies(
  corpus: Corpus,
  doc: Doc,
  claims: readonly TypedClaim[],
  signature: Uint32Array,
): CopyPlace {
  const mine = new Set(
    claims.map((c) => claimKey(c.predicate, c.typed, c.when?.from ?? null, c.when?.to ?? null, c.sentence)),
  );
  for (const other of corpus.copies.similarOriginals(doc.id, signature, COPY_SIMILARITY)) {
    const theirs = corpus.copies.claimKeys(other.id);
    if (isSubset(mine, theirs)) return { copyOf: other.id };
    if (isSubset(theirs, mine)) return { originalOf: other.id };
  }
  return null;
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}
