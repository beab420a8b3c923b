import { Option, type Command } from "commander";
import { Library } from "../../app/library.js";
import { KINDS, type Kind } from "../../app/settings.js";
import { documentsReport, documentsSection, renderDocumentsText } from "../../output/documents-report.js";
import { renderJson, renderTableHtml, renderTableMarkdown, sectionCsv, type Format } from "../../output/export.js";
import { safeFields } from "../../output/terminal.js";
import { action, nothingFound } from "../exit.js";
import { addFormatOptions, chosenFormat, dbOption, limitOption } from "../options.js";
import { describeCommand } from "../registry.js";

const FORMATS = ["text", "json", "csv", "md", "html"] as const;

export function registerDocuments(program: Command): void {
  const command = program
    .command("documents")
    .description(describeCommand("documents"))
    .addOption(new Option("--kind <kind>", "only this kind").choices(KINDS as string[]))
    .option("--limit <n>", "at most this many documents", limitOption);
  addFormatOptions(command, FORMATS)
    .addHelpText("after", "\nExit 1 when there are no documents (an empty corpus, or none of that kind).")
    .action(
      action((opts: { kind?: Kind; limit?: number; format: Format; json?: boolean }) => {
        const format = chosenFormat(opts);
        const library = Library.open(dbOption(program));
        try {
          const all = library.documents({ kind: opts.kind });
          const view = opts.limit ? { ...all, documents: all.documents.slice(0, opts.limit) } : all;
          const shown =
            view.documents.length < all.documents.length
              ? ` (first ${view.documents.length} of ${all.documents.length})`
              : "";
          const intro = [
            `${view.documents.length} document${view.documents.length === 1 ? "" : "s"}${shown}${opts.kind ? `, kind ${opts.kind}` : ""}`,
          ];
          if (format === "json") process.stdout.write(renderJson(view));
          else if (format === "csv") process.stdout.write(sectionCsv(documentsSection(view)));
          else if (format === "md") process.stdout.write(renderTableMarkdown(documentsReport(safeFields(view), intro)));
          else if (format === "html") process.stdout.write(renderTableHtml(documentsReport(view, intro)));
          else if (view.documents.length) process.stdout.write(renderDocumentsText(safeFields(view), shown) + "\n");
          if (view.documents.length) return;
          return nothingFound(
            opts.kind
              ? `no documents of kind ${opts.kind} in the corpus`
              : "the corpus is empty: run `claimtrail ingest <source...>` first",
          );
        } finally {
          library.close();
        }
      }),
    );
}
