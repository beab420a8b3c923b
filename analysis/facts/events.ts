/** Words that say what a date in a statement or a passage dates: a meeting, a decision, an event, a plan. */
// (Not "crashed for 47 minutes on December 19": minutes counted are no meeting's.)
export const DOCUMENT_DATE =
  /\b(?:meeting|board|report|paper|papers|(?<!\d\s*)minutes|letter|statement)\b[^.;]{0,25}?\b(?:on|of|dated|for)\s+(?:the\s+)?$/i;
// "the Board's decision in May", "at its meeting on 3 March", "agreed in April": the date something was decided.
export const DECIDED_WHEN =
  /\b(?:decision|decided|agreed|approved|meeting|resolved)\s+(?:(?:at|in|on|of)\s+(?:its|the|a)\s+(?:\w+\s+){0,2})?(?:in|on|at|of|during)\s+(?:early\s+|late\s+|mid-?)?$/i;
// "funding beyond March 2012", "until the end of June": a date that bounds a span, no event's day.
export const BOUND_BEFORE =
  /\b(?:beyond|after|until|till|up to|through|ahead of|before|prior to)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:early\s+|late\s+|mid-?)?$/i;

// A figure for another period than the papers' ("last year", "next year") is not contradicted by this year's.
export const OTHER_PERIOD =
  /\b(?:last|previous|next|following|prior) (?:year|financial year)\b|\ba year (?:ago|earlier)\b/i;

// Words of an event with a date: a go-live, a move, a switch.
export const EVENT_WORD =
  /\b(?:go[- ]live|went live|go(?:es|ing)? live|live|switch(?:ed|es|ing)?(?:[- ]on| over)?|move[ds]?|moving|migrat\w*|roll[- ]?out|deploy\w*|cut-?over|follow|due|planned|pencilled|scheduled)\b/i;
// The same, without the words that only say it was planned ("due", "scheduled"): what happens.
export const EVENT_DONE =
  /\b(?:go[- ]live|went live|go(?:es|ing)? live|live|switch(?:ed|es|ing)?(?:[- ]on| over)?|move[ds]?|moving|migrat\w*|roll[- ]?out|deploy\w*|cut-?over|follow(?:ed|s)?)\b/i;
export const PLAN_WORD =
  /\b(?:due|plan|planned|plans|scheduled|pencilled|expected|will|to follow|put back|pushed back|moved back|postponed|deferred|revised|originally|original)\b/i;
