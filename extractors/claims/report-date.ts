import type { Doc } from "../../model/doc.js";
import type { DateMention, Mentions, StakeholderMention } from "../../model/extraction.js";
import { dateValue, whenOf } from "../../model/when.js";
import { PREDICATE } from "./predicates.js";
import { categoryOf } from "./subjects.js";
import type { SentenceScope } from "./sentence-scope.js";

/** How much of a report's start is its head: its publisher, title and date come before its first heading. */
const HEAD_CHARS = 500;
// A body whose reports are reviews: an auditor, the Comptroller's office, an inspectorate.
const AUDITOR = /\baudit\b|\bcomptroller\b|\binspectorate\b|\bombudsman\b/i;
// The head of a report of findings, not of a board paper that mentions an audit.
const REPORT_HEAD =
  /\bsummary of findings\b|\breport by the comptroller\b|\binternal audit\b|\baudit report\b|\breport issued\b|\bpublished\b|\bdate of publication\b|\breview of compliance\b|\binspection report\b/i;
// (Or a regulator's commission or a parliament's committee: "Care Quality Commission | Review of compliance",
// "House of Commons | Committee of Public Accounts", the committee and not the House.)
const REVIEWING_BODY = /^(?!.*\b(?:audit|scrutiny|assurance)\b).*\b(?:commission|committee)\b/i;
const PUBLISHED_BEFORE = /\bpublish(?:ed|ation)\b[^\n]{0,25}$/i;

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
  const head = mentions.stakeholders
    .filter((m) => m.type === "organisation" && m.span.start < end)
    .sort((a, b) => a.span.start - b.span.start);
  const reviewing = (m: StakeholderMention) =>
    ["regulator", "parliament"].includes(categoryOf(m.canonical) ?? "") && REVIEWING_BODY.test(m.canonical);
  // (The body named first publishes; after a House, its committee: "House of Commons | Committee of Public Accounts".)
  const first = [head[0], categoryOf(head[0]?.canonical ?? "") === "parliament" ? head[1] : undefined].find(
    (m): m is StakeholderMention => !!m && (AUDITOR.test(m.canonical) || reviewing(m)),
  );
  if (!first) return null;
  // (The day it came out, where the head says which: "Ordered … to be printed 19 July 2011 | Published on 3 August 2011",
  // "Date of inspection visit: 2 and 3 April 2012 | Date of publication: 11 June 2012".)
  const dates = mentions.dates
    .filter((d) => d.span.start < end && (d.granularity === "day" || d.granularity === "month"))
    .sort((a, b) => a.span.start - b.span.start);
  const date =
    dates.find((d) => PUBLISHED_BEFORE.test(text.slice(Math.max(0, d.span.start - 40), d.span.start))) ?? dates[0];
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
