import { el, where } from "/dom.js";

// A check's claims (verdict, claim, board-paper evidence), quotes with their word diffs, and warnings, as nodes:
// verdicts are words as well as colours, and each piece of evidence opens where it was read.

const money = (n) =>
  n >= 1e9 ? `£${+(n / 1e9).toFixed(3)}bn` : n >= 1e6 ? `£${+(n / 1e6).toFixed(3)}m` : `£${n.toLocaleString("en-GB")}`;
/** A claim's value as its predicate's unit says (GET /api/predicates): money in pounds, a count, a date as written. */
const valueText = (c, predicate) =>
  typeof c.value !== "number"
    ? c.value
    : predicate?.unit === "money"
      ? money(c.value)
      : c.value.toLocaleString("en-GB");

/**
 * The nodes that show check `r`; `open(evidence)` shows a piece of evidence in the viewer. `predicates` maps each
 * predicate's name to what /api/predicates says of it (unit, description), so nothing here knows predicate names.
 */
export function checkDetails(r, open, predicates = new Map()) {
  const rows = r.claims.map((c) =>
    el(
      "tr",
      { class: `claim ${c.verdict}` },
      el("td", {}, el("span", { class: `verdict ${c.verdict}` }, c.verdict)),
      el(
        "td",
        {},
        el(
          "div",
          {},
          `${c.claim.subject} · `,
          el("span", { class: "predicate", title: predicates.get(c.claim.predicate)?.description }, c.claim.predicate),
          `${c.claim.aspect ? ` (${c.claim.aspect})` : ""} · ${valueText(c.claim, predicates.get(c.claim.predicate))}`,
        ),
        el("blockquote", {}, c.claim.sentence),
      ),
      el(
        "td",
        {},
        c.evidence
          .slice(0, 3)
          .map((e) =>
            el(
              "div",
              { class: "evidence" },
              el("strong", {}, e.relation),
              " ",
              e.explanation,
              el("div", { class: "muted" }, where(e)),
              el("blockquote", {}, e.quote),
              el("button", { type: "button", onclick: () => open(e) }, `Open at p. ${e.page}`),
            ),
          ),
      ),
    ),
  );
  const nodes = [
    el(
      "table",
      { class: "check" },
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", {}, "Verdict"),
          el("th", {}, "Claim in the article"),
          el("th", {}, "Board-paper evidence"),
        ),
      ),
      el("tbody", {}, rows),
    ),
  ];
  if (r.quotes.length) {
    nodes.push(el("h3", {}, "Quotes"));
    nodes.push(
      el(
        "ul",
        {},
        r.quotes.map((q) =>
          el(
            "li",
            { class: `quote ${q.verdict}` },
            el("span", { class: `verdict ${q.verdict}` }, q.verdict),
            " ",
            q.speaker ?? "unattributed",
            ": “",
            q.text,
            "”",
            q.diff
              ? el(
                  "div",
                  { class: "diff" },
                  q.diff.map((d) => (d.op === "same" ? d.text : el(d.op === "removed" ? "del" : "ins", {}, d.text))),
                )
              : null,
          ),
        ),
      ),
    );
  }
  if (r.warnings.length)
    nodes.push(
      el("h3", {}, "Warnings"),
      el(
        "ul",
        {},
        r.warnings.map((w) => el("li", { class: "warning" }, `${w.kind}: ${w.message}`)),
      ),
    );
  return nodes;
}
