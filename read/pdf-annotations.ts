import type { PDFPageProxy } from "pdfjs-dist";

/**
 * The text a page draws through its annotations: filled-in form fields, choice lists, push-button captions, FreeText
 * boxes and stamps. pdf.js's getTextContent reads the page's content stream only, so a form whose every word is in
 * its fields came out as "no text layer", while poppler, which draws the annotations' appearance streams, read it.
 *
 * What pdf.js already tells about an annotation is taken first (the text of a field's or a FreeText's appearance,
 * a field's value, a list's options); what only its appearance stream holds (a push button's caption, a stamp's
 * words) is read from the page's operator list, as it would be drawn. A ticked check box reads as "✔", as poppler
 * reads the check glyph it draws (an unticked one, or a radio button's dot, as nothing); links and pop-up notes draw
 * no text; hidden fields and password fields are left out.
 */
export async function annotationText(page: PDFPageProxy, pdfjs: PdfjsConstants): Promise<string> {
  // Asked for display, pdf.js reads the page's whole text once more to find what each link or highlight covers:
  // a page of links would cost twice (a page of 32,768 links, 70 s). Asked for print, it reads no text, so that
  // is asked first, and display (the annotations a viewer shows, with their appearances' text) only for a page
  // that has any annotation drawing words. A page whose only such annotations are marked not to print is not read.
  const printed = (await page.getAnnotations({ intent: "print" })) as Annotation[];
  if (!printed.some((a) => !SILENT.has(a.subtype))) return "";
  const annotations = (await page.getAnnotations({ intent: "display" })) as Annotation[];
  const shown = annotations.filter((a) => !a.hidden && !SILENT.has(a.subtype) && !(a.fieldType === "Tx" && a.password));
  const texts = new Map<string, string[]>();
  const drawnOnly = new Set<string>();
  for (const a of shown) {
    const lines = linesOf(a);
    if (lines.length) texts.set(a.id, lines);
    else if (a.hasAppearance && DRAWS_WORDS(a)) drawnOnly.add(a.id);
  }
  if (drawnOnly.size) {
    for (const [id, lines] of await drawnText(page, drawnOnly, pdfjs)) texts.set(id, lines);
  }
  // Top to bottom, then left to right, as the page reads.
  return shown
    .filter((a) => texts.has(a.id))
    .sort((a, b) => top(b) - top(a) || left(a) - left(b))
    .map((a) => texts.get(a.id)!.join("\n"))
    .join("\n\n");
}

/** The two pdf.js enumerations used here, from the same pdf.js that pdf-parse loaded. */
export interface PdfjsConstants {
  OPS: Record<string, number>;
  AnnotationMode: { ENABLE: number };
}

/** What pdf.js's getAnnotations says of an annotation (the fields read here; it says much more). */
interface Annotation {
  id: string;
  subtype: string;
  rect?: number[];
  hidden?: boolean;
  hasAppearance?: boolean;
  /** The lines of text its appearance stream draws (text fields and FreeText), when pdf.js read them. */
  textContent?: string[];
  fieldType?: string;
  fieldValue?: string | string[];
  password?: boolean;
  combo?: boolean;
  options?: Array<{ exportValue?: string; displayValue?: string }>;
  checkBox?: boolean;
  pushButton?: boolean;
  exportValue?: string;
}

/** Annotations that draw no text of their own: links, and the pop-ups that hold a note's contents. */
const SILENT = new Set(["Link", "Popup"]);

/**
 * Annotations whose words only their appearance stream holds: push buttons' captions, signature fields, stamps and
 * watermarks. Text fields and FreeText have had their appearance read by pdf.js already (textContent); highlights,
 * ink and the like draw no words, and are not worth the page's operator list (which decodes its images).
 */
const DRAWS_WORDS = (a: Annotation) =>
  a.subtype === "Widget"
    ? a.pushButton === true || a.fieldType === "Sig"
    : a.subtype === "Stamp" || a.subtype === "Watermark";

function linesOf(a: Annotation): string[] {
  if (a.textContent?.some((l) => l.trim())) return a.textContent.flatMap(splitLines);
  if (a.subtype !== "Widget") return [];
  if (a.fieldType === "Tx" && typeof a.fieldValue === "string") return splitLines(a.fieldValue);
  if (a.checkBox)
    return a.fieldValue !== undefined && a.fieldValue !== "Off" && a.fieldValue === a.exportValue ? ["✔"] : [];
  if (a.fieldType === "Ch") {
    const options = a.options ?? [];
    const display = (v: string) => options.find((o) => o.exportValue === v)?.displayValue ?? v;
    // A combo box shows its choice; a list box shows its options.
    const values = a.combo
      ? [a.fieldValue ?? []].flat().map(display)
      : options.map((o) => o.displayValue ?? o.exportValue ?? "");
    return values.flatMap(splitLines);
  }
  return [];
}

function splitLines(s: string): string[] {
  return s
    .split(/\r\n?|\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim());
}

const top = (a: Annotation) => Math.max(a.rect?.[1] ?? 0, a.rect?.[3] ?? 0);
const left = (a: Annotation) => Math.min(a.rect?.[0] ?? 0, a.rect?.[2] ?? 0);

/**
 * The text that the appearance streams of the given annotations draw, from the page's operator list (annotations
 * included): each shown string's characters, a new line where the text moves down, a space where it moves along.
 */
async function drawnText(page: PDFPageProxy, ids: Set<string>, pdfjs: PdfjsConstants): Promise<Map<string, string[]>> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList({ intent: "display", annotationMode: pdfjs.AnnotationMode.ENABLE });
  const found = new Map<string, string[]>();
  let current: string | null = null;
  let lines: string[] = [];
  let line = "";
  const endLine = () => {
    if (line.trim()) lines.push(line.trim());
    line = "";
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.beginAnnotation) {
      current = ids.has(String(args?.[0])) ? String(args?.[0]) : null;
      lines = [];
      line = "";
    } else if (fn === OPS.endAnnotation) {
      if (current !== null) {
        endLine();
        if (lines.length) found.set(current, lines);
      }
      current = null;
    } else if (current === null) {
      continue;
    } else if (fn === OPS.showText || fn === OPS.showSpacedText) {
      for (const g of (args?.[0] as unknown[]) ?? []) {
        if (typeof g === "object" && g !== null && typeof (g as { unicode?: unknown }).unicode === "string")
          line += (g as { unicode: string }).unicode;
      }
    } else if (fn === OPS.nextLine || fn === OPS.setTextMatrix) {
      endLine();
    } else if (fn === OPS.moveText || fn === OPS.setLeadingMoveText) {
      if (Number(args?.[1] ?? 0) !== 0) endLine();
      else if (line && !line.endsWith(" ")) line += " ";
    }
  }
  return found;
}
