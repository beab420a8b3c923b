import { Option, type Command } from "commander";
import { Library } from "../../app/library.js";
import { stakeholderHelp } from "../../app/suggest.js";
import { ClaimtrailError } from "../../model/errors.js";
import type { StakeholderType } from "../../model/extraction.js";
import {
  renderJson,
  renderTableHtml,
  renderTableMarkdown,
  reportCsv,
  sectionCsv,
  type Format,
} from "../../output/export.js";
import { stakeholderHelpText } from "../../output/name-help.js";
import {
  renderStakeholderProfile,
  renderStakeholderTable,
  stakeholderReport,
  stakeholdersReport,
  stakeholdersSection,
} from "../../output/stakeholder-report.js";
import { safeFields } from "../../output/terminal.js";
import { stakeholderJson } from "../../output/views.js";
import { action, nothingFound } from "../exit.js";
import { addFormatOptions, chosenFormat, dbOption, limitOption } from "../options.js";
import { describeCommand } from "../registry.js";

const TYPES = ["organisation", "person", "programme", "system"];
const FORMATS = ["text", "json", "csv", "md", "html"] as const;

export function registerStakeholders(program: Command): void {
  const list = program
    .command("stakeholders")
    .description(describeCommand("stakeholders"))
    .addOption(new Option("--type <type>", "only this type").choices(TYPES))
    .option("--limit <n>", "at most this many stakeholders", limitOption);
  addFormatOptions(list, FORMATS)
    .addHelpText("after", "\nExit 1 when there are none.")
    .action(
      action((opts: { type?: StakeholderType; limit?: number; format: Format; json?: boolean }) => {
        const format = chosenFormat(opts);
        const library = Library.open(dbOption(program));
        try {
          const all = library.stakeholders({ type: opts.type });
          const view = opts.limit ? { ...all, stakeholders: all.stakeholders.slice(0, opts.limit) } : all;
          const n = view.stakeholders.length;
          const shown = n < all.stakeholders.length ? ` (first ${n} of ${all.stakeholders.length})` : "";
          const intro = [`${n} stakeholder${n === 1 ? "" : "s"}${shown}${opts.type ? `, type ${opts.type}` : ""}`];
          if (format === "json") process.stdout.write(renderJson(view));
          else if (format === "csv") process.stdout.write(sectionCsv(stakeholdersSection(view.stakeholders)));
          else if (format === "md")
            process.stdout.write(renderTableMarkdown(stakeholdersReport(safeFields(view.stakeholders), intro)));
          else if (format === "html")
            process.stdout.write(renderTableHtml(stakeholdersReport(view.stakeholders, intro)));
          else if (n) process.stdout.write(renderStakeholderTable(safeFields(view.stakeholders), shown) + "\n");
          if (n) return;
          return nothingFound(
            `no stakeholders${opts.type ? ` of type ${opts.type}` : ""}: the corpus is empty or nothing matched`,
          );
        } finally {
          library.close();
        }
      }),
    );

  const one = program
    .command("stakeholder")
    .description(describeCommand("stakeholder"))
    .argument("<name>", "a canonical name, an alias (Barts, BLT, RFH) or a surname (Way)");
  addFormatOptions(one, FORMATS, "csv: one table with a section column")
    .addHelpText(
      "after",
      "\nA surname that fits several people lists them; exit 2 then. Exit 1 when nobody fits: the closest names are\nsuggested, and a name-variant warning that links the name to someone known (Wray to Andrew Way) is pointed out.",
    )
    .action(
      action((name: string, opts: { format: Format; json?: boolean }) => {
        const format = chosenFormat(opts);
        const library = Library.open(dbOption(program));
        try {
          let view;
          try {
            view = library.stakeholder(name);
          } catch (e) {
            if (!(e instanceof ClaimtrailError) || e.kind !== "not-found") throw e;
            return nothingFound(stakeholderHelpText(name, stakeholderHelp(library, name)));
          }
          const p = view.stakeholder;
          if (format === "json") process.stdout.write(renderJson(stakeholderJson(view)));
          else if (format === "csv") process.stdout.write(reportCsv(stakeholderReport(p)));
          else if (format === "md") process.stdout.write(renderTableMarkdown(stakeholderReport(safeFields(p))));
          else if (format === "html") process.stdout.write(renderTableHtml(stakeholderReport(p)));
          else process.stdout.write(renderStakeholderProfile(safeFields(p)) + "\n");
        } finally {
          library.close();
        }
      }),
    );
}
