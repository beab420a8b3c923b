import { InvalidArgumentError, Option, type Command } from "commander";
import { FAIL_ON, Library, findingsOf, type CheckReport, type FailOn } from "../../app/library.js";
import { renderCheckCsv, renderCheckHtml, renderCheckMarkdown, renderCheckText } from "../../output/check-report.js";
import { safeFields } from "../../output/terminal.js";
import { checkView, checkViewJson } from "../../output/views.js";
import type { FetchLimits } from "../../app/settings.js";
import { EXIT, action, nothingFound } from "../exit.js";
import { dbOption, fetchLimitsFrom } from "../options.js";
import { describeCommand } from "../registry.js";

const FORMATS = ["text", "json", "md", "html", "csv"] as const;

/** "contradicted,altered,name-variant": each a verdict or warning kind the check knows. */
function failOnList(value: string): FailOn[] {
  const items = value
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
  const unknown = items.filter((v) => !(FAIL_ON as readonly string[]).includes(v));
  if (!items.length || unknown.length)
    throw new InvalidArgumentError(`unknown: ${unknown.join(", ") || "(empty)"}; choose from ${FAIL_ON.join(", ")}`);
  return items as FailOn[];
}

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description(describeCommand("check"))
    .argument(
      "<document>",
      "a document id (or a 6+ character prefix), or a file or URL (a new one is checked without being stored, unless --store)",
    )
    .addOption(new Option("--format <format>", "output format").choices(FORMATS as unknown as string[]).default("text"))
    .option("--json", "same as --format json")
    .option(
      "--fail-on <list>",
      `exit 1 when the check finds any of these (comma-separated): ${FAIL_ON.join(", ")}`,
      failOnList,
    )
    .option("--allow-private", "allow fetching from private and loopback addresses")
    .option("--store", "ingest a new file or URL into the corpus and check it there (by default nothing is stored)")
    .addHelpText(
      "after",
      "\nVerdicts: supported, contradicted, partly-supported, unverified. Quotes: verbatim, close, altered, not-found.\nJSON follows claimtrail/check@1 (docs/check-contract.md). Exit 1 when --fail-on finds something, or when the document has no claims, figures or quotations to check.",
    )
    .action(
      action(
        async (
          target: string,
          opts: {
            format: (typeof FORMATS)[number];
            json?: boolean;
            failOn?: FailOn[];
            allowPrivate?: boolean;
            store?: boolean;
          },
        ) => {
          if (opts.json) opts.format = "json";
          const db = dbOption(program);
          const checked = await checkTarget(db, target, { fetch: fetchLimitsFrom(opts), store: opts.store });
          const report = checkView(checked);
          const render = {
            text: renderCheckText,
            md: renderCheckMarkdown,
            html: renderCheckHtml,
            csv: renderCheckCsv,
            json: (r: typeof report) => JSON.stringify(checkViewJson(r), null, 2) + "\n",
          }[opts.format];
          // Text and Markdown go to terminals: no field of a document may carry an escape sequence there.
          process.stdout.write(
            render(opts.format === "text" || opts.format === "md" ? safeFields(report) : report) +
              (opts.format === "text" ? "\n" : ""),
          );
          if (opts.failOn && findingsOf(checked, opts.failOn).length) return EXIT.partial;
          if (!checked.claims.length && !checked.statements.length && !checked.quotes.length)
            return nothingFound(
              `nothing to check in ${checked.document.title ?? checked.document.source}: no claims, figures or quotations found`,
            );
          return EXIT.ok;
        },
      ),
    );
}

/**
 * The check of `target`: a stored document (by id or id prefix) as it stands; a file or URL new to the corpus read
 * and extracted in this thread, as `extract` reads it (the one document the user asked to check), then either checked
 * without being stored (app/check-apart.ts: in a transaction on the corpus that is rolled back, so the database file
 * and its WAL stay byte-identical, as the web page's check) or, with `store`, ingested and checked as stored.
 */
async function checkTarget(
  db: string,
  target: string,
  options: { fetch: Partial<FetchLimits>; store?: boolean },
): Promise<CheckReport> {
  const stored = resolveStored(db, target);
  // Loaded on demand: the readers and extractors are heavy and only needed when the target is new.
  if (!stored && !options.store) {
    const { checkApart } = await import("../../app/check-apart.js");
    return (await checkApart(db, target, { fetch: options.fetch, thread: "here" })).report;
  }
  let id = stored;
  if (!id) {
    const { ingestForCheck } = await import("../../app/check-draft.js");
    id = (await ingestForCheck(db, target, { fetch: options.fetch, thread: "here" })).id;
  }
  const library = Library.open(db);
  try {
    return library.check(id);
  } finally {
    library.close();
  }
}

/** A stored document named by id or id prefix; null when `target` is a path or URL to ingest. */
function resolveStored(db: string, target: string): string | null {
  if (!/^[0-9a-f]{6,64}$/i.test(target)) return null;
  let library;
  try {
    library = Library.open(db);
  } catch {
    return null;
  }
  try {
    return library.resolveDocument(target)?.id ?? null;
  } finally {
    library.close();
  }
}
