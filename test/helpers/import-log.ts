/**
 * Arguments for `node` that make a process write the URL of every module it loads to `file`, one a line (a resolve
 * hook, given inline): for tests of what a command loads, and what it leaves alone.
 */
export function importLogArgs(file: string): string[] {
  const hooks = `import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(${JSON.stringify(file)}, resolved.url + "\\n");
  return resolved;
}`;
  const register = `import { register } from "node:module";
register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  return ["--import", `data:text/javascript,${encodeURIComponent(register)}`];
}
