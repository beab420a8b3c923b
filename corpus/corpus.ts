import type Database from "better-sqlite3";
import { openDatabase, type OpenOptions } from "./database.js";
import { CaptureRepository } from "./captures.js";
import { ClaimRepository } from "./claims.js";
import { CopyRepository } from "./copies.js";
import { DocumentRepository } from "./documents.js";
import { PassageSearch } from "./search.js";
import { StakeholderRepository } from "./stakeholders.js";

export const DEFAULT_DB = "claimtrail.db";

/** The database path: `--db`, then CLAIMTRAIL_DB, then ./claimtrail.db. */
export function defaultDbPath(explicit?: string): string {
  return explicit ?? process.env.CLAIMTRAIL_DB ?? DEFAULT_DB;
}

/** A claimtrail corpus: one SQLite file and the repositories over it. */
export class Corpus {
  readonly documents: DocumentRepository;
  readonly claims: ClaimRepository;
  readonly copies: CopyRepository;
  readonly captures: CaptureRepository;
  readonly passages: PassageSearch;
  readonly stakeholders: StakeholderRepository;

  constructor(
    readonly db: Database.Database,
    readonly path: string,
  ) {
    this.documents = new DocumentRepository(db);
    this.claims = new ClaimRepository(db);
    this.copies = new CopyRepository(db);
    this.captures = new CaptureRepository(db);
    this.passages = new PassageSearch(db);
    this.stakeholders = new StakeholderRepository(db, this.claims);
  }

  /** Runs `fn` in one write transaction (BEGIN IMMEDIATE, so a concurrent writer waits instead of failing). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /** Row counts of the main tables, for reports and the benchmark. */
  stats(): { documents: number; passages: number; mentions: number; claims: number } {
    const count = (table: string) => this.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return {
      documents: count("documents"),
      passages: count("passages"),
      mentions: count("mentions"),
      claims: count("claims"),
    };
  }

  integrityCheck(): string {
    return this.db.pragma("integrity_check", { simple: true }) as string;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

export function openCorpus(path = defaultDbPath(), options: OpenOptions = {}): Corpus {
  return new Corpus(openDatabase(path, options), path);
}
