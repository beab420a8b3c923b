import type { CheckWarning } from "../analysis/check.js";
import type { EventType, TimelineEvent } from "../analysis/timeline.js";
import type { LinkReason, PeriodRef } from "../corpus/claims.js";
import { gazetteer } from "../extractors/gazetteer.js";
import { figureOf, type FigureValue } from "../model/claim-value.js";
import { eventHeadlinePhrase } from "../extractors/knowledge.js";

/**
 * The words for what analysis/ found: timeline headlines, conflict notes, the reasons claims are linked and the
 * check's warnings. The
 * analysis gives facts (an event's type, value, subject and system; a link's reason as a code with its operands);
 * every sentence a reader sees about them is written here, once, for the CLI, the API and the page alike.
 */

// Each event type's phrase is the predicate list's `headline` (extractors/data/predicates.json).
const PHRASE = (type: EventType): string => eventHeadlinePhrase(type) ?? type.replace(/-/g, " ");

/** "Royal Free: went live with Cerner Millennium", "Royal Free: financial impact reported (£7.2m)". */
export function eventHeadline(e: Pick<TimelineEvent, "subject" | "type" | "value" | "system">): string {
  // A long name by its short alias ("Royal Free" for the Royal Free Hampstead NHS Trust), when the gazetteer has one.
  const short =
    e.subject.length <= 20
      ? e.subject
      : (gazetteer()
          .lookup(e.subject)
          ?.aliases.find((a) => a.length > 3 && /^[A-Z][a-z]/.test(a)) ?? e.subject);
  const what = e.type === "went-live" && e.system ? `went live with ${e.system}` : PHRASE(e.type);
  return `${short}: ${what}${e.value ? ` (${figureText(e.value)})` : ""}`;
}

/** How a rival report stands against its event: "£9.2m against £7.2m", else "dated 2008-07-01…2008-07-31 against 2008-06-01…2008-06-30". */
export function conflictNote(
  rival: { from: string; to: string; value: FigureValue | null },
  event: { from: string; to: string; value: FigureValue | null },
): string {
  return rival.value && event.value && figureOf(rival.value) !== figureOf(event.value)
    ? `${figureText(rival.value)} against ${figureText(event.value)}`
    : `dated ${interval(rival)} against ${interval(event)}`;
}

const interval = (w: { from: string; to: string }) => (w.from === w.to ? w.from : `${w.from}…${w.to}`);

/** Why two claims are linked, or why a passage is evidence, in words. */
export function reasonText(reason: LinkReason | { code: "best-passage" }): string {
  switch (reason.code) {
    case "same-value":
      return `same value, ${amount(reason.quantity, reason.value)}`;
    case "within-rounding": {
      const fmt = (n: number) => amount(reason.quantity, n);
      return `${fmt(reason.value)} and ${fmt(reason.other)} agree within rounding (±${fmt(reason.tolerance)})`;
    }
    case "same-period-differs": {
      const fmt = (n: number) => amount(reason.quantity, n);
      return `${fmt(reason.value)} against ${fmt(reason.other)} for the same period (${periodText(reason.period)})`;
    }
    case "other-period": {
      const fmt = (x: { value: number; period: PeriodRef }) =>
        `${amount(reason.quantity, x.value)} (${periodText(x.period)})`;
      return `${fmt(reason.earlier)} then ${fmt(reason.later)}: a figure for a different period`;
    }
    case "same-date":
      return `same date, ${reason.date}`;
    case "date-within": {
      // The shorter of the two written dates within the other claim's: "2008-06 falls within 2008-06 / 2008-06/2008-08".
      const { date, other } = reason;
      return `${date} falls within ${other.length > date.length ? date : other} / ${other}`;
    }
    case "happened-once":
      return `${reason.date} against ${reason.other}: it happened once`;
    case "plan-moved":
      return `planned date moved between ${reason.other} and ${reason.date}`;
    case "original-plan":
      return `${reason.date} against ${reason.other}: the first plan had one date`;
    case "best-passage":
      return "best-matching board-paper passage";
    case "stored-words":
      return reason.text;
  }
}

/** A check's warning in words: the extractors' own, or one the check found. */
export function warningText(w: CheckWarning): string {
  if ("message" in w) return w.message;
  if ("phrase" in w) return `cites a "${w.phrase}" that is not in the corpus`;
  return `"${w.name}" here, "${w.other}" elsewhere in the corpus (not merged)`;
}

const amount = (quantity: "money" | "count", n: number) => (quantity === "money" ? formatMoney(n) : grouped(n));

/** A typed figure in words: money as money ("£7.2m"), a count grouped ("1,900"). */
export const figureText = (v: FigureValue) => (v.kind === "money" ? formatMoney(v.amount) : grouped(v.number));

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "to Nov 2008" (a running total), "Apr 2008–Jun 2008". */
function periodText(p: PeriodRef): string {
  // By hand: Intl's toLocaleDateString costs ~0.1 ms a call, and a claims listing words thousands of links.
  const month = (iso: string) => {
    const d = new Date(Date.parse(iso));
    return `${SHORT_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  };
  return p.from === null ? `to ${month(p.to)}` : `${month(p.from)}–${month(p.to)}`;
}

/** £7,200,000 → "£7.2m"; £520,000 → "£520,000"; £1.2bn. */
export function formatMoney(n: number): string {
  if (n >= 1e9) return `£${+(n / 1e9).toFixed(3)}bn`;
  if (n >= 1e6) return `£${+(n / 1e6).toFixed(3)}m`;
  return `£${grouped(n)}`;
}

/** 12345.5 → "12,345.5", without Intl (which is slow per call). */
export function grouped(n: number): string {
  const [int, frac] = String(n).split(".");
  return int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (frac ? `.${frac}` : "");
}
