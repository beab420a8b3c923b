import iconv from "iconv-lite";
import { normaliseChars } from "./clean-pages.js";

// Node 20's TextDecoder decodes "windows-1252" as ISO-8859-1 (0x92 becomes U+0092, not ’): iconv-lite gets it right.
const decode = (bytes: Uint8Array, charset: string) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);

/**
 * Decodes a plain-text document: a BOM wins; otherwise UTF-8 when the bytes are
 * valid UTF-8, else windows-1252 (what British office software writes, and what
 * browsers mean by "latin1").
 */
export function decodeText(bytes: Uint8Array, charset?: string | null): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  // An unknown label from a server falls through to sniffing. ISO-8859-1 means windows-1252 on the web (WHATWG).
  if (charset && iconv.encodingExists(charset)) {
    const label = /^(?:iso-?8859-1|latin-?1|us-ascii|ascii)$/i.test(charset) ? "windows-1252" : charset.toLowerCase();
    return { text: decode(bytes, label), encoding: label };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decode(bytes, "windows-1252"), encoding: "windows-1252" };
  }
}

/** Raw pages of a text document: a form feed starts a new page, as printers and pdftotext do. */
export function textPages(text: string): string[] {
  return normaliseChars(text.replace(/\r\n?/g, "\n")).split("\f");
}
