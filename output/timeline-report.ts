import type { TimelineEventJson as TimelineEvent, TimelineJson as Timeline } from "./views.js";
import { toCsv } from "./csv.js";
import { escapeHtml, escapeMarkdown } from "./escape.js";
import { colour, hang, safeText } from "./terminal.js";
import { describeWhen } from "./when-text.js";
import { pageRef } from "./page-ref.js";
import { htmlLink, linkOf, markdownLink, type SourceLink } from "./source-links.js";

const cite = (s: TimelineEvent["sources"][number]) =>
  `${s.title ?? s.documentId.slice(0, 10)} (${s.publisher ?? s.kind}, ${s.publishedAt ?? "undated"}, ${pageRef(s.page, s.ocr)})`;

/** A citation for the terminal: where it was read, then `p. N:` and the quotation. */
const citeText = (s: TimelineEvent["sources"][number]) =>
  `${s.title ?? s.documentId.slice(0, 10)} (${s.publisher ?? s.kind}, ${s.publishedAt ?? "undated"}) ${pageRef(s.page, s.ocr)}: “${s.quote}”`;

/**
 * A readable dated list: one line per event with its source count, then where it was read, each citation wrapped
 * to the terminal with its page just before the quotation (nothing cut). Laid out by first report (`by`
 * "reported"), each event shows the date it was first reported beside the date it happened. Empty when there are
 * no events (the command says so on stderr).
 */
export function renderTimelineText(t: Timeline, options: { by?: "happened" | "reported" } = {}): string {
  if (!t.events.length) return "";
  const out = [
    hang(
      `${colour.bold(safeText(t.subject.canonical))} `,
      t.subject.aliases.length ? `(${t.subject.aliases.join(", ")})` : "",
      2,
    ),
    "",
  ];
  const reported = options.by === "reported";
  const whenWidth = Math.max(...t.events.map((e) => describeWhen(e).length), reported ? "happened".length : 0);
  const column = (e: TimelineEvent) =>
    reported
      ? `${(e.reportedAt ?? "undated").padEnd(14)}  ${describeWhen(e).padEnd(whenWidth)}`
      : describeWhen(e).padEnd(whenWidth);
  const width = reported ? 16 + whenWidth : whenWidth;
  if (reported) out.push(colour.dim(`${"first reported".padEnd(14)}  ${"happened".padEnd(whenWidth)}  event`));
  const pad = " ".repeat(width);
  for (const e of t.events) {
    const n = e.sources.length;
    out.push(
      hang(
        `${column(e)}  `,
        `${e.headline}  [${n} source${n === 1 ? "" : "s"}]${e.conflicts.length ? ` [${e.conflicts.length} conflicting]` : ""}`,
        width + 2,
      ),
    );
    for (const s of e.sources.slice(0, 3)) out.push(hang(`${pad}    ${colour.dim("·")} `, citeText(s), width + 6));
    if (n > 3) out.push(`${pad}    ${colour.dim(`· and ${n - 3} more`)}`);
    for (const c of e.conflicts)
      out.push(
        hang(
          `${pad}    ${colour.red("≠")} `,
          `${c.title ?? c.documentId} (${c.publishedAt ?? "undated"}) p. ${c.page}: ${c.note}: “${c.quote}”`,
          width + 6,
        ),
      );
  }
  out.push("", `${t.events.length} event${t.events.length === 1 ? "" : "s"}`);
  return out.join("\n");
}

export function renderTimelineJson(t: Timeline): string {
  return JSON.stringify(t, null, 2) + "\n";
}

/** One row per event; with `link`, the first source's link too (a column the CLI's CSV has not). */
export function renderTimelineCsv(t: Timeline, link?: SourceLink): string {
  const head = [
    "from",
    "to",
    "granularity",
    "qualifier",
    "when",
    "type",
    "headline",
    "subject",
    "system",
    "value",
    "sources",
    "conflicts",
    "first_source",
    "first_source_page",
    "first_source_quote",
  ];
  const rows = t.events.map((e) => [
    e.from,
    e.to,
    e.granularity,
    e.qualifier,
    describeWhen(e),
    e.type,
    e.headline,
    e.subject,
    e.system,
    e.value,
    e.sources.length,
    e.conflicts.length,
    e.sources[0]?.title ?? e.sources[0]?.documentId,
    e.sources[0]?.page,
    e.sources[0]?.quote,
  ]);
  if (!link) return toCsv(head, rows);
  return toCsv(
    [...head, "first_source_link"],
    rows.map((row, i) => [...row, linkOf(t.events[i]!.sources[0]?.documentId, link)]),
  );
}

export function renderTimelineMarkdown(t: Timeline, link?: SourceLink): string {
  const out = [`# Timeline: ${escapeMarkdown(t.subject.canonical)}`, ""];
  if (t.subject.aliases.length) out.push(`Also known as: ${t.subject.aliases.map(escapeMarkdown).join(", ")}`, "");
  for (const e of t.events) {
    out.push(`## ${escapeMarkdown(describeWhen(e))}: ${escapeMarkdown(e.headline)}`, "");
    for (const s of e.sources) out.push(`- ${markdownLink(cite(s), s.documentId, link)}: “${escapeMarkdown(s.quote)}”`);
    for (const c of e.conflicts)
      out.push(
        `- **Conflict**: ${markdownLink(c.title ?? c.documentId, c.documentId, link)}, p. ${c.page}: ${escapeMarkdown(c.note)} (“${escapeMarkdown(c.quote)}”)`,
      );
    out.push("");
  }
  return out.join("\n");
}

/** One self-contained page (no scripts, no remote assets) a journalist can open or attach. */
export function renderTimelineHtml(t: Timeline, link?: SourceLink): string {
  const e = escapeHtml;
  const items = t.events
    .map(
      (
        ev,
      ) => `<li class="event ${e(ev.type)}${ev.conflicts.length ? " conflict" : ""}"><div class="when">${e(describeWhen(ev))}<small>${e(ev.granularity)}</small></div>
<div class="what"><h2>${e(ev.headline)}</h2><p class="meta">${e(ev.type)}${ev.system ? ` · ${e(ev.system)}` : ""} · ${ev.sources.length} source${ev.sources.length === 1 ? "" : "s"}${ev.conflicts.length ? ` · <strong>${ev.conflicts.length} conflicting</strong>` : ""}</p>
<ol class="sources">${ev.sources.map((s) => `<li><cite>${htmlLink(e(s.title ?? s.documentId), s.documentId, link)}</cite> <span>${e(s.publisher ?? s.kind)}, ${e(s.publishedAt ?? "undated")}, p. ${s.page}</span><blockquote>${e(s.quote)}</blockquote></li>`).join("")}</ol>
${ev.conflicts.length ? `<ul class="conflicts">${ev.conflicts.map((c) => `<li><strong>Conflict:</strong> ${e(c.note)} — <cite>${htmlLink(e(c.title ?? c.documentId), c.documentId, link)}</cite>, p. ${c.page}<blockquote>${e(c.quote)}</blockquote></li>`).join("")}</ul>` : ""}</div></li>`,
    )
    .join("\n");
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Timeline: ${e(t.subject.canonical)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem}ol.timeline{list-style:none;padding:0}
.event{display:grid;grid-template-columns:11rem 1fr;gap:1rem;border-top:1px solid #ccc;padding:.8rem 0}.when{font-weight:bold}.when small{display:block;font-weight:normal;color:#666}
h2{font-size:1.05rem;margin:0}.meta{color:#555;margin:.2rem 0}.conflict .when{color:#a00}blockquote{margin:.2rem 0 .6rem 1rem;color:#333;font-style:italic}
.sources{padding-left:1.2rem}.conflicts{background:#fbeaea;padding:.4rem 1.6rem}</style></head><body>
<h1>Timeline: ${e(t.subject.canonical)}</h1>${t.subject.aliases.length ? `<p>Also known as ${e(t.subject.aliases.join(", "))}</p>` : ""}
<ol class="timeline">
${items}
</ol><p>${t.events.length} events, built by claimtrail from the documents cited.</p></body></html>
`;
}

/** A TimelineJS 3 document: slides with start/end dates at the precision known, text, and a group per event type. */
export function renderTimelineJs(t: Timeline, link?: SourceLink): string {
  const date = (iso: string, granularity: string) => {
    const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
    if (granularity === "year") return { year };
    if (granularity === "day" || granularity === "to-date") return { year, month, day };
    return { year, month };
  };
  const doc = {
    title: {
      text: {
        headline: escapeHtml(`Timeline: ${t.subject.canonical}`),
        text: escapeHtml(t.subject.aliases.join(", ")),
      },
    },
    events: t.events.map((ev) => ({
      start_date: date(ev.from, ev.granularity),
      ...(ev.to !== ev.from ? { end_date: date(ev.to, ev.granularity) } : {}),
      display_date: describeWhen(ev),
      text: {
        headline: escapeHtml(ev.headline),
        // TimelineJS renders text as HTML: every piece of document text is escaped.
        text:
          ev.sources
            .map(
              (s) =>
                `<p><cite>${htmlLink(escapeHtml(cite(s)), s.documentId, link)}</cite>: “${escapeHtml(s.quote)}”</p>`,
            )
            .join("") +
          ev.conflicts
            .map(
              (c) =>
                `<p><strong>Conflict:</strong> ${escapeHtml(c.note)} (${htmlLink(escapeHtml(c.title ?? c.documentId), c.documentId, link)}, p. ${c.page})</p>`,
            )
            .join(""),
      },
      group: ev.type,
      unique_id: ev.id.replace(/[^A-Za-z0-9_-]/g, "-"),
    })),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
