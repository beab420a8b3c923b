import fc from "fast-check";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cleanPages } from "../read/clean-pages.js";
import { ClaimtrailError } from "../model/errors.js";
import { pdftotextInstalled, resolvePdfBackend } from "../read/pdf-backend.js";
import { readPdf } from "../read/read-pdf.js";
import { readPdfPoppler } from "../read/read-pdf-poppler.js";
import { runCli, runCliProcess } from "./helpers/cli.js";
import { extractFixture, fixtureCases } from "./helpers/extract-fixtures.js";
import { makePdf } from "./helpers/make-pdf.js";
import { mutatedPdf } from "./helpers/mutated-pdf.js";

// Without poppler-utils these tests are skipped with a warning on a developer's machine, and fail in CI,
// which asks for them (.ci/run installs poppler-utils and sets CLAIMTRAIL_REQUIRE_PDFTOTEXT).
const missing = !pdftotextInstalled();
if (missing && process.env.CLAIMTRAIL_REQUIRE_PDFTOTEXT)
  throw new Error("pdftotext is missing: install poppler-utils (apt-get install poppler-utils)");
if (missing) console.warn("pdftotext backend tests skipped: pdftotext is missing (apt-get install poppler-utils)");

const SAMPLES = new URL("../corpus/samples/board-papers/", import.meta.url).pathname;
const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".pdf"))
  .map((f) => ({ name: f, bytes: readFileSync(SAMPLES + f) }));

/** What cleaning makes of a PDF read by each backend, with its metadata. */
async function bothWays(bytes: Uint8Array) {
  const view = (r: Awaited<ReturnType<typeof readPdf>>) => ({
    title: r.title,
    author: r.author,
    createdAt: r.createdAt,
    pageCount: r.pages.length,
    ...cleanPages(r.pages),
  });
  return { embedded: view(await readPdf(bytes, "a.pdf")), poppler: view(await readPdfPoppler(bytes, "a.pdf")) };
}

async function failure(read: Promise<unknown>): Promise<ClaimtrailError> {
  try {
    await read;
  } catch (e) {
    expect(e).toBeInstanceOf(ClaimtrailError);
    return e as ClaimtrailError;
  }
  throw new Error("expected the read to fail");
}

describe.skipIf(missing)("the pdftotext backend reads what pdf-parse reads", () => {
  it.each(samples.map((s) => [s.name, s.bytes] as const))(
    "%s: same cleaned text, pages and metadata",
    async (_name, bytes) => {
      const { embedded, poppler } = await bothWays(bytes);
      expect(poppler.text.length).toBeGreaterThan(1000);
      expect(poppler).toEqual(embedded);
    },
  );

  it("a paper with running header and footer, hyphenated breaks, a table and non-ASCII text", async () => {
    const bytes = await makePdf({
      title: "Trust Board — 26 November 2008 & finance",
      author: "Royal Free Hampstead NHS Trust",
      header: "Royal Free Hampstead NHS Trust — Trust Board",
      footer: "Page {n} of {total}",
      pages: [
        [
          "1. Care Records Service",
          "The trust lost £7.2m in income after the go-live of Cerner Millennium in June 2008, and the recov-",
          "ery plan agreed with BT and LPfIT runs to March 2009.",
        ],
        [
          "Item    £m",
          "Lost activity    3.1",
          "Extra staff    2.0",
          "Total    7.2",
          "“We will not go live again until it works,” said the chief executive.",
        ],
      ],
    });
    const { embedded, poppler } = await bothWays(bytes);
    expect(poppler.text).toContain("recovery plan agreed with BT and LPfIT");
    expect(poppler.text).not.toContain("Page 1 of 2");
    expect(poppler.title).toBe("Trust Board — 26 November 2008 & finance");
    expect(poppler).toEqual(embedded);
  });

  it("extracts the reviewed fixture of a sample board paper exactly", async () => {
    const pdfCases = fixtureCases().filter((c) => c.input.endsWith(".pdf"));
    expect(pdfCases.length).toBeGreaterThan(0);
    for (const c of pdfCases) {
      const expected = JSON.parse(readFileSync(join(c.dir, "expected.json"), "utf8"));
      expect(JSON.parse(JSON.stringify(await extractFixture(c, { pdfBackend: "pdftotext" })))).toEqual(expected);
    }
  });
});

describe.skipIf(missing)("the pdftotext backend on broken PDFs", () => {
  it("a truncated PDF is a corrupt-pdf error naming the source", async () => {
    const whole = samples[0]!.bytes;
    const e = await failure(readPdfPoppler(whole.subarray(0, Math.floor(whole.length / 3)), "half.pdf"));
    expect(e).toMatchObject({ kind: "corrupt-pdf", source: "half.pdf" });
    expect(e.message).toMatch(/^corrupt or truncated PDF \(.+\)$/);
  });

  it("an encrypted PDF says it needs a password", async () => {
    const locked = await makePdf({ pages: [["Confidential board paper."]], userPassword: "secret" });
    expect(await failure(readPdfPoppler(locked, "locked.pdf"))).toMatchObject({
      kind: "encrypted-pdf",
      message: expect.stringMatching(/password/),
    });
  });

  it("binary junk and an empty file are corrupt PDFs", async () => {
    const junk = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256);
    expect(await failure(readPdfPoppler(junk, "junk.pdf"))).toMatchObject({ kind: "corrupt-pdf", source: "junk.pdf" });
    expect(await failure(readPdfPoppler(new Uint8Array(0), "empty.pdf"))).toMatchObject({ kind: "corrupt-pdf" });
  });

  it("a PDF with no text layer reads as empty pages", async () => {
    const r = await readPdfPoppler(await makePdf({ pages: [[], []], imageOnly: true }), "scan.pdf");
    expect(r.pages).toEqual(["", ""]);
  });

  it("output over the limit is refused, not read into memory", async () => {
    const e = await failure(readPdfPoppler(samples[0]!.bytes, "big.pdf", { maxOutputBytes: 10_000 }));
    expect(e).toMatchObject({ kind: "too-large", source: "big.pdf" });
  });

  it("mutated sample PDFs read or fail with a named error (bounded run)", async () => {
    await fc.assert(
      fc.asyncProperty(mutatedPdf(samples.map((s) => s.bytes)), async (bytes) => {
        try {
          const r = await readPdfPoppler(bytes, "fuzz.pdf");
          const clean = cleanPages(r.pages);
          for (const p of clean.pages) expect(p.end).toBeLessThanOrEqual(clean.text.length);
        } catch (e) {
          expect(e).toBeInstanceOf(ClaimtrailError);
          expect(["corrupt-pdf", "encrypted-pdf"]).toContain((e as ClaimtrailError).kind);
        }
      }),
      { numRuns: 25, seed: 7 },
    );
  }, 120_000);
});

describe("choosing a backend", () => {
  it("pdf-parse is the default; an unknown name is a usage error", async () => {
    const saved = process.env.CLAIMTRAIL_PDF_BACKEND;
    try {
      delete process.env.CLAIMTRAIL_PDF_BACKEND;
      expect(resolvePdfBackend(undefined)).toBe("pdf-parse");
      process.env.CLAIMTRAIL_PDF_BACKEND = "pdf-parse";
      expect(resolvePdfBackend(undefined)).toBe("pdf-parse");
      process.env.CLAIMTRAIL_PDF_BACKEND = "ghostscript";
      expect(() => resolvePdfBackend(undefined)).toThrow(/unknown PDF backend/);
    } finally {
      if (saved === undefined) delete process.env.CLAIMTRAIL_PDF_BACKEND;
      else process.env.CLAIMTRAIL_PDF_BACKEND = saved;
    }
    expect(() => resolvePdfBackend("ghostscript")).toThrow(/unknown PDF backend "ghostscript"/);
    expect(resolvePdfBackend("auto")).toBe(missing ? "pdf-parse" : "pdftotext");
  });

  it.skipIf(missing)(
    "ingest --pdf-backend pdftotext stores the sample papers with the same claims as pdf-parse",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "claimtrail-backend-"));
      const claims = async (backend: string) => {
        const db = join(dir, `${backend}.db`);
        const r = await runCli([
          "--db",
          db,
          "ingest",
          "corpus/samples/board-papers",
          "--pdf-backend",
          backend,
          // In this thread: what is compared is the backends' text, and a worker thread's start costs seconds.
          "--workers",
          "0",
          "--json",
        ]);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout).ingested).toHaveLength(samples.length);
        const listed = await runCli(["--db", db, "claims", "--json"]);
        expect(listed.code).toBe(0);
        const { claims: stored } = JSON.parse(listed.stdout) as {
          claims: Array<{ subject: string; predicate: string; value: unknown; span: unknown; links: unknown[] }>;
        };
        return stored.map((c) => [c.subject, c.predicate, c.value, c.span, c.links.length]);
      };
      const viaPoppler = await claims("pdftotext");
      expect(viaPoppler.length).toBeGreaterThan(10);
      expect(viaPoppler).toEqual(await claims("pdf-parse"));
    },
  );

  it("asking for pdftotext where it is not installed exits 2 with one line saying what to install", async () => {
    // A process of its own: whether pdftotext is installed is asked once per process.
    const r = await runCliProcess(
      ["--db", join(tmpdir(), "never.db"), "ingest", "corpus/samples/board-papers", "--pdf-backend", "pdftotext"],
      { env: { PATH: "/nonexistent" } },
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/pdftotext is not installed.*poppler-utils/);
  });
});
