import type { ClaimValue } from "../model/claim-value.js";
import { dateValue } from "../model/when.js";
import { formatMoney } from "./event-text.js";
import { pageRef } from "./page-ref.js";
import type { CheckView as CheckReport, EvidenceJson as Evidence } from "./views.js";
import { toCsv } from "./csv.js";
import { escapeHtml, escapeMarkdown } from "./escape.js";
import { colour, hang } from "./terminal.js";
import { htmlLink, linkOf, markdownLink, type SourceLink } from "./source-links.js";

const VERDICT_COLOUR = {
  supported: colour.green,
  contradicted: colour.red,
  "partly-supported": colour.yellow,
  unverified: colour.dim,
} as const;
const QUOTE_COLOUR = {
  verbatim: colour.green,
  close: colour.green,
  altered: colour.red,
  "not-found": colour.dim,
} as const;

/** A claim's value as a reader sees it: a count as a number, money as money, a date as written. */
export function claimValue(c: { typed: ClaimValue }): string {
  const v = c.typed;
  if (v.kind === "count") return v.number.toLocaleString("en-GB");
  return v.kind === "money" ? formatMoney(v.amount) : dateValue(v.when);
}

const tally = (values: string[]) =>
  Object.entries(values.reduce<Record<string, number>>((a, v) => ({ ...a, [v]: (a[v] ?? 0) + 1 }), {}))
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");

/**
 * The verdicts in one line: claims, the other statements with figures, quotations and warnings, so an altered quote
 * or a name spelled two ways is never hidden behind "10 supported".
 */
export function checkSummary(r: CheckReport): string {
  const parts = [
    `claims: ${tally(r.claims.map((c) => c.verdict)) || "none"}`,
    ...(r.statements.length ? [`statements: ${tally(r.statements.map((s) => s.verdict))}`] : []),
    `quotes: ${tally(r.quotes.map((q) => q.verdict)) || "none"}`,
    `warnings: ${tally(r.warnings.map((w) => w.kind)) || "none"}`,
  ];
  return parts.join("; ");
}

const where = (e: Pick<Evidence, "title" | "documentId" | "publishedAt" | "page" | "ocr">) =>
  `${e.title ?? e.documentId.slice(0, 10)}, ${e.publishedAt ?? "undated"}, ${pageRef(e.page, e.ocr)}`;

/** Where evidence was read, without its page: the page goes before the quotation (`p. 3: “…”`). */
const source = (e: Pick<Evidence, "title" | "documentId" | "publishedAt">) =>
  `${e.title ?? e.documentId.slice(0, 10)}, ${e.publishedAt ?? "undated"}`;

const INDENT = 17;
const PAD = " ".repeat(INDENT);

/** Diff lines coloured where colour is wanted: removals red, additions green, a run that wraps coloured on both lines. */
function colourDiff(lines: string[]): string[] {
  let state: "same" | "removed" | "added" = "same";
  return lines.map((line) => {
    let out = "";
    let run = "";
    const flush = () => {
      out += state === "removed" ? colour.red(run) : state === "added" ? colour.green(run) : run;
      run = "";
    };
    for (let i = 0; i < line.length; i++) {
      const two = line.slice(i, i + 2);
      if (state === "same" && (two === "[-" || two === "{+")) {
        flush();
        state = two === "[-" ? "removed" : "added";
      }
      run += line[i];
      if ((state === "removed" && two === "-]") || (state === "added" && two === "+}")) {
        run += line[++i];
        flush();
        state = "same";
      }
    }
    flush();
    return out;
  });
}

/**
 * The tidy terminal report: verdicts as words (colour only adds to them). Every line wraps to the terminal with a
 * hanging indent; nothing is cut, and each quotation follows its page (`p. 3: “…”`).
 */
export function renderCheckText(r: CheckReport): string {
  const out: string[] = [
    colour.bold(hang("", r.document.title ?? r.document.source, 0)),
    hang(
      "",
      `${r.document.kind} · ${r.document.publisher ?? "publisher unknown"} · ${r.document.publishedAt ?? "undated"} · ${r.document.id.slice(0, 12)}`,
      2,
    ),
    "",
  ];
  out.push(colour.bold(`Claims (${r.claims.length})`));
  for (const c of r.claims) {
    const v = VERDICT_COLOUR[c.verdict](c.verdict.toUpperCase().padEnd(INDENT - 1));
    out.push(
      hang(
        `${v} `,
        `${c.claim.subject} · ${c.claim.predicate}${c.claim.aspect ? ` (${c.claim.aspect})` : ""} · ${claimValue(c.claim)}`,
        INDENT,
      ),
    );
    out.push(hang(`${PAD}p. ${c.claim.span.page}: `, `“${c.claim.sentence}”`, INDENT + 2));
    for (const e of c.evidence.slice(0, 3)) {
      const mark =
        e.relation === "passage" ? "≈" : e.relation === "supports" ? "=" : e.relation === "contradicts" ? "≠" : "→";
      out.push(hang(`${PAD}${mark} `, `${source(e)}: ${e.explanation}`, INDENT + 2));
      out.push(hang(`${PAD}  p. ${e.page}: `, `“${e.quote}”`, INDENT + 4));
    }
  }
  if (r.statements.length) {
    out.push("", colour.bold(`Statements with figures (${r.statements.length})`));
    for (const st of r.statements) {
      out.push(
        hang(`${VERDICT_COLOUR[st.verdict](st.verdict.toUpperCase().padEnd(INDENT - 1))} `, `“${st.sentence}”`, INDENT),
      );
      if (st.evidence) out.push(hang(`${PAD}p. ${st.evidence.page}: `, `“${st.evidence.passage}”`, INDENT + 2));
      if (st.disagree.length) out.push(hang(`${PAD}${colour.red("≠")} `, st.disagree.join(", "), INDENT + 2));
    }
  }
  if (r.quotes.length) {
    out.push("", colour.bold(`Quotes (${r.quotes.length})`));
    for (const q of r.quotes) {
      out.push(
        hang(
          `${QUOTE_COLOUR[q.verdict](q.verdict.toUpperCase().padEnd(INDENT - 1))} `,
          `${q.speaker ?? "unattributed"}, p. ${q.page}: “${q.text}”`,
          INDENT,
        ),
      );
      if (q.evidence) out.push(hang(`${PAD}source: `, where(q.evidence), INDENT + 8));
      if (q.diff) {
        const plain = q.diff
          .map((d) => (d.op === "same" ? d.text : d.op === "removed" ? `[-${d.text}-]` : `{+${d.text}+}`))
          .join("");
        out.push(...colourDiff(hang(`${PAD}diff: `, plain, INDENT + 6).split("\n")));
      }
    }
  }
  if (r.warnings.length) {
    out.push("", colour.bold(colour.yellow(`Warnings (${r.warnings.length})`)));
    for (const w of r.warnings) out.push(hang("  ", `${w.kind}: ${w.message}`, 4));
  }
  out.push("", checkSummary(r));
  return out.join("\n");
}

export function renderCheckMarkdown(r: CheckReport, link?: SourceLink): string {
  const out = [
    `# Claim check: ${escapeMarkdown(r.document.title ?? r.document.source)}`,
    "",
    `${r.document.kind}, ${escapeMarkdown(r.document.publisher ?? "publisher unknown")}, ${r.document.publishedAt ?? "undated"}`,
    "",
    `**${escapeMarkdown(checkSummary(r))}**`,
    "",
  ];
  out.push("| verdict | subject | predicate | value | page | evidence |", "| --- | --- | --- | --- | --- | --- |");
  for (const c of r.claims) {
    const ev = c.evidence
      .slice(0, 2)
      .map(
        (e) =>
          `${e.relation}: ${markdownLink(where(e), e.documentId, link)} “${escapeMarkdown(e.quote.slice(0, 160))}”`,
      )
      .join("<br>");
    out.push(
      `| **${c.verdict}** | ${escapeMarkdown(c.claim.subject)} | ${c.claim.predicate} | ${escapeMarkdown(claimValue(c.claim))} | ${c.claim.span.page} | ${ev} |`,
    );
  }
  if (r.quotes.length) {
    out.push("", "## Quotes", "");
    for (const q of r.quotes) {
      out.push(`- **${q.verdict}** — ${escapeMarkdown(q.speaker ?? "unattributed")}: “${escapeMarkdown(q.text)}”`);
      if (q.diff)
        out.push(
          `  - diff: ${q.diff.map((d) => (d.op === "same" ? escapeMarkdown(d.text) : d.op === "removed" ? `~~${escapeMarkdown(d.text)}~~` : `**${escapeMarkdown(d.text)}**`)).join("")}`,
        );
    }
  }
  if (r.warnings.length)
    out.push("", "## Warnings", "", ...r.warnings.map((w) => `- ${w.kind}: ${escapeMarkdown(w.message)}`));
  return out.join("\n") + "\n";
}

/** One self-contained page; every piece of document text escaped. */
export function renderCheckHtml(r: CheckReport, link?: SourceLink): string {
  const e = escapeHtml;
  const rows = r.claims
    .map(
      (c) =>
        `<tr class="${c.verdict}"><td><span class="verdict">${c.verdict}</span></td><td>${e(c.claim.subject)}</td><td>${c.claim.predicate}</td><td>${e(claimValue(c.claim))}</td><td>p. ${c.claim.span.page}<br><q>${e(c.claim.sentence)}</q></td><td>${c.evidence
          .slice(0, 3)
          .map(
            (x) =>
              `<div><b>${x.relation}</b> ${htmlLink(e(where(x)), x.documentId, link)}: <q>${e(x.quote)}</q> <small>${e(x.explanation)}</small></div>`,
          )
          .join("")}</td></tr>`,
    )
    .join("\n");
  const quotes = r.quotes
    .map(
      (q) =>
        `<li class="${q.verdict}"><span class="verdict">${q.verdict}</span> ${e(q.speaker ?? "unattributed")}: <q>${e(q.text)}</q>${q.diff ? `<div class="diff">${q.diff.map((d) => (d.op === "same" ? e(d.text) : d.op === "removed" ? `<del>${e(d.text)}</del>` : `<ins>${e(d.text)}</ins>`)).join("")}</div>` : ""}</li>`,
    )
    .join("\n");
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Claim check: ${e(r.document.title ?? r.document.source)}</title>
<style>body{font:15px/1.45 system-ui,sans-serif;margin:2rem;max-width:75rem}table{border-collapse:collapse}td,th{border-top:1px solid #ccc;padding:.4rem;vertical-align:top}
.verdict{font-weight:bold;padding:0 .3rem;border-radius:3px}.supported .verdict,.verbatim .verdict,.close .verdict{background:#d4f4d4}.contradicted .verdict,.altered .verdict{background:#f8d0d0}
.partly-supported .verdict{background:#f8eec0}.unverified .verdict,.not-found .verdict{background:#e6e6e6}del{background:#f8d0d0}ins{background:#d4f4d4}q{font-style:italic}</style></head><body>
<h1>Claim check: ${e(r.document.title ?? r.document.source)}</h1><p>${e(r.document.kind)} · ${e(r.document.publisher ?? "publisher unknown")} · ${e(r.document.publishedAt ?? "undated")}</p><p><strong>${e(checkSummary(r))}</strong></p>
<table><thead><tr><th>verdict</th><th>subject</th><th>predicate</th><th>value</th><th>claim</th><th>evidence</th></tr></thead><tbody>
${rows}
</tbody></table>
<h2>Quotes</h2><ul>${quotes}</ul>
<h2>Warnings</h2><ul>${r.warnings.map((w) => `<li>${e(w.kind)}: ${e(w.message)}</li>`).join("")}</ul></body></html>
`;
}

/**
 * One row per claim, statement, quotation and warning, told apart by `type`: a spreadsheet user sees every verdict.
 * Asked for, `summary` rows first count each verdict (`value` is the count), and `link` adds each evidence's link.
 */
export function renderCheckCsv(r: CheckReport, options: { link?: SourceLink; summary?: boolean } = {}): string {
  const head = [
    "type",
    "verdict",
    "subject",
    "predicate",
    "value",
    "page",
    "sentence",
    "evidence_relation",
    "evidence_document",
    "evidence_page",
    "evidence_quote",
  ];
  const rows = [
    ...r.claims.map((c) => {
      const e = c.evidence[0];
      return [
        "claim",
        c.verdict,
        c.claim.subject,
        c.claim.predicate,
        claimValue(c.claim),
        c.claim.span.page,
        c.claim.sentence,
        e?.relation,
        e ? (e.title ?? e.documentId) : null,
        e?.page,
        e?.quote,
      ];
    }),
    ...r.statements.map((st) => [
      "statement",
      st.verdict,
      null,
      null,
      st.disagree.length ? `≠ ${st.disagree.join(", ")}` : st.agree.join(", "),
      null,
      st.sentence,
      st.evidence ? "passage" : null,
      st.evidence?.documentId ?? null,
      st.evidence?.page,
      st.evidence?.passage,
    ]),
    ...r.quotes.map((q) => [
      "quote",
      q.verdict,
      q.speaker,
      null,
      null,
      q.page,
      q.text,
      q.evidence ? "passage" : null,
      q.evidence ? (q.evidence.title ?? q.evidence.documentId) : null,
      q.evidence?.page,
      q.evidence?.passage,
    ]),
    ...r.warnings.map((w) => ["warning", w.kind, null, null, null, null, w.message, null, null, null, null]),
  ];
  const summary = options.summary ? summaryRows(r) : [];
  if (!options.link) return toCsv(head, [...summary, ...rows]);
  // The evidence of each row, in the rows' order: claims, statements, quotes, then warnings (none).
  const evidenceIds = [
    ...r.claims.map((c) => c.evidence[0]?.documentId),
    ...r.statements.map((st) => st.evidence?.documentId),
    ...r.quotes.map((q) => q.evidence?.documentId),
  ];
  const linked = rows.map((row, i) => [...row, linkOf(evidenceIds[i], options.link)]);
  return toCsv([...head, "evidence_link"], [...summary.map((row) => [...row, null]), ...linked]);
}

/** `summary` rows: what was checked (claims, statements, quotes, warnings) and how many of each verdict. */
function summaryRows(r: CheckReport): Array<Array<string | number | null>> {
  const groups: Array<[string, string[]]> = [
    ["claims", r.claims.map((c) => c.verdict)],
    ["statements", r.statements.map((s) => s.verdict)],
    ["quotes", r.quotes.map((q) => q.verdict)],
    ["warnings", r.warnings.map((w) => w.kind)],
  ];
  const blank = Array<null>(6).fill(null);
  return groups.flatMap(([type, verdicts]) =>
    [...new Set(verdicts)].map((v) => ["summary", v, null, type, verdicts.filter((x) => x === v).length, ...blank]),
  );
}
