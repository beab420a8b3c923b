import { Option, type Command } from "commander";
import { Library } from "../../app/library.js";
import type { StakeholderType } from "../../model/extraction.js";
import { renderStakeholderProfile, renderStakeholderTable } from "../../output/stakeholder-report.js";
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
        const library = Library.open(dbOption(program));
        try {
          const view = library.stakeholders({ type: opts.type });
          if (opts.json) process.stdout.write(JSON.stringify(view, null, 2) + "\n");
          else process.stdout.write(renderStakeholderTable(view.stakeholders) + "\n");
        } finally {
          library.close();
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
        const library = Library.open(dbOption(program));
        try {
          const view = library.stakeholder(name);
          if (opts.json) process.stdout.write(JSON.stringify(view, null, 2) + "\n");
          else process.stdout.write(renderStakeholderProfile(view.stakeholder) + "\n");
        } finally {
          library.close();
        }
      }),
    );
}
