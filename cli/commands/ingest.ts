import type { Command } from "commander";
import { ingestSummaryJson, renderIngestSummary } from "../../output/ingest-summary.js";
import { EXIT, action } from "../exit.js";
import { ingestProgress } from "../progress.js";
import { dbOption, fetchLimitsFrom, intOption, pdfBackendOption, type PdfBackendChoice } from "../options.js";

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("Ingest files, folders, http(s) URLs and manifests (.csv/.jsonl) into the corpus")
    .argument("<source...>", "files, folders (recursive), URLs or manifests")
    .option("--json", "print the summary as JSON")
    .option("--workers <n>", "worker threads for parsing and extraction (default: one per core)", intOption)
    .option("--allow-private", "allow fetching from private and loopback addresses")
    .option("--timeout <seconds>", "per-request timeout for URLs", intOption)
    .addOption(pdfBackendOption())
    .option("-q, --quiet", "no progress output")
    .addHelpText(
      "after",
      `
Exit codes: 0 all ingested or unchanged, 1 some failed (the rest are stored), 2 bad usage, 3 nothing could be done.
Examples:
  claimtrail ingest corpus/samples/
  claimtrail ingest papers/ https://example.org/board-paper.pdf manifest.csv --json`,
    )
    .action(
      action(async (sources: string[], opts: { json?: boolean; workers?: number; allowPrivate?: boolean; timeout?: number; quiet?: boolean; pdfBackend?: PdfBackendChoice }) => {
        const progress = ingestProgress(opts.quiet || opts.json ? "quiet" : "auto");
        const started = performance.now();
        const summary = await (await import("../../app/ingest.js")).ingest(sources, {
          db: dbOption(program),
          workers: opts.workers,
          fetch: fetchLimitsFrom(opts),
          pdfBackend: opts.pdfBackend,
          onStart: (total) => progress.start(total),
          onProgress: (e) => progress.update(e, performance.now() - started),
        });
        progress.stop();
        process.stdout.write(opts.json ? JSON.stringify(ingestSummaryJson(summary), null, 2) + "\n" : renderIngestSummary(summary) + "\n");
        if (summary.failed.length === 0) return EXIT.ok;
        return summary.ingested.length + summary.unchanged.length + summary.failed.filter((f) => f.stored).length > 0 ? EXIT.partial : EXIT.fatal;
      }),
    );
}
