/**
 * Scores `check` on the blind check gold (test/check-gold/{dev,test}, docs/check-gold-format.md): each case's board
 * paper is printed to a real PDF (its text as typed, in a fixed-width font so tables keep their columns), ingested
 * with the article into a fresh database, and the article is checked. Each gold statement takes the verdict of the
 * checked claims read from its words (none: unverified; supported and contradicted together: partly-supported), or,
 * when it is one part of a sentence, of the claims and figures inside that part; each gold quotation the verdict of
 * the checked quotation that overlaps it.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { ingest } from "../app/ingest.js";
import type { SameFactModel } from "../analysis/facts/same-fact.js";
import { Library, type CheckReport } from "../app/library.js";

export interface CheckGold {
  paper: { trust: string; meetingDate: string; paperNumber?: string };
  article: { publishedAt: string; publisher?: string };
  claims: Array<{ statement: string; verdict: string; why?: string; evidence?: { page: number; text: string } }>;
  quotes: Array<{ quote: string; verdict: string }>;
}

export interface CheckEvalResult {
  cases: number;
  claims: { total: number; right: number; falseContradictions: number; confusion: Record<string, number> };
  quotes: { total: number; right: number; confusion: Record<string, number> };
  /** Per case, what was wrong, for reading (the dev half only). */
  wrong: string[];
}

/** The paper as a real PDF: one PDF page per form-feed page, each line as typed. */
export function paperPdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 40,
    autoFirstPage: false,
    info: { CreationDate: new Date("2000-01-01T00:00:00Z") },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  // Courier's glyphs are 0.6 em wide: the longest line must fit between the margins, or its end falls off the page
  // and out of the text layer (a quotation on a long line lost its last words).
  const longest = Math.max(...text.split("\n").map((l) => l.length), 1);
  const size = Math.min(7.5, (595.28 - 80) / (longest * 0.6));
  for (const page of text.split(/\n?\f\n?/)) {
    doc.addPage();
    doc.font("Courier").fontSize(size);
    // Each line at its own baseline, as typed: a board paper's lines are set, not reflowed.
    let y = 40;
    for (const line of page.split("\n")) {
      if (line.trim()) doc.text(line, 40, y, { lineBreak: false });
      y += 10;
    }
  }
  doc.end();
  return done;
}

/** A text as the gold and the report are compared: curly quotes straight, spaces single, lower case. */
export const norm = (s: string) =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim().toLowerCase();

/** Whether two passages share a stretch: one holds the other, or they overlap by most of the shorter one's words. */
/** How much two texts are one: 1 when one holds the other, else the share of distinct words they have in common. */
function overlap(a: string, b: string): number {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return 0;
  if (x.includes(y) || y.includes(x)) return 1;
  // Distinct words: a long quote's many "the"s and "of"s once matched a short one it has nothing else in common with.
  const xs = new Set(x.split(" "));
  const ys = new Set(y.split(" "));
  const shared = [...ys].filter((w) => xs.has(w)).length;
  return shared / Math.min(xs.size, ys.size);
}

const overlaps = (a: string, b: string) => overlap(a, b) >= 0.8;

/** The verdict the checker gave a statement: from the claims read from its words, and its sentence's own verdict. */
export function statementVerdict(report: CheckReport, statement: string): string {
  return partOfSentenceVerdict(report, statement) ?? sentenceVerdictOf(report, statement);
}

const collapse = (t: string) => t.replace(/\s+/g, " ");

/**
 * A statement that is one part of a sentence ("…, and almost 50 of those were rated high priority"): the verdict of
 * the figures and claims the checker found inside that part, as its report gives them figure by figure; null when the
 * statement is the whole sentence, or no figure or claim of the sentence lies inside it.
 */
function partOfSentenceVerdict(report: CheckReport, statement: string): string | null {
  const wanted = collapse(statement).trim();
  for (const s of report.statements) {
    const sentence = collapse(s.sentence);
    const a = sentence.indexOf(wanted);
    if (a < 0 || wanted.length >= sentence.trim().length * 0.9) continue;
    const inside = (at: number) => at >= a && at < a + wanted.length;
    const figures = (texts: string[]) => texts.filter((t) => inside(sentence.indexOf(collapse(t))));
    const [agree, disagree] = [figures(s.agree), figures(s.disagree)];
    const claims = report.claims
      .filter((c) => c.claim.span.start >= s.start && c.claim.span.start < s.end)
      .filter((c) => inside(collapse(s.sentence.slice(0, c.claim.span.start - s.start)).length))
      .map((c) => c.verdict)
      .filter((v) => v !== "unverified");
    if (!agree.length && !disagree.length && !claims.length) {
      // A part with a figure of its own that the report found nothing for is unverified: the sentence's verdict is
      // about its other figures ("…, while data migration has cost £262,000 so far" contradicted does not make "Training
      // alone is expected to cost £744,000" so).
      const decided = [...s.agree, ...s.disagree].length > 0;
      return decided && /\d/.test(wanted) ? "unverified" : null;
    }
    return together([...claims, ...agree.map(() => "supported"), ...disagree.map(() => "contradicted")]);
  }
  return null;
}

/** Verdicts of one statement as one: any partly, or both ways, is partly supported. */
function together(verdicts: string[]): string {
  if (!verdicts.length) return "unverified";
  const has = (v: string) => verdicts.includes(v);
  if (has("partly-supported") || (has("supported") && has("contradicted"))) return "partly-supported";
  if (has("contradicted")) return "contradicted";
  if (has("supported")) return "supported";
  return "unverified";
}

function sentenceVerdictOf(report: CheckReport, statement: string): string {
  // (The sentences that hold the statement, where any does: "In March, before the switch, only 55 patients had waited
  // more than 18 weeks" is not "In August, 139 patients had waited more than 18 weeks", however many words they share.)
  const holding = (sentences: string[]) => {
    const exact = sentences.map((t) => overlap(t, statement) === 1);
    const any = exact.some(Boolean);
    return (i: number) => (any ? exact[i]! : overlaps(sentences[i]!, statement));
  };
  const ofClaim = holding(report.claims.map((c) => c.claim.sentence));
  const structured = report.claims
    .filter((_, i) => ofClaim(i))
    .map((c) => c.verdict)
    .filter((v) => v !== "unverified");
  // A sentence the checker found partly supported (its claims and its other figures disagree) is read as such.
  const ofStatement = holding(report.statements.map((s) => s.sentence));
  const said = report.statements.filter((_, i) => ofStatement(i)).map((s) => s.verdict);
  const verdicts: string[] = structured.length
    ? [...structured, ...said.filter((v) => v === "partly-supported")]
    : said;
  return together(verdicts);
}

function quoteVerdict(report: CheckReport, quote: string): string {
  const best = report.quotes
    .map((q) => ({ q, score: overlap(q.text, quote) }))
    .filter((r) => r.score >= 0.8)
    .sort((a, b) => b.score - a.score)[0];
  return best?.q.verdict ?? "not-found";
}

export interface CheckEvalOptions {
  explain?: boolean;
  /** Another judge of the same fact than knowledge's (a fold's, in its training). */
  sameFact?: SameFactModel | null;
  /** Only the cases so named. */
  only?: (name: string) => boolean;
}

export async function runCheckEval(dir: string, options: CheckEvalOptions = {}): Promise<CheckEvalResult> {
  const result = emptyCheckResult();
  const cases = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "gold.json")) && (options.only?.(d.name) ?? true))
    .map((d) => d.name)
    .sort();
  for (const c of cases) {
    const gold = JSON.parse(readFileSync(join(dir, c, "gold.json"), "utf8")) as CheckGold;
    const report = await withCase(dir, c, (db, articleId) => {
      const library = Library.open(db);
      try {
        return library.check(articleId, options.sameFact);
      } finally {
        library.close();
      }
    });
    tallyCase(result, c, gold, report, options.explain ?? false);
  }
  return result;
}

/** Adds a case's verdicts, as the report gives them against its gold, to `result`. */
export function tallyCase(
  result: CheckEvalResult,
  c: string,
  gold: CheckGold,
  report: CheckReport,
  explain: boolean,
): void {
  result.cases++;
  for (const g of gold.claims) {
    const got = statementVerdict(report, g.statement);
    result.claims.total++;
    const key = `${g.verdict} -> ${got}`;
    result.claims.confusion[key] = (result.claims.confusion[key] ?? 0) + 1;
    if (got === g.verdict) result.claims.right++;
    else if (explain) result.wrong.push(`${c}: ${key}: ${g.statement.slice(0, 110)}${g.why ? ` [${g.why}]` : ""}`);
    if (got === "contradicted" && g.verdict !== "contradicted") result.claims.falseContradictions++;
  }
  for (const g of gold.quotes) {
    const got = quoteVerdict(report, g.quote);
    result.quotes.total++;
    const key = `${g.verdict} -> ${got}`;
    result.quotes.confusion[key] = (result.quotes.confusion[key] ?? 0) + 1;
    if (got === g.verdict) result.quotes.right++;
    else if (explain) result.wrong.push(`${c}: quote ${key}: ${g.quote.slice(0, 90)}`);
  }
}

/** A case as the checker meets it: its paper printed to a PDF and ingested with its article into a fresh database. */
export interface PreparedCase {
  db: string;
  articleId: string;
  /** Removes the database. */
  dispose: () => void;
}

export async function prepareCase(dir: string, name: string): Promise<PreparedCase> {
  const work = mkdtempSync(join(tmpdir(), "claimtrail-checkgold-"));
  const dispose = () => rmSync(work, { recursive: true, force: true });
  try {
    writeFileSync(join(work, "paper.pdf"), await paperPdf(readFileSync(join(dir, name, "paper.txt"), "utf8")));
    writeFileSync(join(work, "article.html"), readFileSync(join(dir, name, "article.html")));
    const db = join(work, "c.db");
    const summary = await ingest(["paper.pdf", "article.html"], { db, cwd: work, workers: 0 });
    const article = [...summary.ingested, ...summary.unchanged].find((d) => d.source.endsWith("article.html"));
    if (!article) throw new Error(`${name}: the article was not ingested (${JSON.stringify(summary.failed)})`);
    return { db, articleId: article.id, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}

/** A case prepared, handed to `use`, and its database removed after. */
export async function withCase<T>(dir: string, name: string, use: (db: string, articleId: string) => T): Promise<T> {
  const prepared = await prepareCase(dir, name);
  try {
    return use(prepared.db, prepared.articleId);
  } finally {
    prepared.dispose();
  }
}

/** A result with nothing tallied yet. */
export const emptyCheckResult = (): CheckEvalResult => ({
  cases: 0,
  claims: { total: 0, right: 0, falseContradictions: 0, confusion: {} },
  quotes: { total: 0, right: 0, confusion: {} },
  wrong: [],
});
