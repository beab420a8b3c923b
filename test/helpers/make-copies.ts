import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./cli.js";

const SAMPLES = join(ROOT, "corpus/samples");
const PDFS = readdirSync(join(SAMPLES, "board-papers"))
  .filter((f) => f.endsWith(".pdf"))
  .sort();
const ARTICLES = readdirSync(join(SAMPLES, "articles"))
  .filter((f) => f.endsWith(".html"))
  .sort();

/**
 * Writes `pdfs` PDF and `articles` HTML copies of the sample corpus into `dir`, each with a trailing comment of its
 * own, as mirrors and syndicating sites make them. A PDF copy has a comment after its end (other bytes, the same
 * text); an article copy has a reader's comment as a paragraph after the story's last, so its text differs too.
 * `lastWords` gives, for an article's file name, the last words of its stored text, to find where the story ends.
 */
export function makeCopies(
  dir: string,
  counts: { pdfs: number; articles: number },
  lastWords: (file: string) => string,
  /** The number of the first copy: copies numbered apart are different bytes. */
  first = 0,
): { pdfs: string[]; articles: string[] } {
  mkdirSync(dir, { recursive: true });
  const made = { pdfs: [] as string[], articles: [] as string[] };
  for (let i = first; i < first + counts.pdfs; i++) {
    const file = PDFS[i % PDFS.length]!;
    const bytes = readFileSync(join(SAMPLES, "board-papers", file));
    const name = `mirror-${i}-${file}`;
    writeFileSync(join(dir, name), Buffer.concat([bytes, Buffer.from(`\n% mirrored copy ${i} of ${file}\n`)]));
    made.pdfs.push(name);
  }
  for (let i = first; i < first + counts.articles; i++) {
    const file = ARTICLES[i % ARTICLES.length]!;
    const html = readFileSync(join(SAMPLES, "articles", file), "utf8");
    const end = html.indexOf("</p>", storyEnd(html, lastWords(file), file));
    const comment = `<p>Reader comment ${i}: shared from the original site, where this story first appeared.</p>`;
    const name = `syndicated-${i}-${file}`;
    writeFileSync(join(dir, name), html.slice(0, end + 4) + comment + html.slice(end + 4));
    made.articles.push(name);
  }
  return made;
}

/** Where in the page the story's last words are (the page may write them with entities: the last word alone then). */
function storyEnd(html: string, lastWords: string, file: string): number {
  const words = lastWords
    .split(/\s+/)
    .map((w) => w.replace(/^\W+|\W+$/gu, ""))
    .filter(Boolean);
  for (let n = words.length; n > 0; n--) {
    const at = html.lastIndexOf(words.slice(-n).join(" "));
    if (at >= 0) return at;
  }
  throw new Error(`the end of the story of ${file} is not in its page`);
}
