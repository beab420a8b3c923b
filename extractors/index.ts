import type { Doc } from "../model/doc.js";
import { extractClaims } from "./claims.js";
import { extractDates } from "./dates.js";
import { extractIssues } from "./issues.js";
import { extractMoney } from "./money.js";
import { extractQuotes } from "./quotes.js";
import { dropOverlaps } from "./refine.js";
import { splitSentences } from "./sentences.js";
import { extractStakeholders } from "./stakeholders.js";
import type { Extraction } from "../model/extraction.js";

/**
 * The extractors, in one place: each reads the Doc and returns located items.
 * Claims are built last, from what the others found; refiners then tidy up.
 */
export function extract(doc: Doc): Extraction {
  const sentences = splitSentences(doc.text);
  const money = extractMoney(doc);
  // A figure is never also a date ("£2008"), nor a count.
  const dates = dropOverlaps(extractDates(doc), money);
  const { mentions: stakeholders, warnings } = extractStakeholders(doc);
  const issues = extractIssues(doc, sentences);
  const quotes = extractQuotes(doc, stakeholders);
  const mentions = { money, dates, stakeholders, issues, quotes };
  const claims = extractClaims(doc, { sentences, mentions });
  return { mentions, claims, warnings };
}
