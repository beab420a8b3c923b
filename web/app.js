import { describeWhen } from "/lib/when-text.js";

// The claimtrail page. Every piece of document text goes into the page as text
// (textContent, text nodes), never as markup: documents are untrusted input.

const $ = (sel) => document.querySelector(sel);

/** An element with attributes and children; strings become text nodes. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat())
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

async function api(path) {
  const res = await fetch(path);
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

const money = (n) =>
  n >= 1e9 ? `£${+(n / 1e9).toFixed(3)}bn` : n >= 1e6 ? `£${+(n / 1e6).toFixed(3)}m` : `£${n.toLocaleString("en-GB")}`;
const valueText = (c) =>
  typeof c.value === "number"
    ? /count|affected/.test(c.predicate)
      ? c.value.toLocaleString("en-GB")
      : money(c.value)
    : c.value;
const where = (s) =>
  `${s.title ?? s.documentId.slice(0, 10)} · ${s.publisher ?? s.kind} · ${s.publishedAt ?? "undated"} · p. ${s.page}`;

/** Text with [[marked]] words as a fragment of text nodes and <mark> elements. */
function marked(snippet) {
  const frag = document.createDocumentFragment();
  for (const [i, part] of snippet.split(/\[\[|\]\]/).entries())
    frag.append(i % 2 ? el("mark", {}, part) : document.createTextNode(part));
  return frag;
}

// ---- views ----------------------------------------------------------------

function show(view) {
  for (const b of document.querySelectorAll("nav button"))
    b.setAttribute("aria-pressed", String(b.dataset.view === view));
  for (const v of document.querySelectorAll(".view")) v.hidden = v.id !== `view-${view}`;
  if (view === "check") loadArticles();
}

// ---- timeline ---------------------------------------------------------------

let timeline = null;

async function loadSubjects() {
  const { subjects, eventTypes } = await api("/api/subjects");
  const select = $("#subject");
  for (const s of subjects) {
    const label = s.aliases.length ? `${s.canonical} (${s.aliases.slice(0, 3).join(", ")})` : s.canonical;
    select.append(el("option", { value: s.canonical }, label));
  }
  for (const t of eventTypes) $("#type").append(el("option", { value: t }, t.replace(/-/g, " ")));
}

async function loadTimeline() {
  const subject = $("#subject").value;
  $("#events").replaceChildren();
  $("#citations").replaceChildren(el("p", { class: "muted" }, "Pick an event to see its sources."));
  if (!subject) return;
  const params = new URLSearchParams({ subject });
  if ($("#type").value) params.set("type", $("#type").value);
  timeline = await api(`/api/timeline?${params}`);
  $("#subject-aliases").textContent = timeline.subject.aliases.length
    ? `Also known as ${timeline.subject.aliases.join(", ")}`
    : "";
  renderEvents();
}

function renderEvents() {
  const kind = $("#source-kind").value;
  const events = timeline.events.filter((e) => !kind || e.sources.some((s) => s.kind === kind));
  const list = $("#events");
  list.replaceChildren();
  if (!events.length) list.append(el("li", { class: "muted" }, "No events for this choice."));
  for (const e of events) {
    const n = e.sources.length;
    list.append(
      el(
        "li",
        {},
        el(
          "button",
          {
            type: "button",
            class: "event",
            "data-type": e.type,
            "data-id": e.id,
            "aria-pressed": "false",
            onclick: (ev) => selectEvent(e, ev.currentTarget),
          },
          el(
            "span",
            { class: "when" },
            describeWhen(e),
            el("span", { class: "gran", title: "precision of the date" }, e.granularity),
          ),
          el(
            "span",
            {},
            el("span", { class: "headline" }, e.headline),
            " ",
            el("span", { class: "count" }, `${n} source${n === 1 ? "" : "s"}`),
            e.conflicts.length ? el("span", { class: "conflict-flag" }, `⚠ conflict (${e.conflicts.length})`) : null,
          ),
        ),
      ),
    );
  }
}

function selectEvent(e, button) {
  for (const b of document.querySelectorAll(".event")) b.setAttribute("aria-pressed", "false");
  button.setAttribute("aria-pressed", "true");
  const panel = $("#citations");
  panel.replaceChildren(
    el("h2", {}, e.headline),
    el("p", { class: "muted" }, `${describeWhen(e)} · ${e.type.replace(/-/g, " ")}${e.system ? ` · ${e.system}` : ""}`),
  );
  for (const s of e.sources) {
    panel.append(
      el(
        "div",
        { class: "citation" },
        el("div", {}, where(s)),
        el("blockquote", {}, s.quote),
        el(
          "button",
          { type: "button", class: "open-source", onclick: () => openDocument(s.documentId, s.page, s.quote) },
          `Open at p. ${s.page}`,
        ),
      ),
    );
  }
  for (const c of e.conflicts) {
    panel.append(
      el(
        "div",
        { class: "citation conflict" },
        el("strong", {}, "Conflict: "),
        c.note,
        el("div", {}, where(c)),
        el("blockquote", {}, c.quote),
        el(
          "button",
          { type: "button", class: "open-source", onclick: () => openDocument(c.documentId, c.page, c.quote) },
          `Open at p. ${c.page}`,
        ),
      ),
    );
  }
}

// ---- document viewer -----------------------------------------------------------

async function openDocument(id, pageNumber, quote) {
  const { document: doc, pages } = await api(`/api/documents/${encodeURIComponent(id)}`);
  $("#viewer").hidden = false;
  $("#viewer-title").textContent = doc.title ?? doc.source;
  $("#viewer-meta").textContent =
    `${doc.kind} · ${doc.publisher ?? "publisher unknown"} · ${doc.publishedAt ?? "undated"}`;
  const nav = $("#viewer-pages");
  nav.replaceChildren(
    ...pages.map((p) =>
      el(
        "button",
        {
          type: "button",
          "aria-pressed": String(p.number === pageNumber),
          onclick: () => showPage(pages, p.number, quote),
        },
        `p. ${p.number}`,
      ),
    ),
  );
  showPage(pages, pageNumber, quote);
}

function showPage(pages, number, quote) {
  const page = pages.find((p) => p.number === number) ?? pages[0];
  const box = $("#viewer-text");
  box.replaceChildren();
  const at = quote ? page.text.indexOf(quote) : -1;
  if (at < 0) box.append(page.text);
  else box.append(page.text.slice(0, at), el("mark", { id: "cited" }, quote), page.text.slice(at + quote.length));
  box.setAttribute("data-page", String(page.number));
  $("#cited")?.scrollIntoView({ block: "center" });
}

// ---- claim check -----------------------------------------------------------------

let articlesLoaded = false;
async function loadArticles() {
  if (articlesLoaded) return;
  articlesLoaded = true;
  const { documents } = await api("/api/documents?kind=news");
  for (const d of documents)
    $("#article").append(el("option", { value: d.id }, `${d.publishedAt ?? ""} ${d.title ?? d.source}`));
}

async function loadCheck() {
  const id = $("#article").value;
  const box = $("#check");
  box.replaceChildren();
  if (!id) return;
  const r = await api(`/api/documents/${encodeURIComponent(id)}/check`);
  const counts = {};
  for (const c of r.claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  box.append(
    el("h2", {}, r.document.title ?? r.document.source),
    el(
      "p",
      { class: "muted" },
      Object.entries(counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(", ") || "no claims",
      " ",
      el(
        "button",
        { type: "button", id: "open-article", onclick: () => openDocument(r.document.id, 1, null) },
        "Open the article",
      ),
    ),
  );
  const rows = r.claims.map((c) =>
    el(
      "tr",
      { class: `claim ${c.verdict}` },
      el("td", {}, el("span", { class: `verdict ${c.verdict}` }, c.verdict)),
      el(
        "td",
        {},
        el(
          "div",
          {},
          `${c.claim.subject} · ${c.claim.predicate}${c.claim.aspect ? ` (${c.claim.aspect})` : ""} · ${valueText(c.claim)}`,
        ),
        el("blockquote", {}, c.claim.sentence),
      ),
      el(
        "td",
        {},
        c.evidence
          .slice(0, 3)
          .map((e) =>
            el(
              "div",
              { class: "evidence" },
              el("strong", {}, e.relation),
              " ",
              e.explanation,
              el("div", { class: "muted" }, where(e)),
              el("blockquote", {}, e.quote),
              el(
                "button",
                { type: "button", onclick: () => openDocument(e.documentId, e.page, e.quote) },
                `Open at p. ${e.page}`,
              ),
            ),
          ),
      ),
    ),
  );
  box.append(
    el(
      "table",
      { class: "check" },
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", {}, "Verdict"),
          el("th", {}, "Claim in the article"),
          el("th", {}, "Board-paper evidence"),
        ),
      ),
      el("tbody", {}, rows),
    ),
  );
  if (r.quotes.length) {
    box.append(el("h3", {}, "Quotes"));
    box.append(
      el(
        "ul",
        {},
        r.quotes.map((q) =>
          el(
            "li",
            { class: `quote ${q.verdict}` },
            el("span", { class: `verdict ${q.verdict}` }, q.verdict),
            " ",
            q.speaker ?? "unattributed",
            ": “",
            q.text,
            "”",
            q.diff
              ? el(
                  "div",
                  { class: "diff" },
                  q.diff.map((d) => (d.op === "same" ? d.text : el(d.op === "removed" ? "del" : "ins", {}, d.text))),
                )
              : null,
          ),
        ),
      ),
    );
  }
  if (r.warnings.length)
    box.append(
      el("h3", {}, "Warnings"),
      el(
        "ul",
        {},
        r.warnings.map((w) => el("li", { class: "warning" }, `${w.kind}: ${w.message}`)),
      ),
    );
}

// ---- search ---------------------------------------------------------------------

async function search(ev) {
  ev.preventDefault();
  const params = new URLSearchParams({ q: $("#q").value });
  if ($("#search-kind").value) params.set("kind", $("#search-kind").value);
  const { hits } = await api(`/api/search?${params}`);
  const list = $("#hits");
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
          { type: "button", onclick: () => openDocument(h.documentId, h.page, h.text) },
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

for (const b of document.querySelectorAll("nav button")) b.addEventListener("click", () => show(b.dataset.view));
$("#subject").addEventListener("change", () => loadTimeline().catch(fail));
$("#type").addEventListener("change", () => loadTimeline().catch(fail));
$("#source-kind").addEventListener("change", () => timeline && renderEvents());
$("#article").addEventListener("change", () => loadCheck().catch(fail));
$("#search-form").addEventListener("submit", (e) => search(e).catch(fail));
$("#viewer-close").addEventListener("click", () => ($("#viewer").hidden = true));
loadSubjects().catch(fail);
