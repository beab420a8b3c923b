import { getEncoding } from "encoding-sniffer";
import iconv from "iconv-lite";
import { normaliseChars } from "./clean-pages.js";

// Node 20's TextDecoder decodes "windows-1252" as ISO-8859-1 (0x92 becomes U+0092, not ’): iconv-lite gets it right.
const decode = (bytes: Uint8Array, charset: string) =>
  iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset);

/**
 * Decodes a plain-text document: a BOM wins; otherwise UTF-8 when the bytes are
 * valid UTF-8, else windows-1252 (what British office software writes, and what
 * browsers mean by "latin1").
 */
export function decodeText(bytes: Uint8Array, charset?: string | null): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
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

/**
 * Decodes an HTML page. A BOM wins. Then bytes that are valid UTF-8 and hold at least one multi-byte sequence
 * are UTF-8 whatever the page or the server declares: a legacy encoding (windows-1252, GB2312, Shift_JIS) almost
 * never forms valid multi-byte UTF-8 by chance, while pages that declare a charset they were not saved in are
 * common (a template's `<meta charset="gb2312">` over a UTF-8 file; a server's default ISO-8859-1). Otherwise
 * the HTTP header's charset, then `<meta charset>`, then windows-1252 (WHATWG's default for a page that says
 * nothing, and the same bytes as ASCII when the page is ASCII).
 */
export function decodeHtml(bytes: Uint8Array, charset?: string | null): { html: string; encoding: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom) {
    const utf8 = validUtf8(bytes);
    // A shorter string than the bytes means a multi-byte sequence: pure ASCII proves nothing, so it follows the declaration.
    if (utf8 !== null && utf8.length < bytes.length) return { html: utf8, encoding: "utf-8" };
  }
  const encoding = getEncoding(buffer, { transportLayerEncodingLabel: charset ?? undefined, maxBytes: 4096 });
  const label = iconv.encodingExists(encoding) ? encoding : "windows-1252";
  return { html: iconv.decode(buffer, label), encoding: label };
}

function validUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Raw pages of a text document: a form feed starts a new page, as printers and pdftotext do. */
export function textPages(text: string): string[] {
  return normaliseChars(text.replace(/\r\n?/g, "\n")).split("\f");
}
