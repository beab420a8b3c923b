// A PDF page as it was published, drawn by pdf.js (served from our own node_modules, never a CDN), with the cited
// passage highlighted on the page image itself.

const PDFJS = "/vendor/pdfjs/";
let pdfjs = null;
const documents = new Map();

async function loadPdfJs() {
  if (!pdfjs) {
    pdfjs = await import(`${PDFJS}build/pdf.min.mjs`);
    pdfjs.GlobalWorkerOptions.workerSrc = `${PDFJS}build/pdf.worker.min.mjs`;
  }
  return pdfjs;
}

async function openPdf(id) {
  if (!documents.has(id)) {
    const lib = await loadPdfJs();
    const task = lib.getDocument({
      url: `/api/documents/${encodeURIComponent(id)}/original`,
      cMapUrl: `${PDFJS}cmaps/`,
      cMapPacked: true,
      standardFontDataUrl: `${PDFJS}standard_fonts/`,
      // Our policy allows no eval; pdf.js then draws fonts without compiling them.
      isEvalSupported: false,
    });
    documents.set(id, task.promise);
    task.promise.catch(() => documents.delete(id));
  }
  return documents.get(id);
}

/**
 * The page's text as pdf.js lays it out, reduced to letters and digits (lower case) with where each came from:
 * our cleaned text and pdf.js's text differ in spaces, hyphens at line ends and ligatures, never in the words.
 */
function letters(items) {
  let text = "";
  const at = [];
  items.forEach((item, i) => {
    const s = (item.str ?? "").normalize("NFKC");
    for (let c = 0; c < s.length; c++) {
      if (!/[\p{L}\p{N}]/u.test(s[c])) continue;
      text += s[c].toLowerCase();
      at.push([i, c]);
    }
  });
  return { text, at };
}

const squeeze = (s) =>
  s
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toLowerCase();

/** Where `quote` lies in the page's letters, [first, last] indices; its ends are tried alone when the whole is not found. */
function locate(page, quote) {
  const needle = squeeze(quote);
  if (!needle) return null;
  const whole = page.indexOf(needle);
  if (whole >= 0) return [whole, whole + needle.length - 1];
  const edge = Math.min(40, Math.floor(needle.length / 2));
  if (edge < 8) return null;
  const start = page.indexOf(needle.slice(0, edge));
  const end = start < 0 ? -1 : page.indexOf(needle.slice(-edge), start);
  if (start < 0 || end < 0 || end - start > needle.length * 2) return null;
  return [start, end + edge - 1];
}

/**
 * Draws page `number` of document `id` into `box` at `width` pixels, and highlights `quote` on it. Returns the text
 * highlighted (as pdf.js reads it), or null when the passage could not be found on the page image.
 */
export async function drawPdfPage(box, id, number, quote, width) {
  const lib = await loadPdfJs();
  const pdf = await openPdf(id);
  const page = await pdf.getPage(Math.min(Math.max(number, 1), pdf.numPages));
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: Math.min(width / base.width, 2) });
  const ratio = window.devicePixelRatio || 1;

  const canvas = document.createElement("canvas");
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", `Page ${page.pageNumber} of the original PDF`);
  const sheet = document.createElement("div");
  sheet.className = "pdf-sheet";
  sheet.style.width = canvas.style.width;
  sheet.style.height = canvas.style.height;
  sheet.append(canvas);
  box.replaceChildren(sheet);
  await page.render({
    canvas,
    canvasContext: canvas.getContext("2d"),
    viewport,
    transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined,
  }).promise;

  if (!quote) return null;
  const { items } = await page.getTextContent();
  const { text, at } = letters(items);
  const found = locate(text, quote);
  if (!found) return null;
  const [from, to] = [at[found[0]], at[found[1]]];
  const highlighted = [];
  // Where a letter sits along its item, by the width of the text before it in a sans-serif face: closer to the
  // page than counting letters, which puts "m" and "i" at the same width.
  const ruler = document.createElement("canvas").getContext("2d");
  ruler.font = "100px sans-serif";
  const share = (s, n) =>
    n <= 0 ? 0 : n >= s.length ? 1 : ruler.measureText(s.slice(0, n)).width / ruler.measureText(s).width;
  for (let i = from[0]; i <= to[0]; i++) {
    const item = items[i];
    if (!item.str) continue;
    const first = i === from[0] ? from[1] : 0;
    const last = i === to[0] ? to[1] : item.str.length - 1;
    highlighted.push(item.str.slice(first, last + 1));
    // The item's box on the canvas: its baseline and font size from its transform, its length from its width.
    const t = lib.Util.transform(viewport.transform, item.transform);
    const size = Math.hypot(t[2], t[3]);
    const length = item.width * viewport.scale;
    const mark = document.createElement("div");
    mark.className = "pdf-highlight";
    const [a, b] = [share(item.str, first), share(item.str, last + 1)];
    mark.style.left = `${t[4] + length * a}px`;
    mark.style.top = `${t[5] - size * 0.9}px`;
    mark.style.width = `${length * (b - a)}px`;
    mark.style.height = `${size * 1.15}px`;
    sheet.append(mark);
  }
  return highlighted.join(" ").replace(/\s+/g, " ").trim();
}
