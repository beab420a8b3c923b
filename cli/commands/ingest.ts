import type { Command } from "commander";
import type { IngestSummary } from "../../app/ingest.js";
import { renderTableMarkdown, sectionCsv } from "../../output/export.js";
import { ingestReport, ingestSection } from "../../output/ingest-export.js";
import { ingestSummaryJson, renderIngestSummary } from "../../output/ingest-summary.js";
import { safeFields } from "../../output/terminal.js";
import { EXIT, action, failureLine, nothingFound, outcome } from "../exit.js";
import { ingestProgress } from "../progress.js";
import { ocrOption, type OcrChoice } from "../ocr-option.js";
import {
  addFormatOptions,
  chosenFormat,
  dbOption,
  fetchLimitsFrom,
  intOption,
  pdfBackendOption,
  positiveOption,
  type PdfBackendChoice,
} from "../options.js";
import { describeCommand } from "../registry.js";

const FORMATS = ["text", "json", "csv", "md"] as const;

interface IngestCliOptions {
  format: (typeof FORMATS)[number];
  json?: boolean;
  workers?: number;
  allowPrivate?: boolean;
  allowOutside?: boolean;
  timeout?: number;
  maxSeconds?: number;
  maxMemory?: number;
  quiet?: boolean;
  pdfBackend?: PdfBackendChoice;
  ocr?: OcrChoice;
}

export function registerIngest(program: Command): void {
  const command = program
    .command("ingest")
    .description(describeCommand("ingest"))
    .argument("<source...>", "files, folders (recursive), URLs or manifests");
  addFormatOptions(command, FORMATS, "csv and md: one row per input, with its outcome")
    .option(
      "--workers <n>",
      "worker threads for parsing and extraction (default: one per core; 0 runs without budgets)",
      intOption,
    )
    .option("--allow-private", "allow fetching from private and loopback addresses")
    .option("--allow-outside", "let manifests name files outside their own folder")
    .option("--timeout <seconds>", "per-request timeout for URLs", intOption)
    .option("--max-seconds <n>", "time one document may take to read and extract (default 120)", positiveOption)
    .option("--max-memory <MiB>", "memory one document may take to read and extract (default 1024)", positiveOption)
    .addOption(pdfBackendOption())
    .addOption(ocrOption())
    .option("-q, --quiet", "no progress output")
    .addHelpText(
      "after",
      `
Exit codes: 0 all ingested or unchanged, 1 some failed (the rest are stored) or no document was found in the
sources, 2 bad usage, 3 nothing could be done. Each failure is also written to stderr, one line each (unless
stdout and stderr are the same terminal, where the summary already shows it).
Ctrl-C (or SIGTERM) stops the run: what is stored stays, the summary is printed, and the same command finishes it.
Examples:
  claimtrail ingest corpus/samples/
  claimtrail ingest papers/ https://example.org/board-paper.pdf manifest.csv --json`,
    )
    .action(
      action(async (sources: string[], opts: IngestCliOptions) => {
        const format = chosenFormat(opts);
        const progress = ingestProgress(opts.quiet || format !== "text" ? "quiet" : "auto");
        const started = performance.now();
        // A signal stops the run but not the summary: documents in flight are stopped, what is committed stays.
        // A second signal does not wait (pdftotext children are killed on exit all the same).
        const stop = new AbortController();
        const onSignal = (signal: NodeJS.Signals) => {
          if (stop.signal.aborted) process.exit(128 + (signal === "SIGINT" ? 2 : 15));
          stop.abort(signal);
        };
        process.on("SIGINT", onSignal);
        process.on("SIGTERM", onSignal);
        let summary: IngestSummary;
        try {
          summary = await (
            await import("../../app/ingest.js")
          ).ingest(sources, {
            db: dbOption(program),
            workers: opts.workers,
            fetch: fetchLimitsFrom(opts),
            pdfBackend: opts.pdfBackend,
            ocr: opts.ocr,
            allowOutside: opts.allowOutside,
            budget: {
              ...(opts.maxSeconds ? { timeMs: opts.maxSeconds * 1000 } : {}),
              ...(opts.maxMemory ? { memoryBytes: opts.maxMemory * 2 ** 20 } : {}),
            },
            signal: stop.signal,
            onStart: (total) => progress.start(total),
            onProgress: (e) => progress.update(e, performance.now() - started),
          });
        } finally {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
          progress.stop();
        }
        process.stdout.write(
          format === "json"
            ? JSON.stringify(ingestSummaryJson(summary), null, 2) + "\n"
            : format === "csv"
              ? sectionCsv(ingestSection(summary))
              : format === "md"
                ? renderTableMarkdown(ingestReport(safeFields(summary)))
                : renderIngestSummary(summary) + "\n",
        );
        // Failures go to stderr as well, unless the summary just showed them on the same terminal.
        const sameTerminal = format === "text" && process.stdout.isTTY && process.stderr.isTTY;
        for (const f of summary.failed) {
          if (!sameTerminal || (outcome.verbose && f.detail))
            process.stderr.write(`claimtrail: ${failureLine({ source: f.source, message: f.error })}\n`);
          if (outcome.verbose && f.detail) process.stderr.write(`${f.detail}\n`);
        }
        if (summary.failed.length === 0) {
          if (summary.ingested.length + summary.unchanged.length === 0 && !summary.interrupted)
            return nothingFound(`no document found in ${sources.join(", ")}`);
          return EXIT.ok;
        }
        return summary.ingested.length + summary.unchanged.length + summary.failed.filter((f) => f.stored).length > 0
          ? EXIT.partial
          : EXIT.fatal;
      }),
    );
}
