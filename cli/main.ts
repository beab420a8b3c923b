import { Command, CommanderError } from "commander";
import { registerCheck } from "./commands/check.js";
import { registerClaims } from "./commands/claims.js";
import { registerCrawl } from "./commands/crawl.js";
import { registerDocuments } from "./commands/documents.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerSearch } from "./commands/search.js";
import { registerServe } from "./commands/serve.js";
import { registerStakeholders } from "./commands/stakeholders.js";
import { registerTimeline } from "./commands/timeline.js";
import { VERSION } from "../model/version.js";
import { EXIT, outcome, reportFatal } from "./exit.js";

export function buildProgram(): Command {
  const program = new Command("claimtrail")
    .description(
      "Ingest NHS board papers and trade press, extract and link their claims, check articles against the papers",
    )
    .version(VERSION)
    .option("--db <path>", "SQLite database (default: $CLAIMTRAIL_DB or ./claimtrail.db)")
    .option("--verbose", "full error details")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerIngest(program);
  registerCrawl(program);
  registerExtract(program);
  registerDocuments(program);
  registerCheck(program);
  registerClaims(program);
  registerTimeline(program);
  registerSearch(program);
  registerStakeholders(program);
  registerServe(program);
  return program;
}

/**
 * Runs one command line (`argv` without node and the script: `["timeline", "--subject", "Barts"]`) and returns its
 * exit code. The CLI's only entry: bin/ calls it, tests call it in-process.
 */
export async function run(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  outcome.code = EXIT.ok;
  outcome.verbose = argv.includes("--verbose");
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return outcome.code;
  } catch (e) {
    // Help and version are successes; anything else commander rejects is bad usage.
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return reportFatal(e);
  }
}

let pipesWatched = false;

/**
 * `claimtrail claims | head` ends quietly: when the reader closes the pipe, the next write fails with EPIPE, which
 * Node reports as an unhandled error with a stack trace. The command has nothing more to say to anyone, so it stops
 * there, with the exit code it had so far. Other stream errors are still reported.
 */
function quietOnClosedPipe(): void {
  if (pipesWatched) return;
  pipesWatched = true;
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : outcome.code);
      throw e;
    });
}
