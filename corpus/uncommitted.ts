import Database from "better-sqlite3";
import { accessSync, constants } from "node:fs";
import { Corpus } from "./corpus.js";

/**
 * A corpus whose writes are never committed: each transaction does its work, calls `beforeRollback` with the ids of
 * the documents it stored, and is rolled back. It reads and writes the corpus file itself, so a draft stored here is
 * checked against the corpus exactly as if it had been ingested, without a copy of the database; and the file and
 * its WAL stay byte-identical, because SQLite writes to them only at a commit or when a transaction's pages spill
 * out of its cache (turned off here), and neither ever happens:
 *
 * - each transaction is rolled back (a crash before that leaves nothing either: nothing was written);
 * - outside its transactions the connection is query-only, so a stray write fails instead of committing itself;
 * - cache_spill is off, so an uncommitted page is never written to the WAL, however many the transaction changes;
 * - closing the connection could checkpoint the WAL into the database file, but only as the last connection to it:
 *   the caller keeps a read-only connection open, which has read, until this one is closed.
 *
 * While a transaction runs it holds the corpus's write lock, as any ingest does, for the time its work and the
 * callback take: an ingest meanwhile waits for it (its busy timeout is 10 s).
 */
export class UncommittedCorpus extends Corpus {
  /** Called inside each transaction once its work is done, before the rollback. */
  beforeRollback: ((storedIds: string[]) => void) | null = null;

  override transaction<T>(fn: () => T): T {
    // Called again from within (a batch stores each document under a transaction of its own): a savepoint.
    if (this.db.inTransaction) return this.db.transaction(fn)();
    this.db.pragma("query_only = OFF");
    try {
      this.db.exec("BEGIN IMMEDIATE");
      // Inside the open transaction this is a savepoint: a failure undoes the work, never commits it.
      const result = this.db.transaction(fn)();
      const stored = this.db.prepare("SELECT id FROM temp.stored_here ORDER BY rowid").pluck().all() as string[];
      this.beforeRollback?.(stored);
      return result;
    } finally {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      this.db.pragma("query_only = ON");
    }
  }
}

/**
 * Opens the corpus at `path` for uncommitted work, or returns null when that cannot be done safely here: the file
 * cannot be written (a read-only file or mount), or it is not in WAL mode. Call it while a read-only connection to the
 * same file is open and has read, and close this one first (see UncommittedCorpus). `shownPath` is what the
 * corpus's `path` says, for what keeps files beside the database (originals): a private folder, not the corpus's.
 */
export function openUncommitted(path: string, shownPath: string): UncommittedCorpus | null {
  // SQLite opens a file it may only read (a read-only mount) all the same, read-only: ask the system first.
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return null;
  }
  const db = new Database(path, { fileMustExist: true });
  try {
    if (db.pragma("journal_mode", { simple: true }) !== "wal") {
      db.close();
      return null;
    }
    db.pragma("busy_timeout = 10000");
    db.pragma("foreign_keys = ON");
    db.pragma("cache_spill = OFF");
    // The documents each transaction stores, in this connection's own temporary schema (never in the file).
    db.exec(`CREATE TEMP TABLE stored_here (id TEXT NOT NULL);
      CREATE TEMP TRIGGER stored_here_ai AFTER INSERT ON main.documents BEGIN INSERT INTO stored_here VALUES (new.id); END;`);
    db.pragma("query_only = ON");
    const corpus = new UncommittedCorpus(db, shownPath);
    // Seeing a stored document again is recorded by a write of its own, outside any transaction: not here.
    corpus.documents.touchSource = () => {};
    return corpus;
  } catch (e) {
    db.close();
    throw e;
  }
}
