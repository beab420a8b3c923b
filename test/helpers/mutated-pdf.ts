import fc from "fast-check";

/**
 * A sample PDF with up to 40 bytes overwritten and, half the time, cut short:
 * the damage a failed download or a bad disk does. Every reader of PDFs must
 * read it or fail with a named error, never crash or hang.
 */
export function mutatedPdf(samples: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: samples.length - 1 }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 40,
      }),
      fc.oneof(fc.constant(1), fc.double({ min: 0.05, max: 1, noNaN: true })),
    )
    .map(([which, flips, keep]) => {
      const bytes = Buffer.from(samples[which]!);
      for (const [at, value] of flips) bytes[Math.floor(at * (bytes.length - 1))] = value;
      return bytes.subarray(0, Math.max(8, Math.floor(bytes.length * keep)));
    });
}
