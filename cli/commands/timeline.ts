import { Option, type Command } from "commander";
import { EVENT_TYPES, Library, type EventType, type Timeline } from "../../app/library.js";
import {
  renderTimelineCsv,
  renderTimelineHtml,
  renderTimelineJs,
  renderTimelineJson,
  renderTimelineMarkdown,
  renderTimelineText,
} from "../../output/timeline-report.js";
import { EXIT, action } from "../exit.js";
import { dateOption, dbOption } from "../options.js";

const FORMATS = ["text", "json", "csv", "md", "html", "timelinejs"] as const;
type Format = (typeof FORMATS)[number];

const RENDER: Record<Format, (t: Timeline) => string> = {
  text: (t) => renderTimelineText(t) + "\n",
  json: renderTimelineJson,
  csv: renderTimelineCsv,
  md: renderTimelineMarkdown,
  html: renderTimelineHtml,
  timelinejs: renderTimelineJs,
};

export function registerTimeline(program: Command): void {
  program
    .command("timeline")
    .description("The dated events of a trust or organisation, each cited to its sources")
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
    .addHelpText(
      "after",
      "\nJSON follows claimtrail/timeline@1 (docs/timeline-contract.md); timelinejs is a TimelineJS 3 document.\nExit 1 when the subject has no events.",
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
        }) => {
          if (opts.json) opts.format = "json";
          const library = Library.open(dbOption(program));
          try {
            const timeline = library.timeline({
              subject: opts.subject,
              from: opts.from,
              to: opts.to,
              type: opts.type,
              by: opts.by,
            });
            process.stdout.write(RENDER[opts.format](timeline));
            return timeline.events.length ? EXIT.ok : EXIT.partial;
          } finally {
            library.close();
          }
        },
      ),
    );
}
