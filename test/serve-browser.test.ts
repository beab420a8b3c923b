import type { FastifyInstance } from "fastify";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "../server/app.js";
import { ROOT } from "./helpers/cli.js";
import { ingestSamples, sampleId } from "./helpers/sample-corpus.js";

// Debian's chromium, installed by .ci/run when missing; flags from the machine notes (no background networking on a closed network).
// playwright gives each launch a fresh temporary profile.
const CHROMIUM = "/usr/bin/chromium";
const ARTIFACTS = join(ROOT, "test", "artifacts");

let app: FastifyInstance;
let browser: Browser;
let page: Page;
let base: string;
let db: string;
const dialogs: string[] = [];

// Without chromium the browser tests are skipped with a warning on a developer's machine, and fail in CI,
// which asks for them (.ci/run sets CLAIMTRAIL_REQUIRE_BROWSER and installs chromium).
const browserMissing = !existsSync(CHROMIUM);
if (browserMissing && process.env.CLAIMTRAIL_REQUIRE_BROWSER)
  throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`);
if (browserMissing) console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium)`);

beforeAll(async () => {
  if (browserMissing) return;
  db = ingestSamples();
  app = await createServer({ dbPath: db, host: "127.0.0.1", port: 0 });
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
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe.skipIf(browserMissing)("the web page in a real browser", () => {
  it("follows the Royal Free: go-live and £7.2m events, a citation opened at its page with the passage highlighted", async () => {
    await page.goto(base + "/");
    await page.selectOption("#subject", "Royal Free Hampstead NHS Trust");
    const live = page.locator(".event", { hasText: "went live" });
    await expect.poll(() => live.count()).toBe(1);
    expect(await live.locator(".when").textContent()).toContain("June 2008");
    expect(await live.locator(".gran").textContent()).toBe("month");

    const money = page.locator(".event", { hasText: "£7.2m" });
    expect(await money.locator(".conflict-flag").textContent()).toContain("conflict");
    await money.click();
    const citations = page.locator("#citations .citation");
    expect(await citations.count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator("#citations .citation.conflict").textContent()).toContain("£9.2m against £7.2m");

    await citations.first().getByRole("button").click();
    const cited = page.locator("#viewer-text mark#cited");
    await cited.waitFor();
    expect(await cited.textContent()).toContain("£7.2m");
    expect(await page.locator("#viewer-text").getAttribute("data-page")).toBe("4");
    await page.screenshot({ path: join(ARTIFACTS, "timeline-royal-free.png") });
  }, 60_000);

  it("filters events by type and source kind", async () => {
    await page.click("#viewer-close");
    await page.selectOption("#type", "rescue-launched");
    await expect.poll(() => page.locator(".event").count()).toBe(1);
    expect(await page.locator(".event .when").textContent()).toContain("6 October 2008");
    await page.selectOption("#type", "");
    await expect.poll(() => page.locator(".event").count()).toBeGreaterThan(3);
    await page.selectOption("#source-kind", "board-paper");
    const withPapers = await page.locator(".event").count();
    await page.selectOption("#source-kind", "");
    expect(withPapers).toBeLessThanOrEqual(await page.locator(".event").count());
  }, 60_000);

  it("checks the article with the wrong figure: contradicted, in words as well as colour, beside the board paper's evidence", async () => {
    await page.click("button[data-view=check]");
    await page.selectOption("#article", sampleId(db, "clinical-systems-bulletin"));
    const row = page.locator("tr.claim.contradicted");
    await row.waitFor();
    expect(await row.locator(".verdict").textContent()).toBe("contradicted");
    expect(await row.textContent()).toContain("£9.2m");
    expect(await row.locator(".evidence").first().textContent()).toContain("£7.2m");
    await page.screenshot({ path: join(ARTIFACTS, "check-clinical-systems-bulletin.png"), fullPage: true });
  }, 60_000);

  it("shows the misquote's word diff", async () => {
    await page.selectOption("#article", sampleId(db, "healthcare-computing-today"));
    const altered = page.locator("li.quote.altered");
    await altered.waitFor();
    expect(await altered.locator("del").allTextContents()).toEqual(expect.arrayContaining(["executive team"]));
    expect(await altered.locator("ins").allTextContents()).toEqual(expect.arrayContaining(["board"]));
  }, 60_000);

  it("shows hostile document text as text: no script runs, no markup is made", async () => {
    const hostile = sampleId(db, "health-it-weekly-2008-07-02");
    await page.selectOption("#article", hostile);
    await page.locator("li.quote").first().waitFor();
    const quotes = (await page.locator("#check").textContent()) ?? "";
    expect(quotes).toContain("<img src=x onerror=alert(1)>");
    expect(await page.locator("#check img").count()).toBe(0);

    await page.click("#open-article");
    await page.locator("#viewer-text").waitFor();
    expect(await page.locator("#viewer-text script, #viewer-text img").count()).toBe(0);
    expect(await page.locator("#viewer-text").textContent()).toContain("<script>alert(1)</script>");
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  }, 60_000);

  it("searches passages and highlights the words found", async () => {
    await page.click("#viewer-close");
    await page.click("button[data-view=search]");
    await page.fill("#q", "turnaround programme");
    await page.click("#search-form button[type=submit]");
    await page.locator("#hits li mark").first().waitFor();
    expect((await page.locator("#hits li mark").first().textContent())?.toLowerCase()).toMatch(/turnaround|programme/);
  }, 60_000);
});
