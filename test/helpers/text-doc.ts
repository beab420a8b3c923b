import type { Doc } from "../../model/doc.js";

/**
 * A one-page text document of `text`, as a reader would give it: a news item of 2 December 2008 about no subject in
 * particular unless `more` says otherwise (its source is named after its id).
 */
export function textDoc(text: string, more: Partial<Doc> = {}): Doc {
  const id = more.id ?? "0".repeat(64);
  return {
    id,
    source: `${id}.txt`,
    format: "text",
    kind: "news",
    title: null,
    publisher: null,
    author: null,
    publishedAt: "2008-12-02",
    subject: null,
    text,
    pages: [{ number: 1, start: 0, end: text.length }],
    noTextLayer: false,
    ...more,
  };
}
