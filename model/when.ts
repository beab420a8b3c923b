/**
 * The one shape of "when" from extraction to store to timeline to renderers: an inclusive interval of ISO days with
 * the precision it was written at. A date mention, a claim's period, a stored claim's columns and a timeline event
 * all carry a When; nothing converts through strings.
 */

/** How precisely a date was written. */
export type DateGranularity = "day" | "month" | "quarter" | "year" | "financial-year" | "range";

/** A claim's period may also be a running total up to its end ("£7.2m by November 2008", "so far"). */
export type Granularity = DateGranularity | "to-date";

/** "early September", "mid-2008", "the end of October". */
export type Qualifier = "early" | "mid" | "late" | null;

export interface When {
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, inclusive. */
  to: string;
  granularity: Granularity;
  qualifier: Qualifier;
}

/** A When from anything that has its fields (a date mention, a stored row), without extra properties. */
export function whenOf(x: { from: string; to: string; granularity: Granularity; qualifier?: Qualifier }): When {
  return { from: x.from, to: x.to, granularity: x.granularity, qualifier: x.qualifier ?? null };
}

/** A date at the precision it was written, as the value of a dated claim: "2008-10-06", "2008-10", "2008", or "2008-07/2008-08". */
export function dateValue(d: Pick<When, "from" | "to" | "granularity">): string {
  switch (d.granularity) {
    case "day":
      return d.from;
    case "month":
      return d.from.slice(0, 7);
    case "year":
      return d.from.slice(0, 4);
    default:
      return d.from.slice(0, 7) === d.to.slice(0, 7) ? d.from.slice(0, 7) : `${d.from.slice(0, 7)}/${d.to.slice(0, 7)}`;
  }
}
