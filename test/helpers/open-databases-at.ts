// A child process for the concurrency test: opens each database at its given moment, so that several processes
// create the same fresh file at the same millisecond. Prints one line per database: "ok" or the error.
import { openDatabase } from "../../corpus/database.js";

const [startAt, ...paths] = process.argv.slice(2);
for (const [i, path] of paths.entries()) {
  const at = Number(startAt) + i * 60;
  // Sleep until just before, then spin: a timer's resolution alone would spread the processes apart.
  if (at - Date.now() > 30) await new Promise((r) => setTimeout(r, at - Date.now() - 30));
  while (Date.now() < at) {
    // spin
  }
  try {
    openDatabase(path).close();
    console.log("ok");
  } catch (e) {
    console.log(`failed: ${(e as Error).message}`);
  }
}
