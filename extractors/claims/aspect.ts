/**
 * A figure's aspect: the line of a breakdown it is ("data entry", "lost activity"), so that two lines of one total
 * are two quantities, never rival values of one.
 */

/** "the data entry figure of" → "data entry"; "Other costs" → "other"; "Lost activity (income)" → "lost activity". */
export function normaliseAspect(words: string): string {
  return words
    .toLowerCase()
    .replace(/\([^)]*\)?/g, " ")
    .replace(/[–—:;,.-]+\s*$/, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/(?:\s+(?:of|costs?|figure|at|was|were|is|totalled|came to|line|accounted|accounts|account|for))+$/, "")
    .trim();
}

const NOT_ASPECT =
  /^(?:the|a|an|of|it|which|this|that|about|nearly|almost|around|some|over|more|than|by|to|from|reached|reach|total|totalled|cost|costs|were|was|is|are|be|been|and|with|at|up|down|only|just|further|another|estimated|lost|losses|valued|worth|priced|costed)$/i;

/** Words that name something ("data entry"), not function words around a figure ("of the total"). */
export const namesALine = (words: string) => !words.split(/\s+/).every((w) => NOT_ASPECT.test(w));

// A cost line names what it is for just before the figure: "data entry £3.789m", "extra staff: £1.2m".
// In prose the line is tied to the figure by a connector ("costs of", "of", ":"); "accounted for £1.3m" names no line.
export const ASPECT_BEFORE =
  /(?:^|[,;:(]|\band\b|\bincluding\b)\s*((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s*(?:costs?\s+of\s+|costs?\s*[:–-]\s*|of\s+|at\s+|:\s*|–\s*|-\s*)$/i;
// What a component figure is for, written after it: "£1.3m of lost activity", "£3.789m relating to data entry".
export const ASPECT_AFTER =
  /^,?\s*(?:of|for|on|in|relating to|related to|relates to|relate to|spent on|to cover)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)(?=\s*(?:[,;.:)]|\band\b|\bof which\b|$))/i;
// "Lost activity accounted for £1.3m and additional staff for £1.2m": each figure a line of a total.
export const COMPONENT_BEFORE =
  /(?:^|[,;]\s*|\band\s+|\bwhile\s+)((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+(?:accounted for|accounts for|account for|for)\s+$/i;
// Prose, not a cost line: "The trust has spent £0.91m". ("Lost activity" and "Other costs" are line labels.)
export const ROW_VERB =
  /\b(?:is|was|were|are|has|have|had|reached|spent|totalled|rose|fell|will|would|said|says|arose|came)\b/i;
