import { knowledge } from "./knowledge.js";
import { escapeRegExp } from "../model/pattern.js";

const ROLES = [...new Set(knowledge.roles.roles)].sort((a, b) => b.length - a.length);
const ALTERNATION = ROLES.map((r) => escapeRegExp(r).replace(/ /g, "\\s+")).join("|");

/** A role phrase at the end of `before` ("… the Royal Free's chief executive, "). */
export const ROLE_BEFORE = new RegExp(`(?:^|[\\s(])(${ALTERNATION})\\s*,?\\s*$`, "i");
/** A role phrase right after a name and its comma (", the Royal Free's chief executive"). */
export const ROLE_AFTER = new RegExp(
  `^\\s*,\\s+(?:the\\s+|a\\s+|an\\s+)?([^,.;:()]{0,60}?\\b)?(${ALTERNATION})\\b([^,.;:()]{0,60})`,
  "i",
);

export function normaliseRole(role: string): string {
  return role.toLowerCase().replace(/\s+/g, " ").replace("director-general", "director general");
}
