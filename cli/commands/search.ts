import { Option, type Command } from "commander";
import { Library, type SearchOptions } from "../../app/library.js";
import { KINDS } from "../../app/settings.js";
import { subjectHelp } from "../../app/suggest.js";
import { renderJson, renderTableHtml, renderTableMarkdown, sectionCsv, type Format } from "../../output/export.js";
import { subjectHelpText } from "../../output/name-help.js";
import { renderSearchText, searchReport, searchSection } from "../../output/search-report.js";
import { colourWanted, safeFields } from "../../output/terminal.js";
import { ClaimtrailError } from "../../model/errors.js";
import { action, failureLine, nothingFound } from "../exit.js";
import { addFormatOptions, checkDateRange, chosenFormat, dateOption, dbOption, limitOption } from "../options.js";
import { describeCommand } from "../registry.js";

const FORMATS = ["text", "json", "csv", "md", "html"] as const;

export function registerSearch(program: Command): void {
  const command = program
    .command("search")
    .description(describeCommand("search"))
    .argument(
      "<query...>",
      'words to find, all of them in a passage; "a phrase", prefix*, a OR b, NOT c, and money figures by value (£7.2m finds £7,200,000)',
    )
    .addOption(new Option("--kind <kind>", "only documents of this kind").choices(KINDS as string[]))
    .option("--subject <name>", "only documents about this trust (name or alias)")
    .option("--from <date>", "only documents published on or after this date (YYYY-MM-DD)", dateOption)
    .option("--to <date>", "only documents published on or before this date (YYYY-MM-DD)", dateOption)
    .option("--publisher <name>", "only documents whose publisher's name contains this")
    .option("--stakeholder <name>", "only documents that mention this stakeholder (any of its names)")
    .option("--limit <n>", "at most this many passages", limitOption, 20);
  addFormatOptions(command, FORMATS)
    .addHelpText(
      "after",
      "\nMatched words are shown in bold on a terminal, between « » in a pipe, CSV and with NO_COLOR, and between [[ ]] in JSON snippets.\nExit 1 when nothing matches.",
    )
    .action(
      action((words: string[], opts: SearchOptions & { limit: number; format: Format; json?: boolean }) => {
        const format = chosenFormat(opts);
        checkDateRange(opts.from, opts.to);
        const query = words.join(" ");
        const library = Library.open(dbOption(program));
        try {
          const { kind, subject, from, to, publisher, stakeholder, limit } = opts;
          let view;
          try {
            view = library.search(query, { kind, subject, from, to, publisher, stakeholder, limit });
          } catch (e) {
            // A stakeholder the corpus does not mention: nothing can match, said as for any other name.
            if (!(e instanceof ClaimtrailError) || e.kind !== "not-found") throw e;
            return nothingFound(failureLine(e));
          }
          const n = view.hits.length;
          const intro = [
            `${n} passage${n === 1 ? "" : "s"}${n === opts.limit ? ` (--limit ${opts.limit})` : ""}${opts.kind ? `, kind ${opts.kind}` : ""}${opts.subject ? `, subject ${opts.subject}` : ""}`,
          ];
          if (format === "json") process.stdout.write(renderJson(view));
          else if (format === "csv") process.stdout.write(sectionCsv(searchSection(view)));
          else if (format === "md") process.stdout.write(renderTableMarkdown(searchReport(safeFields(view), intro)));
          else if (format === "html") process.stdout.write(renderTableHtml(searchReport(view, intro)));
          else if (n) process.stdout.write(renderSearchText(query, safeFields(view.hits), colourWanted()) + "\n");
          if (n) return;
          const help = opts.subject ? subjectHelp(library, opts.subject) : null;
          return nothingFound([
            `no passage matches “${query}”`,
            ...(help && !help.known ? [subjectHelpText(opts.subject!, help)] : []),
          ]);
        } finally {
          library.close();
        }
      }),
    );
}
