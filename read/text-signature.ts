/**
 * A MinHash signature of a document's cleaned text, for finding the same text at other bytes (a mirror, a
 * syndicated copy, an archive capture with its banner). Two signatures agree in about the share of slots that the
 * texts' sets of five-word shingles share (their Jaccard similarity); banding the slots lets the store find the
 * documents that may be similar by index instead of comparing a new document with every one.
 *
 * One-permutation hashing (Li, Owen & Zhang, 2012): each shingle is hashed once and falls in one slot by its top
 * bits, keeping the smallest value per slot, so a 50 MB text costs one pass rather than one pass per slot; slots
 * left empty by a short text borrow their right neighbour's value (Shrivastava & Li's densification), so they
 * still agree exactly when the texts do.
 */

export const SIGNATURE_SLOTS = 128;
/** Slots per band: two texts sharing any band are candidates (about 8 in 10 of pairs at Jaccard 0.5, all at 0.8). */
export const BAND_SLOTS = 4;
/** Five words: short enough that a changed figure touches few shingles, long enough that common phrases don't match. */
const SHINGLE_WORDS = 5;
/** Below this many words a text's shingles say too little to call another text its copy. */
const MIN_WORDS = 25;
const EMPTY = 0xffffffff;

/** The signature of a text, or null for one too short to judge (a scan without text, a title page). */
export function textSignature(text: string): Uint32Array | null {
  // Letters and digits only, lower-cased: a copy re-flowed, re-punctuated or re-capitalised is the same text.
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  const wordHashes = words.map(fnv1a);
  const slots = new Uint32Array(SIGNATURE_SLOTS).fill(EMPTY);
  for (let i = 0; i + SHINGLE_WORDS <= wordHashes.length; i++) {
    let h = 0x9747b28c;
    for (let j = 0; j < SHINGLE_WORDS; j++) h = mix(h ^ wordHashes[i + j]!);
    h = finalise(h);
    const slot = h >>> 25; // the top 7 bits: one of 128 slots
    const value = h & 0x1ffffff;
    if (value < slots[slot]!) slots[slot] = value;
  }
  return densify(slots);
}

/** The estimated Jaccard similarity of two texts' shingle sets: the share of slots on which they agree. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SLOTS; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SLOTS;
}

/** One hash per band of BAND_SLOTS slots (as non-negative 32-bit integers, the form the store indexes). */
export function signatureBands(signature: Uint32Array): number[] {
  const bands: number[] = [];
  for (let b = 0; b < SIGNATURE_SLOTS / BAND_SLOTS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let i = b * BAND_SLOTS; i < (b + 1) * BAND_SLOTS; i++) h = mix(h ^ signature[i]!);
    bands.push(finalise(h) >>> 0);
  }
  return bands;
}

export function signatureToBytes(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  // Copied so that the array is aligned whatever buffer the driver handed back.
  return new Uint32Array(new Uint8Array(bytes).buffer);
}

function densify(slots: Uint32Array): Uint32Array {
  if (!slots.includes(EMPTY)) return slots;
  const filled = slots.slice();
  for (let i = 0; i < SIGNATURE_SLOTS; i++) {
    if (slots[i] !== EMPTY) continue;
    // The next filled slot to the right, wrapping, with the distance mixed in so borrowed values stay distinct.
    for (let d = 1; d < SIGNATURE_SLOTS; d++) {
      const v = slots[(i + d) % SIGNATURE_SLOTS]!;
      if (v !== EMPTY) {
        filled[i] = (finalise(v ^ Math.imul(d, 0x9e3779b1)) & 0x1ffffff) >>> 0;
        break;
      }
    }
  }
  return filled;
}

function fnv1a(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number): number {
  return Math.imul(h, 0xcc9e2d51) ^ (h >>> 15);
}

/** MurmurHash3's finaliser: every input bit reaches every output bit, so the top bits choose a slot fairly. */
function finalise(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
