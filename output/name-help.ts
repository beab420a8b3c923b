import type { StakeholderHelp, SubjectHelp, Suggestion } from "../app/suggest.js";
import { safeText } from "./terminal.js";

const one = (s: string) => safeText(s).replace(/\s+/g, " ").trim();

/** "Royal Free Hampstead NHS Trust (as “Royal Free”)", or the name alone when it matched itself. */
function suggestion(s: Suggestion): string {
  return s.via ? `${one(s.canonical)} (as “${one(s.via)}”)` : one(s.canonical);
}

const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/**
 * Why a subject found nothing, and where to look instead: "no subject “Royal Fre” in the corpus; did you mean Royal
 * Free Hampstead NHS Trust (as “Royal Free”)?", or the subjects there are with their aliases when none is close.
 */
export function subjectHelpText(name: string, help: SubjectHelp): string {
  const head = `no subject “${one(name)}” in the corpus`;
  if (help.suggestions.length) return `${head}; did you mean ${list(help.suggestions.map(suggestion))}?`;
  if (!help.subjects.length) return `${head}: it has no claims yet (run \`claimtrail ingest <source...>\` first)`;
  const known = help.subjects
    .slice(0, 6)
    .map((s) =>
      s.aliases.length ? `${one(s.canonical)} (${s.aliases.slice(0, 3).map(one).join(", ")})` : one(s.canonical),
    );
  return `${head}; subjects it knows: ${known.join("; ")}${help.subjects.length > 6 ? `; and ${help.subjects.length - 6} more` : ""}`;
}

/**
 * Why a stakeholder name found nobody: the name-variant warnings that link it to someone the corpus knows, then the
 * closest names; one line each, the first saying what to run.
 */
export function stakeholderHelpText(name: string, help: StakeholderHelp): string[] {
  const lines = [`no stakeholder “${one(name)}” in the corpus`];
  for (const v of help.variants)
    lines.push(
      `“${one(name)}” appears in a name-variant warning linking it to ${list(v.names.map(one))} (document ${v.documentId.slice(0, 10)}): ${one(v.message)}; try \`claimtrail stakeholder "${one(v.names[0]!)}"\``,
    );
  const linked = new Set(help.variants.flatMap((v) => v.names));
  const others = help.suggestions.filter((s) => !linked.has(s.canonical));
  if (others.length) lines.push(`did you mean ${list(others.map(suggestion))}?`);
  if (lines.length === 1) lines[0] += " (try `claimtrail stakeholders`)";
  return lines;
}
