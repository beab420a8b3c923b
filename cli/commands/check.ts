import { InvalidArgumentError, Option, type Command } from "commander";
import { FAIL_ON, Library, findingsOf, type FailOn } from "../../app/library.js";
import { ClaimtrailError } from "../../model/errors.js";
import { renderCheckCsv, renderCheckHtml, renderCheckMarkdown, renderCheckText } from "../../output/check-report.js";
import { safeFields } from "../../output/terminal.js";
import { checkJson } from "../../output/views.js";
import { EXIT, action, nothingFound } from "../exit.js";
import { dbOption, fetchLimitsFrom } from "../options.js";

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
    .description("Check a document's claims and quotes against the board papers in the corpus")
    .argument("<document>", "a document id (or a 6+ character prefix), or a file or URL (ingested first if new)")
    .addOption(new Option("--format <format>", "output format").choices(FORMATS as unknown as string[]).default("text"))
    .option("--json", "same as --format json")
    .option(
      "--fail-on <list>",
      `exit 1 when the check finds any of these (comma-separated): ${FAIL_ON.join(", ")}`,
      failOnList,
    )
    .option("--allow-private", "allow fetching from private and loopback addresses")
    .addHelpText(
      "after",
      "\nVerdicts: supported, contradicted, partly-supported, unverified. Quotes: verbatim, close, altered, not-found.\nJSON follows claimtrail/check@1 (docs/check-contract.md). Exit 1 when --fail-on finds something, or when the document has no claims, figures or quotations to check.",
    )
    .action(
      action(
        async (
          target: string,
          opts: { format: (typeof FORMATS)[number]; json?: boolean; failOn?: FailOn[]; allowPrivate?: boolean },
        ) => {
          if (opts.json) opts.format = "json";
          const db = dbOption(program);
          let id = resolveStored(db, target);
          if (!id) {
            // Loaded on demand: the extractors are heavy and only needed when the target is new.
            const { ingest } = await import("../../app/ingest.js");
            // One worker thread, not this one: a hostile file given to check is held to the same budget as in ingest.
            const summary = await ingest([target], { db, workers: 1, fetch: fetchLimitsFrom(opts) });
            const failed = summary.failed[0];
            if (failed && !failed.stored) throw new ClaimtrailError(failed.kind, failed.source, failed.error);
            const skipped = summary.skipped[0];
            if (skipped && !summary.ingested.length && !summary.unchanged.length)
              throw new ClaimtrailError("unsupported-format", skipped.source, skipped.reason);
            id = summary.ingested[0]?.id ?? summary.unchanged[0]?.id ?? failed?.stored?.id ?? null;
            if (!id) throw new ClaimtrailError("not-found", target, "no such document id, file or URL");
          }
          const library = Library.open(db);
          try {
            const checked = library.check(id);
            const report = checkJson(checked);
            const render = {
              text: renderCheckText,
              md: renderCheckMarkdown,
              html: renderCheckHtml,
              csv: renderCheckCsv,
              json: (r: typeof report) => JSON.stringify(r, null, 2) + "\n",
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
          } finally {
            library.close();
          }
        },
      ),
    );
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
