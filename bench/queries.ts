import type { Corpus } from "../corpus/corpus.js";
import { fillSynthetic } from "../corpus/synthetic.js";
import { buildTimeline } from "../analysis/timeline.js";

export interface QueryTiming {
  name: string;
  rows: number;
  p50: number;
  p95: number;
}

export function scaleStore(corpus: Corpus, claims: number): void {
  fillSynthetic(corpus, claims);
}

function time(name: string, rows: number, runs: number, fn: (i: number) => unknown): QueryTiming {
  // Three untimed runs first: the first calls compile the code and fault the pages in, once per process.
  for (let i = 0; i < 3; i++) fn(runs + i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { name, rows, p50: ms[Math.floor(runs * 0.5)]!, p95: ms[Math.floor(runs * 0.95)]! };
}

/** The queries journalists and governance leads run, through the same repository calls the CLI uses. */
export function queryBattery(corpus: Corpus): QueryTiming[] {
  const { claims, mentions, passages } = corpus.stats();
  const subjects = ["Royal Free Hampstead NHS Trust", "Barts and The London NHS Trust", "BT"];
  const terms = ["cerner booking", "losses turnaround", "deployment suspended", "data entry reporting"];
  return [
    time("search: passages (FTS5, top 20)", passages, 60, (i) =>
      corpus.passages.search(terms[i % terms.length]!, { limit: 20 }),
    ),
    // A journalist's question: one trust, one year, laid out with its sources and conflicts.
    time("timeline: one subject, one year", claims, 40, (i) =>
      buildTimeline(corpus, {
        subject: subjects[i % 2]!,
        from: `${2005 + (i % 8)}-01-01`,
        to: `${2005 + (i % 8)}-12-31`,
      }),
    ),
    time("claims by subject and predicate", claims, 60, (i) =>
      corpus.claims.list({ subject: subjects[i % 3], predicate: "loss", limit: 200 }),
    ),
    time("claim relations of one claim", claims, 60, (i) => corpus.claims.links(1 + ((i * 997) % claims))),
    time("stakeholder mentions by canonical name", mentions, 30, (i) =>
      corpus.documents.stakeholderMentionCount(subjects[i % 3]!),
    ),
  ];
}
