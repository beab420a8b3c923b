/**
 * Fits a learnt model as its training script does and prints it as JSON on stdout: `node --import tsx
 * test/helpers/fit-model.ts issues|claims`. The slow tests run it as a child process, so that a fit of a minute or more
 * (one synchronous loop) never holds up the test worker's messages to vitest, which time out after sixty seconds.
 */
import { fileURLToPath } from "node:url";
import { readTrainingSets, train } from "../../eval/issue-training.js";
import { readClaimTrainingSet, trainClaims, trainingExamples } from "../../eval/claim-training.js";

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
} else {
  process.stderr.write(`fit-model: no model called ${which ?? "(none)"}: issues or claims\n`);
  process.exit(2);
}
