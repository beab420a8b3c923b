import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { run } from "../../cli/main.js";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = `${ROOT}bin/claimtrail.js`;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The in-process run going on: runCli's captures are of process-wide state, so its calls take turns. */
let running: Promise<unknown> = Promise.resolve();

/**
 * Runs one command line in this process through the CLI's own entry (`run`), capturing what it writes. The same
 * code path as the installed command, without a process start and module load per call. Calls made at once
 * (`Promise.all`) run one after another: each has the process's stdout, stderr, environment and directory to itself.
 */
export function runCli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  const result = running.then(() => runCliNow(args, opts));
  running = result.catch(() => undefined);
  return result;
}

async function runCliNow(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> },
): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  const cwd = process.cwd();
  const env = { NO_COLOR: "1", ...opts.env };
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array) => {
      into.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof process.stdout.write;
  process.stdout.write = capture(out);
  process.stderr.write = capture(err);
  // A variable given as undefined is unset for the run (NO_COLOR, which is set by default).
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  if (opts.cwd) process.chdir(opts.cwd);
  else process.chdir(ROOT);
  try {
    const code = await run(args);
    return { code, stdout: out.join(""), stderr: err.join("") };
  } finally {
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * Runs the built CLI (npm test builds first) as a real child process: for the few tests of the installed command
 * itself. Asynchronous on purpose: a test worker blocked in spawnSync for a minute (an ingest on a loaded machine)
 * misses vitest's 60 s RPC deadline, and the run fails with "Timeout calling onTaskUpdate" though every test passed.
 */
export async function runCliProcess(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliResult> {
  return runProcess(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: opts.env });
}

/** Runs a command to its end without blocking this thread (see runCliProcess), killed after five minutes. */
export function runProcess(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): Promise<CliResult> {
  const child = spawn(command, args, {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1", ...opts.env },
    stdio: ["ignore", "pipe", "pipe"],
    timeout: opts.timeout ?? 300_000,
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on("data", (d: Buffer) => out.push(d));
  child.stderr.on("data", (d: Buffer) => err.push(d));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
  });
}

export function startCli(args: string[], opts: { cwd?: string } = {}) {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
}
