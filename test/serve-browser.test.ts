import type { FastifyInstance } from "fastify";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ingest } from "../app/ingest.js";
import { createServer } from "../server/app.js";
import { ROOT } from "./helpers/cli.js";
import { ingestSamples, sampleId } from "./helpers/sample-corpus.js";

// Debian's chromium, installed by .ci/run when missing; flags from the machine notes (no background networking on a closed network).
// playwright gives each launch a fresh temporary profile. One browser and one server serve every test of the page.
const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = join(ROOT, "test", "artifacts");
const RF = "Royal Free Hampstead NHS Trust";
const BARTS = "Barts and The London NHS Trust";

let app: FastifyInstance;
let articleSite: Server;
let articleUrl: string;
let browser: Browser;
let page: Page;
let phone: Page;
let base: string;
let db: string;
const dialogs: string[] = [];
/** Every request the page made to anywhere but our server: there must be none (no CDN, no fonts, no beacons). */
const elsewhere: string[] = [];

// Without chromium the browser tests are skipped with a warning on a developer's machine, and fail in CI,
// which asks for them (.ci/run sets CLAIMTRAIL_REQUIRE_BROWSER and installs chromium).
const browserMissing = !existsSync(CHROMIUM);
if (browserMissing && process.env.CLAIMTRAIL_REQUIRE_BROWSER)
  throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
if (browserMissing) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

/** An article that lives at a web address, so the page can offer it there as well as in its text view. */
const WEB_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Whittington reviews its patient records plans</title>
<meta property="article:published_time" content="2009-02-03T09:00:00Z"><meta property="og:site_name" content="Capital Health Record"></head>
<body><article><h1>Whittington reviews its patient records plans</h1>
<p>The Whittington Hospital NHS Trust said on Tuesday that its board would review plans for a new patient administration system at its March meeting, after reading how other London trusts had fared.</p>
<p>A spokesperson said the trust had not yet set a date for any change and that staff would be consulted first. The review will look at training, data migration and the support the trust can expect from its supplier.</p>
<p>Board members asked for a report on the experience of the Royal Free and of Barts before any decision is taken.</p>
</article></body></html>`;

/** A sample article as a draft the corpus does not hold: the same story under a new title. */
const draftArticle = (name: string) =>
  // Byte for byte but the title: a sample may be in windows-1252.
  Buffer.from(
    readFileSync(join(ROOT, "corpus/samples/articles", `${name}.html`), "latin1").replace("<title>", "<title>Draft: "),
    "latin1",
  );

beforeAll(async () => {
  if (browserMissing) return;
  db = ingestSamples();
  cpSync(`${inject("samplesDb")}.originals`, `${db}.originals`, { recursive: true });
  articleSite = createHttpServer((req, res) =>
    res
      .writeHead(200, { "content-type": "text/html" })
      .end(
        req.url === "/news/draft" ? draftArticle("clinical-systems-bulletin-2008-12-04-royal-free-cost") : WEB_ARTICLE,
      ),
  );
  await new Promise<void>((resolve) => articleSite.listen(0, "127.0.0.1", resolve));
  articleUrl = `http://127.0.0.1:${(articleSite.address() as { port: number }).port}/news/whittington-records`;
  // In this thread: a pool of workers would first warm up a PDF reader this one HTML page does not need.
  const added = await ingest([articleUrl], { db, workers: 0, fetch: { allowPrivate: true } });
  if (added.ingested.length !== 1) throw new Error(`web article not ingested: ${JSON.stringify(added.failed)}`);

  // The page's check may fetch the test's own site on 127.0.0.1, as `check --allow-private` may.
  app = await createServer({ dbPath: db, host: "127.0.0.1", port: 0, fetch: { allowPrivate: true } });
  base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true });
  for (const p of [page, phone]) {
    p.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // A page the viewer opens (a stored original) is watched for dialogs too.
    p.context().on("page", (opened) =>
      opened.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      }),
    );
    p.on("request", (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith("data:")) elsewhere.push(r.url());
    });
  }
  mkdirSync(ARTIFACTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
  articleSite?.close();
});

// The callbacks given to page.evaluate run in the browser; the tests are compiled without the DOM's types, and API
// answers are read loosely (the assertions are the schema).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any, window: any, location: any;

const url = (params: Record<string, string | string[]>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) for (const one of [v].flat()) q.append(k, one);
  return `${base}/?${q}`;
};
const search = (p: Page) => new URLSearchParams(new URL(p.url()).search);

/** The x extent of an event's band on the time axis, in pixels. */
async function band(p: Page, id: string): Promise<{ x: number; width: number }> {
  const rect = p.locator(`#axis .mark[data-id="${id}"] rect.band`);
  return { x: Number(await rect.getAttribute("x")), width: Number(await rect.getAttribute("width")) };
}

/** The id of the event of `subject` whose headline contains `text`, from the API the page reads. */
async function eventId(subject: string, text: string): Promise<string> {
  const t = (await (await fetch(`${base}/api/timeline?subject=${encodeURIComponent(subject)}`)).json()) as Json;
  const e = t.events.find((x: { headline: string }) => x.headline.includes(text));
  if (!e) throw new Error(`no event "${text}" for ${subject}`);
  return e.id;
}

/** No element sticks out of the screen, and the page cannot be scrolled sideways. */
async function overflow(p: Page): Promise<{ scrollWidth: number; wide: string[] }> {
  return p.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    wide: [...document.querySelectorAll("body *")]
      .filter((e: Json) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1) && !e.closest("[hidden]");
      })
      .map((e: Json) => `${e.tagName.toLowerCase()}#${e.id}.${e.className}`),
  }));
}

describe.skipIf(browserMissing)("the web page in a real browser", () => {
  it("opens a citation at the PDF page itself, drawn by pdf.js from our server, the passage highlighted beside the text", async () => {
    await page.goto(base + "/");
    await page.selectOption("#subject", RF);
    const live = page.locator(".event", { hasText: "went live" });
    await expect.poll(() => live.count()).toBe(1);
    expect(await live.locator(".when").textContent()).toContain("June 2008");
    expect(await live.locator(".gran").textContent()).toBe("month");

    await page.locator(".event", { hasText: "£7.2m" }).click();
    const citations = page.locator("#citations .citation:not(.conflict)");
    expect(await citations.count()).toBeGreaterThanOrEqual(4);
    await citations.first().getByRole("button").click();

    const cited = page.locator("#viewer-text mark#cited");
    await cited.waitFor();
    expect(await cited.textContent()).toContain("£7.2m");
    expect(await page.locator("#viewer-text").getAttribute("data-page")).toBe("4");
    // The page image: a canvas pdf.js drew, with highlight boxes over the cited sentence.
    await expect
      .poll(() => page.locator("#viewer-pdf").getAttribute("data-highlighted"), { timeout: 60_000 })
      .toMatch(/By November 2008 the total cost .* had reached £7\.2m/);
    expect(await page.locator("#viewer-pdf").getAttribute("data-page")).toBe("4");
    const sheet = (await page.locator("#viewer-pdf .pdf-sheet").boundingBox())!;
    const marks = page.locator("#viewer-pdf .pdf-highlight");
    expect(await marks.count()).toBeGreaterThanOrEqual(2);
    for (const box of await Promise.all((await marks.all()).map((m) => m.boundingBox()))) {
      expect(box!.x).toBeGreaterThanOrEqual(sheet.x);
      expect(box!.x + box!.width).toBeLessThanOrEqual(sheet.x + sheet.width + 1);
      expect(box!.height).toBeGreaterThan(4);
    }
    // Not a blank canvas: pdf.js drew the page's text in dark pixels.
    const inked = await page.evaluate(() => {
      const c = document.querySelector("#viewer-pdf canvas")!;
      const d = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i]! < 100 && d[i + 3]! > 0) dark++;
      return dark;
    });
    expect(inked).toBeGreaterThan(2000);
    expect(await page.locator("#open-original").getAttribute("href")).toMatch(
      /^\/api\/documents\/[0-9a-f]{64}\/original$/,
    );
    await page.screenshot({ path: join(ARTIFACTS, "pdf-page-highlight.png") });
    expect(elsewhere).toEqual([]);
  }, 120_000);

  it("opens an article at its web address as well as in the text view", async () => {
    const id = ((await (await fetch(`${base}/api/documents?kind=news`)).json()) as Json).documents.find(
      (d: { source: string }) => d.source === articleUrl,
    ).id;
    await page.goto(url({ view: "check", article: id }));
    await page.locator("#check h2").waitFor();
    expect(await page.locator("#check a", { hasText: "at its URL" }).getAttribute("href")).toBe(articleUrl);
    await page.click("#open-article");
    await page.locator("#viewer-text").getByText("Whittington Hospital NHS Trust said on Tuesday").waitFor();
    expect(await page.locator("#open-web").getAttribute("href")).toBe(articleUrl);
    expect(await page.locator("#viewer-original").isHidden()).toBe(true);
    expect(await page.locator("#open-original").getAttribute("href")).toBe(`/api/documents/${id}/original`);
  }, 60_000);

  it("draws both trusts on one real time scale: gaps, month bands, 'early September' a third of a month, conflicts marked", async () => {
    await page.goto(url({ subject: RF, lanes: BARTS }));
    await page.locator("#axis svg").waitFor();
    expect(await page.locator("#axis g.lane").evaluateAll((gs) => gs.map((g) => g.getAttribute("aria-label")))).toEqual(
      [RF, BARTS],
    );
    // Barts: December 2007, then March 2008; the axis shows the two empty months between them.
    const [december, march] = [
      await band(page, await eventId(BARTS, "go-live date slipped")),
      await band(page, (await page.locator(`#axis .mark[data-subject="${BARTS}"]`).nth(1).getAttribute("data-id"))!),
    ];
    expect(december.x).toBeLessThan(march.x);
    const gap = march.x - (december.x + december.width);
    expect(gap / december.width).toBeGreaterThan(1.6); // January and February: 60 days against December's 31
    expect(gap / december.width).toBeLessThan(2.2);

    // A month-level event covers its month; "early September" the first third of the same month.
    const september = await band(page, await eventId(BARTS, "financial impact reported (£3m)"));
    const early = await band(page, await eventId(RF, "problems recognised"));
    expect(Math.abs(early.x - september.x)).toBeLessThan(1);
    expect(early.width / september.width).toBeGreaterThan(0.28);
    expect(early.width / september.width).toBeLessThan(0.4);

    const conflict = page.locator(`#axis .mark[data-id="${await eventId(RF, "£7.2m")}"]`);
    expect(await conflict.getAttribute("class")).toContain("conflict");
    expect(await conflict.locator("text.conflict-mark").textContent()).toBe("!");
    expect(await conflict.getAttribute("aria-label")).toMatch(
      /^by November 2008: .*£7\.2m.*\. 5 sources, \d+ conflicting reports?\./,
    );
    await page.locator("#axis-figure").screenshot({ path: join(ARTIFACTS, "time-axis-both-trusts.png") });
  }, 60_000);

  it("is usable from the keyboard: one tab stop, arrows along a lane and across lanes, Enter opens the event", async () => {
    const first = page.locator('#axis .mark[tabindex="0"]');
    expect(await first.count()).toBe(1);
    expect(await page.locator('#axis .mark[tabindex="-1"]').count()).toBeGreaterThan(8);
    await first.focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    expect(await focused()).toMatch(/^March 2008: Royal Free: board decision/);
    await page.keyboard.press("ArrowRight");
    expect(await focused()).toMatch(/^June 2008: Royal Free: went live/);
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toMatch(/Barts and The London NHS Trust$/);
    await page.keyboard.press("Home");
    expect(await focused()).toMatch(/^December 2007: Barts: go-live date slipped/);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#citations h2").textContent()).toBe("Barts: go-live date slipped");
    expect(search(page).get("event")).toBe(await eventId(BARTS, "go-live date slipped"));
    // Focus stays on the event after the page redraws.
    expect(await focused()).toMatch(/^December 2007: Barts/);
  }, 60_000);

  it("keeps every view in its URL: a shared link restores it, Back and Forward walk through it", async () => {
    const live = await eventId(RF, "went live");
    await page.goto(url({ subject: RF, type: "went-live", kind: "board-paper", event: live }));
    await expect.poll(() => page.locator("#citations h2").textContent()).toContain("went live");
    expect(await page.inputValue("#subject")).toBe(RF);
    expect(await page.inputValue("#type")).toBe("went-live");
    expect(await page.inputValue("#source-kind")).toBe("board-paper");
    expect(await page.locator(`.event[data-id="${live}"]`).getAttribute("aria-pressed")).toBe("true");

    await page.selectOption("#type", "");
    await expect.poll(() => page.locator(".event").count()).toBeGreaterThan(3);
    await page.locator(".event", { hasText: "turnaround programme" }).click();
    await expect.poll(() => page.locator("#citations h2").textContent()).toContain("turnaround");
    await page.goBack();
    await expect.poll(() => search(page).get("event")).toBeNull();
    await page.goBack();
    await expect.poll(() => page.inputValue("#type")).toBe("went-live");
    expect(await page.locator("#citations h2").textContent()).toContain("went live");
    await page.goForward();
    await expect.poll(() => page.inputValue("#type")).toBe("");

    // The check of an article, a search, and an open citation are addresses too.
    const bulletin = sampleId(db, "clinical-systems-bulletin");
    await page.goto(url({ view: "check", article: bulletin }));
    await page.locator("tr.claim.contradicted").waitFor();
    expect(await page.inputValue("#article")).toBe(bulletin);
    await page.goto(url({ view: "search", q: "turnaround programme" }));
    await page.locator("#hits li mark").first().waitFor();
    expect(await page.inputValue("#q")).toBe("turnaround programme");
    await page.locator("#hits li button").first().click();
    await page.locator("#viewer-text mark#cited").waitFor();
    expect(search(page).get("doc")).toMatch(/^[0-9a-f]{64}$/);
    await page.goBack();
    await expect.poll(() => page.locator("#viewer").isHidden()).toBe(true);
    expect(search(page).get("q")).toBe("turnaround programme");
  }, 90_000);

  it("exports the timeline, a check and search results from the page, in the CLI's formats, linked to the sources", async () => {
    await page.goto(url({ subject: BARTS }));
    const exports = page.locator("#timeline-exports a");
    await expect.poll(() => exports.count()).toBe(5);
    const hrefs = Object.fromEntries(
      await exports.evaluateAll((as) =>
        as.map((a) => [a.getAttribute("data-format"), new URL(a.getAttribute("href")!, location.href).href]),
      ),
    );
    expect(Object.keys(hrefs)).toEqual(["csv", "citations.csv", "json", "md", "timelinejs"]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      exports.filter({ hasText: "Markdown" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("timeline-Barts-and-The-London-NHS-Trust.md");
    const md = await (await page.request.get(hrefs.md)).text();
    expect(md).toMatch(/^# Timeline: Barts and The London NHS Trust/);
    expect(md).toContain(`](${base}/api/documents/`);
    const json = await (await page.request.get(hrefs.json)).json();
    expect(json.schema).toBe("claimtrail/timeline@1");
    expect(json).toEqual(await (await fetch(`${base}/api/timeline?subject=${encodeURIComponent(BARTS)}`)).json());
    const tl = await (await page.request.get(hrefs.timelinejs)).json();
    expect(tl.events.length).toBe(json.events.length);
    const csv = await (await page.request.get(hrefs.csv)).text();
    expect(csv.split("\r\n")[0]).toMatch(/"first_source_link"$/);

    await page.goto(url({ view: "check", article: sampleId(db, "clinical-systems-bulletin") }));
    await page.locator("#check-exports a").first().waitFor();
    const checkCsv = await (
      await page.request.get(
        await page
          .locator("#check-exports a[data-format=csv]")
          .evaluate((a) => new URL(a.getAttribute("href")!, location.href).href),
      )
    ).text();
    expect(checkCsv).toContain('"summary","contradicted","","claims","1"');
    const checkHtml = await (
      await page.request.get(
        await page
          .locator("#check-exports a[data-format=html]")
          .evaluate((a) => new URL(a.getAttribute("href")!, location.href).href),
      )
    ).text();
    expect(checkHtml).toMatch(/<strong>claims: [^<]*contradicted/);

    await page.goto(url({ view: "search", q: "Cerner", skind: "board-paper" }));
    await page.locator("#search-exports a").first().waitFor();
    const hitsCsv = await (
      await page.request.get(
        await page
          .locator("#search-exports a[data-format=csv]")
          .evaluate((a) => new URL(a.getAttribute("href")!, location.href).href),
      )
    ).text();
    const rows = hitsCsv.trim().split("\r\n");
    expect(rows[0]).toMatch(/"passage","link"$/);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row).toMatch(/"board-paper"/);
  }, 90_000);

  it("keeps the viewer's title and Close in sight, filters citations by source kind, puts rival sources one click away", async () => {
    const live = await eventId(RF, "went live");
    await page.goto(url({ subject: RF, event: live }));
    await page.locator("#citations .citation").first().waitFor();
    const all = await page.locator("#citations .citation").count();
    await page.selectOption("#source-kind", "board-paper");
    await expect.poll(() => page.locator("#citations .filter-note").count()).toBe(1);
    const kinds = await page
      .locator("#citations .citation")
      .evaluateAll((cs) => cs.map((c) => c.getAttribute("data-kind")));
    expect(kinds.length).toBeLessThan(all);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["board-paper"]));
    expect(await page.locator("#citations .filter-note").textContent()).toContain(`${kinds.length} of ${all} sources`);

    // One click on the conflict flag shows the rival reports, each with the button that opens it where it says so.
    await page.selectOption("#source-kind", "");
    await page.locator(".event-row", { hasText: "£7.2m" }).locator("button.conflict-flag").click();
    const rivals = page.locator("#conflicts .citation.conflict");
    await rivals.first().waitFor();
    const timeline = (await (await fetch(`${base}/api/timeline?subject=Royal%20Free`)).json()) as Json;
    const conflicts = timeline.events.find((e: Json) => e.headline.includes("£7.2m")).conflicts;
    expect(await rivals.count()).toBe(conflicts.length);
    const rival = rivals.first();
    expect(await rival.textContent()).toContain(conflicts[0].note);
    expect(await rival.locator("blockquote").textContent()).toBe(conflicts[0].quote);
    await rival.getByRole("button").click();
    await page.locator("#viewer-text mark#cited").waitFor();
    // Focus moves to the viewer's title, and back to the button that opened it when the viewer closes.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("viewer-title");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#viewer").isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest(".citation.conflict") !== null)).toBe(true);
    await rival.getByRole("button").click();
    await page.locator("#viewer:not([hidden])").waitFor();
    expect(await page.locator("#viewer").getAttribute("data-doc")).toBe(conflicts[0].documentId);
    expect(await page.locator("#viewer-title").textContent()).toBe(conflicts[0].title);

    // Scrolled to the end of a long page, the title and Close are still on screen and on top.
    const paper = sampleId(db, "royal-free-board-2008-11");
    await page.goto(url({ subject: RF, doc: paper, p: "4" }));
    await page.locator("#viewer-pdf canvas").waitFor({ timeout: 60_000 });
    await page.locator("#viewer").evaluate((v) => (v.scrollTop = v.scrollHeight));
    const viewer = (await page.locator("#viewer").boundingBox())!;
    for (const sel of ["#viewer-title", "#viewer-close"]) {
      const box = (await page.locator(sel).boundingBox())!;
      expect(box.y, sel).toBeGreaterThanOrEqual(viewer.y - 1);
      expect(box.y + box.height, sel).toBeLessThan(viewer.y + 120);
      const onTop = await page.evaluate(
        ([s, x, y]) => document.elementFromPoint(x as number, y as number)?.closest(s as string) !== null,
        [sel, box.x + box.width / 2, box.y + box.height / 2],
      );
      expect(onTop, sel).toBe(true);
    }
    await page.click("#viewer-close");
    expect(await page.locator("#viewer").isHidden()).toBe(true);
  }, 90_000);

  it("shows the article's £9.2m as the conflicting report of the board paper's £7.2m", async () => {
    await page.goto(url({ subject: RF, event: await eventId(RF, "£7.2m") }));
    await page.locator("#citations h2").waitFor();
    const rival = page.locator("#conflicts .citation.conflict", { hasText: "£9.2m against £7.2m" });
    expect(await rival.count()).toBe(1);
    expect(await rival.textContent()).toContain("Royal Free counts the cost of Cerner troubles");
  }, 60_000);

  it("fits a phone: headlines visible, nothing wider than the screen, in every view", async () => {
    await phone.goto(url({ subject: RF, lanes: BARTS, event: await eventId(RF, "£7.2m") }));
    await phone.locator("#axis svg").waitFor();
    await phone.locator("#citations h2").waitFor();
    for (const h of await phone.locator("#events .headline").all()) {
      const box = (await h.boundingBox())!;
      expect(box.width).toBeGreaterThan(40);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await overflow(phone)).toEqual({ scrollWidth: 390, wide: [] });
    await phone.screenshot({ path: join(ARTIFACTS, "phone-timeline.png") });
    await phone.locator("#axis-figure").screenshot({ path: join(ARTIFACTS, "phone-time-axis.png") });

    await phone.goto(url({ view: "check", article: sampleId(db, "clinical-systems-bulletin") }));
    await phone.locator("tr.claim.contradicted").waitFor();
    expect(await overflow(phone)).toEqual({ scrollWidth: 390, wide: [] });
    await phone.screenshot({ path: join(ARTIFACTS, "phone-check.png") });

    await phone.goto(
      url({
        subject: RF,
        doc: sampleId(db, "royal-free-board-2008-11"),
        p: "4",
        hl: "By November 2008 the total cost to the Trust of the problems with the Care Records Service had reached £7.2m.",
      }),
    );
    await expect
      .poll(() => phone.locator("#viewer-pdf").getAttribute("data-highlighted"), { timeout: 60_000 })
      .toContain("£7.2m");
    expect(await overflow(phone)).toEqual({ scrollWidth: 390, wide: [] });
    const close = (await phone.locator("#viewer-close").boundingBox())!;
    expect(close.x + close.width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(ARTIFACTS, "phone-pdf-page-highlight.png") });
    expect(elsewhere).toEqual([]);
  }, 120_000);

  it("searches by a figure's value with filters, kept in the URL; a name the corpus lacks is said in place", async () => {
    await page.goto(url({ view: "search" }));
    await page.fill("#q", "£7,200,000");
    await page.fill("#search-publisher", "journal");
    await page.fill("#search-from", "2008-12-01");
    await page.click("#search-form button[type=submit]");
    await page.locator("#hits li mark").first().waitFor();
    expect(new Set(await page.locator("#hits li mark").allTextContents())).toEqual(new Set(["£7.2m"]));
    expect(await page.locator("#hits li").count()).toBe(2);
    expect(Object.fromEntries(search(page))).toMatchObject({
      q: "£7,200,000",
      publisher: "journal",
      sfrom: "2008-12-01",
    });
    const csv = await (
      await page.request.get(
        await page
          .locator("#search-exports a[data-format=csv]")
          .evaluate((a) => new URL(a.getAttribute("href")!, location.href).href),
      )
    ).text();
    expect(csv.trim().split("\r\n")).toHaveLength(3);

    await page.fill("#search-stakeholder", "Nobody Atall");
    await page.click("#search-form button[type=submit]");
    await expect.poll(() => page.locator("#hits li.error").textContent()).toContain("Nobody Atall");
    await page.goBack();
    await expect.poll(() => page.locator("#hits li mark").count()).toBe(2);
    expect(await page.inputValue("#search-stakeholder")).toBe("");
  }, 60_000);

  it("checks the article with the wrong figure: contradicted, in words as well as colour, beside the board paper's evidence", async () => {
    await page.goto(base + "/");
    await page.click("button[data-view=check]");
    await page.selectOption("#article", sampleId(db, "clinical-systems-bulletin"));
    const row = page.locator("tr.claim.contradicted");
    await row.waitFor();
    expect(await row.locator(".verdict").textContent()).toBe("contradicted");
    expect(await row.textContent()).toContain("£9.2m");
    expect(await row.locator(".evidence").first().textContent()).toContain("£7.2m");
    expect(await page.locator("#check .check-summary").textContent()).toMatch(
      /^claims: (\d+ [a-z-]+, )*1 contradicted.* · statements: .* · quotes: .* · warnings: /,
    );
    await page.screenshot({ path: join(ARTIFACTS, "check-clinical-systems-bulletin.png"), fullPage: true });
  }, 60_000);

  it("shows the misquote's word diff", async () => {
    await page.goto(url({ view: "check", article: sampleId(db, "healthcare-computing-today") }));
    const altered = page.locator("li.quote.altered");
    await altered.waitFor();
    expect(await altered.locator("del").allTextContents()).toEqual(expect.arrayContaining(["executive team"]));
    expect(await altered.locator("ins").allTextContents()).toEqual(expect.arrayContaining(["board"]));
  }, 60_000);

  it("shows hostile document text as text: no script runs, no markup is made", async () => {
    const hostile = sampleId(db, "health-it-weekly-2008-07-02");
    await page.goto(url({ view: "check" }));
    await page.selectOption("#article", hostile);
    await page.locator("li.quote").first().waitFor();
    const quotes = (await page.locator("#check").textContent()) ?? "";
    expect(quotes).toContain("<img src=x onerror=alert(1)>");
    expect(await page.locator("#check img").count()).toBe(0);

    await page.click("#open-article");
    await page.locator("#viewer-text").getByText("<script>alert(1)</script>").waitFor();
    expect(await page.locator("#viewer-text script, #viewer-text img").count()).toBe(0);
    // The stored page itself, opened from the viewer, is sandboxed: its scripts do not run.
    const [original] = await Promise.all([page.waitForEvent("popup"), page.click("#open-original")]);
    await original.waitForLoadState();
    await original.waitForTimeout(300);
    await original.close();
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  }, 60_000);
  it("checks a pasted URL without storing it: progress, then the verdicts as for a stored article", async () => {
    const draftUrl = `${new URL(articleUrl).origin}/news/draft`;
    const checks: string[] = [];
    const countChecks = (r: { method(): string; url(): string }) => {
      if (r.method() === "POST") checks.push(r.url());
    };
    page.on("request", countChecks);
    await page.goto(url({ view: "check" }));
    await page.fill("#check-url", draftUrl);
    await page.click("#check-url-go");
    await expect.poll(() => page.locator("#check-status").textContent()).toMatch(/^Checking http/);
    // The samples' planted wrong figure, £9.2m against the board paper's £7.2m.
    const row = page.locator("tr.claim.contradicted", { hasText: "£9.2m" });
    await row.waitFor({ timeout: 90_000 });
    expect(await row.locator(".evidence").first().textContent()).toContain("£7.2m");
    expect(await page.locator("#check .draft-note").textContent()).toContain("not stored");
    expect(await page.locator("#check-status").textContent()).toBe("");
    // The address bar holds the check: the URL checked, in the check view.
    expect(Object.fromEntries(search(page))).toEqual({ view: "check", url: draftUrl });
    const shared = page.url();
    // Evidence opens in the viewer as for a stored article; the draft itself is in no list of the corpus.
    await row.locator(".evidence button").first().click();
    await page.locator("#viewer-text mark#cited").waitFor();
    expect(await page.locator("#check tr.claim").count()).toBeGreaterThan(0);
    const articles = await page.locator("#article option").allTextContents();
    expect(articles.filter((a) => a.includes("Draft:"))).toEqual([]);
    // Back closes the viewer on the same check, shown as it was: it is not asked for again.
    await page.goBack();
    await expect.poll(() => page.locator("#viewer").isHidden()).toBe(true);
    expect(page.url()).toBe(shared);
    expect(await row.count()).toBe(1);
    page.off("request", countChecks);
    expect(checks).toEqual([`${base}/api/check`]);

    // The address sent to someone else: opened in a browser that never saw the check, it checks the URL again.
    const elsewherePage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const asked: string[] = [];
      elsewherePage.on("request", (r) => {
        if (r.method() === "POST") asked.push(r.url());
      });
      await elsewherePage.goto(shared);
      const again = elsewherePage.locator("tr.claim.contradicted", { hasText: "£9.2m" });
      await again.waitFor({ timeout: 90_000 });
      expect(await again.locator(".evidence").first().textContent()).toContain("£7.2m");
      expect(asked).toEqual([`${base}/api/check`]);
      expect(await elsewherePage.inputValue("#check-url")).toBe(draftUrl);
      expect(await elsewherePage.locator("#check .draft-note").textContent()).toMatch(
        /not stored\. This page's address checks it again/,
      );
      expect(await elsewherePage.locator("#check tr.claim").count()).toBe(
        await page.locator("#check tr.claim").count(),
      );
    } finally {
      await elsewherePage.close();
    }
  }, 180_000);

  it("checks an uploaded file, and says in place when a file is not a PDF or HTML page", async () => {
    const dir = mkdtempSync(join(tmpdir(), "claimtrail-upload-"));
    writeFileSync(join(dir, "notes.txt"), "Just a note.");
    const draft = join(dir, "draft-royal-free.html");
    writeFileSync(draft, draftArticle("nhs-manager-digest-2008-12-11-royal-free-fix-list"));
    await page.goto(url({ view: "check" }));
    await page.setInputFiles("#check-file", join(dir, "notes.txt"));
    await expect
      .poll(() => page.locator("#check-status[role=alert]").textContent())
      .toBe("Could not check it. notes.txt: not a PDF or an HTML page");
    await page.setInputFiles("#check-file", draft);
    await page.locator("#check .draft-note").waitFor({ timeout: 90_000 });
    expect(await page.locator("#check .draft-note").textContent()).toContain("the file draft-royal-free.html");
    // A file is not kept, so the address cannot hold its check, and the page says so instead of pretending.
    expect(Object.fromEntries(search(page))).toEqual({ view: "check" });
    expect(await page.locator("#check .draft-note").textContent()).toMatch(
      /this page's address cannot show this check again/,
    );
    expect(await page.locator("#check tr.claim .verdict").count()).toBeGreaterThan(0);
    // Each predicate is named with what it means, from /api/predicates; a count is not shown as money.
    expect(await page.locator("#check .predicate").first().getAttribute("title")).toMatch(/\w+ \w+/);
    const problems = page.locator("tr.claim", { has: page.locator(".predicate", { hasText: "problem-count" }) });
    expect(await problems.first().locator("td").nth(1).textContent()).toMatch(/problem-count · 22(?!\d)/);
    expect(await page.locator("#check").innerText()).not.toMatch(/^null$/m);
    // Not stored, so no export by id: the JSON is the check@1 object the page holds.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.click("#check-exports a[data-format=json]"),
    ]);
    expect(download.suggestedFilename()).toBe("check.json");
    const saved = JSON.parse(readFileSync((await download.path())!, "utf8")) as Json;
    expect(saved).toMatchObject({ schema: "claimtrail/check@1", document: { source: "draft-royal-free.html" } });
    await page.screenshot({ path: join(ARTIFACTS, "check-uploaded-draft.png"), fullPage: true });
  }, 120_000);
});
