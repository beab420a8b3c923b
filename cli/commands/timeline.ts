import { Option, type Command } from "commander";
import { EVENT_TYPES, Library, type EventType } from "../../app/library.js";
import { subjectHelp } from "../../app/suggest.js";
import { ClaimtrailError } from "../../model/errors.js";
import { subjectHelpText } from "../../output/name-help.js";
import { renderTimelineCitationsCsv } from "../../output/timeline-citations.js";
import {
  renderTimelineCsv,
  renderTimelineHtml,
  renderTimelineJs,
  renderTimelineJson,
  renderTimelineMarkdown,
  renderTimelineText,
} from "../../output/timeline-report.js";
import { safeFields } from "../../output/terminal.js";
import { timelineJson } from "../../output/views.js";
import { action, nothingFound } from "../exit.js";
import { checkDateRange, dateOption, dbOption } from "../options.js";
import { describeCommand } from "../registry.js";

const FORMATS = ["text", "json", "csv", "md", "html", "timelinejs"] as const;
type Format = (typeof FORMATS)[number];

export function registerTimeline(program: Command): void {
  program
    .command("timeline")
    .description(describeCommand("timeline"))
    .requiredOption("--subject <name>", "trust or organisation, by name or alias (Royal Free, Barts, BLT, BT)")
    .option("--from <date>", "only events that end on or after this date (YYYY-MM-DD)", dateOption)
    .option("--to <date>", "only events that start on or before this date (YYYY-MM-DD)", dateOption)
    .addOption(new Option("--type <type>", "only this type of event").choices(EVENT_TYPES as unknown as string[]))
    .addOption(
      new Option("--by <date>", "lay out by the date events happened or the date they were first reported")
        .choices(["happened", "reported"])
        .default("happened"),
    )
    .addOption(new Option("--format <format>", "output format").choices(FORMATS as unknown as string[]).default("text"))
    .option("--json", "same as --format json")
    .addOption(
      new Option("--rows <rows>", "CSV rows: one per event, or one per citation (every source and conflicting report)")
        .choices(["events", "citations"])
        .default("events"),
    )
    .addHelpText(
      "after",
      "\nJSON follows claimtrail/timeline@1 (docs/timeline-contract.md); timelinejs is a TimelineJS 3 document.\n" +
        "--format csv --rows citations gives a spreadsheet every source of every event, a row each.\n" +
        "--by reported shows the date each event was first reported beside the date it happened.\n" +
        "Exit 1 when the subject has no events (an unknown subject is told the closest known ones); 2 when --from is after --to.",
    )
    .action(
      action(
        (opts: {
          subject: string;
          from?: string;
          to?: string;
          type?: EventType;
          by: "happened" | "reported";
          format: Format;
          json?: boolean;
          rows: "events" | "citations";
        }) => {
          const format: Format = opts.json ? "json" : opts.format;
          checkDateRange(opts.from, opts.to);
          if (opts.rows === "citations" && format !== "csv")
            throw new ClaimtrailError("bad-usage", "--rows citations", "goes with --format csv");
          const library = Library.open(dbOption(program));
          try {
            const found = library.timeline({
              subject: opts.subject,
              from: opts.from,
              to: opts.to,
              type: opts.type,
              by: opts.by,
            });
            const timeline = timelineJson(found);
            const render: Record<Format, () => string> = {
              text: () =>
                timeline.events.length ? renderTimelineText(safeFields(timeline), { by: opts.by }) + "\n" : "",
              json: () => renderTimelineJson(timeline),
              csv: () =>
                opts.rows === "citations" ? renderTimelineCitationsCsv(timeline) : renderTimelineCsv(timeline),
              md: () => renderTimelineMarkdown(timeline),
              html: () => renderTimelineHtml(timeline),
              timelinejs: () => renderTimelineJs(timeline),
            };
            process.stdout.write(render[format]());
            if (timeline.events.length) return;
            const help = subjectHelp(library, opts.subject, timeline.subject.canonical);
            if (!help.known) return nothingFound(subjectHelpText(opts.subject, help));
            const window =
              opts.from || opts.to ? ` between ${opts.from ?? "the start"} and ${opts.to ?? "the end"}` : "";
            return nothingFound(
              `no events${opts.type ? ` of type ${opts.type}` : ""} for ${timeline.subject.canonical}${window}`,
            );
          } finally {
            library.close();
          }
        },
      ),
    );
}
