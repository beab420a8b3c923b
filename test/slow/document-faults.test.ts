import Database from "better-sqlite3";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// One folder of bad and good documents, ingested by the real CLI in one run.
let dir: string;
let run: Awaited<ReturnType<typeof runCli>>;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimtrail-faults-"));
  mkdirSync(join(dir, "in"));
  const good = (t: string) =>
    `<html><head><meta charset="utf-8"><title>${t}</title></head><body><article><p>${t}: the Royal Free lost £7.2m by November 2008.</p></article></body></html>`;
  writeFileSync(join(dir, "in", "good.html"), good("A good page"));
  writeFileSync(
    join(dir, "in", "huge.html"),
    "<html><body><article><p>" + "word ".repeat(11 * 1024 * 1024) + "</p></article></body></html>",
  );
  writeFileSync(
    join(dir, "in", "deep.html"),
    "<html><body>" + "<div>".repeat(10_000) + "deep text" + "</div>".repeat(10_000) + "</body></html>",
  );
  writeFileSync(
    join(dir, "in", "latin1.html"),
    Buffer.concat([
      Buffer.from(
        '<html><head><meta charset="iso-8859-1"><title>Caf\xe9 costs</title></head><body><article><p>The caf\xe9 bill reached ',
        "latin1",
      ),
      Buffer.from([0xa3]),
      Buffer.from("2m at the Royal Free.</p></article></body></html>", "latin1"),
    ]),
  );
  // A page whose only content is a script: no main text, which must fail with its reason, not be stored empty (issue 17, item 7).
  writeFileSync(
    join(dir, "in", "empty.html"),
    '<html><head><meta charset="utf-8"><title>Loading</title></head><body><div id="app"></div><script>render()</script></body></html>',
  );
  writeFileSync(join(dir, "in", "junk.pdf"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  // A manifest elsewhere: a missing source column value, a bad date, a duplicate row, and good rows.
  mkdirSync(join(dir, "listed"));
  writeFileSync(join(dir, "listed", "a.txt"), "Board minutes. The trust board noted losses of £7.2m.\n");
  writeFileSync(join(dir, "listed", "b.txt"), "Board minutes. BT suspended deployments in October 2008.\n");
  writeFileSync(
    join(dir, "listed", "manifest.csv"),
    [
      "source,kind,publishedAt,title",
      "a.txt,board-paper,2008-11-26,A",
      ",news,2008-12-01,No source",
      "b.txt,board-paper,26/11/2008,Bad date",
      "a.txt,board-paper,2008-11-26,A again",
      "b.txt,board-paper,2008-10-20,B",
    ].join("\n"),
  );
  db = join(dir, "c.db");
  run = await runCli(["--db", db, "ingest", "in", "listed", "--json"], { cwd: dir });
}, 120_000);

describe("bad documents in a batch, through the CLI", () => {
  it("exits 1, stores the good documents, and fails each bad one with one line naming it", async () => {
    expect(run.code).toBe(1);
    const s = JSON.parse(run.stdout) as {
      ingested: Array<{ source: string }>;
      failed: Array<{ source: string; error: string }>;
    };
    const ingested = s.ingested.map((i) => i.source.split("/").pop());
    expect(ingested).toEqual(expect.arrayContaining(["good.html", "latin1.html", "a.txt", "b.txt"]));
    expect(s.failed.find((f) => f.source.endsWith("huge.html"))!.error).toMatch(/MB|limit|too large/i);
    expect(s.failed.find((f) => f.source.endsWith("deep.html"))!.error).toMatch(/nest|deep/i);
    expect(s.failed.find((f) => f.source.endsWith("junk.pdf"))!.error.length).toBeGreaterThan(5);
    expect(s.failed.find((f) => f.source.endsWith("empty.html"))!.error).toMatch(/no main text/);
    for (const f of s.failed) expect(f.error.split("\n")).toHaveLength(1);
    // Without --json the same failure is one readable line naming the file.
    const plain = await runCli(["--db", join(dir, "other.db"), "ingest", "in/deep.html", "in/good.html"], { cwd: dir });
    expect(plain.code).toBe(1);
    const lines = (plain.stdout + plain.stderr).split("\n").filter((l) => l.includes("deep.html"));
    expect(lines.some((l) => /nested more than 1000 levels/.test(l))).toBe(true);
  });

  it("numbers the manifest's bad rows and keeps its good ones", async () => {
    const s = JSON.parse(run.stdout) as { failed: Array<{ source: string; error: string }> };
    const rows = Object.fromEntries(
      s.failed.filter((f) => f.source.includes("manifest.csv:")).map((f) => [f.source.split(":").pop(), f.error]),
    );
    expect(rows["3"]).toBe("missing source");
    expect(rows["4"]).toMatch(/bad publishedAt "26\/11\/2008"/);
    expect(rows["5"]).toMatch(/duplicate of row 2/);
  });

  it("decodes ISO-8859-1 right and leaves the database consistent", async () => {
    const d = new Database(db, { readonly: true });
    try {
      const text = d.prepare("SELECT text FROM documents WHERE source LIKE '%latin1.html'").pluck().get() as string;
      expect(text).toContain("café bill reached £2m");
      expect(d.pragma("integrity_check", { simple: true })).toBe("ok");
      const orphans = d
        .prepare("SELECT count(*) FROM passages WHERE document_id NOT IN (SELECT id FROM documents)")
        .pluck()
        .get();
      expect(orphans).toBe(0);
      expect(
        d
          .prepare(
            "SELECT count(*) FROM documents WHERE source LIKE '%huge.html' OR source LIKE '%deep.html' OR source LIKE '%junk.pdf' OR source LIKE '%empty.html'",
          )
          .pluck()
          .get(),
      ).toBe(0);
    } finally {
      d.close();
    }
  });
});
