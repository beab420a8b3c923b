import { expect } from "vitest";
import { runProcess } from "./cli.js";

/**
 * How long a slow test waits for a model's fit: a fit of one to two minutes alone can take several times that on a
 * busy two-core machine beside the other slow tests, and a deadline must never be what decides the test.
 */
export const FIT_ROOM_MS = 1_500_000;

/**
 * A learnt model fitted as its training script fits it, in a child process (test/helpers/fit-model.ts), so that the
 * fit's one long loop never keeps the test worker from vitest: its JSON, once the child has ended cleanly.
 */
export async function fitInChild<T>(which: "issues" | "claims" | "checks"): Promise<T> {
  const fit = await runProcess(process.execPath, ["--import", "tsx", "test/helpers/fit-model.ts", which], {
    timeout: FIT_ROOM_MS,
  });
  expect(fit.stderr).toBe("");
  expect(fit.code).toBe(0);
  return JSON.parse(fit.stdout) as T;
}
