import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { EVENT_TYPES } from "../analysis/timeline.js";
import {
  CATEGORIES,
  KNOWLEDGE_FILES,
  PREDICATE_NAMES,
  knowledge,
  type PredicateRole,
} from "../extractors/knowledge.js";
import { ATTRIBUTION_KINDS } from "../model/extraction.js";

/**
 * The knowledge layer (extractors/data/): every file valid against its JSON Schema, and the references between files
 * (and to the code's own vocabularies: event types, attribution kinds) resolved. The loader casts the files to their
 * types without checking them at start-up; this test is what makes those casts sound.
 */
const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = join(root, "extractors/data");
const readJson = (name: string): unknown => JSON.parse(readFileSync(join(dataDir, name), "utf8"));
const files = readdirSync(dataDir).filter((f) => f.endsWith(".json"));
const schemaFiles = files.filter((f) => f.endsWith(".schema.json"));
const dataFiles = files.filter((f) => !f.endsWith(".schema.json"));

// Strict, except for "required" in the if/then rules (a count requires its nouns), which name properties defined above them.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
for (const f of schemaFiles) ajv.addSchema(readJson(f) as object, f);
const validatorOf = (name: string) => {
  const v = ajv.getSchema(`${name}.schema.json`);
  if (!v) throw new Error(`no schema for ${name}`);
  return (data: unknown) => (v(data) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
};
const copy = <T>(x: T): T => structuredClone(x);

describe("every knowledge file against its schema", () => {
  it("each data file has a schema, names it, and is one the loader reads", () => {
    expect(dataFiles.length).toBeGreaterThan(0);
    for (const f of dataFiles) {
      const name = f.replace(/\.json$/, "");
      expect(schemaFiles, f).toContain(`${name}.schema.json`);
      expect((readJson(f) as { $schema?: string }).$schema, f).toBe(`./${name}.schema.json`);
    }
    expect(Object.keys(KNOWLEDGE_FILES).sort()).toEqual(dataFiles.map((f) => f.replace(/\.json$/, "")).sort());
  });

  it.each(Object.keys(KNOWLEDGE_FILES))("%s.json is valid", (name) => {
    // The file on disk and the one the loader bundled are the same, and both valid.
    expect(KNOWLEDGE_FILES[name as keyof typeof KNOWLEDGE_FILES]).toEqual(readJson(`${name}.json`));
    expect(validatorOf(name)(readJson(`${name}.json`))).toEqual([]);
  });

  it("the schemas' category list is the loader's", () => {
    const common = readJson("common.schema.json") as { $defs: { category: { oneOf: Array<{ const: string }> } } };
    expect(common.$defs.category.oneOf.map((c) => c.const)).toEqual([...CATEGORIES]);
  });

  it("the schemas bite: a category off the list, a system filed as a supplier, a count without nouns", () => {
    const predicates = copy(KNOWLEDGE_FILES.predicates) as { predicates: Array<Record<string, unknown>> };
    (predicates.predicates[0]!.subject as string[]).push("hospital");
    expect(validatorOf("predicates")(predicates).join()).toMatch(/subject/);
    const counts = copy(KNOWLEDGE_FILES.predicates) as { predicates: Array<Record<string, unknown>> };
    delete counts.predicates.find((p) => p.value === "count")!.nouns;
    expect(validatorOf("predicates")(counts).join()).toMatch(/nouns/);
    const moneyOnce = copy(KNOWLEDGE_FILES.predicates) as { predicates: Array<Record<string, unknown>> };
    moneyOnce.predicates.find((p) => p.value === "money")!.once = true;
    expect(validatorOf("predicates")(moneyOnce)).not.toEqual([]);
    const gazetteer = copy(KNOWLEDGE_FILES.gazetteer) as { entries: Array<Record<string, unknown>> };
    gazetteer.entries.find((e) => e.type === "system")!.category = "supplier";
    expect(validatorOf("gazetteer")(gazetteer).join()).toMatch(/category/);
    const roles = copy(KNOWLEDGE_FILES.roles) as { roles: string[] };
    roles.roles.push(roles.roles[0]!);
    expect(validatorOf("roles")(roles).join()).toMatch(/duplicate/);
  });
});

describe("references between the files", () => {
  const entries = knowledge.gazetteer;
  const predicates = knowledge.predicates;

  it("every category a predicate prefers is one some body can have: a gazetteer entry's or a name's shape", () => {
    const reachable = new Set([
      ...entries.map((e) => e.category),
      ...knowledge.organisations.shapes.map((s) => s.category),
    ]);
    for (const p of predicates) for (const c of p.subject) expect(reachable, `${p.name}: ${c}`).toContain(c);
  });

  it("predicate names are unique and every escalation names one of them", () => {
    const names = predicates.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of predicates) for (const e of p.escalate) expect(names, `${p.name} escalates to ${e}`).toContain(e);
  });

  it("predicates compared with each other name each other, in one unit", () => {
    for (const p of predicates)
      for (const name of p.comparable) {
        const other = predicates.find((q) => q.name === name);
        expect(other, `${p.name} compares with ${name}`).toBeDefined();
        expect(other!.comparable, `${name} compares with ${p.name}`).toContain(p.name);
        expect(other!.unit).toBe(p.unit);
      }
  });

  it("a choice of predicates has two or more, all of one unit", () => {
    const choices = new Map<string, typeof predicates>();
    for (const p of predicates) if (p.choice) choices.set(p.choice, [...(choices.get(p.choice) ?? []), p]);
    expect(choices.size).toBeGreaterThan(0);
    for (const [choice, members] of choices) {
      expect(members.length, choice).toBeGreaterThan(1);
      expect(new Set(members.map((p) => p.unit)).size, choice).toBe(1);
    }
  });

  it("the predicates' events are the timeline's event types, each made by some predicate, with one headline", () => {
    const events = new Set(predicates.flatMap((p) => (p.event ? [p.event] : [])));
    expect([...events].sort()).toEqual([...EVENT_TYPES].sort());
    for (const type of events) {
      const of = predicates.filter((p) => p.event === type);
      expect(new Set(of.map((p) => p.headline)).size, type).toBe(1);
      expect(new Set(of.map((p) => p.once)).size, type).toBe(1);
      expect(new Set(of.map((p) => p.unit)).size, type).toBe(1);
    }
  });

  it("every cue, exclusion and counted noun is a regular expression", () => {
    expect(knowledge.predicates.filter((p) => p.unit === "count").every((p) => p.nouns)).toBe(true);
    for (const p of knowledge.predicates)
      for (const re of [...p.cues, ...p.not, ...(p.nouns ? [p.nouns] : [])])
        expect(() => new RegExp(re, "i"), `${p.name}: ${re}`).not.toThrow();
  });

  it("a gazetteer name names one body, and every parent is an entry", () => {
    const owner = new Map<string, string>();
    for (const e of entries) {
      for (const name of new Set([e.canonical, ...e.aliases])) {
        const key = name.toLowerCase().replace(/’/g, "'");
        expect(owner.get(key) ?? e.canonical, `${name} names two bodies`).toBe(e.canonical);
        owner.set(key, e.canonical);
      }
    }
    const canonical = new Set(entries.map((e) => e.canonical));
    expect(canonical.size).toBe(entries.length);
    for (const e of entries) if (e.parent) expect(canonical, `${e.canonical}'s parent`).toContain(e.parent);
  });

  it("the issue labels are unique, and a money figure's label is one of them", () => {
    const labels = knowledge.issues.labels.map((l) => l.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain(knowledge.issues.figureLabel);
    expect(labels).not.toContain(knowledge.issues.counted.label);
  });

  it("every document kind an attribution can name is an attribution kind", () => {
    const { boardDocuments, documents } = knowledge.speech;
    for (const d of [...boardDocuments, ...documents]) expect(ATTRIBUTION_KINDS).toContain(d.kind);
  });

  it("a word reads as one synonym group at most", () => {
    const words = knowledge.synonyms.flatMap((g) => g.words);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe("nothing outside the knowledge layer names a predicate", () => {
  // extractors/knowledge.ts is the layer itself: it names the predicates the claim extractor treats by name
  // (PREDICATE_NAMES), checked below; corpus/synthetic.ts writes the benchmark's made-up rows. An event type that
  // shares a predicate's name ("board-decision") is the timeline's own vocabulary, not a predicate.
  const EXEMPT = new Set(["extractors/knowledge.ts", "corpus/synthetic.ts"]);
  const LAYERS = ["model", "read", "extractors", "corpus", "analysis", "app", "output", "server", "cli", "eval"];
  const sources = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((name) => {
      const path = `${dir}/${name}`;
      if (statSync(join(root, path)).isDirectory()) return name === "samples" || name === "data" ? [] : sources(path);
      return path.endsWith(".ts") ? [path] : [];
    });
  const eventTypes = new Set<string>(EVENT_TYPES);
  const names = knowledge.predicates.map((p) => p.name).filter((n) => !eventTypes.has(n));

  it("every predicate the code names is in the list, with the unit the code reads it in", () => {
    const units = Object.fromEntries(knowledge.predicates.map((p) => [p.name, p.unit]));
    const expected: Record<PredicateRole, string> = {
      cost: "money",
      loss: "money",
      savings: "money",
      contractValue: "money",
      incomeShortfall: "money",
      problemCount: "count",
      complaintsCount: "count",
      backlogCount: "count",
      patientsAffected: "count",
      appointmentsAffected: "count",
      goLive: "date",
      goLivePlanned: "date",
      goLiveDelayed: "date",
      boardDecision: "date",
      problemsReported: "date",
      deploymentsSuspended: "date",
      deploymentsResumed: "date",
      reviewPublished: "date",
      contractEnded: "date",
      activityFell: "date",
    };
    for (const [role, name] of Object.entries(PREDICATE_NAMES))
      expect(units[name], `PREDICATE_NAMES.${role} = "${name}"`).toBe(expected[role as PredicateRole]);
  });

  it("no string literal in the layers is a predicate's name", () => {
    expect(names.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of LAYERS.flatMap(sources)) {
      if (EXEMPT.has(file)) continue;
      const code = readFileSync(join(root, file), "utf8").replace(/^\s*(?:\/\/|\*).*$/gm, "");
      for (const m of code.matchAll(/["'`]([a-z]+(?:-[a-z]+)*)["'`]/g))
        if (names.includes(m[1]!)) found.push(`${file}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
