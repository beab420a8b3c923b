import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config.js";

// test/slow/ alone (`npm run test:slow`, run by .ci/run): what takes minutes of CPU, or times itself. None of it reads
// the shared sample database, so the samples are not ingested for it; it keeps the one scratch TMPDIR.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["test/slow/**/*.test.ts"],
    exclude: configDefaults.exclude,
    globalSetup: ["test/scratch-tmpdir.ts"],
  },
});
