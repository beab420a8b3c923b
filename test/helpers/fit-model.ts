/**
 * Fits a learnt model as its training script does and prints it as JSON on stdout: `node --import tsx
 * test/helpers/fit-model.ts issues|claims|checks`. The slow tests run it as a child process, so that a fit of a minute or more
 * (one synchronous loop) never holds up the test worker's messages to vitest, which time out after sixty seconds.
 */
import { fileURLToPath } from "node:url";
import { readTrainingSets, train } from "../../eval/issue-training.js";
import { readClaimTrainingSet, trainClaims, trainingExamples } from "../../eval/claim-training.js";
import { readCheckTrainingSet, trainSameFact } from "../../eval/check-training.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const which = process.argv[2];

if (which === "issues") {
  const docs = await readTrainingSets(root);
  const lines = docs.flatMap((d) => d.lines);
  process.stdout.write(JSON.stringify({ documents: docs.length, lines: lines.length, labels: train(lines).labels }));
} else if (which === "claims") {
  const docs = await readClaimTrainingSet(root);
  const claims = docs.reduce((n, d) => n + d.claims.length, 0);
  const { bias, weights } = trainClaims(docs.flatMap(trainingExamples));
  process.stdout.write(JSON.stringify({ documents: docs.length, claims, bias, weights }));
} else if (which === "checks") {
  const cases = await readCheckTrainingSet(root);
  try {
    const examples = cases.flatMap((c) => c.examples);
    const { bias, weights } = trainSameFact(examples);
    process.stdout.write(JSON.stringify({ cases: cases.length, pairs: examples.length, bias, weights }));
  } finally {
    for (const c of cases) c.prepared.dispose();
  }
} else {
  process.stderr.write(`fit-model: no model called ${which ?? "(none)"}: issues, claims or checks\n`);
  process.exit(2);
}
