import { describeWhen } from "/lib/when-text.js";
import { checkDetails } from "/check-details.js";
import { el, marked, where } from "/dom.js";
import { readState, stateQuery } from "/page-state.js";
import { drawPdfPage } from "/pdf-page.js";
import { drawTimeAxis } from "/time-axis.js";

// The claimtrail page. Every piece of document text goes into the page as text
// (textContent, text nodes), never as markup: documents are untrusted input.
// What it shows is its URL (page-state.js): each change is a history entry, and
// render(state) draws any state, whether a click, a shared link or Back made it.

const $ = (sel) => document.querySelector(sel);

const cache = new Map();
/** A JSON answer of the API; answers are kept for the page's life (the corpus is read-only while served). */
async function api(path) {
  if (!cache.has(path))
    cache.set(
      path,
      fetch(path).then(async (res) => {
        const body = await res.json();
        if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
        return body;
      }),
    );
  const answer = cache.get(path);
  answer.catch(() => cache.delete(path));
  return answer;
}

// ---- state and history -----------------------------------------------------------

let state = { lanes: [] };

/**
 * Moves to a new state: a history entry of its own (so Back returns here), then drawn. `replace` puts it in place of
 * the current entry instead, for a state that only says better what the current one showed.
 */
function navigate(patch, { replace = false } = {}) {
  const next = { ...state, ...patch };
  const url = stateQuery(next);
  if (replace) history.replaceState(null, "", url);
  else if (url !== stateQuery(state)) history.pushState(null, "", url);
  return render(next).catch(fail);
}

window.addEventListener("popstate", () => render(readState(location.search)).catch(fail));

let generation = 0;
/** True once a later render has begun: an answer that arrives late must not draw over the newer state. */
const staleSince = (g) => g !== generation;

async function render(next) {
  const g = ++generation;
  state = { view: "timeline", ...next, lanes: next.lanes ?? [] };
  showView(state.view);
  // Focus stays where it was across a redraw: on the same event of the list or the axis.
  const focused = document.activeElement?.closest?.("[data-id]");
  const refocus = focused ? { id: focused.dataset.id, axis: !!focused.closest("#axis") } : null;
  await Promise.all([renderTimeline(g), renderCheck(g), renderSearch(g)]);
  if (staleSince(g)) return;
  if (refocus)
    document
      .querySelector(`${refocus.axis ? "#axis .mark" : "#events .event"}[data-id="${window.CSS.escape(refocus.id)}"]`)
      ?.focus();
  await renderViewer(g);
}

function showView(view) {
  for (const b of document.querySelectorAll("header nav button"))
    b.setAttribute("aria-pressed", String(b.dataset.view === view));
  for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== `view-${view}`;
}

/** Links that download what a view shows, in each format the server renders it in (the CLI's renderers). */
function exportLinks(nav, path, params, formats) {
  nav.replaceChildren(
    el("span", { class: "muted" }, "Export: "),
    ...formats.map(([format, label]) =>
      el(
        "a",
        { href: `${path}?${new URLSearchParams({ ...params, format })}`, download: "", "data-format": format },
        label,
      ),
    ),
  );
  nav.hidden = false;
}

// ---- timeline ---------------------------------------------------------------

let subjects = [];
/** The claim predicates by name: each one's unit and description, as the extractors define them. */
let predicates = new Map();

async function loadPredicates() {
  const answer = await api("/api/predicates");
  predicates = new Map(answer.predicates.map((p) => [p.name, p]));
}

async function loadSubjects() {
  const answer = await api("/api/subjects");
  subjects = answer.subjects;
  const select = $("#subject");
  for (const s of subjects) {
    const label = s.aliases.length ? `${s.canonical} (${s.aliases.slice(0, 3).join(", ")})` : s.canonical;
    select.append(el("option", { value: s.canonical }, label));
  }
  for (const t of answer.eventTypes) $("#type").append(el("option", { value: t }, t.replace(/-/g, " ")));
}

/** Every subject but the chosen one, as a checkbox that adds its lane to the axis. */
function renderLaneChoices() {
  const box = $("#lanes");
  box.replaceChildren(el("legend", {}, "Lanes on the time axis"));
  for (const s of subjects.filter((s) => s.canonical !== state.subject))
    box.append(
      el(
        "label",
        { class: "lane-choice" },
        el("input", {
          type: "checkbox",
          value: s.canonical,
          checked: state.lanes.includes(s.canonical),
          onchange: (ev) =>
            navigate({
              lanes: ev.target.checked ? [...state.lanes, s.canonical] : state.lanes.filter((l) => l !== s.canonical),
            }),
        }),
        ` ${s.canonical}`,
      ),
    );
  box.hidden = !state.subject;
}

const timelinePath = (subject) => {
  const params = new URLSearchParams({ subject });
  if (state.type) params.set("type", state.type);
  return { path: "/api/timeline", params: Object.fromEntries(params) };
};

/** The events a source filter lets through, each with only the sources of that kind. */
function filtered(events) {
  if (!state.kind) return events;
  return events
    .filter((e) => e.sources.some((s) => s.kind === state.kind))
    .map((e) => ({ ...e, hiddenSources: e.sources.filter((s) => s.kind !== state.kind).length }));
}

let lanesShown = [];

async function renderTimeline(g) {
  $("#subject").value = state.subject ?? "";
  $("#type").value = state.type ?? "";
  $("#source-kind").value = state.kind ?? "";
  renderLaneChoices();
  const list = $("#events");
  if (!state.subject) {
    list.replaceChildren();
    $("#axis-figure").hidden = true;
    $("#timeline-exports").hidden = true;
    $("#subject-aliases").textContent = "";
    noEventChosen();
    return;
  }
  const subjectsShown = [state.subject, ...state.lanes.filter((l) => l !== state.subject)];
  const timelines = await Promise.all(
    subjectsShown.map((s) => {
      const { path, params } = timelinePath(s);
      return api(`${path}?${new URLSearchParams(params)}`);
    }),
  );
  if (staleSince(g)) return;
  const [timeline] = timelines;
  $("#subject-aliases").textContent = timeline.subject.aliases.length
    ? `Also known as ${timeline.subject.aliases.join(", ")}`
    : "";
  const { path, params } = timelinePath(state.subject);
  exportLinks($("#timeline-exports"), path, params, [
    ["csv", "CSV"],
    ["citations.csv", "CSV (every citation)"],
    ["json", "JSON"],
    ["md", "Markdown"],
    ["timelinejs", "TimelineJS"],
  ]);
  lanesShown = timelines.map((t) => ({ subject: t.subject.canonical, events: filtered(t.events) }));
  const events = lanesShown[0].events;
  renderEventList(list, events);
  drawAxis();

  const selected = lanesShown.flatMap((l) => l.events).find((e) => e.id === state.event);
  if (selected) renderCitations(selected);
  else noEventChosen();
}

function drawAxis() {
  const figure = $("#axis-figure");
  figure.hidden = false;
  drawTimeAxis($("#axis"), lanesShown, {
    width: Math.max(figure.clientWidth, 280),
    selectedId: state.event,
    onSelect: (e) => navigate({ event: e.id }),
  });
}
let resizing;
window.addEventListener("resize", () => {
  window.clearTimeout(resizing);
  resizing = window.setTimeout(() => state.subject && lanesShown.length && drawAxis(), 150);
});

function renderEventList(list, events) {
  list.replaceChildren();
  if (!events.length) list.append(el("li", { class: "muted" }, "No events for this choice."));
  for (const e of events) {
    const n = e.sources.length - (e.hiddenSources ?? 0);
    list.append(
      el(
        "li",
        { class: "event-row" },
        el(
          "button",
          {
            type: "button",
            class: "event",
            "data-type": e.type,
            "data-id": e.id,
            "aria-pressed": String(e.id === state.event),
            onclick: () => navigate({ event: e.id }),
          },
          el(
            "span",
            { class: "when" },
            describeWhen(e),
            el("span", { class: "gran", title: "precision of the date" }, e.granularity),
          ),
          el(
            "span",
            { class: "what" },
            el("span", { class: "headline" }, e.headline),
            " ",
            el("span", { class: "count" }, `${n} source${n === 1 ? "" : "s"}`),
          ),
        ),
        // The rival reports are one click away: this opens the event at its conflicts.
        e.conflicts.length
          ? el(
              "button",
              {
                type: "button",
                class: "conflict-flag",
                "aria-label": `${e.conflicts.length} conflicting report${e.conflicts.length === 1 ? "" : "s"}: show the rival sources`,
                onclick: () =>
                  navigate({ event: e.id }).then(() => $("#conflicts")?.scrollIntoView({ block: "nearest" })),
              },
              `⚠ conflict (${e.conflicts.length})`,
            )
          : null,
      ),
    );
  }
}

function citation(s, extra) {
  return el(
    "div",
    { class: `citation${extra ? " conflict" : ""}`, "data-kind": s.kind },
    extra,
    el("div", {}, where(s)),
    el("blockquote", {}, s.quote),
    el(
      "button",
      { type: "button", class: "open-source", onclick: () => navigate({ doc: s.documentId, p: s.page, hl: s.quote }) },
      `Open at p. ${s.page}`,
    ),
  );
}

function noEventChosen() {
  const panel = $("#citations");
  panel.replaceChildren(el("p", { class: "muted" }, "Pick an event to see its sources."));
  delete panel.dataset.shows;
}

function renderCitations(e) {
  const panel = $("#citations");
  // Drawn again only when it would change: the button that opened a citation keeps its place (and focus returns
  // to it when the viewer closes).
  const shows = JSON.stringify([e.id, state.kind ?? ""]);
  if (panel.dataset.shows === shows) return;
  panel.dataset.shows = shows;
  const shown = state.kind ? e.sources.filter((s) => s.kind === state.kind) : e.sources;
  const hidden = e.sources.length - shown.length;
  const only = state.kind === "news" ? "news only" : "board papers only";
  panel.replaceChildren(
    el("h2", {}, e.headline),
    el("p", { class: "muted" }, `${describeWhen(e)} · ${e.type.replace(/-/g, " ")}${e.system ? ` · ${e.system}` : ""}`),
    ...(hidden
      ? [
          el(
            "p",
            { class: "muted filter-note" },
            `Showing ${shown.length} of ${e.sources.length} sources (${only}): ${hidden} hidden by the Sources filter.`,
          ),
        ]
      : []),
    ...shown.map((s) => citation(s)),
  );
  if (e.conflicts.length)
    panel.append(
      el(
        "section",
        { id: "conflicts", "aria-label": "Conflicting reports" },
        el("h3", {}, `Conflicting report${e.conflicts.length === 1 ? "" : "s"}`),
        ...e.conflicts.map((c) => citation(c, el("div", {}, el("strong", {}, "Conflict: "), c.note))),
      ),
    );
}

// ---- document viewer -----------------------------------------------------------

let viewerShows = null;
/** What had focus when the viewer opened: focus goes back there when it closes, so a keyboard user keeps their place. */
let focusBeforeViewer = null;

async function renderViewer(g) {
  const viewer = $("#viewer");
  if (!state.doc) {
    if (!viewer.hidden && focusBeforeViewer?.isConnected) focusBeforeViewer.focus();
    viewer.hidden = true;
    viewerShows = null;
    return;
  }
  const key = JSON.stringify([state.doc, state.p, state.hl]);
  if (key === viewerShows && !viewer.hidden) return;
  const { document: doc, pages } = await api(`/api/documents/${encodeURIComponent(state.doc)}`);
  if (staleSince(g)) return;
  viewerShows = key;
  const number = pages.some((p) => p.number === state.p) ? state.p : pages[0].number;
  const opening = viewer.hidden;
  if (opening) focusBeforeViewer = document.activeElement;
  viewer.hidden = false;
  viewer.dataset.doc = doc.id;
  $("#viewer-title").textContent = doc.title ?? doc.source;
  $("#viewer-meta").textContent =
    `${doc.kind} · ${doc.publisher ?? "publisher unknown"} · ${doc.publishedAt ?? "undated"}`;
  const original = `/api/documents/${encodeURIComponent(doc.id)}/original`;
  const web = /^https?:\/\//i.test(doc.source) ? doc.source : null;
  $("#viewer-links").replaceChildren(
    ...(web
      ? [el("a", { href: web, target: "_blank", rel: "noopener noreferrer", id: "open-web" }, "Open at its URL"), " · "]
      : []),
    el(
      "a",
      { href: original, target: "_blank", rel: "noopener", id: "open-original" },
      doc.format === "pdf" ? "The PDF as published" : "The page as it was read",
    ),
  );
  $("#viewer-pages").replaceChildren(
    ...pages.map((p) =>
      el(
        "button",
        {
          type: "button",
          "aria-pressed": String(p.number === number),
          onclick: () => navigate({ p: p.number, hl: p.number === state.p ? state.hl : undefined }),
        },
        `p. ${p.number}`,
      ),
    ),
  );
  showText(
    pages.find((p) => p.number === number),
    state.hl,
  );
  // A screen reader hears which document opened; the viewer is then read from its title.
  if (opening) $("#viewer-title").focus({ preventScroll: true });
  await showOriginal(doc, number, state.hl);
}

function showText(page, quote) {
  const box = $("#viewer-text");
  box.replaceChildren();
  const at = quote ? page.text.indexOf(quote) : -1;
  if (at < 0) box.append(page.text);
  else box.append(page.text.slice(0, at), el("mark", { id: "cited" }, quote), page.text.slice(at + quote.length));
  box.setAttribute("data-page", String(page.number));
  $("#cited")?.scrollIntoView({ block: "center" });
}

async function showOriginal(doc, number, quote) {
  const section = $("#viewer-original");
  const note = $("#viewer-original-note");
  const box = $("#viewer-pdf");
  section.hidden = doc.format !== "pdf";
  if (doc.format !== "pdf") return box.replaceChildren();
  note.textContent = "Drawing the page…";
  try {
    const width = Math.min(Math.max(section.clientWidth - 4, 260), 900);
    const found = await drawPdfPage(box, doc.id, number, quote, width);
    // Another page may have been asked for while this one was drawn; the later one wins.
    if (state.doc !== doc.id) return;
    box.dataset.page = String(number);
    box.dataset.highlighted = found ?? "";
    note.textContent = !quote
      ? ""
      : found
        ? "The cited passage is highlighted on the page."
        : "The cited passage could not be placed on the page image; it is highlighted in the extracted text.";
    box.querySelector(".pdf-highlight")?.scrollIntoView({ block: "center" });
  } catch (e) {
    note.textContent = `The original could not be shown: ${e.message}`;
    box.replaceChildren();
  }
}

// ---- claim check -----------------------------------------------------------------

async function loadArticles() {
  const { documents } = await api("/api/documents?kind=news");
  const select = $("#article");
  if (select.options.length > 1) return;
  for (const d of documents)
    select.append(el("option", { value: d.id }, `${d.publishedAt ?? ""} ${d.title ?? d.source}`));
}

async function renderCheck(g) {
  if (state.view !== "check" && !state.article) return;
  await loadArticles();
  $("#article").value = state.article ?? "";
  const box = $("#check");
  if (!state.article) {
    if (state.url) {
      // A check of a web address is its own address (?view=check&url=…): opening it, shared or from history, shows
      // that check, and runs it again when this page has not run it yet.
      $("#check-url").value = state.url;
      const report = checkedUrls.get(state.url);
      if (report) return showDraft(box, { report, url: state.url });
      clearCheck(box);
      if (state.view === "check" && checkingUrl !== state.url) checkUrl(state.url).catch(fail);
      return;
    }
    // A file checked here cannot be in the address: it stays shown until another document is chosen.
    if (fileDraft) return showDraft(box, fileDraft);
    return clearCheck(box);
  }
  if (box.dataset.article === state.article) return;
  const path = `/api/documents/${encodeURIComponent(state.article)}/check`;
  const r = await api(path);
  if (staleSince(g)) return;
  box.dataset.article = state.article;
  exportLinks($("#check-exports"), path, {}, [
    ["csv", "CSV"],
    ["json", "JSON"],
    ["md", "Markdown"],
    ["html", "HTML"],
  ]);
  drawCheck(box, r, { stored: true });
}

function clearCheck(box) {
  box.replaceChildren();
  delete box.dataset.article;
  $("#check-exports").hidden = true;
}

/** Check `r` in `box`: summary, claims with their evidence, quotes and warnings (check-details.js). */
function drawCheck(box, r, { stored, from }) {
  box.replaceChildren();
  const web = /^https?:\/\//i.test(r.document.source) ? r.document.source : null;
  // The check at a glance, from the contract's own counts: an altered quote or a name spelled two ways is never
  // hidden behind "9 supported".
  const tally = (counts) =>
    Object.entries(counts)
      .map(([k, n]) => `${n} ${k}`)
      .join(", ") || "none";
  const nothing = !r.claims.length && !r.statements.length && !r.quotes.length;
  const parts = [
    el("h2", {}, r.document.title ?? r.document.source),
    el(
      "p",
      { class: "muted check-summary" },
      ["claims", "statements", "quotes", "warnings"].map((part) => `${part}: ${tally(r.summary[part])}`).join(" · "),
      " ",
      stored
        ? el(
            "button",
            {
              type: "button",
              id: "open-article",
              onclick: () => navigate({ doc: r.document.id, p: 1, hl: undefined }),
            },
            "Open the article",
          )
        : null,
      web ? " " : null,
      web ? el("a", { href: web, target: "_blank", rel: "noopener noreferrer" }, "at its URL") : null,
    ),
    stored
      ? null
      : el(
          "p",
          { class: "muted draft-note" },
          from === "url"
            ? "Checked from its address; not in the corpus, and not stored. This page's address checks it again: copy it to share the check."
            : `Checked from the file ${r.document.source}; not in the corpus, and not stored. The file was not kept, so this page's address cannot show this check again: save the JSON below, or check the file again.`,
        ),
    nothing ? el("p", { class: "muted" }, "Nothing to check: no claims, figures or quotations found.") : null,
  ];
  box.append(...parts.filter(Boolean));
  box.append(...checkDetails(r, (e) => navigate({ doc: e.documentId, p: e.page, hl: e.quote }), predicates));
}

// ---- checking a document that is not in the corpus --------------------------------

/** The checks of web addresses this page has run, by address: Back and Forward show them without asking again. */
const checkedUrls = new Map();
/** The address being checked now, if any: drawing its state again does not start a second check. */
let checkingUrl = null;
/** The last file checked, shown while no stored article and no address is chosen: a file cannot be in the address. */
let fileDraft = null;
let draftRun = 0;

function showDraft(box, draft) {
  const key = draft.url ? `url:${draft.url}` : `file:${draft.run}`;
  if (box.dataset.article === key) return;
  box.dataset.article = key;
  // Not stored, so there is nothing to export by id: the check@1 object itself is offered as the JSON.
  const nav = $("#check-exports");
  const before = nav.querySelector("a[href^='blob:']");
  if (before) window.URL.revokeObjectURL(before.href);
  const blob = new window.Blob([JSON.stringify(draft.report, null, 2) + "\n"], { type: "application/json" });
  nav.replaceChildren(
    el("span", { class: "muted" }, "Export: "),
    el("a", { href: window.URL.createObjectURL(blob), download: "check.json", "data-format": "json" }, "JSON"),
  );
  nav.hidden = false;
  drawCheck(box, draft.report, { stored: false, from: draft.url ? "url" : "file" });
}

/**
 * Checks a document that need not be in the corpus (POST /api/check): a URL, or a file's bytes sent as its type.
 * The server reads it, checks it against the board papers and stores nothing; this shows the progress and the error,
 * and returns the answer (null when it failed or a later check took its place).
 */
async function checkElsewhere(label, path, request) {
  const run = ++draftRun;
  const status = $("#check-status");
  const controls = [$("#check-url"), $("#check-url-go"), $("#check-file")];
  const started = Date.now();
  const say = () =>
    (status.textContent = `Checking ${label}: reading it and checking it against the board papers… ${Math.round((Date.now() - started) / 1000)} s`);
  status.className = "check-status busy";
  status.setAttribute("role", "status");
  say();
  const ticking = window.setInterval(say, 1000);
  for (const c of controls) c.disabled = true;
  $("#check").setAttribute("aria-busy", "true");
  try {
    const res = await fetch(path, { method: "POST", ...request });
    const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
    if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
    if (run !== draftRun) return null;
    status.className = "check-status";
    status.textContent = "";
    return { report: body, stored: res.headers.get("x-claimtrail-draft") === "no", run };
  } catch (e) {
    if (run !== draftRun) return null;
    status.className = "check-status error";
    status.setAttribute("role", "alert");
    // The server's one line names what it could not check ("https://…: HTTP 404", "notes.txt: not a PDF or …").
    status.textContent = `Could not check it. ${e.message}`;
    return null;
  } finally {
    window.clearInterval(ticking);
    if (run === draftRun) {
      for (const c of controls) c.disabled = false;
      $("#check").removeAttribute("aria-busy");
    }
  }
}

async function checkFile(file) {
  if (!file) return;
  // Sent as what its name says, else as bytes: the server decides what a file is from its bytes either way.
  const type = /\.pdf$/i.test(file.name) ? "application/pdf" : /\.x?html?$/i.test(file.name) ? "text/html" : null;
  checkingUrl = null;
  const answer = await checkElsewhere(file.name, `/api/check?${new URLSearchParams({ name: file.name })}`, {
    headers: { "content-type": type ?? "application/octet-stream" },
    body: file,
  });
  if (!answer) return;
  const away = { view: "check", url: undefined, doc: undefined, p: undefined, hl: undefined };
  // Already in the corpus: shown as the stored article it is, with its exports and its own address.
  if (answer.stored) return navigate({ ...away, article: answer.report.document.id });
  fileDraft = { report: answer.report, run: answer.run };
  return navigate({ ...away, article: undefined });
}

/** Checks the address the page's state names, and shows it if the page still asks for it when the answer comes. */
async function checkUrl(url) {
  checkingUrl = url;
  const answer = await checkElsewhere(url, "/api/check", {
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ url }),
  });
  if (checkingUrl === url) checkingUrl = null;
  if (!answer) return;
  if (answer.stored) {
    // In the corpus: the address names the stored article instead, in place of the one that named the URL.
    if (state.url === url) return navigate({ article: answer.report.document.id, url: undefined }, { replace: true });
    return;
  }
  checkedUrls.set(url, answer.report);
  if (state.url === url && !state.article) showDraft($("#check"), { report: answer.report, url });
}

// ---- search ---------------------------------------------------------------------

async function renderSearch(g) {
  $("#q").value = state.q ?? "";
  $("#search-kind").value = state.skind ?? "";
  $("#search-from").value = state.sfrom ?? "";
  $("#search-to").value = state.sto ?? "";
  $("#search-publisher").value = state.publisher ?? "";
  $("#search-stakeholder").value = state.stakeholder ?? "";
  const list = $("#hits");
  if (!state.q) {
    list.replaceChildren();
    delete list.dataset.query;
    $("#search-exports").hidden = true;
    return;
  }
  const params = { q: state.q };
  for (const [param, key] of [
    ["kind", "skind"],
    ["from", "sfrom"],
    ["to", "sto"],
    ["publisher", "publisher"],
    ["stakeholder", "stakeholder"],
  ])
    if (state[key]) params[param] = state[key];
  const key = new URLSearchParams(params).toString();
  if (list.dataset.query === key) return;
  let hits;
  try {
    ({ hits } = await api(`/api/search?${key}`));
  } catch (e) {
    // A name the corpus does not know, a reversed date range: said where the results would be.
    if (staleSince(g)) return;
    list.replaceChildren(el("li", { class: "error", role: "alert" }, e.message));
    $("#search-exports").hidden = true;
    delete list.dataset.query;
    return;
  }
  if (staleSince(g)) return;
  list.dataset.query = key;
  exportLinks($("#search-exports"), "/api/search", params, [
    ["csv", "CSV"],
    ["json", "JSON"],
    ["md", "Markdown"],
    ["html", "HTML"],
  ]);
  list.replaceChildren();
  if (!hits.length) list.append(el("li", { class: "muted" }, "Nothing matches."));
  for (const h of hits) {
    list.append(
      el(
        "li",
        {},
        el(
          "div",
          {},
          el("strong", {}, h.title ?? h.documentId),
          " ",
          el("span", { class: "muted" }, `${h.kind} · ${h.publishedAt ?? "undated"} · p. ${h.page}`),
        ),
        el("div", { class: "snippet" }, marked(h.snippet)),
        el(
          "button",
          { type: "button", onclick: () => navigate({ doc: h.documentId, p: h.page, hl: h.text }) },
          `Open at p. ${h.page}`,
        ),
      ),
    );
  }
}

// ---- wiring ---------------------------------------------------------------------

function fail(e) {
  const box = el("p", { role: "alert", class: "error" }, `Error: ${e.message}`);
  document.querySelector("main").prepend(box);
}

for (const b of document.querySelectorAll("header nav button"))
  b.addEventListener("click", () => navigate({ view: b.dataset.view }));
$("#subject").addEventListener("change", (ev) =>
  navigate({
    subject: ev.target.value || undefined,
    event: undefined,
    lanes: state.lanes.filter((l) => l !== ev.target.value),
  }),
);
$("#type").addEventListener("change", (ev) => navigate({ type: ev.target.value || undefined, event: undefined }));
$("#source-kind").addEventListener("change", (ev) => navigate({ kind: ev.target.value || undefined }));
$("#article").addEventListener("change", (ev) => {
  fileDraft = null;
  navigate({ article: ev.target.value || undefined, url: undefined });
});
$("#check-url-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const url = $("#check-url").value.trim();
  // Asked again, an address is checked again: the page behind it may have changed.
  checkedUrls.delete(url);
  fileDraft = null;
  navigate({ view: "check", url, article: undefined, doc: undefined, p: undefined, hl: undefined });
});
$("#check-file").addEventListener("change", (ev) => {
  checkFile(ev.target.files[0]);
  ev.target.value = "";
});
const drop = $("#check-drop");
drop.addEventListener("dragover", (ev) => {
  ev.preventDefault();
  drop.classList.add("over");
});
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", (ev) => {
  ev.preventDefault();
  drop.classList.remove("over");
  checkFile(ev.dataTransfer.files[0]);
});
$("#search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  navigate({
    q: $("#q").value,
    skind: $("#search-kind").value || undefined,
    sfrom: $("#search-from").value || undefined,
    sto: $("#search-to").value || undefined,
    publisher: $("#search-publisher").value.trim() || undefined,
    stakeholder: $("#search-stakeholder").value.trim() || undefined,
  });
});
$("#viewer-close").addEventListener("click", () => navigate({ doc: undefined, p: undefined, hl: undefined }));
document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && state.doc) navigate({ doc: undefined, p: undefined, hl: undefined });
});

Promise.all([loadSubjects(), loadPredicates()])
  .then(() => {
    const initial = readState(location.search);
    history.replaceState(null, "", stateQuery({ view: "timeline", ...initial }));
    return render(initial);
  })
  .catch(fail);
