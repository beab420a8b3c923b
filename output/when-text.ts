// Imports nothing: the web page loads the compiled file as it is (server/app.ts serves it at /lib/when-text.js).

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * An event's date as a reader would write it, at the precision the sources
 * gave: "6 October 2008", "early September 2008", "July–August 2008",
 * "2008/09", never a made-up day.
 */
export function describeWhen(e: { from: string; to: string; granularity: string; qualifier: string | null }): string {
  const [fy, fm, fd] = e.from.split("-").map(Number) as [number, number, number];
  const [ty, tm] = e.to.split("-").map(Number) as [number, number];
  const month = (m: number, y: number) => `${MONTHS[m - 1]} ${y}`;
  const q = e.qualifier ? `${e.qualifier} ` : "";
  switch (e.granularity) {
    case "day":
      return e.from === e.to ? `${fd} ${month(fm, fy)}` : `${e.from} to ${e.to}`;
    case "month":
      return q + month(fm, fy);
    case "year":
      return `${q}${fy}`;
    case "financial-year":
      return `${fy}/${String(ty).slice(2)} financial year`;
    case "quarter":
      return `${MONTHS[fm - 1]!.slice(0, 3)}–${MONTHS[tm - 1]!.slice(0, 3)} ${ty}`;
    case "to-date":
      return `by ${fd && e.from === e.to ? `${fd} ` : ""}${month(tm, ty)}`;
    default:
      return fy === ty && fm === tm
        ? month(fm, fy)
        : fy === ty
          ? `${MONTHS[fm - 1]}–${month(tm, ty)}`
          : `${month(fm, fy)} to ${month(tm, ty)}`;
  }
}
