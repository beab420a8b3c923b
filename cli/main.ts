import { Command, CommanderError, Help } from "commander";
import { VERSION } from "../model/version.js";
import { EXIT, outcome, reportFatal } from "./exit.js";
import { COMMANDS, commandsNamed, type CommandModule } from "./registry.js";

/** Adds a module's commands, in full (options, help, action), to the program. */
type Register = (program: Command) => void;

/**
 * How each command module is loaded. A module imports what its command needs (the library and with it the checker's
 * extractors, the ingest pipeline, the server): seconds of CPU, so `run` loads only the module of the command it runs.
 */
const MODULES: Record<CommandModule, () => Promise<Register>> = {
  ingest: async () => (await import("./commands/ingest.js")).registerIngest,
  crawl: async () => (await import("./commands/crawl.js")).registerCrawl,
  extract: async () => (await import("./commands/extract.js")).registerExtract,
  documents: async () => (await import("./commands/documents.js")).registerDocuments,
  check: async () => (await import("./commands/check.js")).registerCheck,
  claims: async () => (await import("./commands/claims.js")).registerClaims,
  timeline: async () => (await import("./commands/timeline.js")).registerTimeline,
  search: async () => (await import("./commands/search.js")).registerSearch,
  stakeholders: async () => (await import("./commands/stakeholders.js")).registerStakeholders,
  serve: async () => (await import("./commands/serve.js")).registerServe,
};

/**
 * The program with every command. The commands in `load` (the one a command line names: see commandsNamed) are
 * defined in full by their modules; the others are only listed, by cli/registry.ts, as `--help` shows them, so that
 * running one command loads none of the others' modules (the library, the extractors, the server: seconds of CPU).
 */
export async function buildProgram(load: "all" | readonly string[] = "all"): Promise<Command> {
  const listed = new Map<Command, string>();
  const program = new Command("claimtrail")
    .description(
      "Ingest NHS board papers and trade press, extract and link their claims, check articles against the papers",
    )
    .version(VERSION)
    .option("--db <path>", "SQLite database (default: $CLAIMTRAIL_DB or ./claimtrail.db)")
    .option("--verbose", "full error details")
    .showHelpAfterError("(run with --help for usage)")
    .configureHelp({
      // A listed command has no options or arguments of its own: its line says what its module defines.
      subcommandTerm(cmd) {
        const usage = listed.get(cmd);
        return usage === undefined ? Help.prototype.subcommandTerm.call(this, cmd) : `${cmd.name()} ${usage}`;
      },
    })
    .exitOverride();
  const wanted = new Set(COMMANDS.filter((c) => load === "all" || load.includes(c.name)).map((c) => c.module));
  const modules = new Map<string, Register>(
    await Promise.all([...wanted].map(async (m) => [m, await MODULES[m]()] as const)),
  );
  const registered = new Set<string>();
  for (const entry of COMMANDS) {
    const register = modules.get(entry.module);
    if (!register) listed.set(program.command(entry.name).description(entry.description), entry.usage);
    else if (!registered.has(entry.module)) {
      registered.add(entry.module);
      register(program);
    }
  }
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
    const program = await buildProgram(commandsNamed(argv));
    await program.parseAsync(argv, { from: "user" });
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
