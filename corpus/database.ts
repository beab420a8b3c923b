import Database from "better-sqlite3";
import { closeSync, existsSync, openSync, readSync, statSync } from "node:fs";
import { ClaimtrailError } from "../model/errors.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";

/** 'ClTr': marks a SQLite file as ours, so a foreign database is refused rather than altered. */
export const APPLICATION_ID = 0x436c5472;

export interface OpenOptions {
  readonly?: boolean;
}

/**
 * Opens (creating when absent) a claimtrail database: WAL so readers never block
 * the writer, foreign keys on, schema brought up to date by numbered migrations.
 * A newer, foreign or damaged file is refused untouched.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const isNew = path === ":memory:" || !existsSync(path) || statSync(path).size === 0;
  if (options.readonly && isNew) {
    throw new ClaimtrailError("database", path, "no claimtrail database here yet: run `claimtrail ingest` first");
  }
  if (!isNew) checkHeader(path);
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new ClaimtrailError("database", path, `cannot open the database (${(e as Error).message})`, { cause: e });
  }
  try {
    db.pragma("busy_timeout = 10000");
    checkOwnership(db, path, isNew);
    // A damaged file must not be written to (an ingest would add to it and report success). quick_check reads
    // every page, so it runs where it matters, before writing; readers meet damage as an error on the page they read.
    if (!isNew && !options.readonly) checkIntact(db, path);
    db.pragma("foreign_keys = ON");
    if (options.readonly && (db.pragma("user_version", { simple: true }) as number) < SCHEMA_VERSION) {
      // A file from an older claimtrail: reads would ask for columns it lacks. Upgrade it once, then read.
      db.close();
      upgrade(path);
      return openDatabase(path, options);
    }
    if (!options.readonly) {
      enableWal(db);
      // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commits.
      db.pragma("synchronous = NORMAL");
      migrate(db);
    }
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
}

/**
 * Switching a fresh file to WAL takes the file for a moment, and SQLite answers "busy" at once, without the busy
 * timeout, when another process is switching the same file: wait and try again, as the busy timeout would.
 */
function enableWal(db: Database.Database): void {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline) throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
}

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/** The first 100 bytes of a SQLite file are its header: a file that does not start with it is not one, or is damaged. */
function checkHeader(path: string): void {
  const head = Buffer.alloc(100);
  let read = 0;
  try {
    const fd = openSync(path, "r");
    try {
      read = readSync(fd, head, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new ClaimtrailError(
      "database",
      path,
      `cannot read the database file (${(e as NodeJS.ErrnoException).code ?? "error"})`,
      { cause: e },
    );
  }
  if (read < 100 || !head.subarray(0, 16).equals(SQLITE_HEADER)) {
    throw new ClaimtrailError(
      "database",
      path,
      "not a SQLite database, or its header is damaged (refusing to touch it)",
    );
  }
  const pageSize = head.readUInt16BE(16);
  // 1 stands for 65536; anything else must be a power of two from 512 (the header's own rule).
  if (pageSize !== 1 && (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0)) {
    throw new ClaimtrailError("database", path, "corrupt database file: its header is damaged (refusing to touch it)");
  }
}

function checkIntact(db: Database.Database, path: string): void {
  let problems: string[];
  try {
    problems = (db.pragma("quick_check(5)") as Array<{ quick_check: string }>).map((r) => r.quick_check);
  } catch (e) {
    throw new ClaimtrailError(
      "database",
      path,
      `corrupt database file (${(e as Error).message}): refusing to write to it`,
      { cause: e },
    );
  }
  if (problems.length !== 1 || problems[0] !== "ok") {
    throw new ClaimtrailError(
      "database",
      path,
      `corrupt database file (${problems[0] ?? "quick_check failed"}): refusing to write to it`,
    );
  }
}

function checkOwnership(db: Database.Database, path: string, isNew: boolean): void {
  let appId: number;
  let version: number;
  let tables: number;
  try {
    // One read transaction, one snapshot: another process may commit its migration between two separate reads.
    [appId, version, tables] = db.transaction((): [number, number, number] => [
      db.pragma("application_id", { simple: true }) as number,
      db.pragma("user_version", { simple: true }) as number,
      (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n,
    ])();
  } catch (e) {
    if ((e as { code?: string }).code === "SQLITE_CORRUPT") {
      throw new ClaimtrailError(
        "database",
        path,
        `corrupt database file (${(e as Error).message}): refusing to touch it`,
        { cause: e },
      );
    }
    throw new ClaimtrailError("database", path, "not a SQLite database (refusing to touch it)", { cause: e });
  }
  if (appId !== APPLICATION_ID && !(appId === 0 && (isNew || tables === 0))) {
    throw new ClaimtrailError(
      "database",
      path,
      "a SQLite database that claimtrail did not create (refusing to touch it)",
    );
  }
  if (version > SCHEMA_VERSION) {
    throw new ClaimtrailError(
      "database",
      path,
      `database schema version ${version} is newer than this claimtrail understands (${SCHEMA_VERSION}): upgrade claimtrail`,
    );
  }
}

/** Brings an older file up to the current schema through a connection of its own (readers open read-only). */
function upgrade(path: string): void {
  let db: Database.Database;
  try {
    db = openDatabase(path);
  } catch (e) {
    throw new ClaimtrailError(
      "database",
      path,
      `the database is from an older claimtrail and could not be upgraded (${(e as Error).message})`,
      { cause: e },
    );
  }
  db.close();
}

function migrate(db: Database.Database): void {
  if ((db.pragma("user_version", { simple: true }) as number) === SCHEMA_VERSION) return;
  // One transaction for all steps: a failed migration leaves the file as it was. The version is read again inside
  // it: another process creating the same fresh file may have migrated it while we waited for the write lock.
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version >= SCHEMA_VERSION) return;
    for (let v = version; v < SCHEMA_VERSION; v++) MIGRATIONS[v]!(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
