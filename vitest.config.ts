import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The samples are ingested once for the whole run; read-side tests take a copy of that database.
    globalSetup: ["test/global-setup.ts"],
    // Generous on purpose: a loaded 2-core machine must not turn a slow test into a failure. Speed lives in the bench.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: keep the file-level parallelism to what the machine has.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
