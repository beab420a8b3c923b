import { ClaimtrailError } from "../model/errors.js";
import type { Format } from "../model/doc.js";

/**
 * Decides a document's format from its bytes, never from its name: trust
 * websites serve PDFs as .aspx and HTML error pages as .pdf.
 */
export function sniffFormat(bytes: Uint8Array, source: string): Format {
  if (bytes.length === 0) throw new ClaimtrailError("empty-file", source, "empty file (0 bytes)");

  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096));
  // A container's own signature first: a ZIP or tar holding a PDF, stored uncompressed, shows "%PDF-" in its first
  // KiB too, and is not a PDF.
  const binary = knownBinary(head);
  if (binary) throw new ClaimtrailError("unsupported-format", source, `${binary}, not a PDF, HTML or text document`);
  // The PDF header may follow a little junk; readers accept it within the first KiB.
  if (head.subarray(0, 1024).includes("%PDF-")) return "pdf";

  if (looksBinary(head)) {
    throw new ClaimtrailError("unsupported-format", source, "binary data, not a PDF, HTML or text document");
  }
  // Decoding as latin1 keeps byte positions; markup is ASCII in every charset we accept.
  const start = head
    .toString("latin1")
    .replace(/^\uFEFF|^\xEF\xBB\xBF|^\xFF\xFE|^\xFE\xFF/, "")
    .trimStart()
    .slice(0, 2048)
    .toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|meta|title|!--)/.test(start)) return "html";
  if (/<(html|body|article|p|div)[\s>]/.test(start) && /<\/(p|div|body|html|article)>/.test(start)) return "html";
  return "text";
}

const MAGIC: Array<[string, number[]]> = [
  ["a ZIP archive (or Office document)", [0x50, 0x4b, 0x03, 0x04]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a gzip file", [0x1f, 0x8b]],
  ["an old Word/Excel document", [0xd0, 0xcf, 0x11, 0xe0]],
];

function knownBinary(head: Buffer): string | null {
  for (const [name, magic] of MAGIC) {
    if (magic.every((b, i) => head[i] === b)) return name;
  }
  // POSIX tar: "ustar" at offset 257 of the first header block.
  if (head.subarray(257, 262).toString("latin1") === "ustar") return "a tar archive";
  return null;
}

/** NUL bytes, or more than 10% control bytes, mean this is not text in any charset we read. */
function looksBinary(head: Buffer): boolean {
  // UTF-16 text has NULs but also a BOM; we do not read UTF-16 without one.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > head.length * 0.1;
}
