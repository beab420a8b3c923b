import { Option, type Command } from "commander";
import { Library } from "../../app/library.js";
import { renderSearchText } from "../../output/search-report.js";
import { safeFields } from "../../output/terminal.js";
import { KINDS, type Kind } from "../../app/settings.js";
import { EXIT, action } from "../exit.js";
import { dbOption, intOption } from "../options.js";

export function registerSearch(program: Command): void {
  program
    .command("search")
    .description("Full-text search over the passages of every document, best matches first")
    .argument("<query...>", "words to find (all of them must occur in a passage)")
    .addOption(new Option("--kind <kind>", "only documents of this kind").choices(KINDS as string[]))
    .option("--subject <name>", "only documents about this trust (name or alias)")
    .option("--limit <n>", "at most this many passages", intOption, 20)
    .option("--json", "print as JSON")
    .addHelpText(
      "after",
      "\nMatched words are shown in bold on a terminal and between [[ ]] in JSON snippets. Exit 1 when nothing matches.",
    )
    .action(
      action((words: string[], opts: { kind?: Kind; subject?: string; limit: number; json?: boolean }) => {
        const query = words.join(" ");
        const library = Library.open(dbOption(program));
        try {
          const view = library.search(query, { kind: opts.kind, subject: opts.subject, limit: opts.limit });
          if (opts.json) process.stdout.write(JSON.stringify(view, null, 2) + "\n");
          else
            process.stdout.write(renderSearchText(query, safeFields(view.hits), Boolean(process.stdout.isTTY)) + "\n");
          return view.hits.length ? EXIT.ok : EXIT.partial;
        } finally {
          library.close();
        }
      }),
    );
}
