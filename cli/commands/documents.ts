import { Option, type Command } from "commander";
import { openCorpus } from "../../corpus/corpus.js";
import { renderTable } from "../../output/tables.js";
import { oneLine } from "../../output/terminal.js";
import { KINDS, type Kind } from "../../pipeline/types.js";
import { action } from "../exit.js";
import { dbOption } from "../options.js";

export function registerDocuments(program: Command): void {
  program
    .command("documents")
    .description("List the documents in the corpus, with what was extracted from each")
    .addOption(new Option("--kind <kind>", "only this kind").choices(KINDS as string[]))
    .option("--json", "print as JSON")
    .action(
      action((opts: { kind?: Kind; json?: boolean }) => {
        const corpus = openCorpus(dbOption(program), { readonly: true });
        try {
          const docs = corpus.documents.list({ kind: opts.kind });
          const counts = corpus.documents.extractionCounts();
          if (opts.json) {
            const documents = docs.map((d) => ({ ...d, counts: counts.get(d.id) ?? {} }));
            process.stdout.write(JSON.stringify({ schema: "claimtrail/documents@1", documents }, null, 2) + "\n");
            return;
          }
          if (!docs.length) {
            process.stdout.write("The corpus is empty: run `claimtrail ingest <source...>` first.\n");
            return;
          }
          const rows = docs.map((d) => {
            const c = counts.get(d.id) ?? {};
            return [d.id.slice(0, 10), d.kind, d.publishedAt ?? "", oneLine(d.title ?? d.source, 48), d.pageCount,
              c.money ?? 0, c.date ?? 0, c.stakeholder ?? 0, c.quote ?? 0, c.claims ?? 0];
          });
          process.stdout.write(
            renderTable(["id", "kind", "published", "title", "pages", "money", "dates", "actors", "quotes", "claims"], rows,
              ["left", "left", "left", "left", "right", "right", "right", "right", "right", "right"]) + `\n${docs.length} documents\n`,
          );
        } finally {
          corpus.close();
        }
      }),
    );
}
