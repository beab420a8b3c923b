import { describe, expect, it } from "vitest";
import { createProcessor } from "../app/worker-pool.js";
import { failureLine } from "../cli/exit.js";
import { ClaimtrailError, failureOf } from "../model/errors.js";
import type { RawDocument } from "../read/read-document.js";

describe("one failure model", () => {
  it("a failure is one line whatever its message or source holds", () => {
    const e = new ClaimtrailError(
      "corrupt-pdf",
      "paper.pdf",
      "corrupt or truncated PDF (bad xref\nat offset 1024\r\n\tsee below)",
    );
    expect(e.message).toBe("corrupt or truncated PDF (bad xref at offset 1024 see below)");
    const line = failureLine({
      source: "two\nlines\u001b[2J.pdf",
      message: "HTTP 503\u001b]0;owned\u0007 Service\nUnavailable",
    });
    expect(line.split("\n")).toHaveLength(1);
    expect(line).not.toMatch(/[\u0000-\u001f]/);
    expect(line).toBe("two lines.pdf: HTTP 503 Service Unavailable");
  });

  it("keeps a known kind, and calls anything unforeseen a bug of ours, never the document's fault", () => {
    expect(
      failureOf(new ClaimtrailError("encrypted-pdf", "a.pdf", "encrypted PDF: it needs a password to open"), "a.pdf"),
    ).toEqual({
      kind: "encrypted-pdf",
      source: "a.pdf",
      message: "encrypted PDF: it needs a password to open",
    });
    const bug = failureOf(new TypeError("Cannot read properties of undefined (reading 'length')"), "a.pdf");
    expect(bug).toMatchObject({
      kind: "internal",
      source: "a.pdf",
      message:
        "internal error (a bug in claimtrail): TypeError: Cannot read properties of undefined (reading 'length')",
    });
    expect(bug.detail).toMatch(/TypeError[\s\S]*at /);
  });

  it("carries its kind from a reader across a worker thread to the caller, a programming error included", async () => {
    const processor = createProcessor(1);
    try {
      const [junk, bug] = await Promise.all([
        processor.process({ source: "junk.pdf", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }),
        // A caller's bug: no bytes at all. It must come back as ours ("internal"), not as an unreadable document.
        processor.process({ source: "nothing.pdf" } as unknown as RawDocument),
      ]);
      expect(junk).toEqual({
        ok: false,
        failure: {
          kind: "unsupported-format",
          source: "junk.pdf",
          message: "a PNG image, not a PDF, HTML or text document",
        },
      });
      expect(bug.ok).toBe(false);
      if (bug.ok) return;
      expect(bug.failure).toMatchObject({
        kind: "internal",
        source: "nothing.pdf",
        message: expect.stringMatching(/^internal error \(a bug in claimtrail\): TypeError: /),
      });
      expect(bug.failure.detail).toMatch(/read-document|sniff/);
    } finally {
      await processor.close();
    }
  });
});
