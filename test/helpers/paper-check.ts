import { checkStatements, type StatementCheck } from "../../analysis/fact-match.js";
import { evidenceUnits } from "../../analysis/facts/evidence.js";
import type { SameFactModel } from "../../analysis/facts/same-fact.js";

/**
 * A paper of one page, read into passages, and a check of an article's sentences against it (the last one's result),
 * by the rules alone or with a judge of the same fact.
 */
export function against(
  paper: readonly string[],
  paperDate: string,
  articleDate: string,
  subject: string | null = null,
) {
  const text = paper.join("\n");
  const units = evidenceUnits("paper", text, [{ number: 1, start: 0, end: text.length }], paperDate);
  const check = (sentences: string, judge: SameFactModel | null = null): StatementCheck =>
    checkStatements(sentences, articleDate, units, () => false, subject, judge).at(-1)!;
  return { units, check };
}
