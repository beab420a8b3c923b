import type Database from "better-sqlite3";
import { gazetteer } from "../extractors/gazetteer.js";
import type { StakeholderType } from "../model/extraction.js";
import type { Kind } from "../model/doc.js";
import type { ClaimRepository, StoredClaim } from "./claims.js";

export interface StakeholderSummary {
  canonical: string;
  type: StakeholderType;
  /** The gazetteer's category (nhs-trust, supplier, …), or null for names discovered in the text. */
  category: string | null;
  mentions: number;
  documents: number;
  firstSeen: string | null;
  lastSeen: string | null;
}

export interface StakeholderProfile extends StakeholderSummary {
  aliases: string[];
  /** Roles and affiliations the documents give ("chief executive" of the Royal Free), with where each was read. */
  roles: Array<{ role: string | null; affiliation: string | null; documentId: string; page: number }>;
  /** The documents that mention it, in date order, with the names they used. */
  appearances: Array<{
    documentId: string;
    title: string | null;
    kind: Kind;
    publishedAt: string | null;
    mentions: number;
    names: string[];
    firstPage: number;
  }>;
  /** Claims about it (it is their subject), in date order. */
  claims: StoredClaim[];
  /** Quotes attributed to it. */
  quotes: Array<{ documentId: string; page: number; text: string }>;
  /** Name-variant warnings that involve it ("Way" / "Wray"). */
  warnings: Array<{ documentId: string; message: string }>;
}

/** Who the corpus talks about: stakeholders across documents, by their canonical names. */
export class StakeholderRepository {
  private readonly s;

  constructor(
    db: Database.Database,
    private readonly claims: ClaimRepository,
  ) {
    this.s = {
      list: db.prepare(`SELECT m.canonical, json_extract(min(m.data), '$.type') AS type, count(*) AS mentions, count(DISTINCT m.document_id) AS documents,
          min(d.published_at) AS firstSeen, max(d.published_at) AS lastSeen
        FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.type = 'stakeholder' GROUP BY m.canonical`),
      byName: db
        .prepare(
          `SELECT canonical FROM mentions WHERE type = 'stakeholder' AND (text = @name COLLATE NOCASE OR canonical = @name COLLATE NOCASE)
          AND json_extract(data, '$.type') <> 'person' GROUP BY canonical ORDER BY count(*) DESC LIMIT 1`,
        )
        .pluck(),
      namesOf: db
        .prepare(
          `SELECT text FROM mentions WHERE type = 'stakeholder' AND canonical = ? AND text <> canonical
          GROUP BY text ORDER BY count(*) DESC LIMIT 20`,
        )
        .pluck(),
      known: db
        .prepare("SELECT canonical FROM mentions WHERE type = 'stakeholder' AND canonical = ? COLLATE NOCASE LIMIT 1")
        .pluck(),
      bySurname: db
        .prepare(
          `SELECT DISTINCT canonical FROM mentions WHERE type = 'stakeholder' AND json_extract(data, '$.type') = 'person'
          AND canonical LIKE '% ' || ? COLLATE NOCASE`,
        )
        .pluck(),
      mentions:
        db.prepare(`SELECT m.document_id AS documentId, m.text, m.page, m.data, d.title, d.kind, d.published_at AS publishedAt
        FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.type = 'stakeholder' AND m.canonical = ? ORDER BY d.published_at, m.document_id, m.start`),
      quotes: db.prepare(
        "SELECT document_id AS documentId, page, text FROM mentions WHERE type = 'quote' AND canonical = ? ORDER BY document_id, start",
      ),
      warnings: db.prepare(
        "SELECT document_id AS documentId, message FROM warnings WHERE kind = 'name-variant' AND message LIKE '%' || ? || '%'",
      ),
    };
  }

  list(filter: { type?: StakeholderType } = {}): StakeholderSummary[] {
    const g = gazetteer();
    return (this.s.list.all() as Array<Omit<StakeholderSummary, "category">>)
      .filter((r) => !filter.type || r.type === filter.type)
      .map((r) => ({ ...r, category: g.lookup(r.canonical)?.category ?? null }))
      .sort((a, b) => b.mentions - a.mentions || a.canonical.localeCompare(b.canonical));
  }

  /**
   * A name as the user typed it ("Barts", "BLT", "andrew way", "Way") to the
   * canonical names it may mean: an alias, an exact name, or a surname.
   */
  resolve(name: string): string[] {
    const entry = gazetteer().lookup(name);
    if (entry) return [entry.canonical];
    const exact = this.s.known.get(name.trim()) as string | undefined;
    if (exact) return [exact];
    return this.s.bySurname.all(name.trim()) as string[];
  }

  /** The body the corpus's texts call `name` (its full name or a short name a text taught), most mentioned first. */
  organisationNamed(name: string): string | null {
    return (this.s.byName.get({ name: name.trim() }) as string | undefined) ?? null;
  }

  /** The other names the texts use for a stakeholder ("WDH", "the Wexcombe trust"). */
  namesOf(canonical: string): string[] {
    return this.s.namesOf.all(canonical) as string[];
  }

  /** The name-variant warnings whose message names `name` ("Wray"), anywhere in the corpus. */
  variantWarnings(name: string): StakeholderProfile["warnings"] {
    return this.s.warnings.all(name.trim()) as StakeholderProfile["warnings"];
  }

  profile(canonical: string): StakeholderProfile | null {
    const rows = this.s.mentions.all(canonical) as Array<{
      documentId: string;
      text: string;
      page: number;
      data: string;
      title: string | null;
      kind: Kind;
      publishedAt: string | null;
    }>;
    if (!rows.length) return null;
    const entry = gazetteer().lookup(canonical);
    const roles = new Map<string, StakeholderProfile["roles"][number]>();
    const appearances = new Map<string, StakeholderProfile["appearances"][number]>();
    let type: StakeholderType = "organisation";
    for (const r of rows) {
      const m = JSON.parse(r.data) as { type: StakeholderType; role: string | null; affiliation: string | null };
      type = m.type;
      if (m.role || m.affiliation) {
        const key = `${m.role}|${m.affiliation}`;
        if (!roles.has(key))
          roles.set(key, { role: m.role, affiliation: m.affiliation, documentId: r.documentId, page: r.page });
      }
      const a = appearances.get(r.documentId) ?? {
        documentId: r.documentId,
        title: r.title,
        kind: r.kind,
        publishedAt: r.publishedAt,
        mentions: 0,
        names: [],
        firstPage: r.page,
      };
      a.mentions++;
      if (!a.names.includes(r.text)) a.names.push(r.text);
      appearances.set(r.documentId, a);
    }
    const dates = rows
      .map((r) => r.publishedAt)
      .filter((d): d is string => !!d)
      .sort();
    const claims = this.claims
      .list({ subject: canonical })
      .sort((a, b) =>
        (a.when?.from ?? a.document.publishedAt ?? "").localeCompare(b.when?.from ?? b.document.publishedAt ?? ""),
      );
    return {
      canonical,
      type,
      category: entry?.category ?? null,
      aliases: entry?.aliases ?? [],
      mentions: rows.length,
      documents: appearances.size,
      firstSeen: dates[0] ?? null,
      lastSeen: dates[dates.length - 1] ?? null,
      roles: [...roles.values()],
      appearances: [...appearances.values()],
      claims,
      quotes: this.s.quotes.all(canonical) as StakeholderProfile["quotes"],
      warnings: this.s.warnings.all(canonical) as StakeholderProfile["warnings"],
    };
  }
}
