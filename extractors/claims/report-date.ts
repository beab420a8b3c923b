import type { Doc } from "../../model/doc.js";
import type { DateMention, Mentions, StakeholderMention } from "../../model/extraction.js";
import { dateValue, whenOf } from "../../model/when.js";
import { PREDICATE } from "./predicates.js";
import type { SentenceScope } from "./sentence-scope.js";

/** How much of a report's start is its head: its publisher, title and date come before its first heading. */
const HEAD_CHARS = 500;
// A body whose reports are reviews: an auditor, the Comptroller's office, an inspectorate.
const AUDITOR = /\baudit\b|\bcomptroller\b|\binspectorate\b|\bombudsman\b/i;
// The head of a report of findings, not of a board paper that mentions an audit.
const REPORT_HEAD =
  /\bsummary of findings\b|\breport by the comptroller\b|\binternal audit\b|\baudit report\b|\breport issued\b|\bpublished\b/i;

/**
 * An auditor's report names itself at its head: its body ("Audit Commission", "National Audit Office", "Thamesbury
 * Audit Partnership"), its title, and the day or month it came out ("Summary of findings – October 2008", "Published
 * 11 March 2010", "Report by the Comptroller and Auditor General | HC 1173 | 16 June 2006"). That date is the review's
 * publication, by the body. Null for any other document, or a head with no such date.
 */
export function reportPublished(
  text: string,
  kind: Doc["kind"],
  mentions: Pick<Mentions, "dates" | "stakeholders">,
): { date: DateMention; body: string } | null {
  if (kind === "news") return null;
  // (The head ends where its prose begins: "1. Hollinsford Hospitals NHS Trust replaced its … on 3 March 2008.")
  const prose = /^.{120,}$/m.exec(text.slice(0, HEAD_CHARS));
  const end = prose ? prose.index : HEAD_CHARS;
  if (!REPORT_HEAD.test(text.slice(0, end))) return null;
  // The publisher is the body named first: a committee's summary that cites the NAO is the committee's.
  const first = mentions.stakeholders
    .filter((m) => m.type === "organisation")
    .reduce<StakeholderMention | null>((a, m) => (!a || m.span.start < a.span.start ? m : a), null);
  if (!first || first.span.start >= end || !AUDITOR.test(first.canonical)) return null;
  const date = mentions.dates
    .filter((d) => d.span.start < end && (d.granularity === "day" || d.granularity === "month"))
    .sort((a, b) => a.span.start - b.span.start)[0];
  return date ? { date, body: first.canonical } : null;
}

/** The claim of the report's own publication, in the sentence that holds its date. */
export function reportPublishedClaim(scope: SentenceScope, report: { date: DateMention; body: string } | null): void {
  if (!report || report.date.span.start < scope.s.start || report.date.span.end > scope.s.end) return;
  const { date, body } = report;
  const c = scope.claim(
    PREDICATE.reviewPublished,
    date.span.start,
    date.span.end,
    dateValue(date),
    whenOf(date),
    null,
    body,
  );
  if (c) scope.add(c);
}
