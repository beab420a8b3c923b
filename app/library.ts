import { checkDocument, type CheckReport } from "../analysis/check.js";
import type { SameFactModel } from "../analysis/facts/same-fact.js";
import { listSubjects, resolveSubject, type Subject } from "../analysis/subjects.js";
import { EVENT_TYPES, buildTimeline, type Timeline, type TimelineQuery } from "../analysis/timeline.js";
import type { LinkReason, StoredClaim } from "../corpus/claims.js";
import { openCorpus, type Corpus } from "../corpus/corpus.js";
import type { DocumentRow } from "../corpus/documents.js";
import type { PassageHit } from "../corpus/search.js";
import type { StakeholderProfile, StakeholderSummary } from "../corpus/stakeholders.js";
import type { Kind } from "../model/doc.js";
import { ClaimtrailError } from "../model/errors.js";
import type { StakeholderType } from "../model/extraction.js";
import type { ArchiveCapture } from "../corpus/captures.js";
import { originalFile } from "./originals.js";

/**
 * The read side of the library: one object per question, each tagged with its schema, the same for the CLI's
 * `--json` and the HTTP API. The shells parse, call one of these, and render or serialise the answer. The views
 * hold facts, never words: where a contract carries words (a timeline's headlines and conflict notes, why claims
 * are linked), output/views.ts adds them (timelineJson, claimsJson, checkJson) for both shells.
 */
export interface DocumentsView {
  schema: "claimtrail/documents@1";
  /** The originals; each near-copy of one (a mirror, a syndicated copy) is listed under it, counted once with it. */
  documents: Array<DocumentRow & { counts: Record<string, number>; copies: DocumentRow[] }>;
}

export interface DocumentView {
  schema: "claimtrail/document@1";
  document: DocumentRow;
  pages: Array<{ number: number; start: number; end: number; text: string }>;
  mentions: Record<"money" | "dates" | "stakeholders" | "issues" | "quotes", unknown[]>;
  claims: Array<Omit<StoredClaim, "typed">>;
  warnings: Array<{ kind: string; message: string; spans: unknown }>;
  /** Read from a web archive: each capture it was read from, with the URL captured and when (its provenance). */
  captures: ArchiveCapture[];
}

export interface ClaimLinkView {
  relation: string;
  /** Why the claims are linked: a code with its operands (output/event-text.ts words it). */
  reason: LinkReason;
  claimId: number;
  documentId: string;
}

export interface ClaimsView {
  schema: "claimtrail/claims@1";
  claims: Array<StoredClaim & { links: ClaimLinkView[] }>;
}

/** What a search may be narrowed to: kind, subject (a trust, by alias too), publication dates, publisher, stakeholder. */
export interface SearchOptions {
  kind?: Kind;
  subject?: string;
  from?: string;
  to?: string;
  publisher?: string;
  stakeholder?: string;
  limit?: number;
}

export interface SearchView {
  schema: "claimtrail/search@1";
  query: string;
  hits: PassageHit[];
}

export interface StakeholdersView {
  schema: "claimtrail/stakeholders@1";
  stakeholders: StakeholderSummary[];
}

export interface StakeholderView {
  schema: "claimtrail/stakeholder@1";
  stakeholder: StakeholderProfile;
}

export interface SubjectsView {
  schema: "claimtrail/subjects@1";
  subjects: Subject[];
  eventTypes: readonly string[];
}

/** A corpus opened for questions. Read-only by default: an ingest may write to the same file meanwhile. */
export class Library {
  private constructor(private readonly corpus: Corpus) {}

  static open(dbPath: string, options: { readonly?: boolean } = { readonly: true }): Library {
    return new Library(openCorpus(dbPath, options));
  }

  close(): void {
    this.corpus.close();
  }

  documents(filter: { kind?: Kind } = {}): DocumentsView {
    const counts = this.corpus.documents.extractionCounts();
    const rows = this.corpus.documents.list({ kind: filter.kind });
    const copies = new Map<string, DocumentRow[]>();
    for (const d of rows) if (d.duplicateOf) copies.set(d.duplicateOf, [...(copies.get(d.duplicateOf) ?? []), d]);
    const documents = rows
      .filter((d) => !d.duplicateOf)
      .map((d) => ({ ...d, counts: counts.get(d.id) ?? {}, copies: copies.get(d.id) ?? [] }));
    return { schema: "claimtrail/documents@1", documents };
  }

  /** A stored document by id or id prefix (6+ characters), or null. */
  resolveDocument(idOrPrefix: string): DocumentRow | null {
    return this.corpus.documents.resolve(idOrPrefix);
  }

  document(idOrPrefix: string): DocumentView | null {
    const doc = this.corpus.documents.resolve(idOrPrefix);
    if (!doc) return null;
    const text = this.corpus.documents.text(doc.id) ?? "";
    const pages = this.corpus.documents.pages(doc.id).map((p) => ({ ...p, text: text.slice(p.start, p.end) }));
    const m = (type: "money" | "date" | "stakeholder" | "issue" | "quote") =>
      this.corpus.documents.mentions(doc.id, type);
    return {
      schema: "claimtrail/document@1",
      document: doc,
      pages,
      mentions: {
        money: m("money"),
        dates: m("date"),
        stakeholders: m("stakeholder"),
        issues: m("issue"),
        quotes: m("quote"),
      },
      // document@1 prints each claim's value as `value`; the typed value stays in the library.
      claims: this.corpus.claims.forDocument(doc.id, { keptOnly: true }).map(({ typed: _typed, ...c }) => c),
      warnings: this.corpus.documents.warnings(doc.id),
      captures: this.corpus.captures.forDocument(doc.id),
    };
  }

  /**
   * A stored document with where its original bytes are kept (`file` null when they never were: a corpus ingested
   * before originals were kept, until its sources are ingested again); null for an unknown id.
   */
  original(idOrPrefix: string): { document: DocumentRow; file: { path: string; size: number } | null } | null {
    const document = this.corpus.documents.resolve(idOrPrefix);
    return document ? { document, file: originalFile(this.corpus.path, document.id) } : null;
  }

  /** The check of a document; `sameFact` replaces the learnt judge of the same fact (for its training's folds). */
  check(documentId: string, sameFact?: SameFactModel | null): CheckReport {
    const doc = this.corpus.documents.resolve(documentId);
    if (!doc) throw new ClaimtrailError("not-found", documentId, "no such document id");
    // A copy says nothing its original does not (app/copies.ts): its claims are the original's, checked there.
    return checkDocument(this.corpus, doc.duplicateOf ?? doc.id, sameFact);
  }

  /**
   * The claims of the corpus, each with its links to the claims listed beside it; with `doubtful`, the claims the filter
   * set aside instead, with their links to any claim.
   */
  claims(filter: { subject?: string; predicate?: string; limit?: number; doubtful?: boolean } = {}): ClaimsView {
    const subject = filter.subject ? resolveSubject(this.corpus, filter.subject).canonical : undefined;
    const listed = this.corpus.claims.list({ ...filter, subject });
    const claims = listed.map((c) => ({
      ...c,
      links: this.corpus.claims.links(c.id, { keptOnly: !filter.doubtful }).map((l) => ({
        relation: l.relation,
        reason: l.reason,
        claimId: l.other.id,
        documentId: l.other.documentId,
      })),
    }));
    return { schema: "claimtrail/claims@1", claims };
  }

  timeline(query: TimelineQuery): Timeline {
    return buildTimeline(this.corpus, query);
  }

  /**
   * Passages for what a reader typed: words, "phrases", prefix*, OR, NOT and money figures by value (corpus/
   * search-query.ts), within the filters; a stakeholder by any of its names.
   */
  search(query: string, filter: SearchOptions = {}): SearchView {
    const subject = filter.subject ? resolveSubject(this.corpus, filter.subject).canonical : undefined;
    let stakeholder: string | undefined;
    if (filter.stakeholder) {
      const names = this.corpus.stakeholders.resolve(filter.stakeholder);
      if (names.length !== 1)
        throw new ClaimtrailError(
          names.length ? "bad-usage" : "not-found",
          filter.stakeholder,
          names.length
            ? `ambiguous: ${names.join(", ")}`
            : "no stakeholder of that name (try `claimtrail stakeholders`)",
        );
      stakeholder = names[0];
    }
    return {
      schema: "claimtrail/search@1",
      query,
      hits: this.corpus.passages.find(query, { ...filter, subject, stakeholder, limit: filter.limit ?? 20 }),
    };
  }

  stakeholders(filter: { type?: StakeholderType } = {}): StakeholdersView {
    return { schema: "claimtrail/stakeholders@1", stakeholders: this.corpus.stakeholders.list({ type: filter.type }) };
  }

  /** One stakeholder by canonical name, alias or surname; a failure names why (unknown, ambiguous, not in this corpus). */
  stakeholder(name: string): StakeholderView {
    const names = this.corpus.stakeholders.resolve(name);
    if (!names.length)
      throw new ClaimtrailError(
        "not-found",
        name,
        "no stakeholder of that name in the corpus (try `claimtrail stakeholders`)",
      );
    if (names.length > 1) throw new ClaimtrailError("bad-usage", name, `ambiguous: ${names.join(", ")}`);
    const profile = this.corpus.stakeholders.profile(names[0]!);
    if (!profile)
      throw new ClaimtrailError("not-found", name, "known to the gazetteer but not mentioned in this corpus");
    return { schema: "claimtrail/stakeholder@1", stakeholder: profile };
  }

  subjects(): SubjectsView {
    return { schema: "claimtrail/subjects@1", subjects: listSubjects(this.corpus), eventTypes: EVENT_TYPES };
  }

  /** Name-variant warnings that mention `name` across the corpus: "Wray" finds the one linking it to Andrew Way. */
  nameVariantWarnings(name: string): Array<{ documentId: string; message: string }> {
    return this.corpus.stakeholders.variantWarnings(name);
  }
}

export { EVENT_TYPES, type CheckReport, type Timeline, type TimelineQuery };
export { FAIL_ON, findingsOf, type FailOn } from "../analysis/check.js";
export type { EventConflict, EventType, TimelineEvent } from "../analysis/timeline.js";
export type { LinkReason } from "../corpus/claims.js";
