import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFixture, fixtureCases } from "./helpers/extract-fixtures.js";

describe("extractors against reviewed fixtures", () => {
  for (const c of fixtureCases()) {
    it(c.name, async () => {
      const expected = JSON.parse(readFileSync(join(c.dir, "expected.json"), "utf8"));
      const actual = JSON.parse(JSON.stringify(await extractFixture(c)));
      expect(actual).toEqual(expected);
    });
  }
});
