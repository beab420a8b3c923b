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
  const next = (u: EvidenceUnit) => {
    const n = units[units.indexOf(u) + 1];
    return n && n.documentId === u.documentId && n.page === u.page ? n.text : "";
  };
  if (!holding.some((u) => denied(u.text, f) || denied(u.after ?? next(u), f))) return false;
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
  /\b(?:no\s+(?:[\w-]+\s+){0,2}?(?:payments?|money|contributions?|support|funding|income|sums?|compensation|credits?|damages|refunds?)|none of (?:the|this|it))\b[^.;]{0,60}?\b(?:has|have|had)\s+(?:yet\s+)?been\s+(?:received|paid|withheld|agreed|made|confirmed|recovered|deducted|docked|offered|committed)\b|\bnothing\s+has\s+(?:yet\s+)?been\b|\b(?:has|have|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:received|paid|agreed|confirmed|withheld)\b|\bdisput(?:es|ed|ing)\b|\bno\s+(?:decision|agreement|payment|support|income)\b[^.;]{0,40}?\b(?:has been|yet|reached|received|made|assumed)\b|\bdecision\s+is\s+(?:expected|awaited|due)\b/i;
// "Ordway has accepted liability for £60,000", "£1.1m has been agreed as non-recurrent support".
const OTHER_AGREED =
  /\b(?:accepted|agreed|paid|offered)\b[^.;£$€]{0,30}[£$€]\s?[\d.,]+\s*(?:m|k|bn|million)?|[£$€]\s?[\d.,]+\s*(?:m|k|bn|million)?[^.;£$€]{0,25}\b(?:has|have)\s+been\s+(?:agreed|accepted|paid|offered)\b/gi;

// Lost, received, agreed or recovered: told as having happened (or as now certain to).
const DONE =
  /\b(?:(?:has|have|had)\s+(?:now\s+|already\s+|also\s+)?(?:lost|been\s+(?:paid|awarded|granted|withheld|docked|refunded)|received|recovered|secured|won|clawed back|handed over|agreed\s+to\s+(?:pay|provide|fund|contribute|meet|give|cover|refund))|agreed\s+to\s+(?:pay|provide|fund|contribute|meet|give|cover|refund)|(?:was|were)\s+(?:paid|awarded|granted|withheld|docked|refunded)|(?:expects?|is\s+set|is\s+going)\s+to\s+lose|will\s+lose|is\s+losing|lost|received|recovered|secured)\b/i;
// The statement's own doubt: "could lose", "£168,000 at risk", "has asked for".
const HEDGED_TOLD =
  /\b(?:at risk|risks?|could|may|might|potential(?:ly)?|up to|seek\w*|sought|ask\w*|request\w*|hop(?:e|es|ed|ing)|claim\w*|bid|talks|discussions?|negotiat\w*|if|unless|would)\b/i;
// The paper's: at risk, asked for, claimed, in discussion, not yet agreed.
const HEDGED_HELD =
  /\bat risk\b|\brisk of\b|\b(?:asked|asking|asks|applied|applying|bid|bidding)\b[^.;]{0,60}?\bfor\b|\b(?:request(?:ed|s|ing)?|sought|seeking|claim(?:ed|s|ing)?|pursuing|in discussions?|under discussion|in negotiations?|being negotiated|not yet (?:been )?(?:agreed|confirmed|received|paid)|potential(?:ly)?|could|may|might|exposure|contingent|unconfirmed|disputed)\b/i;
