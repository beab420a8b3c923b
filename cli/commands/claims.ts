import type { Command } from "commander";
import { Library } from "../../app/library.js";
import { claimValue } from "../../output/check-report.js";
import { renderTable } from "../../output/tables.js";
import { oneLine } from "../../output/terminal.js";
import { action } from "../exit.js";
import { dbOption } from "../options.js";

export function registerClaims(program: Command): void {
  program
    .command("claims")
    .description("List claims in the corpus with their relations to other claims and their sources")
    .option("--subject <name>", "only claims about this subject (canonical name or alias)")
    .option("--predicate <p>", "only this predicate (see extractors/data/predicates.json)")
    .option("--json", "print as JSON")
    .action(
      action((opts: { subject?: string; predicate?: string; json?: boolean }) => {
        const library = Library.open(dbOption(program));
        try {
          const view = library.claims({ subject: opts.subject, predicate: opts.predicate });
          if (opts.json) {
            process.stdout.write(JSON.stringify(view, null, 2) + "\n");
            return;
          }
          const claims = view.claims;
          const rows = claims.map((c) => [
            c.subject,
            c.predicate,
            claimValue(c),
            c.document.publishedAt ?? "",
            oneLine(c.document.title ?? c.documentId, 40),
            c.span.page,
            c.links.map((l) => `${l.relation} #${l.claimId}`).join(" "),
          ]);
          process.stdout.write(
            renderTable(["subject", "predicate", "value", "published", "source", "p.", "relations"], rows) +
              `\n${claims.length} claims\n`,
          );
        } finally {
          library.close();
        }
      }),
    );
}
