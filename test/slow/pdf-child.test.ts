import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { createProcessor } from "../../app/worker-pool.js";
import { readPdfInChild } from "../../read/pdf-child.js";
import { readPdf } from "../../read/read-pdf.js";
import { wordBombPdf } from "../helpers/bomb-pdf.js";
import { alive, until } from "../helpers/processes.js";

// pdf-parse on worker threads reads in a child process that holds itself to the document's budget and gives its
// memory back when it ends (read/pdf-child.ts).

const SAMPLES = new URL("../../corpus/samples/board-papers/", import.meta.url).pathname;
const bomb = wordBombPdf(1000);

describe("the pdf.js child", () => {
  it("reads what pdf-parse reads in this thread", async () => {
    for (const f of readdirSync(SAMPLES).filter((f) => f.endsWith(".pdf"))) {
      const bytes = readFileSync(join(SAMPLES, f));
      expect(await readPdfInChild(bytes, f)).toEqual(await readPdf(bytes, f));
    }
  }, 120_000);

  it("a document over its memory is too large, and the memory was the child's, not this process's", async () => {
    const before = process.memoryUsage.rss();
    const pids: number[] = [];
    const e = await readPdfInChild(bomb, "a-bomb.pdf", {
      maxMemoryBytes: 64 * 2 ** 20,
      onChild: (pid, running) => running && pids.push(pid),
    }).catch((e: unknown) => e);
    expect(e).toMatchObject({ kind: "too-large", source: "a-bomb.pdf", message: "too large: stopped at 64 MiB" });
    expect(process.memoryUsage.rss() - before).toBeLessThan(64 * 2 ** 20);
    // The child that ran out ended: the next document gets a fresh one.
    await until("the child to end", () => !alive(pids[0]!));
    const sample = readFileSync(
      join(
        SAMPLES,
        readdirSync(SAMPLES).find((f) => f.endsWith(".pdf"))!,
      ),
    );
    expect((await readPdfInChild(sample, "sample.pdf")).pages.length).toBeGreaterThan(0);
  }, 120_000);

  it("a document over its time is too slow", async () => {
    const e = await readPdfInChild(bomb, "a-bomb.pdf", { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(e).toMatchObject({ kind: "too-slow", message: "too slow: stopped after 0.3 s" });
  }, 120_000);

  it.skipIf(process.platform !== "linux")(
    "dies with its parent, even one killed with SIGKILL",
    async () => {
      const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
      const child = new URL("../../read/pdf-child.ts", import.meta.url).href;
      // A parent that reads the bomb (a 10-minute budget: only its parent's death can end the child) and says which
      // process reads it.
      const script = `
      const { readPdfInChild } = await import(${JSON.stringify(child)});
      const { wordBombPdf } = await import(${JSON.stringify(new URL("../helpers/bomb-pdf.ts", import.meta.url).href)});
      await readPdfInChild(wordBombPdf(1000), "a-bomb.pdf", {
        timeoutMs: 600_000,
        onChild: (pid, running) => running && console.log("child " + pid),
      });`;
      const parent = spawn(process.execPath, ["--import", tsx, "--input-type=module", "-e", script], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      parent.stdout.on("data", (d: Buffer) => (out += d.toString()));
      const pid = await until("the child to start", () => Number(/child (\d+)/.exec(out)?.[1] ?? 0));
      expect(alive(pid)).toBe(true);
      parent.kill("SIGKILL");
      await until("the orphaned child to die", () => !alive(pid), 10_000);
    },
    120_000,
  );
});

// pdf.js's bomb_giant.pdf (see ../shared/peer-suites/README.md): 12 GB of buffers if left alone.
const BOMB = new URL("../../../shared/peer-suites/pdfjs-test-pdfs/bomb_giant.pdf", import.meta.url).pathname;

describe.skipIf(!existsSync(BOMB))("a worker thread's document stopped for memory", () => {
  it("leaves the process as it found it (on the worker thread itself, it kept 1.1 GiB to the end of the run)", async () => {
    const processor = createProcessor(1);
    try {
      await processor.process({ source: "warm-up.txt", bytes: Buffer.from("The trust lost £7.2m.") });
      const before = process.memoryUsage.rss();
      const r = await processor.process({ source: "bomb_giant.pdf", bytes: readFileSync(BOMB) });
      expect(r).toMatchObject({ ok: false, failure: { kind: "too-large", message: "too large: stopped at 1 GiB" } });
      expect(process.memoryUsage.rss() - before).toBeLessThan(200 * 2 ** 20);
    } finally {
      await processor.close();
    }
  }, 180_000);
});
