import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: keep the file-level parallelism to what the machine has.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
