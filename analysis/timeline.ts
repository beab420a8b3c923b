import { gazetteer } from "../extractors/gazetteer.js";
import { knowledge } from "../extractors/knowledge.js";
import type { StoredClaim } from "../corpus/claims.js";
import type { Corpus } from "../corpus/corpus.js";
import { shiftMonths } from "../model/calendar.js";
import { figureOf, type FigureValue } from "../model/claim-value.js";
import type { When } from "../model/when.js";
import { resolveSubject } from "./subjects.js";
import { roundingOf } from "./relations.js";

export const TIMELINE_SCHEMA = "claimtrail/timeline@1";

export const EVENT_TYPES = [
  "planned-go-live",
  "go-live-delayed",
  "went-live",
  "problems-reported",
  "activity-fell",
  "financial-impact-reported",
  "rescue-launched",
  "deployments-suspended",
  "deployments-resumed",
  "inquiry-or-review",
  "board-decision",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

// Which claims make which events, and how: each predicate's event type, whether it happens once, whether its value
// is money, are the predicate list's (extractors/data/predicates.json; test/knowledge.test.ts holds its event types
// to EVENT_TYPES).
const EVENT_OF: Record<string, EventType> = Object.fromEntries(
  knowledge.predicates.flatMap((p) => (p.event ? [[p.name, p.event as EventType]] : [])),
);
// Events that happen once per subject: reports dated differently disagree about one event.
const ONCE = new Set(knowledge.predicates.filter((p) => p.once && p.event).map((p) => p.event as EventType));
// Events told as figures: reports of one are gathered by figure, not by date.
const MONEY = new Set(
  knowledge.predicates.filter((p) => p.unit === "money" && p.event).map((p) => p.event as EventType),
);

export interface EventSource {
  documentId: string;
  title: string | null;
  kind: string;
  publisher: string | null;
  publishedAt: string | null;
  page: number;
  /** The sentence the event was read from. */
  quote: string;
  /** Where the claim's own words sit in the document text (page, start, end). */
  span: { page: number; start: number; end: number };
  /** Set when the page's text was read by OCR: its mean word confidence (0–100). */
  ocr?: number;
}

export interface EventConflict {
  documentId: string;
  title: string | null;
  kind: string;
  publishedAt: string | null;
  page: number;
  from: string;
  to: string;
  /** The rival report's figure (for figures), else its dates (from, to) stand against the event's. */
  value: FigureValue | null;
  quote: string;
}

/** An event as facts: its type, dates, subject, system and value (output/event-text.ts words its headline). */
export interface TimelineEvent {
  id: string;
  type: EventType;
  /** When it happened (inclusive ISO dates), at the granularity the sources wrote. */
  from: string;
  to: string;
  granularity: string;
  qualifier: string | null;
  /** When it was first reported: the earliest source's publication date. */
  reportedAt: string | null;
  subject: string;
  /** The system concerned, when the sources name one ("Cerner Millennium"). */
  system: string | null;
  /** The figure of a financial event (money with its currency), else null. */
  value: FigureValue | null;
  sources: EventSource[];
  conflicts: EventConflict[];
}

export interface Timeline {
  schema: typeof TIMELINE_SCHEMA;
  subject: { canonical: string; aliases: string[] };
  events: TimelineEvent[];
}

export interface TimelineQuery {
  subject: string;
  from?: string;
  to?: string;
  type?: EventType;
  /** Lay out by the date events happened (default) or the date they were reported. */
  by?: "happened" | "reported";
}

/**
 * The events of a subject, built from its claims. Reports of one event are
 * gathered into one cluster (dates that meet; for money, the same figure within
 * rounding). Where sources disagree, the cluster with the most weight (a board
 * paper counts twice) is the event and the others are its conflicts, never a
 * second event.
 */
export function buildTimeline(corpus: Corpus, q: TimelineQuery): Timeline {
  const subject = resolveSubject(corpus, q.subject);
  // A quarter either side of the window: room for the reports that date an event inside it a little differently.
  const claims = corpus.claims.events({
    subject: subject.canonical,
    predicates: Object.keys(EVENT_OF),
    from: q.from ? shiftMonths(q.from, -3) : undefined,
    to: q.to ? shiftMonths(q.to, 3) : undefined,
  });
  const byType = new Map<EventType, Report[]>();
  for (const c of claims) {
    const type = EVENT_OF[c.predicate]!;
    if (q.type && q.type !== type) continue;
    const when = whenOf(c);
    if (!when) continue;
    const list = byType.get(type) ?? [];
    list.push({
      claim: c,
      type,
      when,
      value: figureOf(c.typed),
      weight: c.document.kind === "board-paper" ? 2 : 1,
      fromDay: day(when.from),
      toDay: day(when.to),
      cumulative: when.granularity === "to-date",
    });
    byType.set(type, list);
  }
  const events: TimelineEvent[] = [];
  for (const [type, reports] of byType) events.push(...eventsOf(subject.canonical, type, reports));
  const key = (e: TimelineEvent) => (q.by === "reported" ? (e.reportedAt ?? e.from) : e.from);
  const filtered = events.filter((e) => (!q.from || e.to >= q.from) && (!q.to || e.from <= q.to));
  filtered.sort(
    (a, b) =>
      key(a).localeCompare(key(b)) ||
      a.to.localeCompare(b.to) ||
      EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type) ||
      a.id.localeCompare(b.id),
  );
  return { schema: TIMELINE_SCHEMA, subject, events: filtered };
}

interface Report {
  claim: StoredClaim;
  type: EventType;
  when: When;
  value: number | null;
  weight: number;
  /** The period as day numbers, computed once: timelines compare thousands of reports. */
  fromDay: number;
  toDay: number;
  cumulative: boolean;
}

const day = (iso: string) => Math.floor(Date.parse(iso) / 86_400_000);

function eventsOf(subject: string, type: EventType, reports: Report[]): TimelineEvent[] {
  const money = MONEY.has(type);
  const agree = (a: Report, b: Report) => (money ? sameFigure(a, b) : overlaps(a.when, b.when));
  const clusters = money ? clusterFigures(reports, agree) : clusterIntervals(reports);
  const weights = new Map(
    clusters.map((c) => [
      c,
      c.reduce((n, r) => n + r.weight, 0) * 1000 + new Set(c.map((r) => r.claim.documentId)).size,
    ]),
  );
  clusters.sort((a, b) => weights.get(b)! - weights.get(a)! || a[0]!.claim.id - b[0]!.claim.id);
  const kept: Array<{ main: Report[]; conflicts: Report[] }> = [];
  // Figures are looked up by the month their period ends in (and its neighbours): no comparison of every pair.
  const byMonth = new Map<string, number[]>();
  const monthKey = (r: Report, shift: number) => `${r.cumulative}|${Math.floor(r.toDay / 30.44) + shift}`;
  for (const c of clusters) {
    // A rival report of the same event: once-only events whatever the date; figures for the same period.
    let rival: (typeof kept)[number] | undefined;
    if (ONCE.has(type) && !money) rival = kept[0];
    else if (money) {
      const candidates = new Set(c.flatMap((x) => [-1, 0, 1].flatMap((d) => byMonth.get(monthKey(x, d)) ?? [])));
      rival = [...candidates]
        .sort((a, b) => a - b)
        .map((i) => kept[i]!)
        // (Of one quantity: income lost is a part of the whole loss, not a rival figure for it.)
        .find((k) => k.main.some((r) => c.some((x) => samePeriod(r, x) && r.claim.predicate === x.claim.predicate)));
    }
    if (rival) rival.conflicts.push(...c);
    else {
      kept.push({ main: c, conflicts: [] });
      if (money)
        for (const r of c) byMonth.set(monthKey(r, 0), [...(byMonth.get(monthKey(r, 0)) ?? []), kept.length - 1]);
    }
  }
  return kept.map(({ main, conflicts }) => toEvent(subject, type, main, conflicts));
}

/** Reports whose dates overlap, transitively: one sweep over the reports sorted by start. */
function clusterIntervals(reports: Report[]): Report[][] {
  const sorted = [...reports].sort((a, b) => a.when.from.localeCompare(b.when.from));
  const out: Report[][] = [];
  let end = "";
  for (const r of sorted) {
    if (out.length && r.when.from <= end) out[out.length - 1]!.push(r);
    else out.push([r]);
    if (r.when.to > end || out[out.length - 1]!.length === 1) end = r.when.to;
  }
  return out;
}

/** Figures that agree: runs of values within rounding of each other, then pairwise within each (small) run. */
function clusterFigures(reports: Report[], agree: (a: Report, b: Report) => boolean): Report[][] {
  const sorted = [...reports].sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
  const runs: Report[][] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1]?.at(-1);
    const v = r.value ?? 0;
    if (last && v - (last.value ?? 0) <= Math.max(roundingOf(v), roundingOf(last.value ?? 0)))
      runs[runs.length - 1]!.push(r);
    else runs.push([r]);
  }
  return runs.flatMap((run) => (run.length > 200 ? [run] : unionFind(run, agree)));
}

/** Groups reports that agree, transitively (union-find over the pairs). */
function unionFind(reports: Report[], agree: (a: Report, b: Report) => boolean): Report[][] {
  const parent = reports.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < reports.length; i++)
    for (let j = i + 1; j < reports.length; j++) if (agree(reports[i]!, reports[j]!)) parent[find(i)] = find(j);
  const groups = new Map<number, Report[]>();
  reports.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
  return [...groups.values()];
}

function toEvent(subject: string, type: EventType, main: Report[], rivals: Report[]): TimelineEvent {
  // The most precise date every agreeing source allows: "6 October 2008" inside "October 2008".
  // Dates read from the text beat a publication date standing in for one; a qualified date ("early September") beats a bare one.
  const derived = (r: Report) => (r.claim.when || r.claim.typed.kind === "date" ? 0 : 1);
  const best = [...main].sort(
    (a, b) =>
      derived(a) - derived(b) ||
      span(a.when) - span(b.when) ||
      Number(!!b.when.qualifier) - Number(!!a.when.qualifier) ||
      b.weight - a.weight,
  )[0]!;
  const first = [...main].sort(
    (a, b) =>
      b.weight - a.weight || (a.claim.document.publishedAt ?? "").localeCompare(b.claim.document.publishedAt ?? ""),
  )[0]!;
  const sources = unique(
    main.sort(
      (a, b) =>
        b.weight - a.weight || (a.claim.document.publishedAt ?? "").localeCompare(b.claim.document.publishedAt ?? ""),
    ),
  ).map(sourceOf);
  const value = figureValue(best.claim);
  const system = systemOf(main.slice(0, 20).map((r) => r.claim.sentence));
  return {
    id: `${type}:${first.claim.id}`,
    type,
    from: best.when.from,
    to: best.when.to,
    granularity: best.when.granularity,
    qualifier: best.when.qualifier,
    reportedAt:
      sources
        .map((s) => s.publishedAt)
        .filter((d): d is string => !!d)
        .sort()[0] ?? null,
    subject,
    system,
    value,
    sources,
    conflicts: unique(rivals).map((r) => ({
      documentId: r.claim.documentId,
      title: r.claim.document.title,
      kind: r.claim.document.kind,
      publishedAt: r.claim.document.publishedAt,
      page: r.claim.span.page,
      from: r.when.from,
      to: r.when.to,
      value: figureValue(r.claim),
      quote: r.claim.sentence,
    })),
  };
}

/** A claim's typed figure, or null for a date. */
const figureValue = (c: StoredClaim): FigureValue | null => (c.typed.kind === "date" ? null : c.typed);

/** One citation per document: the first report of it, board papers first. */
function unique(reports: Report[]): Report[] {
  const seen = new Set<string>();
  return reports.filter((r) => !seen.has(r.claim.documentId) && seen.add(r.claim.documentId));
}

/** When a claim's event happened; dated claims carry their date as a When from extraction on. */
function whenOf(c: StoredClaim): When | null {
  if (c.when) return c.when;
  // A figure with no date is a running total as of its document's publication.
  const d = c.document.publishedAt;
  return d ? { from: d, to: d, granularity: "to-date", qualifier: null } : null;
}

/** The same figure (within the rounding it was written to) for periods that can be one. */
function sameFigure(a: Report, b: Report): boolean {
  if (a.value === null || b.value === null) return false;
  if (Math.abs(a.value - b.value) > Math.max(roundingOf(a.value), roundingOf(b.value))) return false;
  return (
    samePeriod(a, b) || overlaps(a.when, b.when) || a.when.granularity === "to-date" || b.when.granularity === "to-date"
  );
}

/** Two figures meant for one period: both running totals within a month of each other, or the same interval. */
function samePeriod(a: Report, b: Report): boolean {
  if (a.cumulative !== b.cumulative) return false;
  const near = (x: number, y: number) => Math.abs(x - y) <= 35;
  return a.cumulative ? near(a.toDay, b.toDay) : near(a.fromDay, b.fromDay) && near(a.toDay, b.toDay);
}

function overlaps(e: { from: string; to: string }, w: { from: string; to: string }): boolean {
  return e.from <= w.to && w.from <= e.to;
}

const span = (w: When) => Date.parse(w.to) - Date.parse(w.from);

function sourceOf(r: Report): EventSource {
  const c = r.claim;
  return {
    documentId: c.documentId,
    title: c.document.title,
    kind: c.document.kind,
    publisher: c.document.publisher,
    publishedAt: c.document.publishedAt,
    page: c.span.page,
    quote: c.sentence,
    span: c.span,
    ...(c.ocr !== null ? { ocr: c.ocr } : {}),
  };
}

/** The system most of the sources name, through the gazetteer. */
function systemOf(sentences: string[]): string | null {
  const g = gazetteer();
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const m of g.match(s))
      if (m.entry.category === "system") counts.set(m.entry.canonical, (counts.get(m.entry.canonical) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
