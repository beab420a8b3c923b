#!/usr/bin/env node
import { Command, CommanderError } from "commander";
import { registerCheck } from "./commands/check.js";
import { registerClaims } from "./commands/claims.js";
import { registerDocuments } from "./commands/documents.js";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerSearch } from "./commands/search.js";
import { registerServe } from "./commands/serve.js";
import { registerStakeholders } from "./commands/stakeholders.js";
import { registerTimeline } from "./commands/timeline.js";
import { VERSION } from "../pipeline/version.js";
import { EXIT } from "./exit.js";


export function buildProgram(): Command {
  const program = new Command("claimtrail")
    .description("Ingest NHS board papers and trade press, extract and link their claims, check articles against the papers")
    .version(VERSION)
    .option("--db <path>", "SQLite database (default: $CLAIMTRAIL_DB or ./claimtrail.db)")
    .option("--verbose", "full error details")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  registerIngest(program);
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

export async function main(argv = process.argv): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are successes; anything else commander rejects is bad usage.
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    throw e;
  }
}

await main();
