import { InvalidArgumentError, type Command } from "commander";
import type { CrawlSummary } from "../../app/crawl.js";
import { ClaimtrailError } from "../../model/errors.js";
import { crawlCounts, crawlSummaryJson, renderCrawlSummary } from "../../output/crawl-summary.js";
import { safeText } from "../../output/terminal.js";
import { EXIT, action, failureLine, nothingFound } from "../exit.js";
import { ocrOption, type OcrChoice } from "../ocr-option.js";
import {
  addFormatOptions,
  chosenFormat,
  dateOption,
  dbOption,
  fetchLimitsFrom,
  intOption,
  limitOption,
  pdfBackendOption,
  type PdfBackendChoice,
} from "../options.js";
import { describeCommand } from "../registry.js";

const FORMATS = ["text", "json"] as const;

interface CrawlCliOptions {
  format: (typeof FORMATS)[number];
  json?: boolean;
  match?: RegExp;
  since?: string;
  until?: string;
  depth?: number;
  max?: number;
  ingest?: boolean;
  manifest?: string;
  allowHost?: string[];
  archive?: boolean;
  archiveEndpoint?: string;
  allowPrivate?: boolean;
  delayMs?: number;
  timeout?: number;
  workers?: number;
  pdfBackend?: PdfBackendChoice;
  ocr?: OcrChoice;
  quiet?: boolean;
}

function regexOption(value: string): RegExp {
  try {
    return new RegExp(value, "i");
  } catch (e) {
    throw new InvalidArgumentError(`not a regular expression (${(e as Error).message})`);
  }
}

export function registerCrawl(program: Command): void {
  const command = program
    .command("crawl")
    .description(describeCommand("crawl"))
    .argument(
      "<start-url>",
      "a board-papers index page, an RSS/Atom feed or a sitemap (with --archive: a URL pattern)",
    );
  addFormatOptions(command, FORMATS)
    .option("--match <regex>", "only documents whose URL or link text matches (case-insensitive)", regexOption)
    .option("--since <date>", "only documents dated on or after YYYY-MM-DD (undated ones are skipped)", dateOption)
    .option("--until <date>", "only documents dated on or before YYYY-MM-DD (undated ones are skipped)", dateOption)
    .option("--depth <n>", "links followed from the start page to further index pages (default 2)", intOption)
    .option("--max <n>", "at most this many documents (default 500)", limitOption)
    .option("--ingest", "ingest the documents found (else only list them)")
    .option("--manifest <file.csv>", "write the documents found as a manifest for `claimtrail ingest`")
    .option(
      "--allow-host <host>",
      "also follow links to this host (repeatable)",
      (v: string, all: string[] | undefined) => [...(all ?? []), v],
    )
    .option("--archive", "look the start up in a web archive (a URL pattern, trust.nhs.uk/board-papers/*.pdf)")
    .option("--archive-endpoint <url>", "the archive's CDX endpoint (default the Wayback Machine's)")
    .option("--allow-private", "allow fetching from private and loopback addresses")
    .option("--delay-ms <n>", "pause between two requests to one host (default 1000)", intOption)
    .option("--timeout <seconds>", "per-request timeout", intOption)
    .option("--workers <n>", "worker threads for --ingest (as for ingest)", intOption)
    .addOption(pdfBackendOption())
    .addOption(ocrOption())
    .option("-q, --quiet", "no progress on stderr")
    .addHelpText(
      "after",
      `
Polite by default: robots.txt is honoured (its Crawl-delay too, when longer), one request at a time per host with
--delay-ms between, a User-Agent naming claimtrail and its version, and a re-crawl asks with If-None-Match /
If-Modified-Since (remembered in <db>.crawl.json beside the database), so what has not changed costs a 304.
Dates come from the link text, else the file name (board-2008-11-26.pdf, TB_26_11_08.pdf), else the nearest heading
above the link; a feed's or sitemap's entries carry their own (pubDate, published, lastmod).
--archive asks a web archive's CDX index (the Wayback Machine's, or --archive-endpoint) for the captures of a URL
pattern, captured within --since/--until, one per distinct document, and fetches each as it was captured (id_); the
URL it was captured at and the capture time are stored with it as its provenance.
Exit codes: 0 done, 1 some documents or pages failed, or no document was found, 2 bad usage, 3 the start URL
could not be read (refused, not found, disallowed by robots.txt).
Examples:
  claimtrail crawl https://trust.example.nhs.uk/board-papers/ --since 2008-01-01 --until 2009-12-31 --manifest papers.csv
  claimtrail crawl https://trust.example.nhs.uk/board-papers/ --match "board" --ingest
  claimtrail crawl https://press.example.com/feed.xml --ingest --json
  claimtrail crawl --archive "www.royalfree.nhs.uk/board-papers/*.pdf" --since 2008-01-01 --until 2009-12-31 --ingest`,
    )
    .action(
      action(async (start: string, opts: CrawlCliOptions) => {
        const format = chosenFormat(opts);
        if (opts.since && opts.until && opts.since > opts.until)
          throw new ClaimtrailError(
            "bad-usage",
            `--since ${opts.since} --until ${opts.until}`,
            "the date range is reversed: --since must be on or before --until",
          );
        const stop = new AbortController();
        const onSignal = (signal: NodeJS.Signals) => stop.abort(signal);
        process.on("SIGINT", onSignal);
        process.on("SIGTERM", onSignal);
        const say = (line: string) => {
          if (!opts.quiet) process.stderr.write(`crawl: ${safeText(line)}\n`);
        };
        let summary: CrawlSummary;
        try {
          summary = await (
            await import("../../app/crawl.js")
          ).crawl(start, {
            db: dbOption(program),
            match: opts.match,
            since: opts.since,
            until: opts.until,
            depth: opts.depth,
            max: opts.max,
            ingest: opts.ingest,
            manifestPath: opts.manifest,
            allowHosts: opts.allowHost,
            archive: opts.archive,
            archiveEndpoint: opts.archiveEndpoint,
            delayMs: opts.delayMs,
            fetch: fetchLimitsFrom(opts),
            ingestOptions: { workers: opts.workers, pdfBackend: opts.pdfBackend, ocr: opts.ocr },
            signal: stop.signal,
            onProgress: (e) =>
              say(
                e.type === "fetch"
                  ? `${e.status === "failed" ? "failed" : e.status} ${e.url}${e.conditional ? " (conditional)" : ""}`
                  : `ingesting ${e.total} document${e.total === 1 ? "" : "s"}`,
              ),
          });
        } finally {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
        }
        process.stdout.write(
          format === "json" ? JSON.stringify(crawlSummaryJson(summary), null, 2) + "\n" : renderCrawlSummary(summary),
        );
        const c = crawlCounts(summary);
        // Failures on stderr as well, one line each, unless the summary just showed them on the same terminal.
        const failures = [...summary.documents, ...summary.pages].filter((d) => d.status === "failed");
        if (!(format === "text" && process.stdout.isTTY && process.stderr.isTTY))
          for (const f of failures)
            process.stderr.write(`claimtrail: ${failureLine({ source: f.url, message: f.reason ?? "failed" })}\n`);
        const pagesFailed = summary.pages.filter((p) => p.status === "failed").length;
        if (c.found === 0) return nothingFound(`no document found from ${start}`);
        if (c.new + c.unchanged === 0 && c.failed === 0)
          return nothingFound(`all ${c.found} documents found from ${start} were skipped`);
        return c.failed || pagesFailed ? EXIT.partial : EXIT.ok;
      }),
    );
}
