/** `text` as a regular expression that matches it literally (MDN's escape: what is special outside a class). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
