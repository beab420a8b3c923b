// A decision told as taken, and a paper that only asks its board to take it.

/** "The board approved …", "Directors agreed …", "signed off the £1.24m": a decision told as taken. */
const DECISION_TOLD = /\b(?:approved|agreed|signed off|backed|endorsed|rubber-stamped|sanctioned)\b/i;
// ("was asked to approve", "is expected to agree", "has yet to sign off": a decision still to come.)
const DECISION_TO_COME =
  /\b(?:asked|invited|requested|recommended|expected|due|set|likely|will|would|to|yet to)\s+(?:\w+\s+)?(?:approve|agree|sign off|back|endorse|sanction)\b/i;

/**
 * "(b) approve additional funding of £1,165,000", "The Board is asked to approve …", "The Executive Team recommends a
 * recovery programme costing £1,200,000", "rescheduled to 4 October, subject to Board approval": a paper's passage
 * that asks for a decision, which cannot record it.
 */
const ASKED_TO_DECIDE =
  /^\s*(?:\(?[a-z0-9]{1,3}[).]|[-•*])\s*(?:approve|agree|endorse|support|ratify|sanction)\b|\b(?:is|are)\s+(?:asked|requested|invited|recommended)\s+to\s+(?:approve|agree|endorse|support|ratify|sanction)\b|\brecommend(?:s|ed)?\s+that\s+the\s+board\s+(?:approve|agree|endorse)\b|\b(?:team|director|executive|committee|group)\s+recommends\b|\bsubject to (?:the )?(?:trust |pct )?board(?:['’]s)? approval\b|\bfor (?:board )?approval\b/i;

/** Whether a sentence tells a decision as taken, not one to come. */
export const decisionTold = (sentence: string): boolean =>
  DECISION_TOLD.test(sentence) && !DECISION_TO_COME.test(sentence);

/** Whether a paper's passage only asks for a decision. */
export const askedToDecide = (passage: string): boolean => ASKED_TO_DECIDE.test(passage);
