import { Option, type Command } from "commander";
import { KINDS, type Kind } from "../../model/doc.js";
import { renderJson, renderTableHtml, renderTableMarkdown, reportCsv, type Format } from "../../output/export.js";
import { extractCount, extractReport, renderExtractSummary } from "../../output/extract-summary.js";
import { safeFields } from "../../output/terminal.js";
import { action, nothingFound } from "../exit.js";
import {
  addFormatOptions,
  chosenFormat,
  dateOption,
  fetchLimitsFrom,
  pdfBackendOption,
  type PdfBackendChoice,
} from "../options.js";
import { describeCommand } from "../registry.js";

const FORMATS = ["text", "json", "csv", "md", "html"] as const;

export function registerExtract(program: Command): void {
  const command = program
    .command("extract")
    .description(describeCommand("extract"))
    .argument("<file|url>", "a PDF, HTML or text file, or an http(s) URL")
    .option("--published <date>", "publication date (YYYY-MM-DD), the reference for year-less dates", dateOption)
    .addOption(new Option("--kind <kind>", "document kind").choices(KINDS as string[]));
  addFormatOptions(command, FORMATS, "json: the extract contract, claimtrail/extract@1; csv: one row per item")
    .option("--allow-private", "allow fetching from private and loopback addresses")
    .addOption(pdfBackendOption())
    .addHelpText(
      "after",
      "\nThe JSON contract is documented in docs/extract-contract.md. Exit 1 when nothing is found in the document.",
    )
    .action(
      action(
        async (
          source: string,
          opts: {
            published?: string;
            kind?: Kind;
            format: Format;
            json?: boolean;
            allowPrivate?: boolean;
            pdfBackend?: PdfBackendChoice;
          },
        ) => {
          const format = chosenFormat(opts);
          const { result } = await (
            await import("../../app/extract-source.js")
          ).extractSource(source, {
            overrides: {
              ...(opts.published ? { publishedAt: opts.published } : {}),
              ...(opts.kind ? { kind: opts.kind } : {}),
            },
            fetch: fetchLimitsFrom(opts),
            pdfBackend: opts.pdfBackend,
          });
          if (format === "json") process.stdout.write(renderJson(result));
          else if (format === "csv") process.stdout.write(reportCsv(extractReport(result)));
          else if (format === "md") process.stdout.write(renderTableMarkdown(extractReport(safeFields(result))));
          else if (format === "html") process.stdout.write(renderTableHtml(extractReport(result)));
          else process.stdout.write(renderExtractSummary(result) + "\n");
          if (extractCount(result) === 0)
            return nothingFound(`nothing found in ${source}: no figures, dates, names, issues, quotations or claims`);
        },
      ),
    );
}
