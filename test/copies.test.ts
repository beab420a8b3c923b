import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../app/ingest.js";
import { Library } from "../app/library.js";
import { checkJson, timelineJson } from "../output/views.js";
import { ROOT, runCli } from "./helpers/cli.js";
import { makeCopies } from "./helpers/make-copies.js";
import { ingestSamples } from "./helpers/sample-corpus.js";

const SUBJECTS = ["Barts", "Royal Free"];

/** What a reader of the timelines sees: each event's headline, dates, number of sources and conflicts. */
function timelines(db: string) {
  const library = Library.open(db);
  try {
    return SUBJECTS.map((subject) =>
      timelineJson(library.timeline({ subject })).events.map((e) => ({
        headline: e.headline,
        from: e.from,
        to: e.to,
        sources: e.sources.length,
        conflicts: e.conflicts.length,
      })),
    );
  } finally {
    library.close();
  }
}

/** Each original article's check: its verdicts, by claim. */
function checks(db: string) {
  const library = Library.open(db);
  try {
    return library.documents({ kind: "news" }).documents.map((d) => ({
      source: d.source,
      verdicts: checkJson(library.check(d.id)).claims.map((c) => `${c.verdict} ${c.evidence.length}`),
    }));
  } finally {
    library.close();
  }
}

function lastWordsOf(db: string): (file: string) => string {
  const library = Library.open(db);
  const ends = new Map(library.documents().documents.map((d) => [d.source.split("/").pop()!, d.id] as const));
  const words = new Map<string, string>();
  for (const [file, id] of ends) {
    const pages = library.document(id)!.pages;
    // The story's last sentence: a page may end with a line of topics that sits outside the story's paragraphs.
    const text = pages.map((p) => p.text).join("\n");
    const end = text.lastIndexOf(".");
    words.set(file, text.slice(0, end).trim().split(/\s+/).slice(-3).join(" "));
  }
  library.close();
  return (file) => words.get(file)!;
}

describe("copies collapse", () => {
  let samplesDb: string;
  let db: string;
  let dir: string;
  beforeAll(async () => {
    samplesDb = ingestSamples();
    db = ingestSamples();
    dir = mkdtempSync(join(tmpdir(), "claimtrail-copies-"));
    // A handful here (every sample PDF once, every article once); the 40 + 160 run in test/slow.
    const made = makeCopies(join(dir, "copies"), { pdfs: 4, articles: 8 }, lastWordsOf(samplesDb));
    const summary = await ingest([join(dir, "copies")], { db, workers: 0 });
    expect(summary.failed).toEqual([]);
    expect(made.pdfs.length + made.articles.length).toBe(12);
    expect(summary.ingested.filter((x) => x.copyOf)).toHaveLength(12);
  });

  it("a folder of PDF and HTML copies leaves the timelines, conflicts and checks as the samples alone give them", () => {
    const alone = timelines(samplesDb);
    expect(alone.flat().length).toBeGreaterThan(8);
    expect(alone.flat().some((e) => e.conflicts > 0)).toBe(true);
    expect(timelines(db)).toEqual(alone);
    expect(checks(db)).toEqual(checks(samplesDb));
  });

  it("the copies' text differs from the originals' (a comment each), and each is kept under its original", () => {
    const library = Library.open(db);
    try {
      const view = library.documents();
      expect(view.documents).toHaveLength(12);
      const under = view.documents.flatMap((d) => d.copies.map((c) => [c.source.split("/").pop()!, d.source] as const));
      expect(under).toHaveLength(12);
      for (const [copy, original] of under) expect(copy.endsWith(original.split("/").pop()!)).toBe(true);
      for (const d of view.documents) {
        const text = library
          .document(d.copies[0]!.id)!
          .pages.map((p) => p.text)
          .join("\n");
        expect(text).toMatch(
          d.format === "pdf"
            ? /Mirrored copy \d+: kept by a library/
            : /Reader comment \d+: shared from the original site/,
        );
        // Nothing of a copy is counted: no claims, mentions or passages of its own.
        expect(library.document(d.copies[0]!.id)!.claims).toEqual([]);
        expect(library.search("Reader comment").hits).toEqual([]);
        expect(library.search("Mirrored copy").hits).toEqual([]);
        expect(checkJson(library.check(d.copies[0]!.id))).toEqual(checkJson(library.check(d.id)));
      }
    } finally {
      library.close();
    }
  });

  it("`documents` lists each copy under its original; `check` of a copy checks its original", async () => {
    const r = await runCli(["--db", db, "documents"], { env: { COLUMNS: "160" } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/12 documents and 12 copies of them/);
    const lines = r.stdout.split("\n");
    const paper = lines.findIndex((l) => l.includes("Chief Executive's Report and Finance Report"));
    // The source column wraps a long path onto the next lines (how long depends on the machine's TMPDIR): undo that.
    const under = lines
      .slice(paper + 1, paper + 6)
      .join("\n")
      .replace(/\n\s+/g, "");
    expect(under).toMatch(/↳ copy:[^]*mirror-3-royal-free-board-2008-11\.pdf/);
    const json = JSON.parse((await runCli(["--db", db, "documents", "--json"])).stdout);
    const copy = json.documents.find((d: { copies: unknown[] }) => d.copies.length).copies[0];
    expect(copy.duplicateOf).toBe(json.documents.find((d: { copies: unknown[] }) => d.copies.length).id);
  });
  it("ingest says which documents it kept as copies, and of what", async () => {
    const more = join(dir, "again");
    makeCopies(more, { pdfs: 0, articles: 1 }, lastWordsOf(samplesDb), 100);
    const r = await runCli(["--db", db, "ingest", more, "--workers", "0"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 of them kept as copies of a stored document/);
    expect(r.stdout).toMatch(/\(copy of [0-9a-f]{10}\)/);
  });
});

describe("what is not a copy", () => {
  it("an article republished with a figure changed is a second source, and the figures conflict", async () => {
    const db = ingestSamples();
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-not-copies-"));
    const file = "london-health-journal-2008-12-02-royal-free-7-2m.html";
    const html = readFileSync(join(ROOT, "corpus/samples/articles", file), "utf8");
    expect(html).toContain("£7.2m");
    writeFileSync(join(dir, file), html.replaceAll("£7.2m", "£9.4m"));
    const summary = await ingest([dir], { db, workers: 0 });
    expect(summary.ingested).toHaveLength(1);
    expect(summary.ingested[0]!.copyOf).toBeUndefined();
    const library = Library.open(db);
    try {
      expect(library.documents().documents).toHaveLength(13);
      const amounts = library.claims({ subject: "Royal Free" }).claims.filter((c) => c.value === 9_400_000);
      expect(amounts.length).toBeGreaterThan(0);
      expect(amounts.some((c) => c.links.some((l) => l.relation === "contradicts"))).toBe(true);
    } finally {
      library.close();
    }
  });

  it("a copy cut short arrives first; the whole story after it becomes the original, the short one its copy", async () => {
    const db = join(mkdtempSync(join(tmpdir(), "claimtrail-cut-")), "cut.db");
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-cut-src-"));
    const file = "healthcare-computing-today-2008-12-09-royal-free-unravelled.html";
    const html = readFileSync(join(ROOT, "corpus/samples/articles", file), "utf8");
    // The syndicated copy drops the story's last paragraph.
    const last = html.lastIndexOf("<p>", html.lastIndexOf("BT suspended further deployments"));
    writeFileSync(join(dir, "short.html"), html.slice(0, last) + html.slice(html.indexOf("</p>", last) + 4));
    writeFileSync(join(dir, "whole.html"), html);
    const first = await ingest([join(dir, "short.html")], { db, workers: 0 });
    const second = await ingest([join(dir, "whole.html")], { db, workers: 0 });
    expect(first.ingested[0]!.copyOf).toBeUndefined();
    expect(second.ingested[0]!.copyOf).toBeUndefined();
    const library = Library.open(db);
    try {
      const [original, ...rest] = library.documents().documents;
      expect(rest).toEqual([]);
      expect(original!.source).toContain("whole.html");
      expect(original!.copies.map((c) => c.source)).toEqual([expect.stringContaining("short.html")]);
      expect(library.document(original!.copies[0]!.id)!.claims).toEqual([]);
      expect(original!.counts.claims).toBeGreaterThan(0);
    } finally {
      library.close();
    }
  });
});
