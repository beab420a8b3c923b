// Whose a review is, in the words of the sentence that dates it.
import { PREDICATE, type Predicate } from "./predicates.js";
import type { SentenceScope } from "./sentence-scope.js";

// (What follows a reviewing body's name when it said something on a date: its initials, the verb of saying, the word
// before the date.)
export const SAID_ON = String.raw`(?:\s*\([A-Z]{2,6}\))?\s+(?:had\s+|has\s+)?(?:already\s+|also\s+)?(?:said|warned|concluded|found|reported)\s+(?:in|on|last)\s+$`;

/**
 * Whose a review is: the body the sentence says made it ("a review by the trust's internal auditors, Moorgate Audit",
 * "The review, carried out by Carrow Consulting", "Hallam Dowd's final report"), not the trust it was about. Null when
 * the sentence names none.
 */
export function reviewer(scope: SentenceScope, p: Predicate, at: number): string | null {
  if (p !== PREDICATE.reviewPublished) return null;
  const { text, s } = scope;
  const bodies = scope.actors.filter((a) => a.type === "organisation");
  // ("…, and the Commons Public Accounts Committee (PAC) had already warned in August that …": the body that said it,
  // right before the date, whatever review the sentence names before.)
  const sayer = bodies.findLast((a) => a.span.end <= at && SAID_AFTER_BODY.test(text.slice(a.span.end, at)));
  if (sayer) return sayer.canonical;
  // ("The review … commissioned by NHS London from Crossland Consulting": the body it was bought from made it.)
  const before = (a: (typeof bodies)[number]) => text.slice(Math.max(s.start, a.span.start - 100), a.span.start);
  const from = bodies.find((a) => /\bcommissioned\b[^.;]{0,80}?\bfrom\s+(?:the\s+)?$/i.test(before(a)));
  if (from) return from.canonical;
  // (Or a programme's office: "a review of the two earlier deployments by the London Programme for IT (LPfIT)"; not a
  // body named as another's owner, "a review by the Cabinet Office's Major Projects Authority".)
  const by = scope.actors.find(
    (a) =>
      (a.type === "organisation" || a.type === "programme") &&
      !/^['’]s\s/.test(text.slice(a.span.end, a.span.end + 3)) &&
      REVIEW_BY.test(text.slice(Math.max(s.start, a.span.start - 60), a.span.start)),
  );
  if (by) return by.canonical;
  // ("NHS London stopped further go-lives while Tavistock Hale carried out an independent review, which was published in
  // July": the body that carried it out.)
  const did = bodies.findLast(
    (a) => a.span.end <= at && CARRIED_OUT.test(text.slice(a.span.end, Math.min(at, a.span.end + 60))),
  );
  if (did) return did.canonical;
  // ("The National Audit Office (NAO) has concluded that … Its report, published on 18 May, says …": the report of the
  // audit office, committee or reviewing firm the sentences before named, when this one names no body before the date.)
  if (scope.reviewer && ITS_REPORT.test(text.slice(s.start, at)) && !bodies.some((a) => a.span.start < at))
    return scope.reviewer;
  // ("The National Audit Office, in a report last May, …, and the Public Accounts Committee, in a report published on
  // 3 August, …": the body whose report the words after it date.)
  const leading = bodies.findLast((a) => a.span.end <= at && REPORT_AFTER_BODY.test(text.slice(a.span.end, at)));
  if (leading) return leading.canonical;
  // ("the committee's final report", "A previous NAO report, in May 2008": a body's report, by its possessive or as a
  // compound.)
  const own = bodies.find((a) =>
    /^(?:['’]s)?\s+(?:(?:final|full|interim|latest|own|independent|first|second|previous|earlier)\s+)?(?:report|review|audit|investigation|findings)\b/i.test(
      text.slice(a.span.end, a.span.end + 40),
    ),
  );
  return own?.canonical ?? null;
}
const CARRIED_OUT =
  /^\s+(?:(?:has|had|have|also)\s+)*(?:carried out|conducted|undertook|undertaken|led|completed)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:review|audit|investigation|inquiry|assessment)\b/i;
const ITS_REPORT =
  /^\W*(?:[A-Z][\w ,]{0,30}?\s)?(?:[Ii]ts|[Tt]heir|The)\s+(?:(?:full|final|interim|latest|own)\s+)?(?:report|review|findings|study|inquiry)\b/;
const REPORT_AFTER_BODY =
  /^\s*(?:\([A-Z]+\)\s*)?,\s*(?:in|with)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|review|audit|study)\b(?:\s+(?:published|released|issued))?\s+(?:on|in|last|of|dated)?\s*$/;
const SAID_AFTER_BODY = new RegExp(String.raw`^${SAID_ON}`);
const REVIEW_BY =
  /\b(?:review|report|audit|investigation|inquiry|assessment)\b(?:(?!\b(?:requested|ordered|called for|asked for)\b)[^.;]){0,70}\b(?:by|from)\s+(?:the\s+)?(?:[\w'’]+\s+){0,4}?(?:(?:auditors?|consultants?|accountants?|firm),?\s+)?$/i;
