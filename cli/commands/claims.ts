import type { Command } from "commander";
import { Library } from "../../app/library.js";
import { subjectHelp } from "../../app/suggest.js";
import { claimsReport, claimsSection, renderClaimsText } from "../../output/claims-report.js";
import { renderJson, renderTableHtml, renderTableMarkdown, sectionCsv, type Format } from "../../output/export.js";
import { subjectHelpText } from "../../output/name-help.js";
import { safeFields } from "../../output/terminal.js";
import { claimsJson } from "../../output/views.js";
import { action, nothingFound } from "../exit.js";
import { addFormatOptions, chosenFormat, dbOption, limitOption } from "../options.js";
import { describeCommand } from "../registry.js";

const FORMATS = ["text", "json", "csv", "md", "html"] as const;

export function registerClaims(program: Command): void {
  const command = program
    .command("claims")
    .description(describeCommand("claims"))
    .option("--subject <name>", "only claims about this subject (canonical name or alias)")
    .option("--predicate <p>", "only this predicate (see extractors/data/predicates.json)")
    .option("--limit <n>", "at most this many claims", limitOption)
    .option("--doubtful", "list the claims the claim filter set aside instead (stored for check, shown nowhere else)");
  addFormatOptions(command, FORMATS)
    .addHelpText(
      "after",
      "\nEach claim is listed with its id (#12); its relations name the ids of the claims they refer to.\nExit 1 when no claim matches; an unknown subject is told the closest known ones.",
    )
    .action(
      action(
        (opts: {
          subject?: string;
          predicate?: string;
          limit?: number;
          doubtful?: boolean;
          format: Format;
          json?: boolean;
        }) => {
          const format = chosenFormat(opts);
          const library = Library.open(dbOption(program));
          try {
            const view = library.claims({
              subject: opts.subject,
              predicate: opts.predicate,
              limit: opts.limit,
              doubtful: opts.doubtful,
            });
            const n = view.claims.length;
            const limited = opts.limit !== undefined && n === opts.limit ? ` (--limit ${opts.limit})` : "";
            const intro = [
              `${n}${opts.doubtful ? " doubtful" : ""} claim${n === 1 ? "" : "s"}${limited}${opts.subject ? `, subject ${opts.subject}` : ""}${opts.predicate ? `, predicate ${opts.predicate}` : ""}`,
            ];
            if (format === "json") process.stdout.write(renderJson(claimsJson(view)));
            else if (format === "csv") process.stdout.write(sectionCsv(claimsSection(view)));
            else if (format === "md") process.stdout.write(renderTableMarkdown(claimsReport(safeFields(view), intro)));
            else if (format === "html") process.stdout.write(renderTableHtml(claimsReport(view, intro)));
            else if (n) process.stdout.write(renderClaimsText(safeFields(view), limited) + "\n");
            if (n) return;
            const help = opts.subject ? subjectHelp(library, opts.subject) : null;
            if (help && !help.known) return nothingFound(subjectHelpText(opts.subject!, help));
            return nothingFound(
              `no ${opts.doubtful ? "doubtful " : ""}claims${opts.subject ? ` about ${opts.subject}` : ""}${opts.predicate ? ` with predicate ${opts.predicate}` : ""}${opts.subject || opts.predicate ? "" : ": the corpus is empty"}`,
            );
          } finally {
            library.close();
          }
        },
      ),
    );
}
