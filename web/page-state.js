// What the page shows, as its URL: a view can be shared, reopened, and left with the browser's back button.

const SINGLE = [
  "view",
  "subject",
  "type",
  "kind",
  "event",
  "article",
  "url",
  "q",
  "skind",
  "sfrom",
  "sto",
  "publisher",
  "stakeholder",
  "doc",
  "p",
  "hl",
];

/** The state a query string describes; `lanes` (subjects drawn beside the chosen one) may repeat. */
export function readState(search) {
  const params = new URLSearchParams(search);
  const state = { lanes: params.getAll("lanes") };
  for (const key of SINGLE) {
    const v = params.get(key);
    if (v) state[key] = v;
  }
  if (state.p) state.p = Number(state.p) || 1;
  return state;
}

/** The query string of a state: only what is set, in a stable order, so one view has one address. */
export function stateQuery(state) {
  const params = new URLSearchParams();
  for (const key of SINGLE) {
    if (key === "view" && state.view === "timeline") continue;
    if (state[key] !== undefined && state[key] !== null && state[key] !== "") params.set(key, String(state[key]));
    if (key === "subject") for (const lane of state.lanes ?? []) params.append("lanes", lane);
  }
  const query = params.toString();
  return query ? `?${query}` : location.pathname;
}
