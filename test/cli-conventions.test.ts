import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { TimelineJson } from "../output/views.js";
import { BIN, runCli, runProcess } from "./helpers/cli.js";
import { ingestSamples } from "./helpers/sample-corpus.js";

// Issue 16, item 9: the conventions of a command-line tool.

let db: string;
let empty: string;
let dir: string;
beforeAll(async () => {
  db = ingestSamples();
  dir = mkdtempSync(join(tmpdir(), "claimtrail-conventions-"));
  mkdirSync(join(dir, "nothing-here"));
  empty = join(dir, "empty.db");
  // A folder with no documents: nothing found, exit 1; the database is made all the same.
  const r = await runCli(["--db", empty, "ingest", join(dir, "nothing-here")]);
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toContain("no document found");
});

const ESC = /\u001b\[/;

/** Runs with stdout posing as a terminal. */
async function onTerminal<T>(fn: () => Promise<T>): Promise<T> {
  const out = process.stdout as unknown as Record<string, unknown>;
  const saved = out.isTTY;
  Object.defineProperty(process.stdout, "isTTY", { value: true, configurable: true, writable: true });
  try {
    return await fn();
  } finally {
    Object.defineProperty(process.stdout, "isTTY", { value: saved, configurable: true, writable: true });
  }
}

describe("nothing found exits 1, says why on stderr, and leaves stdout to the data", () => {
  it("in every command", async () => {
    const textFile = join(dir, "plain.txt");
    writeFileSync(textFile, "Nothing of note was said here at all.\n");
    const cases: string[][] = [
      ["--db", empty, "documents"],
      ["--db", db, "documents", "--kind", "other"],
      ["--db", empty, "claims"],
      ["--db", db, "claims", "--predicate", "no-such-predicate"],
      ["--db", db, "search", "zzqxv"],
      ["--db", empty, "stakeholders"],
      ["--db", db, "stakeholder", "Nobody Atall"],
      ["--db", db, "timeline", "--subject", "Barts", "--from", "2011-01-01"],
      ["--db", db, "check", textFile],
      ["extract", textFile],
      ["--db", empty, "ingest", join(dir, "nothing-here")],
    ];
    for (const args of cases) {
      const r = await runCli(args);
      const what = args.filter((a) => a !== db && a !== empty).join(" ");
      expect(r.code, `${what}: ${r.stderr}`).toBe(1);
      expect(r.stderr, what).toMatch(/^claimtrail: (no |nothing |the corpus is empty)/);
      // Text output of an empty answer is nothing at all on stdout (extract still describes the document it read).
      if (args[args.length - 1] !== textFile && !args.includes("ingest")) expect(r.stdout, what).toBe("");
    }
    // Machine formats still print their (empty) document, so a script can parse it.
    const json = await runCli(["--db", db, "search", "zzqxv", "--json"]);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).hits).toEqual([]);
    const csv = await runCli(["--db", empty, "documents", "--format", "csv"]);
    expect(csv.code).toBe(1);
    expect(csv.stdout.trim().split("\r\n")).toHaveLength(1);
  });

  it("failures go to stderr, one line each, even when stdout carries the summary", async () => {
    const target = join(dir, "fail.db");
    const r = await runCli([
      "--db",
      target,
      "ingest",
      join(dir, "plain.txt"),
      join(dir, "no-such-file.pdf"),
      "--workers",
      "0",
      "--json",
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^claimtrail: .*no-such-file\.pdf: /m);
    expect(JSON.parse(r.stdout).failed).toHaveLength(1);
    const usage = await runCli(["--db", db, "claims", "--limit", "none"]);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe("");
    expect(usage.stderr).toContain("--limit");
  });
});

describe("colour", () => {
  const commands = [
    ["claims", "--subject", "Royal Free"],
    ["search", "Cerner"],
    ["timeline", "--subject", "Barts"],
    ["stakeholder", "Way"],
    ["documents"],
  ];

  it("is used on a terminal, and never with NO_COLOR or in a pipe; search marks matches «» without it", async () => {
    for (const args of commands) {
      const tty = await onTerminal(() => runCli(["--db", db, ...args], { env: { NO_COLOR: undefined } }));
      expect(tty.stdout, args[0]).toMatch(ESC);
      const noColor = await onTerminal(() => runCli(["--db", db, ...args], { env: { NO_COLOR: "1" } }));
      expect(noColor.stdout, args[0]).not.toMatch(ESC);
      const pipe = await runCli(["--db", db, ...args], { env: { NO_COLOR: undefined } });
      expect(pipe.stdout, args[0]).not.toMatch(ESC);
    }
    const marked = await onTerminal(() => runCli(["--db", db, "search", "Cerner"], { env: { NO_COLOR: "1" } }));
    expect(marked.stdout).toContain("«Cerner»");
  });
});

describe("a closed pipe", () => {
  it("`claimtrail claims --json | head -c 100` ends quietly: no EPIPE, no stack trace, exit 0", async () => {
    // The installed command as a real process (npm test builds dist/ first); the JSON is ~200 KB, far past a pipe buffer.
    // Both at once: each waits mostly on its own start.
    const cases = [["claims", "--json"], ["claims"]];
    const runs = await Promise.all(
      cases.map((args) =>
        runProcess("bash", [
          "-c",
          `"${process.execPath}" "${BIN}" --db "${db}" ${args.join(" ")} | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}" >&2`,
        ]),
      ),
    );
    runs.forEach((r, i) => {
      const what = cases[i]!.join(" ");
      expect(r.stderr, what).not.toMatch(/EPIPE|Error|at /);
      expect(r.stderr.trim(), what).toBe("status=0");
    });
  });
});

describe("list commands", () => {
  it("take --limit", async () => {
    const docs = JSON.parse((await runCli(["--db", db, "documents", "--limit", "3", "--json"])).stdout).documents;
    expect(docs).toHaveLength(3);
    const claims = JSON.parse((await runCli(["--db", db, "claims", "--limit", "5", "--json"])).stdout).claims;
    expect(claims).toHaveLength(5);
    const people = JSON.parse(
      (await runCli(["--db", db, "stakeholders", "--limit", "4", "--json"])).stdout,
    ).stakeholders;
    expect(people).toHaveLength(4);
    const hits = JSON.parse((await runCli(["--db", db, "search", "Cerner", "--limit", "2", "--json"])).stdout).hits;
    expect(hits).toHaveLength(2);
    const text = await runCli(["--db", db, "documents", "--limit", "3"]);
    expect(text.stdout).toMatch(/^3 documents \(first 3 of \d+\)$/m);
  });

  it("claims --doubtful lists the claims the filter set aside, and only those", async () => {
    const ids = async (args: string[]) =>
      (
        JSON.parse((await runCli(["--db", db, "claims", ...args, "--json"])).stdout).claims as Array<{ id: number }>
      ).map((c) => c.id);
    const [kept, doubtful] = [await ids([]), await ids(["--doubtful"])];
    expect(doubtful.length).toBeGreaterThan(0);
    expect(doubtful.filter((id) => kept.includes(id))).toEqual([]);
    expect((await runCli(["--db", db, "claims", "--doubtful"], { env: { COLUMNS: "200" } })).stdout).toMatch(/#\d+/);
  });

  it("claims shows each claim's id, so the ids its relations name can be found in the list", async () => {
    const claims = JSON.parse((await runCli(["--db", db, "claims", "--json"])).stdout).claims as Array<{
      id: number;
      links: Array<{ relation: string; claimId: number }>;
    }>;
    const text = (await runCli(["--db", db, "claims"], { env: { COLUMNS: "200" } })).stdout;
    const listed = new Set([...text.matchAll(/^\s*#(\d+)\s/gm)].map((m) => Number(m[1])));
    expect(listed).toEqual(new Set(claims.map((c) => c.id)));
    const linked = claims.flatMap((c) => c.links.map((l) => l.claimId));
    expect(linked.length).toBeGreaterThan(10);
    for (const id of linked) expect(listed.has(id)).toBe(true);
    const withLinks = claims.find((c) => c.links.some((l) => l.relation === "supports"))!;
    const row = text.split("\n").find((l) => new RegExp(`^\\s*#${withLinks.id}\\s`).test(l))!;
    for (const l of withLinks.links.filter((x) => x.relation === "supports")) expect(row).toContain(`#${l.claimId}`);
  });
});

describe("timeline --by reported", () => {
  it("shows the date each event was first reported beside the date it happened, in that order", async () => {
    const t = JSON.parse(
      (await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--by", "reported", "--json"])).stdout,
    ) as TimelineJson;
    const r = await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--by", "reported"], {
      env: { COLUMNS: "200" },
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^first reported\s+happened\s+event$/m);
    const lines = r.stdout.split("\n").filter((l) => /^\d{4}-\d{2}-\d{2}\s/.test(l));
    expect(lines).toHaveLength(t.events.length);
    lines.forEach((l, i) => expect(l.startsWith(`${t.events[i]!.reportedAt}  `)).toBe(true));
    const dates = lines.map((l) => l.slice(0, 10));
    expect(dates).toEqual([...dates].sort());
    // Laid out by when things happened, the column is not there.
    const happened = await runCli(["--db", db, "timeline", "--subject", "Royal Free"]);
    expect(happened.stdout).not.toContain("first reported");
  });
});
