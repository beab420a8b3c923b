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
  /** A file's `charset` is the one its server declared, when a crawl downloaded it there. */
  location: { type: "file"; path: string; charset?: string | null } | { type: "url"; url: string };
  overrides: DocOverrides;
}

/** An input left out on purpose, with the reason: not a failure, but never silent. */
export interface Skipped {
  source: string;
  reason: string;
}

export interface ExpandedSources {
  items: WorkItem[];
  errors: ClaimtrailError[];
  skipped: Skipped[];
}

export interface ExpandOptions {
  /** Manifests may name files outside their own folder (see ManifestOptions). */
  allowOutside?: boolean;
}

const DATA_FILE = 'a data file (no "source" column, so not a manifest), not a document: skipped';

const SKIP_DIRS = new Set(["node_modules", ".git"]);

/**
 * Files, folders (recursive), URLs and manifests to one list of documents.
 * A folder that holds a manifest is described by it: only the documents the
 * manifest lists are taken from that folder, so its README or source texts are
 * not ingested as documents. A document named twice keeps the manifest's metadata.
 */
export function expandSources(
  inputs: readonly string[],
  cwd = process.cwd(),
  options: ExpandOptions = {},
): ExpandedSources {
  const byLocation = new Map<string, WorkItem>();
  const errors: ClaimtrailError[] = [];
  const skipped: Skipped[] = [];
  const skip = (path: string, reason: string) => skipped.push({ source: displayPath(path, cwd), reason });
  const add = (item: WorkItem) => {
    const key = item.location.type === "file" ? item.location.path : item.location.url;
    const known = byLocation.get(key);
    if (known) known.overrides = { ...known.overrides, ...item.overrides };
    else byLocation.set(key, item);
  };
  const addFile = (path: string, overrides: DocOverrides = {}) =>
    add({ source: displayPath(path, cwd), location: { type: "file", path }, overrides });
  const addManifest = (path: string) => {
    const manifest = readManifest(path, { allowOutside: options.allowOutside });
    errors.push(...manifest.errors);
    for (const e of manifest.entries) {
      if (isUrl(e.location))
        add({ source: e.location, location: { type: "url", url: e.location }, overrides: e.overrides });
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
      if (isDir) walkFolder(path, addFile, addManifest, skip);
      else if (isManifestName(path) && looksLikeManifest(path)) addManifest(path);
      else if (isManifestName(path)) skip(path, DATA_FILE);
      else addFile(path);
    } catch (e) {
      if (e instanceof ClaimtrailError) errors.push(e);
      else throw e;
    }
  }
  return { items: [...byLocation.values()], errors, skipped };
}

function walkFolder(
  root: string,
  addFile: (p: string) => void,
  addManifest: (p: string) => void,
  skip: (p: string, reason: string) => void,
): void {
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    const entries = readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith(".") && !SKIP_DIRS.has(e.name))
      .sort((a, b) => a.name.localeCompare(b.name));
    const manifests = entries.filter(
      (e) => e.isFile() && isManifestName(e.name) && looksLikeManifest(join(dir, e.name)),
    );
    if (manifests.length) {
      for (const m of manifests) addManifest(join(dir, m.name));
      continue;
    }
    // Reverse so the stack pops folders in name order, keeping runs reproducible.
    for (const e of entries.slice().reverse()) {
      const p = join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      // A walk does not follow links: one could lead out of the folder, or round in a circle. Named, it is read.
      if (e.isSymbolicLink())
        skip(p, "a symbolic link: not followed in a folder walk (name it to ingest what it points to)");
      else if (e.isFile() && isManifestName(e.name)) skip(p, DATA_FILE);
      else if (e.isFile()) addFile(p);
    }
  }
}

function displayPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !rel.startsWith(sep) ? rel.split(sep).join("/") : path;
}
