import Database from "better-sqlite3";
import { existsSync, statSync } from "node:fs";
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
 * A newer or foreign file is refused untouched.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database.Database {
  const isNew = path === ":memory:" || !existsSync(path) || statSync(path).size === 0;
  if (options.readonly && isNew) {
    throw new ClaimtrailError("database", path, "no claimtrail database here yet: run `claimtrail ingest` first");
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    throw new ClaimtrailError("database", path, `cannot open the database (${(e as Error).message})`, { cause: e });
  }
  try {
    checkOwnership(db, path, isNew);
    db.pragma("busy_timeout = 10000");
    db.pragma("foreign_keys = ON");
    if (!options.readonly) {
      db.pragma("journal_mode = WAL");
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

function checkOwnership(db: Database.Database, path: string, isNew: boolean): void {
  let appId: number;
  let version: number;
  let tables: number;
  try {
    appId = db.pragma("application_id", { simple: true }) as number;
    version = db.pragma("user_version", { simple: true }) as number;
    tables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }).n;
  } catch (e) {
    throw new ClaimtrailError("database", path, "not a SQLite database (refusing to touch it)", { cause: e });
  }
  if (appId !== APPLICATION_ID && !(appId === 0 && (isNew || tables === 0))) {
    throw new ClaimtrailError("database", path, "a SQLite database that claimtrail did not create (refusing to touch it)");
  }
  if (version > SCHEMA_VERSION) {
    throw new ClaimtrailError(
      "database",
      path,
      `database schema version ${version} is newer than this claimtrail understands (${SCHEMA_VERSION}): upgrade claimtrail`,
    );
  }
}

function migrate(db: Database.Database): void {
  const version = db.pragma("user_version", { simple: true }) as number;
  if (version === SCHEMA_VERSION) return;
  // One transaction for all steps: a failed migration leaves the file as it was.
  db.transaction(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) MIGRATIONS[v]!(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
