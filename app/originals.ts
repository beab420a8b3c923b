import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The bytes of every document as they were read, so a reader can open the PDF page itself (or the article as it
 * was fetched) beside the text we made of it. They live beside the database in `<db>.originals/`, one file per
 * document named by its id: the id is the SHA-256 of the bytes, so a file's name says what it must hold, two copies
 * of one document are one file, and the SQLite file stays small enough to copy and open in Datasette.
 */
export function originalsDir(dbPath: string): string | null {
  // An in-memory corpus has nowhere to keep them.
  if (!dbPath || dbPath === ":memory:") return null;
  return `${dbPath}.originals`;
}

const ID = /^[0-9a-f]{64}$/;

/** Keeps a document's bytes unless they are kept already. Written to a temporary name and renamed: never half a file. */
export function keepOriginal(dbPath: string, id: string, bytes: Uint8Array): void {
  const dir = originalsDir(dbPath);
  if (!dir || !ID.test(id)) return;
  const path = join(dir, id);
  if (existsSync(path)) return;
  mkdirSync(dir, { recursive: true });
  const temporary = `${path}.${process.pid}.partial`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/** Where a document's bytes are kept, with their size, or null when they are not (a corpus ingested before they were). */
export function originalFile(dbPath: string, id: string): { path: string; size: number } | null {
  const dir = originalsDir(dbPath);
  if (!dir || !ID.test(id)) return null;
  const path = join(dir, id);
  try {
    return { path, size: statSync(path).size };
  } catch {
    return null;
  }
}

export function forgetOriginal(dbPath: string, id: string): void {
  const dir = originalsDir(dbPath);
  if (dir && ID.test(id)) rmSync(join(dir, id), { force: true });
}
