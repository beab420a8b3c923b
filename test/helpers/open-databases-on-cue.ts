// A child process for the concurrency test. It says "ready" once it has loaded the database code; then it opens
// (creating when absent) each database whose path it is sent on stdin, as soon as the line comes, and answers each with
// one line of JSON: the path, the error or null, and when it began and finished opening it (ms since the epoch, with
// fractions, comparable across processes).
import { createInterface } from "node:readline";
import { openDatabase } from "../../corpus/database.js";

const now = () => performance.timeOrigin + performance.now();
process.stdout.write("ready\n");
for await (const path of createInterface({ input: process.stdin })) {
  const from = now();
  let error: string | null = null;
  try {
    openDatabase(path).close();
  } catch (e) {
    error = (e as Error).message;
  }
  process.stdout.write(`${JSON.stringify({ path, error, from, to: now() })}\n`);
}
