import { minutesDate } from "../read/cover-date.js";
import type { Doc } from "../model/doc.js";
import type { Claim, Mentions } from "../model/extraction.js";
import { countClaims } from "./claims/count-claims.js";
import { LIST_ITEM, dateClaims, withoutRestatedDates } from "./claims/date-claims.js";
import { moneyClaims } from "./claims/money-claims.js";
import { freshMemory, sentenceScopes, type SentenceScope } from "./claims/sentence-scope.js";
import { asMissed, goesOnAboutDate, saysPlanMissed } from "./claims/plan-missed.js";
import { PREDICATE, predicateCalled } from "./claims/predicates.js";
import { hospitalsToTrusts } from "./claims/subjects.js";
import { reportPublished, reportPublishedClaim } from "./claims/report-date.js";
import { tableRowClaims } from "./claims/table-claims.js";
import type { Sentence } from "./sentences.js";

export { documentSubject } from "./claims/subjects.js";

// A sentence that introduces a list: it ends with a colon.
const LEAD_IN = /:\s*$/;
// "The Board:", "Resolved: the Board", "The Board of Directors RESOLVED:": minutes' lead-in to what the board did.
const BOARD_LEAD = /\b(?:trust )?board(?: of directors)?(?:\s+(?:resolved|agreed))?\s*:?\s*$/i;

/** A line of a list: a body and a date ("Ravensbury Hospital NHS Trust: 14 July 2007"), and no more than a few words. */
function isListItem(scope: SentenceScope): boolean {
  return (
    scope.s.text.split(/\s+/).length <= 14 &&
    scope.dates.length === 1 &&
    scope.actors.some((a) => a.type === "organisation" && a.span.start - scope.s.start <= 2) &&
    /^[^.]*[:,–-]\s*(?:on\s+|in\s+)?[\w ]+[;.]?\s*$/.test(scope.s.text)
  );
}

export interface ClaimContext {
  sentences: Sentence[];
  mentions: Mentions;
}

/**
 * Checkable statements: (subject, predicate, value, when), read sentence by sentence from the mentions the extractors
 * found. The predicates are data (extractors/data/predicates.json, through extractors/knowledge.ts); the modules of
 * extractors/claims/ apply them, each to one kind of value.
 */
export function extractClaims(
  doc: Pick<Doc, "text" | "pages" | "subject" | "kind"> & Partial<Pick<Doc, "publishedAt">>,
  ctx: ClaimContext,
): Claim[] {
  const { mentions } = ctx;
  const out: Claim[] = [];
  const seen = new Set<string>();
  const trustOf = hospitalsToTrusts(mentions.stakeholders, doc.text);
  const keyOf = (c: Claim) => `${c.subject}|${c.predicate}|${c.value}|${c.aspect ?? ""}`;
  // (A headline's claim the story's body makes again, under the same predicate, is the body's too: it stands though
  // the body tells the figure another way later.)
  const headEnd = doc.kind === "news" ? doc.text.search(/\n\s*\n/) : -1;
  const inHeadline = new Set<string>();
  const toldAgain = new Set<string>();
  const add = (given: Claim) => {
    const c = trustOf.has(given.subject) ? { ...given, subject: trustOf.get(given.subject)! } : given;
    const key = keyOf(c);
    if (inHeadline.has(key) && c.span.start > headEnd) toldAgain.add(key);
    if (seen.has(key)) return;
    seen.add(key);
    if (headEnd > 0 && c.span.end <= headEnd) inHeadline.add(key);
    out.push(c);
  };
  // Minutes of a meeting name themselves at their head ("Minutes of the Trust Board meeting held on …").
  const minutes = doc.kind === "board-paper" && /^[^\n]{0,40}\bminutes of\b/im.test(doc.text.slice(0, 600));
  // Their decisions are the meeting's, on the day their heading gives (they are often published with the next
  // meeting's papers, and dated by it).
  const meeting = minutes ? (minutesDate(doc.text) ?? doc.publishedAt ?? null) : null;
  const report = reportPublished(doc.text, doc.kind, mentions);
  const scopeOf = sentenceScopes(doc, mentions, add);
  const tableRows = tableRowClaims(doc.kind, mentions);
  const memory = freshMemory();
  let lead: string | null = null;
  // Whether the sentence is an item of what the board did, in minutes.
  let resolved = false;
  let previous: Sentence | null = null;
  // The dated claims of the sentence before, which the next may say slipped.
  let lastDated: { from: number; to: number } = { from: 0, to: 0 };
  // The order is the claims' order: money in prose, table rows, counts, then dates.
  for (const s of ctx.sentences) {
    const scope = scopeOf(s, memory);
    moneyClaims(scope, memory);
    tableRows(scope);
    countClaims(scope, memory);
    if (lastDated.to > lastDated.from && saysPlanMissed(s))
      out.splice(
        lastDated.from,
        lastDated.to - lastDated.from,
        ...asMissed(out.slice(lastDated.from, lastDated.to), seen, keyOf),
      );
    // "Lorenzo has been deployed at four organisations, as follows:" then "Kirkdale Partnership NHS Trust, April
    // 2011;": the items of a list tell what its lead-in says of each.
    lead = lead && isListItem(scope) ? lead : LEAD_IN.test(s.text) ? s.text : null;
    // "That date slipped to November 2010": the date of the sentence before, whose event it names.
    const refersBack = previous && goesOnAboutDate(s) ? previous.text : null;
    const from = out.length;
    resolved = minutes && LIST_ITEM.test(s.text) && (resolved || (!!previous && BOARD_LEAD.test(previous.text)));
    reportPublishedClaim(scope, report);
    dateClaims(scope, doc, meeting, lead === s.text ? refersBack : (lead ?? refersBack), resolved);
    lastDated = { from, to: out.length };
    // (A restart is of a halt of the same body's: "… agreed that roll-outs could restart. The decision ends a freeze".)
    memory.halt =
      out
        .slice(from)
        .find(
          (c) =>
            c.predicate === PREDICATE.deploymentsSuspended.name || c.predicate === PREDICATE.deploymentsResumed.name,
        )?.subject ?? memory.halt;
    previous = s;
  }
  const claims = withoutHeadlineRestatements(withoutRestatedDates(out, doc.text), headEnd, (c) =>
    toldAgain.has(keyOf(c)),
  );
  return doc.kind === "news" ? withoutRestatedLosses(claims) : claims;
}

/**
 * "… expects problems with its new system to cost it between £4m and £6m" then "the director of finance puts the
 * full-year cost at "£4m to £6m"": in a story, the same sum of the same body told again as a plain cost is the loss
 * told before. (A board paper's table gives a total as both: its overspend line and the cost the prose says it meets.)
 */
function withoutRestatedLosses(claims: Claim[]): Claim[] {
  const losses = claims.filter((c) => c.predicate === PREDICATE.loss.name);
  return claims.filter(
    (c) =>
      c.predicate !== PREDICATE.cost.name ||
      c.aspect ||
      !losses.some((l) => l.subject === c.subject && l.value === c.value && l.span.start < c.span.start),
  );
}

/**
 * "Royal Free back on track after £11m computer fiasco" over "… the episode has cost the Hampstead hospital more than
 * £11 million": a headline's figure that the story tells again under another predicate is the story's; the body's
 * words, not the headline's few, say what it is. `headEnd`: where a story's headline and standfirst end (-1 for a
 * document that is no story).
 */
function withoutHeadlineRestatements(claims: Claim[], headEnd: number, toldAgain: (c: Claim) => boolean): Claim[] {
  if (headEnd < 0) return claims;
  const inHead = (c: Claim) =>
    headEnd > 0 && c.span.end <= headEnd && predicateCalled(c.predicate).unit === "money" && !toldAgain(c);
  return claims.filter(
    (c) =>
      !inHead(c) ||
      !claims.some((o) => !inHead(o) && o.subject === c.subject && o.value === c.value && o.predicate !== c.predicate),
  );
}
