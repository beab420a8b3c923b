import { Option, type Command } from "commander";
import { renderExtractSummary } from "../../output/extract-summary.js";
import { KINDS, type Kind } from "../../model/doc.js";
import { action } from "../exit.js";
import { dateOption, fetchLimitsFrom, pdfBackendOption, type PdfBackendChoice } from "../options.js";

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Run the pipeline on one document without storing it, and print what it finds")
    .argument("<file|url>", "a PDF, HTML or text file, or an http(s) URL")
    .option("--published <date>", "publication date (YYYY-MM-DD), the reference for year-less dates", dateOption)
    .addOption(new Option("--kind <kind>", "document kind").choices(KINDS as string[]))
    .option("--json", "print the extract contract as JSON (claimtrail/extract@1)")
    .option("--allow-private", "allow fetching from private and loopback addresses")
    .addOption(pdfBackendOption())
    .addHelpText("after", "\nThe JSON contract is documented in docs/extract-contract.md.")
    .action(
      action(
        async (
          source: string,
          opts: {
            published?: string;
            kind?: Kind;
            json?: boolean;
            allowPrivate?: boolean;
            pdfBackend?: PdfBackendChoice;
          },
        ) => {
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
          process.stdout.write(
            opts.json ? JSON.stringify(result, null, 2) + "\n" : renderExtractSummary(result) + "\n",
          );
        },
      ),
    );
}
