import Database from "better-sqlite3";
import { accessSync, constants, existsSync } from "node:fs";
import { Corpus } from "./corpus.js";
import { openDatabase } from "./database.js";

/**
 * A corpus whose writes are never committed: each transaction does its work, calls `beforeRollback` with the ids of
 * the documents it stored, and is rolled back. It reads and writes the corpus file itself, so a draft stored here is
 * checked against the corpus exactly as if it had been ingested, without a copy of the database; and the file and its
 * WAL stay byte-identical, and so does the WAL's index (-shm) but for what any reader writes there, because SQLite
 * writes to them only at a commit, when a transaction's pages spill out of its cache, or when the last connection to
 * the corpus closes, and none of these does anything here:
 *
 * - each transaction is rolled back (a crash before that leaves nothing either: nothing was written);
 * - outside its transactions the connection is query-only, so a stray write fails instead of committing itself;
 * - cache_spill is off, so an uncommitted page is never written to the WAL, however many the transaction changes;
 * - the last connection to close checkpoints the WAL into the database file, then deletes the WAL and its index. So
 *   a read-only connection (which never checkpoints) is opened first and kept open across: when the corpus had a WAL
 *   it is closed last, and the WAL stays as it was; when it had none (the corpus of a command line that nothing else
 *   has open), it is closed first, and this connection, last, finds nothing to checkpoint in the empty WAL that
 *   opening made and deletes it and its index, as every claimtrail command leaves a corpus it alone had open.
 *
 * Any reader writes to the -shm, `claimtrail documents` as much as this: the first after another process's commit
 * records there which frame it reads up to, and the first to open a corpus after a crash rebuilds it. A check leaves
 * the -shm as the reader before it left it.
 *
 * While a transaction runs it holds the corpus's write lock, as any ingest does, for the time its work and the
 * callback take. An ingest meanwhile waits for it, up to its busy timeout (10 s), then commits what waited; past that
 * timeout the documents it was about to commit fail, one line each ("SqliteError: database is locked"; the run exits
 * 1, or 3 when nothing else was stored), the rest of the run goes on, and running it again stores them (their
 * originals are kept already). Likewise this transaction waits up to 10 s for an ingest's commit to end, and fails
 * with that database error past it.
 */
export class UncommittedCorpus extends Corpus {
  /** Called inside each transaction once its work is done, before the rollback. */
  beforeRollback: ((storedIds: string[]) => void) | null = null;

  constructor(
    db: Database.Database,
    shownPath: string,
    /** The read-only connection kept open across (see the class's comment); closed with this. */
    private readonly keeper: Database.Database,
    /** Whether the corpus had a WAL file before the keeper opened it. */
    private readonly walBefore: boolean,
  ) {
    super(db, shownPath);
  }

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

  /**
   * Closes both connections, the last one as the corpus was found: with a WAL, the keeper last (read-only, it leaves
   * the WAL and its index as they are); without one, this one last, which finds nothing to checkpoint in the empty
   * WAL that opening made and deletes it with its index. (If another process has the corpus open by then, neither is
   * the last, and the WAL stays for that process to close.)
   */
  override close(): void {
    if (this.walBefore) {
      super.close();
      if (this.keeper.open) this.keeper.close();
    } else {
      if (this.keeper.open) this.keeper.close();
      super.close();
    }
  }
}

/**
 * Opens the corpus at `path` for uncommitted work, or returns null when that cannot be done safely here: the file
 * cannot be written (a read-only file or mount), or it is not in WAL mode. `shownPath` is what the corpus's `path`
 * says, for what keeps files beside the database (originals): a private folder, not the corpus's. A missing, foreign
 * or damaged file is refused as `openCorpus` refuses it to a reader; a file of an older claimtrail is upgraded first,
 * as any command upgrades it.
 */
export function openUncommitted(path: string, shownPath: string): UncommittedCorpus | null {
  // SQLite opens a file it may only read (a read-only mount) all the same, read-only: ask the system first.
  try {
    accessSync(path, constants.W_OK);
  } catch {
    return null;
  }
  // Asked before anything opens the corpus: opening a corpus in WAL mode makes its WAL and index files.
  const walBefore = existsSync(`${path}-wal`);
  // Opened first, and having read (its checks read the schema): see UncommittedCorpus.
  const keeper = openDatabase(path, { readonly: true });
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true });
    if (db.pragma("journal_mode", { simple: true }) !== "wal") {
      db.close();
      keeper.close();
      return null;
    }
    db.pragma("busy_timeout = 10000");
    db.pragma("foreign_keys = ON");
    db.pragma("cache_spill = OFF");
    // The documents each transaction stores, in this connection's own temporary schema (never in the file).
    db.exec(`CREATE TEMP TABLE stored_here (id TEXT NOT NULL);
      CREATE TEMP TRIGGER stored_here_ai AFTER INSERT ON main.documents BEGIN INSERT INTO stored_here VALUES (new.id); END;`);
    db.pragma("query_only = ON");
    const corpus = new UncommittedCorpus(db, shownPath, keeper, walBefore);
    // Seeing a stored document again is recorded by a write of its own, outside any transaction: not here.
    corpus.documents.touchSource = () => {};
    return corpus;
  } catch (e) {
    // In the order close() takes, so that a failure leaves the files as they were too.
    if (walBefore) db?.close();
    keeper.close();
    if (!walBefore) db?.close();
    throw e;
  }
}
