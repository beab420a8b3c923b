import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * What a training script ends with: writes a learnt model's file, or with `--check` writes nothing and exits 1 when the
 * file is not what training gave (`command` is how to refit it).
 */
export function writeModelFile(target: string, text: string, command: string): void {
  const name = relative(root, target);
  if (process.argv.includes("--check")) {
    const same = readFileSync(target, "utf8") === text;
    console.log(same ? `${name} is what training gives` : `${name} differs from training: run ${command}`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
