/**
 * npm run fixtures:update: rewrites test/fixtures/extract/<case>/expected.json
 * from today's extractors. Read every diff before committing it: an expected
 * file is a claim about the truth, not a snapshot of today's output.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractFixture, fixtureCases } from "../test/helpers/extract-fixtures.js";

for (const c of fixtureCases()) {
  const x = await extractFixture(c);
  writeFileSync(join(c.dir, "expected.json"), JSON.stringify(x, null, 2) + "\n");
  process.stdout.write(
    `${c.name}: ${Object.entries(x.mentions)
      .map(([k, v]) => `${v.length} ${k}`)
      .join(", ")}, ${x.claims.length} claims, ${x.warnings.length} warnings\n`,
  );
}
