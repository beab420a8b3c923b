/** The modules that define the commands (cli/commands/); cli/main.ts loads them, the one a command line names. */
export type CommandModule =
  "ingest" | "crawl" | "extract" | "documents" | "check" | "claims" | "timeline" | "search" | "stakeholders" | "serve";

export interface CommandEntry {
  readonly name: string;
  /** What `claimtrail --help` shows after the name: `[options]` and the arguments, as commander writes them. */
  readonly usage: string;
  /** The one line `claimtrail --help` shows; the command's module uses it as its description. */
  readonly description: string;
  /** The module that defines the command (one module defines two: stakeholders and stakeholder). */
  readonly module: CommandModule;
}

/**
 * Every command, in the order `claimtrail --help` lists them, with what that list shows: a light registry (it imports
 * nothing), so that the list, and a mistyped command's "did you mean", need no command module. test/cli.test.ts holds
 * it to the modules: the list is the same whether they are loaded or not.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: "ingest",
    usage: "[options] <source...>",
    description: "Ingest files, folders, http(s) URLs and manifests (.csv/.jsonl) into the corpus",
    module: "ingest",
  },
  {
    name: "crawl",
    usage: "[options] <start-url>",
    description: "Find board papers and articles from a trust's papers page, a feed or a sitemap; list or ingest them",
    module: "crawl",
  },
  {
    name: "extract",
    usage: "[options] <file|url>",
    description: "Run the pipeline on one document without storing it, and print what it finds",
    module: "extract",
  },
  {
    name: "documents",
    usage: "[options]",
    description: "List the documents in the corpus, with what was extracted from each",
    module: "documents",
  },
  {
    name: "check",
    usage: "[options] <document>",
    description: "Check a document's claims and quotes against the board papers in the corpus",
    module: "check",
  },
  {
    name: "claims",
    usage: "[options]",
    description: "List claims in the corpus with their relations to other claims and their sources",
    module: "claims",
  },
  {
    name: "timeline",
    usage: "[options]",
    description: "The dated events of a trust or organisation, each cited to its sources",
    module: "timeline",
  },
  {
    name: "search",
    usage: "[options] <query...>",
    description: "Full-text search over the passages of every document, best matches first",
    module: "search",
  },
  {
    name: "stakeholders",
    usage: "[options]",
    description: "Every organisation, person, programme and system the corpus mentions, most mentioned first",
    module: "stakeholders",
  },
  {
    name: "stakeholder",
    usage: "[options] <name>",
    description: "One stakeholder over time: its names, roles, mentions, claims, quotes and documents",
    module: "stakeholders",
  },
  {
    name: "serve",
    usage: "[options]",
    description: "Serve the web page and JSON API over the corpus (read-only; an ingest may run alongside)",
    module: "serve",
  },
];

/** A command's one-line description, for its module's `.description()`. */
export function describeCommand(name: string): string {
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) throw new Error(`no command ${name} in cli/registry.ts`);
  return entry.description;
}

/** The global options that take a value: the word after them is not the command's name. */
const GLOBAL_OPTIONS_WITH_VALUE = new Set(["--db"]);

/**
 * The commands a command line names: its first operand (`claimtrail --db x.db timeline …` names `timeline`), and for
 * `help <command>` that command too. Anything else (none, a mistyped one) loads no command module.
 */
export function commandsNamed(argv: readonly string[]): string[] {
  const operands: string[] = [];
  for (let i = 0; i < argv.length && operands.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      operands.push(...argv.slice(i + 1, i + 3 - operands.length));
      break;
    }
    if (GLOBAL_OPTIONS_WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith("-")) operands.push(arg);
    if (operands.length === 1 && operands[0] !== "help") break;
  }
  return operands.filter((name) => COMMANDS.some((c) => c.name === name));
}
