import { Option, type Command } from "commander";
import { openCorpus } from "../../corpus/corpus.js";
import type { StakeholderType } from "../../extractors/types.js";
import { renderStakeholderProfile, renderStakeholderTable } from "../../output/stakeholder-report.js";
import { ClaimtrailError } from "../../pipeline/errors.js";
import { action } from "../exit.js";
import { dbOption } from "../options.js";

const TYPES = ["organisation", "person", "programme", "system"];

export function registerStakeholders(program: Command): void {
  program
    .command("stakeholders")
    .description("Every organisation, person, programme and system the corpus mentions, most mentioned first")
    .addOption(new Option("--type <type>", "only this type").choices(TYPES))
    .option("--json", "print as JSON")
    .action(
      action((opts: { type?: StakeholderType; json?: boolean }) => {
        const corpus = openCorpus(dbOption(program), { readonly: true });
        try {
          const list = corpus.stakeholders.list({ type: opts.type });
          if (opts.json) process.stdout.write(JSON.stringify({ schema: "claimtrail/stakeholders@1", stakeholders: list }, null, 2) + "\n");
          else process.stdout.write(renderStakeholderTable(list) + "\n");
        } finally {
          corpus.close();
        }
      }),
    );

  program
    .command("stakeholder")
    .description("One stakeholder over time: its names, roles, mentions, claims, quotes and documents")
    .argument("<name>", "a canonical name, an alias (Barts, BLT, RFH) or a surname (Way)")
    .option("--json", "print as JSON")
    .addHelpText("after", "\nA surname that fits several people lists them; exit 2 then, and 3 when nobody fits.")
    .action(
      action((name: string, opts: { json?: boolean }) => {
        const corpus = openCorpus(dbOption(program), { readonly: true });
        try {
          const names = corpus.stakeholders.resolve(name);
          if (!names.length) throw new ClaimtrailError("not-found", name, "no stakeholder of that name in the corpus (try `claimtrail stakeholders`)");
          if (names.length > 1) throw new ClaimtrailError("bad-usage", name, `ambiguous: ${names.join(", ")}`);
          const profile = corpus.stakeholders.profile(names[0]!);
          if (!profile) throw new ClaimtrailError("not-found", name, "known to the gazetteer but not mentioned in this corpus");
          if (opts.json) process.stdout.write(JSON.stringify({ schema: "claimtrail/stakeholder@1", stakeholder: profile }, null, 2) + "\n");
          else process.stdout.write(renderStakeholderProfile(profile) + "\n");
        } finally {
          corpus.close();
        }
      }),
    );
}
