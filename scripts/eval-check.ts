/**
 * npm run eval:check [-- --json] [-- --verbose-dev]: how many of `check`'s verdicts agree with the blind check gold
 * (test/check-gold: dev half to read, test half held out), claims and quotations apart, with the count of false
 * contradictions (the worst error: an accusation the paper does not make).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCheckEval, type CheckEvalResult } from "../eval/check-gold.js";
import { knowledge } from "../extractors/knowledge.js";
import { renderTable } from "../output/tables.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = new Set(process.argv.slice(2));
const results: Array<[string, CheckEvalResult]> = [];
for (const half of ["dev", "test"]) {
  const dir = join(root, "test/check-gold", half);
  if (existsSync(dir))
    results.push([half, await runCheckEval(dir, { explain: half === "dev" && args.has("--verbose-dev") })]);
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : "-");
if (args.has("--json")) {
  process.stdout.write(
    JSON.stringify(
      {
        schema: "claimtrail/eval-check@1",
        halves: Object.fromEntries(results.map(([h, r]) => [h, { ...r, wrong: undefined }])),
      },
      null,
      2,
    ) + "\n",
  );
} else {
  const rows = results.map(([half, r]) => [
    half,
    r.cases,
    `${r.claims.right}/${r.claims.total}`,
    pct(r.claims.right, r.claims.total),
    r.claims.falseContradictions,
    `${r.quotes.right}/${r.quotes.total}`,
    pct(r.quotes.right, r.quotes.total),
  ]);
  process.stdout.write(
    renderTable(
      ["half", "cases", "claim verdicts right", "%", "false contradictions", "quote verdicts right", "%"],
      rows,
    ) + "\n",
  );
  process.stdout.write("targets: claims >= 90%, quotes >= 95%, no false contradiction (on the held-out test half)\n");
  // The dev half's verdicts are partly memory: the judge of the same fact learnt from its evidence.
  const judge = knowledge.checkModel.trainedOn;
  process.stdout.write(
    `the judge of the same fact was trained on ${judge.gold} (the same cases); there, by ten folds of batches, ` +
      `${judge.crossValidated.right}/${judge.crossValidated.of} verdicts are right with it and ` +
      `${judge.rules.right}/${judge.rules.of} without (false contradictions ${judge.crossValidated.falseContradictions} and ${judge.rules.falseContradictions})\n`,
  );
  for (const [half, r] of results) {
    process.stdout.write(`\n${half}: gold -> checker\n`);
    for (const [k, n] of Object.entries({ ...r.claims.confusion }).sort())
      process.stdout.write(`  claim ${k.padEnd(36)} ${n}\n`);
    for (const [k, n] of Object.entries({ ...r.quotes.confusion }).sort())
      process.stdout.write(`  quote ${k.padEnd(36)} ${n}\n`);
  }
  if (args.has("--verbose-dev"))
    for (const [, r] of results) for (const w of r.wrong) process.stdout.write(`wrong ${w}\n`);
}
