import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../app/ingest.js";
import { runCli } from "./helpers/cli.js";

// A document whose metadata and text were written to attack the reader's terminal and the search page: escape
// sequences in its title and publisher (given by a manifest, as a hostile manifest could), and brackets in its text
// that look like the search highlights.
const ESC = "\u001b";
let dir: string;
let db: string;
let id: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "claimtrail-hostile-"));
  writeFileSync(
    join(dir, "article.txt"),
    "BT suspended deployments at the Royal Free Hampstead NHS Trust in October 2008, said a spokesperson.\n\n" +
      "Readers were told that [[nothing]] was wrong, and that the [[turnaround]] programme began on 6 October 2008.\n",
  );
  const title = `Rescue plan${ESC}]0;owned${String.fromCharCode(7)}`;
  const publisher = `${ESC}[2J${ESC}[31mEvil Press\u009b1;1H`;
  writeFileSync(
    join(dir, "manifest.jsonl"),
    JSON.stringify({ source: "article.txt", kind: "news", title, publisher, publishedAt: "2008-11-20" }) + "\n",
  );
  db = join(dir, "c.db");
  const s = await ingest([join(dir, "manifest.jsonl")], { db, workers: 0 });
  expect(s.failed).toEqual([]);
  id = s.ingested[0]!.id;
});

const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe("hostile document fields", () => {
  it("check and search print no control character of the document, in any field", async () => {
    const check = await runCli(["--db", db, "check", id]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toContain("Evil Press");
    expect(check.stdout).toContain("Rescue plan");
    expect(check.stdout).not.toMatch(controls);
    const search = await runCli(["--db", db, "search", "deployments"]);
    expect(search.code, search.stderr).toBe(0);
    expect(search.stdout).toContain("Evil Press");
    expect(search.stdout).not.toMatch(controls);
  });

  it("brackets in the text cannot fake or shift a search highlight", async () => {
    const r = await runCli(["--db", db, "search", "programme", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const { hits } = JSON.parse(r.stdout) as { hits: Array<{ snippet: string }> };
    expect(hits).toHaveLength(1);
    const marked = [...hits[0]!.snippet.matchAll(/\[\[(.*?)\]\]/g)].map((m) => m[1]);
    expect(marked).toEqual(["programme"]);
    // The text is all still there, to the eye: only invisible word joiners were put between the brackets.
    expect(hits[0]!.snippet.replace(/\u2060/g, "")).toContain("that [[nothing]] was wrong");
    const plain = await runCli(["--db", db, "search", "programme"]);
    expect(plain.stdout).toContain("«programme»");
    expect(plain.stdout).not.toContain("«nothing»");
    expect(plain.stdout).not.toContain("«turnaround»");
  });
});
