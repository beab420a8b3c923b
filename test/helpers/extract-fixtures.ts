import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { contractClaim, type ExtractResult } from "../../app/extract-source.js";
import { extract } from "../../extractors/index.js";
import { readDocument, type ReadOptions } from "../../read/read-document.js";
import type { Kind } from "../../model/doc.js";

export const EXTRACT_FIXTURES = new URL("../fixtures/extract/", import.meta.url).pathname;

export interface FixtureCase {
  name: string;
  dir: string;
  input: string;
  meta: { publishedAt?: string; kind?: Kind; subject?: string };
}

const ROOT = new URL("../../", import.meta.url).pathname;

/**
 * One folder per case: input.{pdf,html,txt} or, for a document of the sample corpus, meta.json's "input"
 * (a path from the project root, so the sample is not kept twice); meta.json (publication date, kind);
 * expected.json (the reviewed truth).
 */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(EXTRACT_FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(EXTRACT_FIXTURES, d.name);
      const { input: shared, ...meta } = existsSync(join(dir, "meta.json"))
        ? (JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) as FixtureCase["meta"] & { input?: string })
        : {};
      const input = shared
        ? join(ROOT, shared)
        : join(
            dir,
            readdirSync(dir).find((f) => f.startsWith("input."))!,
          );
      return { name: d.name, dir, input, meta };
    });
}

/** What a fixture's expected.json holds: everything extracted, without the document text, as extract@1 prints it. */
export async function extractFixture(
  c: FixtureCase,
  read: ReadOptions = {},
): Promise<Pick<ExtractResult, "mentions" | "claims" | "doubtful" | "warnings">> {
  const doc = await readDocument({ source: c.name, bytes: readFileSync(c.input), overrides: c.meta }, read);
  const x = extract(doc);
  return { ...x, claims: x.claims.map(contractClaim), doubtful: x.doubtful.map(contractClaim) };
}
