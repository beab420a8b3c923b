import { gazetteer } from "../extractors/gazetteer.js";
import type { StoredClaim } from "./claims.js";
import type { Corpus } from "./corpus.js";
import { formatMoney, interval } from "./relations.js";

export const TIMELINE_SCHEMA = "claimtrail/timeline@1";

export const EVENT_TYPES = [
  "planned-go-live", "go-live-delayed", "went-live", "problems-reported", "activity-fell", "financial-impact-reported",
  "rescue-launched", "deployments-suspended", "deployments-resumed", "inquiry-or-review", "board-decision", "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

// Which claims make which events: the predicate list is the one the extractors use.
const EVENT_OF: Record<string, EventType> = {
  "go-live-planned": "planned-go-live",
  "go-live-delayed": "go-live-delayed",
  "go-live": "went-live",
  "problems-reported": "problems-reported",
  "activity-fell": "activity-fell",
  loss: "financial-impact-reported",
  "income-shortfall": "financial-impact-reported",
  "programme-launched": "rescue-launched",
  "deployments-suspended": "deployments-suspended",
  "deployments-resumed": "deployments-resumed",
  "review-published": "inquiry-or-review",
  "contract-ended": "other",
};

const PHRASE: Record<EventType, string> = {
  "planned-go-live": "planned go-live",
  "go-live-delayed": "go-live date slipped",
  "went-live": "went live",
  "problems-reported": "problems recognised",
  "activity-fell": "patient activity fell",
  "financial-impact-reported": "financial impact reported",
  "rescue-launched": "turnaround programme launched",
  "deployments-suspended": "further deployments suspended",
  "deployments-resumed": "deployments resumed",
  "inquiry-or-review": "review published",
  "board-decision": "board decision",
  other: "event",
};

export interface EventSource {
  documentId: string;
  title: string | null;
  kind: string;
  publisher: string | null;
  publishedAt: string | null;
  page: number;
  quote: string;
}

export interface TimelineEvent {
  id: string;
  type: EventType;
  headline: string;
  /** When it happened (inclusive ISO dates), at the granularity the sources wrote. */
  from: string;
  to: string;
  granularity: string;
  qualifier: string | null;
  /** When it was first reported: the earliest source's publication date. */
  reportedAt: string | null;
  subject: string;
  value: number | string | null;
  sources: EventSource[];
  conflicts: Array<{ documentId: string; title: string | null; page: number; from: string; to: string; value: number | string | null; note: string }>;
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

/** A subject name or alias ("Barts", "BLT", "Royal Free") to its canonical name and aliases. */
export function resolveSubject(name: string): { canonical: string; aliases: string[] } {
  const entry = gazetteer().lookup(name);
  return entry ? { canonical: entry.canonical, aliases: entry.aliases } : { canonical: name.trim(), aliases: [] };
}

/**
 * The events of a subject, built from its claims: the same event from several
 * sources is one event with several citations; a source that dates it or
 * values it differently is a conflict on that event, not a second event.
 */
export function buildTimeline(corpus: Corpus, q: TimelineQuery): Timeline {
  const subject = resolveSubject(q.subject);
  const claims = corpus.claims.list({ subject: subject.canonical }).filter((c) => EVENT_OF[c.predicate]);
  const events: TimelineEvent[] = [];
  for (const c of claims) {
    const type = EVENT_OF[c.predicate]!;
    const when = whenOf(c);
    if (!when) continue;
    const source = sourceOf(c);
    const value = typeof c.value === "number" ? c.value : null;
    const same = events.find((e) => e.type === type && sameEvent(e, c, when, value));
    if (same) {
      if (same.sources.some((s) => s.documentId === source.documentId)) continue;
      const agrees = overlaps(same, when) && (value === null || same.value === null || Math.abs((same.value as number) - value) <= Math.max(0.01 * value, 50_000));
      if (agrees) {
        same.sources.push(source);
        narrow(same, when);
      } else {
        same.conflicts.push({ documentId: source.documentId, title: source.title, page: source.page, from: when.from, to: when.to, value, note: value !== null && same.value !== value ? `${formatMoney(value)} against ${formatMoney(same.value as number)}` : `dated ${when.from}…${when.to}` });
      }
      continue;
    }
    events.push({
      id: `${type}:${c.id}`,
      type,
      headline: headlineOf(subject.canonical, type, value),
      ...when,
      reportedAt: c.document.publishedAt,
      subject: subject.canonical,
      value,
      sources: [source],
      conflicts: [],
    });
  }
  for (const e of events) e.reportedAt = e.sources.map((s) => s.publishedAt).filter((d): d is string => !!d).sort()[0] ?? null;
  const key = (e: TimelineEvent) => (q.by === "reported" ? e.reportedAt ?? e.from : e.from);
  const filtered = events.filter((e) => (!q.type || e.type === q.type) && (!q.from || e.to >= q.from) && (!q.to || e.from <= q.to));
  filtered.sort((a, b) => key(a).localeCompare(key(b)) || a.to.localeCompare(b.to) || EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type));
  return { schema: TIMELINE_SCHEMA, subject, events: filtered };
}

function whenOf(c: StoredClaim): { from: string; to: string; granularity: string; qualifier: string | null } | null {
  if (c.when) return { from: c.when.from, to: c.when.to, granularity: c.when.granularity, qualifier: c.when.qualifier ?? null };
  if (typeof c.value === "string" && interval(c.value)) {
    const [a, b] = interval(c.value)!;
    return { from: iso(a), to: iso(b), granularity: "day", qualifier: null };
  }
  // A figure with no date is a report as of its document's publication.
  const d = c.document.publishedAt;
  return d ? { from: d, to: d, granularity: "day", qualifier: null } : null;
}

/** Two reports of one event: same type, and dates that meet (or, for money, the same month of reporting). */
function sameEvent(e: TimelineEvent, c: StoredClaim, when: { from: string; to: string }, value: number | null): boolean {
  if (e.type === "financial-impact-reported") return value !== null && e.value !== null && monthsApart(e.from, when.from) <= 1;
  // Events that happen once per subject: a differing date is a conflict, not a new event.
  if (["went-live", "rescue-launched", "deployments-suspended", "deployments-resumed"].includes(e.type)) return true;
  return overlaps(e, when);
}

function overlaps(e: { from: string; to: string }, w: { from: string; to: string }): boolean {
  return e.from <= w.to && w.from <= e.to;
}

/** A more precise report narrows the event: "6 October 2008" inside "October 2008". */
function narrow(e: TimelineEvent, w: { from: string; to: string; granularity: string; qualifier: string | null }): void {
  if (w.from >= e.from && w.to <= e.to && (w.from !== e.from || w.to !== e.to)) {
    e.from = w.from;
    e.to = w.to;
    e.granularity = w.granularity;
    e.qualifier = w.qualifier;
  }
}

function monthsApart(a: string, b: string): number {
  const [ya, ma] = a.split("-").map(Number);
  const [yb, mb] = b.split("-").map(Number);
  return Math.abs((ya! - yb!) * 12 + (ma! - mb!));
}

function sourceOf(c: StoredClaim): EventSource {
  return { documentId: c.documentId, title: c.document.title, kind: c.document.kind, publisher: c.document.publisher, publishedAt: c.document.publishedAt, page: c.span.page, quote: c.sentence };
}

function headlineOf(subject: string, type: EventType, value: number | null): string {
  const short = gazetteer().lookup(subject)?.aliases.find((a) => a.length > 3 && /^[A-Z][a-z]/.test(a)) ?? subject;
  return `${short}: ${PHRASE[type]}${value !== null ? ` (${formatMoney(value)})` : ""}`;
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
