import type { Command } from "commander";
import { openCorpus } from "../../corpus/corpus.js";
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
      action(async (opts: { subject?: string; predicate?: string; json?: boolean }) => {
        const { gazetteer } = await import("../../extractors/gazetteer.js");
        const subject = opts.subject ? gazetteer().lookup(opts.subject)?.canonical ?? opts.subject : undefined;
        const corpus = openCorpus(dbOption(program), { readonly: true });
        try {
          const claims = corpus.claims.list({ subject, predicate: opts.predicate }).map((c) => ({ ...c, links: corpus.claims.links(c.id).map((l) => ({ relation: l.relation, explanation: l.explanation, claimId: l.other.id, documentId: l.other.documentId })) }));
          if (opts.json) {
            process.stdout.write(JSON.stringify({ schema: "claimtrail/claims@1", claims }, null, 2) + "\n");
            return;
          }
          const rows = claims.map((c) => [c.subject, c.predicate, claimValue(c), c.document.publishedAt ?? "", oneLine(c.document.title ?? c.documentId, 40), c.span.page,
            c.links.map((l) => `${l.relation} #${l.claimId}`).join(" ")]);
          process.stdout.write(renderTable(["subject", "predicate", "value", "published", "source", "p.", "relations"], rows) + `\n${claims.length} claims\n`);
        } finally {
          corpus.close();
        }
      }),
    );
}
