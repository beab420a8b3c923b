import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { ClaimtrailError } from "../model/errors.js";
import { isUrl } from "./fetch.js";
import { isManifestName, looksLikeManifest, readManifest } from "./manifest.js";
import type { DocOverrides } from "./read-document.js";

/** One document to ingest: where its bytes are, the name it is stored under, and given metadata. */
export interface WorkItem {
  /** The name the document is stored and reported under: a URL, or a path relative to the working directory. */
  source: string;
  location: { type: "file"; path: string } | { type: "url"; url: string };
  overrides: DocOverrides;
}

export interface ExpandedSources {
  items: WorkItem[];
  errors: ClaimtrailError[];
}

const SKIP_DIRS = new Set(["node_modules", ".git"]);

/**
 * Files, folders (recursive), URLs and manifests to one list of documents.
 * A folder that holds a manifest is described by it: only the documents the
 * manifest lists are taken from that folder, so its README or source texts are
 * not ingested as documents. A document named twice keeps the manifest's metadata.
 */
export function expandSources(inputs: readonly string[], cwd = process.cwd()): ExpandedSources {
  const byLocation = new Map<string, WorkItem>();
  const errors: ClaimtrailError[] = [];
  const add = (item: WorkItem) => {
    const key = item.location.type === "file" ? item.location.path : item.location.url;
    const known = byLocation.get(key);
    if (known) known.overrides = { ...known.overrides, ...item.overrides };
    else byLocation.set(key, item);
  };
  const addFile = (path: string, overrides: DocOverrides = {}) =>
    add({ source: displayPath(path, cwd), location: { type: "file", path }, overrides });
  const addManifest = (path: string) => {
    const manifest = readManifest(path);
    errors.push(...manifest.errors);
    for (const e of manifest.entries) {
      if (isUrl(e.location)) add({ source: e.location, location: { type: "url", url: e.location }, overrides: e.overrides });
      else addFile(e.location, e.overrides);
    }
  };

  for (const input of inputs) {
    if (isUrl(input)) {
      add({ source: input, location: { type: "url", url: input }, overrides: {} });
      continue;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      errors.push(new ClaimtrailError("blocked-url", input, "only http and https URLs can be fetched"));
      continue;
    }
    const path = resolve(cwd, input);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      errors.push(new ClaimtrailError("not-found", input, "no such file or folder"));
      continue;
    }
    try {
      if (isDir) walkFolder(path, addFile, addManifest);
      else if (isManifestName(path) && looksLikeManifest(path)) addManifest(path);
      else addFile(path);
    } catch (e) {
      if (e instanceof ClaimtrailError) errors.push(e);
      else throw e;
    }
  }
  return { items: [...byLocation.values()], errors };
}

function walkFolder(root: string, addFile: (p: string) => void, addManifest: (p: string) => void): void {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    const entries = readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith(".") && !SKIP_DIRS.has(e.name))
      .sort((a, b) => a.name.localeCompare(b.name));
    const manifests = entries.filter((e) => e.isFile() && isManifestName(e.name) && looksLikeManifest(join(dir, e.name)));
    if (manifests.length) {
      for (const m of manifests) addManifest(join(dir, m.name));
      continue;
    }
    // Reverse so the stack pops folders in name order, keeping runs reproducible.
    for (const e of entries.slice().reverse()) {
      const p = join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
    }
    for (const e of entries) if (e.isFile()) addFile(join(dir, e.name));
  }
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !rel.startsWith(sep) ? rel.split(sep).join("/") : path;
}
