import { crc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import { makePdf } from "./helpers/make-pdf.js";
import { sniffFormat } from "../read/sniff.js";
import { type ClaimtrailError } from "../model/errors.js";

const b = (s: string | number[]) => (typeof s === "string" ? Buffer.from(s, "latin1") : Buffer.from(s));
const kindOf = (bytes: Buffer) => {
  try {
    sniffFormat(bytes, "x");
    return "ok";
  } catch (e) {
    return (e as ClaimtrailError).kind;
  }
};

describe("sniffFormat decides from bytes, not names", () => {
  it("PDF by its magic number, even after a little junk", () => {
    expect(sniffFormat(b("%PDF-1.4\n..."), "a.html")).toBe("pdf");
    expect(sniffFormat(b("\r\n\r\n%PDF-1.7\n"), "a")).toBe("pdf");
  });
  it("HTML by its opening markup, with or without a BOM", () => {
    expect(sniffFormat(b("<!DOCTYPE html><html><body><p>x</p></body></html>"), "a.pdf")).toBe("html");
    expect(sniffFormat(b("\xEF\xBB\xBF  <html lang=en>"), "a.txt")).toBe("html");
    expect(sniffFormat(b("<div class=story><p>Body</p></div>"), "a")).toBe("html");
  });
  it("plain text otherwise, in UTF-8 or windows-1252", () => {
    expect(sniffFormat(b("The trust lost £7.2m.\n"), "a.pdf")).toBe("text");
    expect(sniffFormat(b("The trust lost \xA37.2m.\n"), "a")).toBe("text");
  });
  it("refuses empty files, binary junk and known binary formats with a named reason", () => {
    expect(kindOf(b(""))).toBe("empty-file");
    expect(kindOf(b([0x00, 0x01, 0x02, 0x03, 0xff, 0x00]))).toBe("unsupported-format");
    expect(kindOf(b([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toBe("unsupported-format");
    expect(() => sniffFormat(b([0x50, 0x4b, 0x03, 0x04, 1, 2]), "paper.pdf")).toThrow(/paper\.pdf|ZIP/);
  });
});

/** A real ZIP archive (the PKWARE format: local header, data, central directory) holding one file, stored uncompressed. */
function zipOf(name: string, data: Buffer): Buffer {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(n.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + n.length, 12);
  end.writeUInt32LE(local.length + n.length + data.length, 16);
  return Buffer.concat([local, n, data, central, n, end]);
}

describe("archives are not their contents", () => {
  it("a ZIP holding a PDF is a ZIP, though the PDF's header sits in its first bytes", async () => {
    const zip = zipOf("board-paper.pdf", await makePdf({ pages: [["Trust Board, 26 November 2008."]] }));
    expect(zip.subarray(0, 1024).includes("%PDF-")).toBe(true);
    expect(() => sniffFormat(zip, "papers.pdf")).toThrow(/a ZIP archive/);
    expect(kindOf(zip)).toBe("unsupported-format");
  });
});
