import { describeWhen } from "/lib/when-text.js";

// The timeline on a real time scale: a lane per subject, each event a band over the days its sources allow (a
// month-level event covers the month, "early September" its first third), so gaps and overlaps read as they were.

const SVG = "http://www.w3.org/2000/svg";
const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LABEL_HEIGHT = 18;
const ROW_HEIGHT = 22;
const BAND_HEIGHT = 14;
const AXIS_HEIGHT = 34;
const MIN_BAND = 6;

const utc = (iso) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The days an event covers, [start, end) in milliseconds. A qualifier narrows a month to the third it names: the
 * sources said "early September", which is not the whole month and not the 1st.
 */
export function bandOf(e) {
  let start = utc(e.from);
  let end = utc(e.to) + DAY;
  if (e.qualifier && e.granularity === "month") {
    const third = (end - start) / 3;
    const index = { early: 0, mid: 1, late: 2 }[e.qualifier];
    if (index !== undefined) {
      start += Math.round(third * index);
      end = start + Math.round(third);
    }
  }
  return [start, end];
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) node.setAttribute(k, String(v));
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

/** Whole months around every event: the axis starts on the 1st of the first month and ends after the last. */
function domainOf(events) {
  const starts = events.map((e) => bandOf(e)[0]);
  const ends = events.map((e) => bandOf(e)[1]);
  const first = new Date(Math.min(...starts));
  const last = new Date(Math.max(...ends) - 1);
  return [
    Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1),
    Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1),
  ];
}

function monthsBetween([start, end]) {
  const months = [];
  for (let d = new Date(start); d.getTime() < end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)))
    months.push(d);
  return months;
}

/**
 * What a band says beside it: the headline without the subject the lane already names, short enough to fit. A
 * figure in brackets at the end is kept whole: it is what a reader looks for.
 */
function shortLabel(e) {
  const text = e.headline.replace(/^[^:]*:\s*/, "");
  if (text.length <= LABEL_CHARS) return text;
  const figure = /\s(\([^)]*\))$/.exec(text)?.[1] ?? "";
  return `${text.slice(0, LABEL_CHARS - figure.length - 2).trimEnd()}… ${figure}`.trimEnd();
}
const LABEL_CHARS = 34;
// An estimate of the label's width at its 11px font, for packing: measuring each label would need it drawn first.
const labelWidth = (text) => text.length * 6 + 6;

/**
 * Events packed into rows so that no two bands overlap, with their minimum width and their label, if any: beside the
 * band, or before it where the axis ends (`limit`) too soon.
 */
function packRows(events, x, labelled, limit) {
  const rows = [];
  return events.map((e) => {
    const [s, t] = bandOf(e);
    const left = x(s);
    const bandRight = Math.max(x(t), left + MIN_BAND);
    const flag = e.conflicts.length ? 10 : 0;
    const label = labelled ? labelWidth(shortLabel(e)) : 0;
    const before = labelled && bandRight + flag + label > limit;
    const extent = before ? [left - label - 4, bandRight + flag] : [left, bandRight + flag + label];
    let row = rows.findIndex((taken) => taken.every(([a, b]) => extent[1] + 2 <= a || b + 2 <= extent[0]));
    if (row < 0) row = rows.push([]) - 1;
    rows[row].push(extent);
    return { event: e, row, left, width: bandRight - left, before };
  });
}

export const eventLabel = (e, subject) =>
  `${describeWhen(e)}: ${e.headline}. ${e.sources.length} source${e.sources.length === 1 ? "" : "s"}` +
  `${e.conflicts.length ? `, ${e.conflicts.length} conflicting report${e.conflicts.length === 1 ? "" : "s"}` : ""}. ${subject}`;

/**
 * Draws `lanes` ([{subject, events}]) into `figure`, `width` pixels wide. One tab stop for the whole axis: the arrow
 * keys move between events (left and right in time, up and down between lanes), Enter or Space opens one.
 */
export function drawTimeAxis(figure, lanes, { width, selectedId, onSelect }) {
  const all = lanes.flatMap((l) => l.events);
  figure.replaceChildren();
  if (!all.length) return;
  const domain = domainOf(all);
  const left = 8;
  // Room on the right for the last event's conflict mark.
  const right = width - 16;
  const x = (t) => left + ((t - domain[0]) / (domain[1] - domain[0])) * (right - left);
  const months = monthsBetween(domain);
  const perMonth = (right - left) / months.length;

  // Labels beside the bands where months are wide enough to read them (a desktop screen); on a phone the list
  // below the axis names the events.
  const labelled = perMonth >= 45;
  const lanesPacked = lanes.map((l) => ({ ...l, marks: packRows(l.events, x, labelled, width) }));
  const laneTops = [];
  let y = 0;
  for (const l of lanesPacked) {
    laneTops.push(y);
    y += LABEL_HEIGHT + Math.max(1, ...l.marks.map((m) => m.row + 1)) * ROW_HEIGHT + 6;
  }
  const height = y + AXIS_HEIGHT;

  const root = svg("svg", {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "group",
    "aria-roledescription": "time axis",
    "aria-label": `Time axis, ${months[0].getUTCFullYear()} to ${months.at(-1).getUTCFullYear()}: ${lanes.map((l) => l.subject).join(" and ")}`,
    "aria-describedby": "axis-help",
  });

  // Month lines and labels: a month narrower than a label gets its initial; a year is named at its January.
  const grid = svg("g", { class: "grid", "aria-hidden": "true" });
  for (const [i, m] of months.entries()) {
    const at = x(m.getTime());
    grid.append(svg("line", { x1: at, x2: at, y1: 0, y2: y + 4, class: m.getUTCMonth() === 0 ? "year" : "month" }));
    const name = MONTHS[m.getUTCMonth()];
    const label = perMonth >= 30 ? name : perMonth >= 12 ? name[0] : i % 3 === 0 ? name : "";
    if (label) grid.append(svg("text", { x: at + perMonth / 2, y: y + 16, class: "tick" }, label));
    if (m.getUTCMonth() === 0 || i === 0)
      grid.append(svg("text", { x: at + 2, y: y + 30, class: "tick year" }, String(m.getUTCFullYear())));
  }
  root.append(grid);

  const marks = [];
  for (const [li, lane] of lanesPacked.entries()) {
    const top = laneTops[li];
    const g = svg("g", { class: "lane", role: "list", "aria-label": lane.subject });
    g.append(svg("text", { x: left, y: top + 13, class: "lane-label", "aria-hidden": "true" }, lane.subject));
    for (const m of lane.marks) {
      const e = m.event;
      const markTop = top + LABEL_HEIGHT + m.row * ROW_HEIGHT;
      const mark = svg(
        "g",
        {
          class: `mark${e.conflicts.length ? " conflict" : ""}${e.id === selectedId ? " selected" : ""}`,
          role: "button",
          tabindex: -1,
          "data-id": e.id,
          "data-subject": lane.subject,
          "data-granularity": e.granularity,
          "aria-pressed": String(e.id === selectedId),
          "aria-label": eventLabel(e, lane.subject),
        },
        svg("title", {}, `${describeWhen(e)}: ${e.headline}`),
        svg("rect", {
          x: m.left,
          y: markTop,
          width: m.width,
          height: BAND_HEIGHT,
          rx: 2,
          class: "band",
          "data-type": e.type,
        }),
      );
      // A conflict is marked where it happened: a red flag, and the rival's own dates when they differ.
      let after = m.left + m.width + 3;
      if (e.conflicts.length) {
        mark.append(svg("text", { x: after - 1, y: markTop + 11, class: "conflict-mark" }, "!"));
        after += 10;
        for (const c of e.conflicts) {
          if (c.from === e.from && c.to === e.to) continue;
          const [s, t] = bandOf(c);
          mark.append(
            svg("rect", {
              x: x(s),
              y: markTop - 2,
              width: Math.max(x(t) - x(s), MIN_BAND),
              height: BAND_HEIGHT + 4,
              class: "rival",
            }),
          );
        }
      }
      if (labelled) {
        const label = shortLabel(e);
        // At the right edge the label goes before its band instead of off the axis.
        const at = { x: m.before ? m.left - 4 : after, y: markTop + 11 };
        mark.append(
          svg("text", { ...at, class: `band-label${m.before ? " before" : ""}`, "aria-hidden": "true" }, label),
        );
      }
      mark.addEventListener("click", () => onSelect(e, lane.subject));
      g.append(mark);
      marks.push({ node: mark, lane: li, start: bandOf(e)[0], event: e, subject: lane.subject });
    }
    root.append(g);
  }

  // Roving focus: the selected event (else the first) is the axis's one tab stop.
  const order = [...marks].sort((a, b) => a.lane - b.lane || a.start - b.start);
  const focusable = order.find((m) => m.event.id === selectedId) ?? order[0];
  focusable.node.setAttribute("tabindex", "0");
  root.addEventListener("keydown", (ev) => {
    const at = order.findIndex((m) => m.node === document.activeElement);
    if (at < 0) return;
    const here = order[at];
    let next = null;
    if (ev.key === "ArrowRight") next = order[at + 1] && order[at + 1].lane === here.lane ? order[at + 1] : null;
    else if (ev.key === "ArrowLeft") next = order[at - 1] && order[at - 1].lane === here.lane ? order[at - 1] : null;
    else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      const lane = here.lane + (ev.key === "ArrowDown" ? 1 : -1);
      const inLane = order.filter((m) => m.lane === lane);
      next = inLane.sort((a, b) => Math.abs(a.start - here.start) - Math.abs(b.start - here.start))[0] ?? null;
    } else if (ev.key === "Home") next = order.find((m) => m.lane === here.lane);
    else if (ev.key === "End") next = order.filter((m) => m.lane === here.lane).at(-1);
    else if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      onSelect(here.event, here.subject);
      return;
    } else return;
    ev.preventDefault();
    if (!next) return;
    here.node.setAttribute("tabindex", "-1");
    next.node.setAttribute("tabindex", "0");
    next.node.focus();
  });
  figure.append(root);
}
