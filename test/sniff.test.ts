import { describe, expect, it } from "vitest";
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
