/**
 * npm run eval [-- --json] [-- --verbose]: precision and recall per mention type
 * against the gold set in test/gold/, with the targets from the extractors issue.
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runEval } from "../eval/run.js";
import { TYPES } from "../eval/score.js";
import { renderTable } from "../output/tables.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = new Set(process.argv.slice(2));
const result = await runEval(join(root, "test/gold"));

if (args.has("--json")) {
  const { byType, ...rest } = result;
  const slim = Object.fromEntries(Object.entries(byType).map(([t, v]) => [t, { precision: v.precision, recall: v.recall, tp: v.tp, fp: v.fp, fn: v.fn, target: v.target, meets: v.meets }]));
  process.stdout.write(JSON.stringify({ schema: "claimtrail/eval@1", ...rest, byType: slim }, null, 2) + "\n");
} else {
  const f = (n: number) => n.toFixed(3);
  const rows = TYPES.map((t) => {
    const v = result.byType[t];
    return [t, f(v.precision), f(v.recall), v.tp, v.fp, v.fn, `≥ ${v.target}`, v.meets ? "yes" : "NO"];
  });
  process.stdout.write(renderTable(["type", "precision", "recall", "tp", "fp", "fn", "target", "meets"], rows) + "\n");
  process.stdout.write(`${result.documents} gold documents, ${result.words} words; extraction ${(result.extractMs / (result.words / 1000)).toFixed(1)} ms per 1,000 words\n`);
  if (args.has("--verbose")) {
    for (const t of TYPES) {
      const v = result.byType[t];
      for (const m of v.missed) process.stdout.write(`missed   ${t} ${m}\n`);
      for (const s of v.spurious) process.stdout.write(`spurious ${t} ${s}\n`);
    }
  }
}
process.exitCode = TYPES.every((t) => result.byType[t].meets) ? 0 : 1;
