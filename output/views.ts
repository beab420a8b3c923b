import type { CheckReport, CheckedClaim, Evidence } from "../analysis/check.js";
import type { EventConflict, Timeline, TimelineEvent } from "../analysis/timeline.js";
import type { ClaimLinkView, ClaimsView, StakeholderView } from "../app/library.js";
import type { StoredClaim } from "../corpus/claims.js";
import { figureOf, type FigureValue } from "../model/claim-value.js";
import { conflictNote, eventHeadline, reasonText, warningText } from "./event-text.js";

/**
 * The objects the JSON contracts print (timeline@1, check@1, claims@1): the library's views of facts, with the words
 * output/event-text.ts writes for them in the places the contracts carry words. The CLI's --json and the API both
 * serialise these, and the other renderers read them, so every shell says the same thing.
 */

/** The contracts print a figure as its number (its unit is the event's: pounds for a financial impact). */
const figure = (v: FigureValue | null): number | null => (v ? figureOf(v) : null);

export interface EventConflictJson extends Omit<EventConflict, "value"> {
  value: number | null;
  note: string;
}

export type TimelineEventJson = Pick<TimelineEvent, "id" | "type"> & { headline: string } & Omit<
    TimelineEvent,
    "id" | "type" | "conflicts" | "value"
  > & { value: number | null; conflicts: EventConflictJson[] };

export interface TimelineJson extends Omit<Timeline, "events"> {
  events: TimelineEventJson[];
}

export function timelineJson(t: Timeline): TimelineJson {
  return {
    ...t,
    events: t.events.map(({ id, type, ...rest }) => {
      const event = { id, type, headline: eventHeadline({ type, ...rest }), ...rest };
      return {
        ...event,
        value: figure(event.value),
        conflicts: rest.conflicts.map((c) => ({ ...c, value: figure(c.value), note: conflictNote(c, event) })),
      };
    }),
  };
}

export interface EvidenceJson extends Omit<Evidence, "reason"> {
  explanation: string;
}

/** A checked claim with the words for its evidence; the claim keeps its typed value, which the renderers word. */
export interface CheckedClaimView extends Omit<CheckedClaim, "evidence"> {
  evidence: EvidenceJson[];
}

/** The check as its renderers read it: check@1's words (explanations, warnings, summary) and each claim's typed value. */
export interface CheckView extends Omit<CheckReport, "claims" | "warnings"> {
  claims: CheckedClaimView[];
  warnings: Array<{ kind: string; message: string }>;
  /** How many of each verdict (claims, statements, quotes) and of each kind of warning: the check at a glance. */
  summary: Record<"claims" | "statements" | "quotes" | "warnings", Record<string, number>>;
}

export interface CheckedClaimJson extends Omit<CheckedClaimView, "claim"> {
  claim: Omit<CheckedClaim["claim"], "typed">;
}

/** check@1: the view, each claim with its value as printed (`value`) and not its typed value. */
export interface CheckJson extends Omit<CheckView, "claims"> {
  claims: CheckedClaimJson[];
}

const countOf = (values: string[]) =>
  values.reduce<Record<string, number>>((counts, v) => ({ ...counts, [v]: (counts[v] ?? 0) + 1 }), {});

export function checkJson(r: CheckReport): CheckJson {
  return checkViewJson(checkView(r));
}

/** check@1 from a check's view: what the JSON prints, with the words the other renderers print. */
export function checkViewJson(v: CheckView): CheckJson {
  return { ...v, claims: v.claims.map((c) => ({ ...c, claim: withoutTyped(c.claim) })) };
}

export function checkView(r: CheckReport): CheckView {
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
  claims: Array<Omit<ClaimsView["claims"][number], "links" | "typed"> & { links: ClaimLinkJson[] }>;
}

/** A stored claim as the contracts print it: its `value` says what it is, its typed value stays in the library. */
export function withoutTyped<T extends { typed: unknown }>({ typed: _typed, ...rest }: T): Omit<T, "typed"> {
  return rest;
}

/** stakeholder@1: the profile, its claims as the contracts print them. */
export function stakeholderJson(v: StakeholderView): Omit<StakeholderView, "stakeholder"> & {
  stakeholder: Omit<StakeholderView["stakeholder"], "claims"> & { claims: Array<Omit<StoredClaim, "typed">> };
} {
  return { ...v, stakeholder: { ...v.stakeholder, claims: v.stakeholder.claims.map(withoutTyped) } };
}

export function claimsJson(v: ClaimsView): ClaimsJson {
  return {
    ...v,
    claims: v.claims.map((c) => ({
      ...withoutTyped(c),
      links: c.links.map((l) => ({
        relation: l.relation,
        explanation: reasonText(l.reason),
        claimId: l.claimId,
        documentId: l.documentId,
      })),
    })),
  };
}
