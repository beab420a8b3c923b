import type { CheckReport, CheckedClaim, Evidence } from "../analysis/check.js";
import type { EventConflict, Timeline, TimelineEvent } from "../analysis/timeline.js";
import type { ClaimLinkView, ClaimsView } from "../app/library.js";
import { conflictNote, eventHeadline, reasonText, warningText } from "./event-text.js";

/**
 * The objects the JSON contracts print (timeline@1, check@1, claims@1): the library's views of facts, with the words
 * output/event-text.ts writes for them in the places the contracts carry words. The CLI's --json and the API both
 * serialise these, and the other renderers read them, so every shell says the same thing.
 */

export interface EventConflictJson extends EventConflict {
  note: string;
}

export type TimelineEventJson = Pick<TimelineEvent, "id" | "type"> & { headline: string } & Omit<
    TimelineEvent,
    "id" | "type" | "conflicts"
  > & { conflicts: EventConflictJson[] };

export interface TimelineJson extends Omit<Timeline, "events"> {
  events: TimelineEventJson[];
}

export function timelineJson(t: Timeline): TimelineJson {
  return {
    ...t,
    events: t.events.map(({ id, type, ...rest }) => {
      const event = { id, type, headline: eventHeadline({ type, ...rest }), ...rest };
      return { ...event, conflicts: rest.conflicts.map((c) => ({ ...c, note: conflictNote(c, event) })) };
    }),
  };
}

export interface EvidenceJson extends Omit<Evidence, "reason"> {
  explanation: string;
}

export interface CheckedClaimJson extends Omit<CheckedClaim, "evidence"> {
  evidence: EvidenceJson[];
}

export interface CheckJson extends Omit<CheckReport, "claims" | "warnings"> {
  claims: CheckedClaimJson[];
  warnings: Array<{ kind: string; message: string }>;
  /** How many of each verdict (claims, statements, quotes) and of each kind of warning: the check at a glance. */
  summary: Record<"claims" | "statements" | "quotes" | "warnings", Record<string, number>>;
}

const countOf = (values: string[]) =>
  values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});

export function checkJson(r: CheckReport): CheckJson {
  return {
    ...r,
    claims: r.claims.map((c) => ({
      ...c,
      evidence: c.evidence.map(({ reason, ...rest }) => ({ ...rest, explanation: reasonText(reason) })),
    })),
    warnings: r.warnings.map((w) => ({ kind: w.kind, message: warningText(w) })),
    summary: {
      claims: countOf(r.claims.map((c) => c.verdict)),
      statements: countOf(r.statements.map((st) => st.verdict)),
      quotes: countOf(r.quotes.map((q) => q.verdict)),
      warnings: countOf(r.warnings.map((w) => w.kind)),
    },
  };
}

export interface ClaimLinkJson extends Omit<ClaimLinkView, "reason"> {
  explanation: string;
}

export interface ClaimsJson extends Omit<ClaimsView, "claims"> {
  claims: Array<Omit<ClaimsView["claims"][number], "links"> & { links: ClaimLinkJson[] }>;
}

export function claimsJson(v: ClaimsView): ClaimsJson {
  return {
    ...v,
    claims: v.claims.map((c) => ({
      ...c,
      links: c.links.map((l) => ({
        relation: l.relation,
        explanation: reasonText(l.reason),
        claimId: l.claimId,
        documentId: l.documentId,
      })),
    })),
  };
}
