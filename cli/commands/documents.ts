import { Option, type Command } from "commander";
import { Library } from "../../app/library.js";
import { renderTable } from "../../output/tables.js";
import { oneLine } from "../../output/terminal.js";
import { KINDS, type Kind } from "../../app/settings.js";
import { action } from "../exit.js";
import { dbOption } from "../options.js";

export function registerDocuments(program: Command): void {
  program
    .command("documents")
    .description("List the documents in the corpus, with what was extracted from each")
    .addOption(new Option("--kind <kind>", "only this kind").choices(KINDS as string[]))
    .option("--json", "print as JSON")
    .action(
      action((opts: { kind?: Kind; json?: boolean }) => {
        const library = Library.open(dbOption(program));
        try {
          const view = library.documents({ kind: opts.kind });
          if (opts.json) {
            process.stdout.write(JSON.stringify(view, null, 2) + "\n");
            return;
          }
          const docs = view.documents;
          if (!docs.length) {
            process.stdout.write("The corpus is empty: run `claimtrail ingest <source...>` first.\n");
            return;
          }
          const rows = docs.map((d) => {
            const c = d.counts;
            return [
              d.id.slice(0, 10),
              d.kind,
              d.publishedAt ?? "",
              oneLine(d.title ?? d.source, 48),
              d.pageCount,
              c.money ?? 0,
              c.date ?? 0,
              c.stakeholder ?? 0,
              c.quote ?? 0,
              c.claims ?? 0,
            ];
          });
          process.stdout.write(
            renderTable(
              ["id", "kind", "published", "title", "pages", "money", "dates", "actors", "quotes", "claims"],
              rows,
              ["left", "left", "left", "left", "right", "right", "right", "right", "right", "right"],
            ) + `\n${docs.length} documents\n`,
          );
        } finally {
          library.close();
        }
      }),
    );
}
