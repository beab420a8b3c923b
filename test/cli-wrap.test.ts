import { beforeAll, describe, expect, it } from "vitest";
import { Library } from "../app/library.js";
import { claimValue } from "../output/check-report.js";
import { hang, terminalWidth, wrap } from "../output/terminal.js";
import type { CheckJson, TimelineJson } from "../output/views.js";
import { runCli } from "./helpers/cli.js";
import { ingestSamples, sampleId } from "./helpers/sample-corpus.js";

// Issue 16, item 7: text output never cuts a page number, a figure or a verdict. Citations wrap to the terminal
// instead of being truncated, and a quotation follows its page: `p. 3: “…”`.

let db: string;
beforeAll(() => {
  db = ingestSamples();
});

const flat = (s: string) => s.replace(/\s+/g, " ");
const widest = (s: string) => Math.max(...s.split("\n").map((l) => [...l].length));

/** Runs with stdout posing as a terminal of `columns` columns (no COLUMNS variable to fall back on). */
async function onTerminal<T>(columns: number, fn: () => Promise<T>): Promise<T> {
  const out = process.stdout as unknown as Record<string, unknown>;
  const saved = { isTTY: out.isTTY, columns: out.columns };
  Object.defineProperty(process.stdout, "isTTY", { value: true, configurable: true, writable: true });
  Object.defineProperty(process.stdout, "columns", { value: columns, configurable: true, writable: true });
  try {
    return await fn();
  } finally {
    Object.defineProperty(process.stdout, "isTTY", { value: saved.isTTY, configurable: true, writable: true });
    Object.defineProperty(process.stdout, "columns", { value: saved.columns, configurable: true, writable: true });
  }
}

describe("wrapping", () => {
  it("wraps at spaces without losing a character, and splits only a word longer than the line", () => {
    const text = "By November 2008 the total cost to the Trust of the problems had reached £7.2m (see p. 4).";
    for (const width of [20, 33, 60]) {
      const lines = wrap(text, width);
      expect(lines.every((l) => [...l].length <= width)).toBe(true);
      expect(lines.join(" ")).toBe(text);
    }
    const id = "d7343ac89b8e13e871d1134987e1fc11a99b901b2bd161e63eaa87273ebf58bb";
    expect(wrap(id, 20).join("")).toBe(id);
    const para = hang("CONTRADICTED     ", text, 17, 50).split("\n");
    expect(para[0]!.startsWith("CONTRADICTED     By November")).toBe(true);
    expect(para.slice(1).every((l) => l.startsWith(" ".repeat(17)) && l.length <= 50)).toBe(true);
  });

  it("takes the terminal's width, else $COLUMNS, else 100", async () => {
    const saved = process.env.COLUMNS;
    delete process.env.COLUMNS;
    try {
      expect(terminalWidth()).toBe(100);
      process.env.COLUMNS = "72";
      expect(terminalWidth()).toBe(72);
      expect(await onTerminal(132, async () => terminalWidth())).toBe(132);
    } finally {
      if (saved === undefined) delete process.env.COLUMNS;
      else process.env.COLUMNS = saved;
    }
  });
});

describe("text output keeps every page, figure and verdict", () => {
  it("timeline: each citation is whole, its page just before its quotation, within the terminal's width", async () => {
    const json = JSON.parse(
      (await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--json"])).stdout,
    ) as TimelineJson;
    for (const columns of [60, 100]) {
      const r = await runCli(["--db", db, "timeline", "--subject", "Royal Free"], {
        env: { COLUMNS: String(columns) },
      });
      expect(r.code, r.stderr).toBe(0);
      expect(widest(r.stdout)).toBeLessThanOrEqual(columns);
      const text = flat(r.stdout);
      for (const e of json.events) {
        for (const s of e.sources.slice(0, 3)) expect(text).toContain(flat(`p. ${s.page}: “${s.quote}”`));
        for (const c of e.conflicts) expect(text).toContain(flat(`p. ${c.page}: ${c.note}`));
      }
    }
  });

  it("check: every verdict, figure and claim sentence whole, with its page first, on a narrow terminal", async () => {
    const id = sampleId(db, "clinical-systems-bulletin");
    const report = JSON.parse((await runCli(["--db", db, "check", id, "--json"])).stdout) as CheckJson;
    const library = Library.open(db);
    const typed = new Map(library.check(id).claims.map((c) => [c.claim.id, c.claim]));
    library.close();
    const r = await onTerminal(64, () => runCli(["--db", db, "check", id], { env: { COLUMNS: undefined } }));
    expect(r.code, r.stderr).toBe(0);
    // The last line is the one-line summary of verdicts (for `tail -1`): whole, however wide.
    expect(widest(r.stdout.trimEnd().split("\n").slice(0, -1).join("\n"))).toBeLessThanOrEqual(64);
    expect(r.stdout.trimEnd().split("\n").at(-1)).toMatch(/^claims: .*; quotes: .*; warnings: /);
    const text = flat(r.stdout);
    expect(report.claims.length).toBeGreaterThan(3);
    for (const c of report.claims) {
      expect(text).toContain(`${c.verdict.toUpperCase()} ${flat(c.claim.subject)} · ${c.claim.predicate}`);
      expect(text).toContain(claimValue(typed.get(c.claim.id)!));
      expect(text).toContain(flat(`p. ${c.claim.span.page}: “${c.claim.sentence}”`));
      for (const e of c.evidence.slice(0, 3)) expect(text).toContain(flat(`p. ${e.page}: “${e.quote}”`));
    }
    expect(r.stdout).not.toContain("…”");
  });

  it("search: `p. N:` leads each snippet, and the snippet wraps instead of running past the terminal", async () => {
    const r = await runCli(["--db", db, "search", "Cerner", "Millennium", "--limit", "5"], { env: { COLUMNS: "70" } });
    expect(r.code, r.stderr).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(70);
    const hits = JSON.parse(
      (await runCli(["--db", db, "search", "Cerner", "Millennium", "--limit", "5", "--json"])).stdout,
    ).hits as Array<{ page: number }>;
    const snippets = r.stdout.split("\n").filter((l) => /^ {2}p\. \d+: /.test(l));
    expect(snippets).toHaveLength(hits.length);
    snippets.forEach((l, i) => expect(l.startsWith(`  p. ${hits[i]!.page}: `)).toBe(true));
  });

  it("claims and stakeholders: tables wrap their text columns to the terminal, and figures stay whole", async () => {
    const r = await runCli(["--db", db, "claims", "--subject", "Royal Free"], { env: { COLUMNS: "100" } });
    expect(r.code, r.stderr).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(100);
    const library = Library.open(db);
    const claims = library.claims({ subject: "Royal Free" }).claims;
    library.close();
    for (const c of claims)
      expect(r.stdout).toMatch(new RegExp(`#${c.id}\\s+.*${claimValue(c).replace(/[.$]/g, "\\$&")}`));
    expect(r.stdout).not.toContain("…");
    const s = await runCli(["--db", db, "stakeholder", "Andrew Way"], { env: { COLUMNS: "80" } });
    expect(widest(s.stdout)).toBeLessThanOrEqual(80);
    const way = JSON.parse((await runCli(["--db", db, "stakeholder", "Andrew Way", "--json"])).stdout).stakeholder as {
      appearances: Array<{ title: string }>;
    };
    // A title wraps inside its column: each row's first line starts it, and every word of it is there.
    for (const a of way.appearances) {
      expect(s.stdout).toContain(a.title.split(" ").slice(0, 3).join(" "));
      for (const word of a.title.split(" ")) expect(s.stdout).toContain(word);
    }
    expect(s.stdout).not.toContain("…");
  });
});
