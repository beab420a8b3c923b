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
 * own, as mirrors and syndicating sites make them: a PDF copy has a line of comment written at the foot of its last
 * page, an article copy a reader's comment as a paragraph after the story's last, so that their text differs too.
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
    writeFileSync(
      join(dir, name),
      withTrailingComment(bytes, `Mirrored copy ${i}: kept by a library of board papers.`),
    );
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

/**
 * The PDF with a line of text added at the foot of its last page, as an incremental update (what a PDF editor saves):
 * a content stream appended to the page's, drawn in a font the page already has. Written for pdfkit's output (plain
 * objects, a classic cross-reference table).
 */
function withTrailingComment(pdf: Buffer, comment: string): Buffer {
  const text = pdf.toString("latin1");
  const page = [...text.matchAll(/(\d+) 0 obj\s*<<\s*(\/Type \/Page\b[\s\S]*?)>>\s*endobj/g)].at(-1)!;
  const [pageId, body] = [page[1]!, page[2]!];
  const resources = /\/Resources (\d+) 0 R/.exec(body)![1]!;
  const fonts = new RegExp(`\\b${resources} 0 obj\\s*<<([\\s\\S]*?)endobj`).exec(text)![1]!;
  const font = /\/Font\s*<<\s*\/([\w.+-]+)/.exec(fonts)![1]!;
  const trailer = text.slice(text.lastIndexOf("trailer"));
  const size = Number(/\/Size (\d+)/.exec(trailer)![1]);
  const root = /\/Root (\d+ \d+ R)/.exec(trailer)![1]!;
  const info = /\/Info (\d+ \d+ R)/.exec(trailer)?.[1];
  const previous = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf("startxref")))![1]);
  const drawn = `BT /${font} 9 Tf 64 110 Td (${comment.replace(/[()\\]/g, "\\$&")}) Tj ET`;
  const objects: Array<[number, string]> = [
    [size, `<< /Length ${drawn.length} >>\nstream\n${drawn}\nendstream`],
    [Number(pageId), `<<\n${body.replace(/\/Contents (\d+ 0 R)/, (_, c: string) => `/Contents [${c} ${size} 0 R]`)}>>`],
  ];
  let update = "\n";
  const offsets: Array<[number, number]> = [];
  for (const [id, object] of objects) {
    offsets.push([id, pdf.length + Buffer.byteLength(update, "latin1")]);
    update += `${id} 0 obj\n${object}\nendobj\n`;
  }
  const xref = pdf.length + Buffer.byteLength(update, "latin1");
  update += "xref\n0 1\n0000000000 65535 f \n";
  for (const [id, at] of offsets.sort((a, b) => a[0] - b[0]))
    update += `${id} 1\n${String(at).padStart(10, "0")} 00000 n \n`;
  update += `trailer\n<< /Size ${size + 1} /Root ${root}${info ? ` /Info ${info}` : ""} /Prev ${previous} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.concat([pdf, Buffer.from(update, "latin1")]);
}
