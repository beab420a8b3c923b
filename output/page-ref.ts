/**
 * A page as cited: "p. 3", or "p. 3, OCR" when its text was read by OCR from a scan (so a reader knows the words
 * quoted are a machine's reading of an image, and may check them against the page).
 */
export function pageRef(page: number, ocr?: number | null): string {
  return ocr === undefined || ocr === null ? `p. ${page}` : `p. ${page}, OCR`;
}
