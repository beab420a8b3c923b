import type { Command } from "commander";
import type { IngestSummary } from "../../app/ingest.js";
import { ingestSummaryJson, renderIngestSummary } from "../../output/ingest-summary.js";
import { safeText } from "../../output/terminal.js";
import { EXIT, action, failureLine, outcome } from "../exit.js";
import { ingestProgress } from "../progress.js";
import {
  dbOption,
  fetchLimitsFrom,
  intOption,
  pdfBackendOption,
  positiveOption,
  type PdfBackendChoice,
} from "../options.js";

interface IngestCliOptions {
  json?: boolean;
  workers?: number;
  allowPrivate?: boolean;
  allowOutside?: boolean;
  timeout?: number;
  maxSeconds?: number;
  maxMemory?: number;
  quiet?: boolean;
  pdfBackend?: PdfBackendChoice;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("Ingest files, folders, http(s) URLs and manifests (.csv/.jsonl) into the corpus")
    .argument("<source...>", "files, folders (recursive), URLs or manifests")
    .option("--json", "print the summary as JSON")
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
    .option("-q, --quiet", "no progress output")
    .addHelpText(
      "after",
      `
Exit codes: 0 all ingested or unchanged, 1 some failed (the rest are stored), 2 bad usage, 3 nothing could be done.
Ctrl-C (or SIGTERM) stops the run: what is stored stays, the summary is printed, and the same command finishes it.
Examples:
  claimtrail ingest corpus/samples/
  claimtrail ingest papers/ https://example.org/board-paper.pdf manifest.csv --json`,
    )
    .action(
      action(async (sources: string[], opts: IngestCliOptions) => {
        const progress = ingestProgress(opts.quiet || opts.json ? "quiet" : "auto");
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
          opts.json
            ? JSON.stringify(summaryJson(summary), null, 2) + "\n"
            : renderIngestSummary(summary) + "\n" + notes(summary),
        );
        if (outcome.verbose) {
          for (const f of summary.failed)
            if (f.detail) process.stderr.write(`${failureLine({ source: f.source, message: f.error })}\n${f.detail}\n`);
        }
        if (summary.failed.length === 0) return EXIT.ok;
        return summary.ingested.length + summary.unchanged.length + summary.failed.filter((f) => f.stored).length > 0
          ? EXIT.partial
          : EXIT.fatal;
      }),
    );
}

// output/ingest-summary.ts renders the lists it knows; what was skipped and an interruption are added here.
function summaryJson(s: IngestSummary): object {
  return { ...ingestSummaryJson(s), skipped: s.skipped, ...(s.interrupted ? { interrupted: s.interrupted } : {}) };
}

function notes(s: IngestSummary): string {
  const lines = s.skipped.map((k) => `  - ${failureLine({ source: k.source, message: k.reason })}`);
  if (s.interrupted) {
    const notDone = s.failed.filter((f) => f.kind === "interrupted").length;
    lines.push(
      `interrupted by ${safeText(s.interrupted)}: ${notDone} document${notDone === 1 ? "" : "s"} not done; run the same command again to finish`,
    );
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
