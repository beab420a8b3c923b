// A sum the papers give only as at risk, asked for or under discussion, which the statement tells as lost or received.
import { agrees, figuresOf, type Figure } from "../facts/figures.js";
import { clausesAt } from "../facts/wording.js";
import type { EvidenceUnit } from "../facts/evidence.js";
import type { FigureReading } from "./figure-reading.js";
import type { Scored } from "./types.js";

/**
 * "The provider arm has also lost £168,000 of CQUIN payments" against "No CQUIN payment has yet been withheld;
 * £168,000 is at risk", "NHS London has agreed to provide £2.5m" against "The Trust has asked NHS London for …
 * support of £2.5m": the passage that holds the sum, and every other that does, gives it as what may yet happen,
 * which the statement says has.
 */
export function hedgedAsDone(fr: FigureReading, hit: Scored): boolean {
  const { f } = fr;
  if (f.kind !== "money" || !DONE.test(fr.clause) || HEDGED_TOLD.test(fr.clause)) return false;
  // (Of the passages about the statement's thing: a row of backfill costs that happens to hold £520,000 too is not.)
  const about = new Set([
    hit.u,
    ...fr.close.map((r) => r.u),
    ...fr.st.loose.filter((r) => r.shared >= 2).map((r) => r.u),
  ]);
  const holding = [...about].filter((u) => u.figures.some((p) => p.kind === "money" && agrees(f, p)));
  // (And the paper must say it has not happened, or that a smaller sum has: a request it records with no answer, a sum
  // at risk it says no more of, leaves the statement unverified, as the gold's readers judged it.)
  // (In the passage or the sentence after it: "… asked NHS Midlands for transitional support of £1.3m. No support has
  // been agreed".)
  const units = fr.papers.units;
  // (Or two sentences on: "… damages for delay of up to £250,000. The Trust issued a notice of delay to Corvane on 7
  // March 2025. Corvane has disputed part of the notice and the outcome is not yet known".)
  const next = (u: EvidenceUnit) => {
    const at = units.indexOf(u);
    return units
      .slice(at + 1, at + 3)
      .filter((n) => !n.context && n.documentId === u.documentId && n.page === u.page)
      .map((n) => `${n.text} ${n.after ?? ""}`)
      .join(" ");
  };
  if (!holding.some((u) => denied(u.text, f) || denied(u.after ?? "", f) || denied(next(u), f))) return false;
  return holding.every((u) =>
    u.figures
      .filter((p) => p.kind === "money" && agrees(f, p))
      .every((p) => {
        // (A row's label is the row's clause: "CQUIN income at risk | 168".)
        if (u.context) return HEDGED_HELD.test(u.text);
        // (Or what leads to it from the last figure or stop before it: "is in discussion with CSC and the Strategic
        // Health Authority about the recovery of £520,000".)
        const at = u.text.indexOf(p.text);
        const lead =
          at < 0
            ? ""
            : u.text
                .slice(0, at)
                .split(/[.;:]\s|[£$€]?\d[\d,.]*\s*(?:m|k|bn|million)?\b/)
                .pop()!;
        return [...clausesAt(u.text, p.text), lead].some((c) => HEDGED_HELD.test(c));
      }),
  );
}

/** Whether a passage says the sum was not (yet) paid, agreed or withheld, or that another sum was instead. */
function denied(text: string, f: Figure): boolean {
  if (DENIED.test(text)) return true;
  for (const m of text.matchAll(OTHER_AGREED)) {
    const sum = figuresOf(m[0], null).find((q) => q.kind === "money");
    if (sum && !agrees(f, sum)) return true;
  }
  return false;
}
const DENIED =
  /\b(?:no\s+(?:[\w-]+\s+){0,2}?(?:payments?|money|contributions?|support|funding|income|sums?|compensation|credits?|damages|refunds?)|none of (?:the|this|it))\b[^.;]{0,60}?\b(?:has|have|had)\s+(?:yet\s+)?been\s+(?:received|paid|withheld|agreed|made|confirmed|recovered|deducted|docked|offered|committed)\b|\bnothing\s+has\s+(?:yet\s+)?been\b|\b(?:has|have|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:received|paid|agreed|confirmed|withheld)\b|\bdisput(?:es|ed|ing)\b|\bno\s+(?:decision|agreement|payment|support|income)\b[^.;]{0,40}?\b(?:has been|yet|reached|received|made|assumed)\b|\b(?:decision|outcome)\s+is\s+(?:expected|awaited|due|not yet known)\b|\bno\s+recovery\s+has\s+been\s+(?:assumed|made|agreed)\b/i;
// "Ordway has accepted liability for £60,000", "£1.1m has been agreed as non-recurrent support".
const OTHER_AGREED =
  /\b(?:accepted|agreed|paid|offered)\b[^.;£$€]{0,30}[£$€]\s?[\d.,]+\s*(?:m|k|bn|million)?|[£$€]\s?[\d.,]+\s*(?:m|k|bn|million)?[^.;£$€]{0,25}\b(?:has|have)\s+been\s+(?:agreed|accepted|paid|offered)\b/gi;

// Lost, received, agreed or recovered: told as having happened (or as now certain to).
const DONE =
  /\b(?:(?:has|have|had)\s+(?:now\s+|already\s+|also\s+)?(?:lost|been\s+(?:paid|awarded|granted|withheld|docked|refunded)|received|recovered|secured|won|clawed back|handed over|agreed\s+to\s+(?:pay|provide|fund|contribute|meet|give|cover|refund))|agreed\s+to\s+(?:pay|provide|fund|contribute|meet|give|cover|refund)|(?:was|were)\s+(?:paid|awarded|granted|withheld|docked|refunded)|(?:expects?|is\s+set|is\s+going)\s+to\s+lose|will\s+lose|is\s+losing|lost|received|recovered|secured)\b/i;
// The statement's own doubt: "could lose", "£168,000 at risk", "has asked for".
const HEDGED_TOLD =
  /\b(?:at risk|risks?|could|may|might|potential(?:ly)?|up to|seek\w*|sought|ask\w*|request\w*|hop(?:e|es|ed|ing)|claim\w*|bid|talks|discussions?|negotiat\w*|if|unless|would)\b/i;
// The paper's: at risk, asked for, claimed, in discussion, not yet agreed, a ceiling ("damages for delay of up to
// £250,000").
const HEDGED_HELD =
  /\bat risk\b|\brisk of\b|\b(?:asked|asking|asks|applied|applying|bid|bidding)\b[^.;]{0,60}?\bfor\b|\b(?:request(?:ed|s|ing)?|sought|seeking|claim(?:ed|s|ing)?|pursuing|in discussions?|under discussion|in negotiations?|being negotiated|not yet (?:been )?(?:agreed|confirmed|received|paid)|potential(?:ly)?|could|may|might|exposure|contingent|unconfirmed|disputed|up to)\b/i;

/**
 * "The trust has submitted a claim for £1.5m" against "has prepared a claim for £1.5 million …, and this will be
 * submitted … in April"; "Homerton has now recruited eight extra coders" against "The Board has approved the recruitment
 * of eight additional clinical coders … Recruitment is under way"; "has brought forward £900,000 of medical equipment
 * purchases" against "will be asked in January 2020 to approve bringing forward £0.9m": an act the statement tells as
 * done, which the passage that holds its figure (or the sentence after it) tells, by the same verb, as still to come.
 */
export function pendingAsDone(fr: FigureReading, hit: Scored): boolean {
  const { f } = fr;
  if (f.kind !== "money" && f.kind !== "count") return false;
  const act = DONE_ACT.exec(fr.clause);
  if (!act || NOT_DONE_TOLD.test(fr.clause)) return false;
  const stem = stemOf(act[1]!.toLowerCase());
  if (!stem) return false;
  const units = fr.papers.units;
  const next = units[units.indexOf(hit.u) + 1];
  const texts = [
    `${hit.u.text} ${hit.u.after ?? ""}`,
    next && !next.context && next.documentId === hit.u.documentId ? `${next.text} ${next.after ?? ""}` : "",
  ];
  const verb = String.raw`${stem}\w*`;
  const pending = new RegExp(
    String.raw`\b(?:will|shall|to|yet to|being|(?:has|have|had) (?:not|yet)(?: yet)?)\s+(?:be\s+|been\s+)?(?:[\w-]+\s+)?${verb}|\b(?:approved?|approving|agreed|authori[sz]ed|asked to approve|approval (?:of|for)|propos\w+(?: to)?)\s+(?:the\s+)?${verb}|\b${verb}\s+(?:is|are)\s+(?:now\s+)?(?:under way|in progress|being|planned|expected|due)\b`,
    "i",
  );
  const done = new RegExp(String.raw`\b(?:has|have|had|was|were)\s+(?:now\s+|already\s+)?(?:been\s+)?${verb}`, "i");
  return !hit.u.context && texts.some((t) => pending.test(t)) && !texts.some((t) => done.test(t));
}

// "has submitted", "have now recruited", "has brought forward": an act told as done, its verb.
const DONE_ACT =
  /\b(?:has|have|had)\s+(?:now\s+|already\s+|also\s+|since\s+|finally\s+)?(submitted|lodged|filed|recruited|appointed|hired|employed|brought|completed|signed|bought|purchased|procured|installed|replaced|trained|issued|migrated|transferred|delivered|implemented|awarded|commissioned|opened|closed|cleared)\b/i;
// The statement's own hedges: what is planned or asked is not told done.
const NOT_DONE_TOLD =
  /\b(?:will|would|could|may|might|expect\w*|plan\w*|propos\w*|intend\w*|aim\w*|hop(?:e|es|ed|ing)|due|asked|seek\w*|if|unless|not)\b/i;
const IRREGULAR: Record<string, string> = { brought: "br(?:ing|ought)", bought: "bu(?:y|ying|ought)" };

/** The stem by which a passage may tell the same act: "submitted" -> "submi" (submit, submission), "recruited" ->
 * "recru". */
function stemOf(verb: string): string | null {
  if (IRREGULAR[verb]) return IRREGULAR[verb]!;
  const stem = verb.replace(/(?:ted|ed|d)$/, "");
  return stem.length >= 4 ? stem.slice(0, Math.max(4, stem.length - 1)) : null;
}
