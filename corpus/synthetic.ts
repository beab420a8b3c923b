import { claimValueOf } from "../extractors/claim-value.js";
import { valueColumns, VALUE_COLUMNS } from "./claims.js";
import type { Corpus } from "./corpus.js";

/** Bumped when the generator changes what it writes, so that stores filled by an older one are rebuilt. */
export const SYNTHETIC_VERSION = "v2";

// A store of 100,000 claims is an archive of many trusts: the two of the story get a tenth of the claims each
// (about 10,000, a decade of monthly board papers and the press around them), the rest spread over the others.
const STORY = ["Royal Free Hampstead NHS Trust", "Barts and The London NHS Trust"];
const OTHERS = [
  "BT",
  "Homerton University Hospital NHS Foundation Trust",
  "St George's Healthcare NHS Trust",
  "Newham University Hospital NHS Trust",
  "Whittington Hospital NHS Trust",
  "Imperial College Healthcare NHS Trust",
  "Milton Keynes Hospital NHS Foundation Trust",
  "Royal Berkshire NHS Foundation Trust",
  "University College London Hospitals NHS Foundation Trust",
  "King's College Hospital NHS Foundation Trust",
  "North Middlesex University Hospital NHS Trust",
  "Barnet and Chase Farm Hospitals NHS Trust",
  "Chelsea and Westminster Hospital NHS Foundation Trust",
  "Morecambe Bay Hospitals NHS Trust",
  "Bradford Teaching Hospitals NHS Foundation Trust",
  "Cerner",
];
const PREDICATES = [
  "loss",
  "cost",
  "go-live",
  "problem-count",
  "deployments-suspended",
  "programme-launched",
  "activity-fell",
];
const WORDS =
  "trust board cerner millennium care records service booking data entry reporting losses activity outpatients inpatients turnaround programme plan problems deployment suspended resumed finance income shortfall".split(
    " ",
  );

/**
 * Fills a store with synthetic rows for the benchmark's query battery: `claims`
 * claims, ten mentions per claim, one passage per two claims. Bulk SQL in one
 * transaction; only the benchmark calls it.
 */
export function fillSynthetic(corpus: Corpus, claims: number): void {
  const db = corpus.db;
  const have = db.prepare("SELECT count(*) FROM claims").pluck().get() as number;
  if (have >= claims) return;
  const docs = Math.max(10, Math.floor(claims / 100));
  let seed = 42;
  const r = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
  const subject = () => (r() < 0.2 ? pick(STORY) : pick(OTHERS));
  db.transaction(() => {
    const doc =
      db.prepare(`INSERT OR IGNORE INTO documents (id, source, format, kind, title, published_at, subject, fetched_at, byte_size, page_count, text)
      VALUES (?, ?, 'pdf', ?, ?, ?, ?, 'synthetic', 0, 20, '')`);
    const passage = db.prepare("INSERT INTO passages (document_id, page, start, end, text) VALUES (?, ?, 0, 0, ?)");
    const claim =
      db.prepare(`INSERT INTO claims (document_id, subject, predicate, value, when_from, when_to, granularity, page, start, end, sentence, reported_at,
      ${VALUE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 'month', 1, 0, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const mention = db.prepare(
      "INSERT INTO mentions (document_id, type, text, page, start, end, canonical, data) VALUES (?, 'stakeholder', ?, 1, 0, 0, ?, '{}')",
    );
    for (let d = 0; d < docs; d++) {
      const id = `synthetic${String(d).padStart(55, "0")}`;
      const year = 2005 + (d % 8);
      const publishedAt = `${year}-${String(1 + (d % 12)).padStart(2, "0")}-15`;
      doc.run(id, `synthetic/${d}.pdf`, d % 3 ? "board-paper" : "news", `Synthetic ${d}`, publishedAt, subject());
      for (let c = 0; c < claims / docs; c++) {
        const month = `${year}-${String(1 + Math.floor(r() * 12)).padStart(2, "0")}`;
        const sentence = Array.from({ length: 18 }, () => pick(WORDS)).join(" ");
        const [who, predicate, value] = [subject(), pick(PREDICATES), Math.round(r() * 1e7)];
        const when = { from: `${month}-01`, to: `${month}-28`, granularity: "month", qualifier: null } as const;
        const typed = claimValueOf({ predicate, value, when }, null);
        claim.run(
          id,
          who,
          predicate,
          JSON.stringify(value),
          when.from,
          when.to,
          sentence,
          publishedAt,
          ...valueColumns(typed),
        );
        if (c % 2 === 0) passage.run(id, 1 + (c % 20), sentence);
        for (let m = 0; m < 10; m++) {
          const who = subject();
          mention.run(id, who, who);
        }
      }
    }
  })();
}
