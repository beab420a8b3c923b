import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The slow group (a kill -9 mid-ingest, bombs read to their budget, readability's 130 pages, timings) is
    // `npm run test:slow` (vitest.slow.config.ts), which .ci/run runs after this: together they are the whole suite.
    exclude: [...configDefaults.exclude, "test/slow/**"],
    // One scratch TMPDIR for the run, removed at its end; the samples are ingested once for the whole run, and
    // read-side tests take a copy of that database.
    globalSetup: ["test/scratch-tmpdir.ts", "test/global-setup.ts"],
    // Each worker process loads the pipeline's modules (compromise, the gazetteer, pdf.js) once, not once per file:
    // re-importing them for each of ~55 files was a third of the suite's CPU. Tests that change process state
    // (environment, working directory, stdout) put it back (test/helpers/cli.ts).
    isolate: false,
    // Generous on purpose: a loaded 2-core machine must not turn a slow test into a failure. Speed lives in the bench.
    // Two runs side by side at a load of 15 took a real-process test to 54 s; five minutes is also where
    // helpers/cli.ts's runProcess kills a child.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Two cores: keep the file-level parallelism to what the machine has.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
