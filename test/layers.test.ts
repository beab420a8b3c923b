import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * The house rule: each folder is one layer and imports only go down. A layer may import its own folder and any
 * layer below it; the shells (cli/, server/) reach the library only through app/ (and output/ to render, model/
 * for types). Type-only imports count: a type from above is still knowledge from above.
 */
const LAYERS = ["model", "read", "extractors", "corpus", "analysis", "app", "output", "server", "cli"] as const;
type Layer = (typeof LAYERS)[number];
const SHELL_MAY_IMPORT: Record<"cli" | "server", Layer[]> = {
  server: ["model", "app", "output"],
  cli: ["model", "app", "output", "server"],
};

const root = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === "samples" || name === "data" ? [] : sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

/** Every relative module a file names: static and dynamic imports, re-exports, worker entry points. */
function importsOf(file: string): string[] {
  const src = readFileSync(join(root, file), "utf8");
  const specs = [...src.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)"(\.{1,2}\/[^"]+)"/g)].map(
    (m) => m[1]!,
  );
  return specs
    .map((s) => posix.normalize(posix.join(posix.dirname(file), s)).replace(/\.js$/, ".ts"))
    .filter((t) => t.endsWith(".ts"));
}

const layerOf = (file: string): Layer | null =>
  (LAYERS as readonly string[]).includes(file.split("/")[0]!) ? (file.split("/")[0] as Layer) : null;

const files = LAYERS.flatMap((l) => sourceFiles(l)).map((f) => f.split("\\").join("/"));
const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));

/** The imports of a graph that break the rule, as "from -> to". */
function wrongImports(g: Map<string, string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of g) {
    const from = layerOf(file)!;
    for (const t of targets) {
      const to = layerOf(t)!;
      if (to === from) continue;
      const allowed =
        from === "cli" || from === "server"
          ? SHELL_MAY_IMPORT[from].includes(to)
          : LAYERS.indexOf(to) < LAYERS.indexOf(from);
      if (!allowed) wrong.push(`${file} -> ${t}`);
    }
  }
  return wrong;
}

describe("the layers", () => {
  it("every layer folder exists and holds code", () => {
    for (const l of LAYERS)
      expect(
        files.some((f) => f.startsWith(`${l}/`)),
        l,
      ).toBe(true);
  });

  it("no import runs upward, and the shells use only app/, output/ and model/", () => {
    expect(wrongImports(graph)).toEqual([]);
  });

  it("no file imports itself through a circle", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (f: string) => {
      state.set(f, "open");
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === "open") circles.push(stack.slice(stack.indexOf(t)).concat(t).join(" -> "));
        else if (!state.has(t)) visit(t);
      }
      stack.pop();
      state.set(f, "done");
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(circles).toEqual([]);
  });

  it("the rule itself flags an upward import and a shell reaching past app/", () => {
    const fake = new Map([
      ["model/doc.ts", ["corpus/claims.ts"]],
      ["cli/main.ts", ["corpus/corpus.ts", "app/library.ts"]],
      ["analysis/check.ts", ["corpus/claims.ts", "extractors/dates.ts"]],
    ]);
    expect(wrongImports(fake)).toEqual(["model/doc.ts -> corpus/claims.ts", "cli/main.ts -> corpus/corpus.ts"]);
  });
});
