import type Database from "better-sqlite3";

/** A document read from a web archive: the capture it was read from, the URL it was captured at, and when. */
export interface ArchiveCapture {
  captureUrl: string;
  originalUrl: string;
  /** ISO moment, UTC. */
  capturedAt: string;
}

/** The provenance of archived documents: all SQL about captures lives here. */
export class CaptureRepository {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      record: db.prepare(`INSERT INTO archive_captures (capture_url, document_id, original_url, captured_at)
        VALUES (@captureUrl, @documentId, @originalUrl, @capturedAt)
        ON CONFLICT(capture_url) DO UPDATE SET document_id = excluded.document_id`),
      forDocument: db.prepare(`SELECT capture_url AS captureUrl, original_url AS originalUrl, captured_at AS capturedAt
        FROM archive_captures WHERE document_id = ? ORDER BY captured_at`),
    };
  }

  record(documentId: string, capture: ArchiveCapture): void {
    this.s.record.run({ documentId, ...capture });
  }

  /** The captures a document was read from (several, when the archive holds the same bytes more than once). */
  forDocument(documentId: string): ArchiveCapture[] {
    return this.s.forDocument.all(documentId) as ArchiveCapture[];
  }
}
