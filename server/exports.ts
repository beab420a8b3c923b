import type { FastifyReply, FastifyRequest } from "fastify";
import type { Library, SearchView } from "../app/library.js";
import { renderCheckCsv, renderCheckHtml, renderCheckMarkdown } from "../output/check-report.js";
import { renderJson, renderTableHtml, renderTableMarkdown, sectionCsv } from "../output/export.js";
import { searchReport, searchSection } from "../output/search-report.js";
import type { SourceLink } from "../output/source-links.js";
import { renderTimelineCitationsCsv } from "../output/timeline-citations.js";
import {
  renderTimelineCsv,
  renderTimelineHtml,
  renderTimelineJs,
  renderTimelineMarkdown,
} from "../output/timeline-report.js";
import { checkViewJson, type CheckView, type TimelineJson } from "../output/views.js";

/**
 * The page's downloads: the CLI's renderers (output/), fed the same views the API answers with, plus the link to
 * each cited document, which only the server can give (it knows the address it is reached at).
 */
export const TIMELINE_FORMATS = ["json", "csv", "citations.csv", "md", "html", "timelinejs"] as const;
export const CHECK_FORMATS = ["json", "csv", "md", "html"] as const;
export const SEARCH_FORMATS = ["json", "csv", "md", "html"] as const;

const TYPES: Record<string, string> = {
  json: "application/json; charset=utf-8",
  timelinejs: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  "citations.csv": "text/csv; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
};
const EXTENSIONS: Record<string, string> = { timelinejs: "timelinejs.json", md: "md" };

/** A document's web address when it was read from one, else its original as this server keeps it. */
export function sourceLinks(library: Library, req: FastifyRequest): SourceLink {
  const sources = new Map(library.documents().documents.map((d) => [d.id, d.source]));
  // The Host header was checked against the names we serve (server/app.ts), so it is safe to build links with.
  const origin = `${req.protocol}://${req.headers.host}`;
  return (id) => {
    const source = sources.get(id);
    if (source === undefined) return null;
    return /^https?:\/\//i.test(source) ? source : `${origin}/api/documents/${id}/original`;
  };
}

/** Sends `body` as a file to save, named after what it holds. */
export function sendExport(reply: FastifyReply, name: string, format: string, body: string): FastifyReply {
  const file = `${name.replace(/[^\w.-]+/g, "-").replace(/^-|-$/g, "") || "export"}.${EXTENSIONS[format] ?? format}`;
  return reply
    .header("Content-Type", TYPES[format] ?? "application/octet-stream")
    .header("Content-Disposition", `attachment; filename="${file}"`)
    .send(body);
}

export function timelineExport(t: TimelineJson, format: (typeof TIMELINE_FORMATS)[number], link: SourceLink): string {
  const render = {
    json: () => renderJson(t),
    csv: () => renderTimelineCsv(t, link),
    "citations.csv": () => renderTimelineCitationsCsv(t, link),
    md: () => renderTimelineMarkdown(t, link),
    html: () => renderTimelineHtml(t, link),
    timelinejs: () => renderTimelineJs(t, link),
  };
  return render[format]();
}

export function checkExport(r: CheckView, format: (typeof CHECK_FORMATS)[number], link: SourceLink): string {
  const render = {
    json: () => renderJson(checkViewJson(r)),
    csv: () => renderCheckCsv(r, { link, summary: true }),
    md: () => renderCheckMarkdown(r, link),
    html: () => renderCheckHtml(r, link),
  };
  return render[format]();
}

export function searchExport(
  view: SearchView,
  format: (typeof SEARCH_FORMATS)[number],
  link: SourceLink,
  filters: Record<string, string | number | undefined>,
): string {
  const n = view.hits.length;
  const narrowed = Object.entries(filters)
    .filter(([k, v]) => v !== undefined && k !== "limit")
    .map(([k, v]) => `, ${k} ${v}`)
    .join("");
  const intro = [`${n} passage${n === 1 ? "" : "s"}${narrowed}`];
  const render = {
    json: () => renderJson(view),
    csv: () => sectionCsv(searchSection(view, link)),
    md: () => renderTableMarkdown(searchReport(view, intro, link)),
    html: () => renderTableHtml(searchReport(view, intro, link)),
  };
  return render[format]();
}
