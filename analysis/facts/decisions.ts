// A decision told as taken, and a paper that only asks its board to take it.

/** "The board approved …", "Directors agreed …", "signed off the £1.24m": a decision told as taken. */
const DECISION_TOLD =
  /\b(?:approved|agreed|decided|signed off|backed|endorsed|rubber-stamped|sanctioned)\b|\bordered an? (?:\w+ )?(?:review|investigation|inquiry|audit)\b/i;
// ("was asked to approve", "is expected to agree", "has yet to sign off": a decision still to come.)
const DECISION_TO_COME =
  /\b(?:asked|invited|requested|recommended|expected|due|set|likely|will|would|to|yet to)\s+(?:\w+\s+)?(?:approve|agree|decide|sign off|back|endorse|sanction)\b/i;

/**
 * "(b) approve additional funding of £1,165,000", "The Board is asked to approve …", "The Executive Team recommends a
 * recovery programme costing £1,200,000", "rescheduled to 4 October, subject to Board approval": a paper's passage
 * that asks for a decision, which cannot record it.
 */
const ASKED_TO_DECIDE =
  /^\s*(?:\(?[a-z0-9]{1,3}[).]|[-•*])\s*(?:approve|agree|endorse|support|ratify|sanction)\b|\b(?:is|are)\s+(?:asked|requested|invited|recommended)\s+to\s+(?:approve|agree|endorse|support|ratify|sanction)\b|\brecommend(?:s|ed)?\s+that\s+the\s+board\s+(?:approve|agree|endorse)\b|\b(?:team|director|executive|committee|group)\s+recommends\b|\bsubject to (?:the )?(?:trust |pct )?board(?:['’]s)? approval\b|\bfor (?:board )?approval\b/i;

/**
 * "will be brought to the Board on 28 March 2013 for decision", "At its meeting on 26 July the Board deferred a
 * decision on whether to withhold this payment", "A proposal will return to the Board in July", "No decision is sought
 * today", "views on the proposed extension … ahead of the decision on 24 February", "No commitment to this expenditure
 * has been made", "The Board noted the recommendation but took no decision on the extension": a paper's passage that
 * puts the decision after its own meeting, or leaves it untaken there, which a statement that it was taken contradicts.
 */
const DECISION_LATER =
  /\bdefer(?:red|s)?\s+(?:a|the|its)\s+decision\b|\bdecision\b[^.;]{0,80}\b(?:will|is to|is due to)\s+(?:be\s+)?(?:brought|presented|taken|made|sought|return|come)\b|\bno decision is (?:being )?sought\b|\b(?:ahead of|before)\s+(?:the|a|its)\s+(?:\w+\s+)?decision\b|\b(?:will|is to)\s+(?:be\s+)?(?:brought|presented|return(?:ed)?|come|go)\s+(?:back\s+)?to\s+(?:the|a|its)\s+(?:\w+\s+){0,3}(?:board|committee|meeting)\b|\b(?:will|is to)\s+bring\s+(?:a|the)\s+(?:\w+\s+){0,3}(?:proposal|business case|paper)\b|\bno\s+(?:commitment|decision)\b[^.;]{0,60}\b(?:has|have)\s+(?:yet\s+)?been\s+(?:made|taken)\b|\bdecision rests with\b|\b(?:took|takes|has taken|made|makes|has made|reached)\s+no\s+decision\b|\bnoted without (?:a\s+)?decision\b/i;

// "It is proposed that no further Millennium deployment in London begins …", "I propose that it is extended", "The
// Executive proposes to extend mobile working": a proposal, whose decision the sentences after it may put off.
const PROPOSED = /\b(?:I|we|it is)\s+propose[sd]?\s+that\b|\bproposes?\s+to\b/i;

/** Whether a paper's passage makes a proposal. */
export const proposed = (passage: string): boolean => PROPOSED.test(passage);

/** Whether a paper's passage puts a decision after its own meeting. */
export const decisionLater = (passage: string): boolean => DECISION_LATER.test(passage);

/** Whether a sentence tells a decision as taken, not one to come. */
export const decisionTold = (sentence: string): boolean =>
  DECISION_TOLD.test(sentence) && !DECISION_TO_COME.test(sentence);

/** Whether a paper's passage only asks for a decision. */
export const askedToDecide = (passage: string): boolean => ASKED_TO_DECIDE.test(passage);

// The start of an aside that tells something beside a decision: "…, which had been scheduled for February".
const ASIDE = /,\s*(?:which|who|having|after|since)\b/;

/** The part of a sentence that tells its decision: all of it but an aside after it. */
export const decisionPart = (sentence: string): string => sentence.slice(0, ASIDE.exec(sentence)?.index);
