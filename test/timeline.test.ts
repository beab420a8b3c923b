import { beforeAll, describe, expect, it } from "vitest";
import { openCorpus } from "../corpus/corpus.js";
import type { TimelineEventJson as TimelineEvent, TimelineJson as Timeline } from "../output/views.js";
import { runCli } from "./helpers/cli.js";
import { ingestSamples } from "./helpers/sample-corpus.js";

let db: string;
beforeAll(async () => {
  db = ingestSamples();
}, 120_000);

const timeline = async (...args: string[]): Promise<Timeline> => {
  const r = await runCli(["--db", db, "timeline", ...args, "--format", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Timeline;
};
const only = (t: Timeline, type: string): TimelineEvent[] => t.events.filter((e) => e.type === type);

describe("timeline of the sample corpus", () => {
  it("gives the Royal Free's story in date order, each event at the precision its sources wrote", async () => {
    const t = await timeline("--subject", "Royal Free");
    expect(t.schema).toBe("claimtrail/timeline@1");
    expect(t.subject.canonical).toBe("Royal Free Hampstead NHS Trust");
    expect(t.subject.aliases).toContain("RFH");
    const froms = t.events.map((e) => e.from);
    expect(froms).toEqual([...froms].sort());

    const [live] = only(t, "went-live");
    expect(live).toMatchObject({ from: "2008-06-01", to: "2008-06-30", granularity: "month" });
    expect(live!.sources.length).toBeGreaterThanOrEqual(3);
    expect(live!.sources.some((s) => s.kind === "board-paper")).toBe(true);

    const [problems] = only(t, "problems-reported");
    expect(problems).toMatchObject({ from: "2008-09-01", to: "2008-09-30", granularity: "month", qualifier: "early" });

    const [rescue] = only(t, "rescue-launched");
    expect(rescue).toMatchObject({ from: "2008-10-06", to: "2008-10-06", granularity: "day" });
    expect(only(t, "activity-fell")[0]).toMatchObject({ from: "2008-07-01", to: "2008-08-31" });
  });

  it("makes the £7.2m one event with many citations, and the article's £9.2m a conflict on it", async () => {
    const money = only(await timeline("--subject", "Royal Free"), "financial-impact-reported").find(
      (e) => e.value === 7_200_000,
    )!;
    expect(money).toBeDefined();
    const paper = money.sources.find((s) => s.kind === "board-paper")!;
    expect(paper).toMatchObject({ page: 4, publishedAt: "2008-11-26" });
    expect(paper.quote).toContain("£7.2m");
    expect(money.sources.filter((s) => s.kind === "news").length).toBeGreaterThanOrEqual(3);
    expect(money.conflicts).toHaveLength(1);
    expect(money.conflicts[0]).toMatchObject({ value: 9_200_000, publishedAt: "2008-12-04" });
    expect(money.conflicts[0]!.note).toBe("£9.2m against £7.2m");
  });

  it("cites every source by a span that slices back to words of the quoted sentence", async () => {
    const t = await timeline("--subject", "Royal Free");
    const corpus = openCorpus(db, { readonly: true });
    try {
      for (const e of t.events) {
        for (const s of e.sources) {
          const text = corpus.documents.text(s.documentId)!;
          const page = corpus.documents.pages(s.documentId).find((p) => p.number === s.page)!;
          expect(s.span.start).toBeGreaterThanOrEqual(page.start);
          expect(s.span.end).toBeLessThanOrEqual(page.end);
          expect(s.quote).toContain(text.slice(s.span.start, s.span.end));
        }
      }
    } finally {
      corpus.close();
    }
  });

  it("resolves aliases and tells Barts' go-live from its slipped dates", async () => {
    const t = await timeline("--subject", "BLT");
    expect(t.subject.canonical).toBe("Barts and The London NHS Trust");
    expect(only(t, "went-live")).toHaveLength(1);
    expect(only(t, "went-live")[0]).toMatchObject({ from: "2008-04-01", to: "2008-04-30" });
    expect(only(t, "go-live-delayed").map((e) => e.from)).toEqual(expect.arrayContaining(["2007-12-01", "2008-03-01"]));
    expect(only(await timeline("--subject", "BT"), "deployments-suspended")[0]).toMatchObject({
      from: "2008-10-01",
      to: "2008-10-31",
      conflicts: [],
    });
  });

  it("filters by window and type, and lays out by reporting date on request", async () => {
    const october = await timeline("--subject", "Royal Free", "--from", "2008-10-01", "--to", "2008-10-31");
    expect(october.events.length).toBeGreaterThan(0);
    for (const e of october.events) expect(e.to >= "2008-10-01" && e.from <= "2008-10-31").toBe(true);
    const lives = await timeline("--subject", "Royal Free", "--type", "went-live");
    expect(lives.events.every((e) => e.type === "went-live")).toBe(true);
    const reported = (await timeline("--subject", "Royal Free", "--by", "reported")).events.map(
      (e) => e.reportedAt ?? e.from,
    );
    expect(reported).toEqual([...reported].sort());
  });

  it("renders TimelineJS 3: slides with year-month start dates for month events, headline text and a group", async () => {
    const r = await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--format", "timelinejs"]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      title: unknown;
      events: Array<{
        start_date: Record<string, number>;
        end_date?: Record<string, number>;
        text: { headline: string; text: string };
        group: string;
        unique_id: string;
      }>;
    };
    expect(doc.title).toBeDefined();
    expect(doc.events.length).toBeGreaterThan(3);
    for (const e of doc.events) {
      expect(typeof e.start_date.year).toBe("number");
      expect(e.text.headline.length).toBeGreaterThan(0);
      expect(e.group).toMatch(/^[a-z-]+$/);
    }
    const live = doc.events.find((e) => e.group === "went-live")!;
    expect(live.start_date).toEqual({ year: 2008, month: 6 });
    expect(live.end_date).toEqual({ year: 2008, month: 6 });
    expect(new Set(doc.events.map((e) => e.unique_id)).size).toBe(doc.events.length);
  });

  it("renders text, CSV, Markdown and a self-contained HTML page", async () => {
    const text = (await runCli(["--db", db, "timeline", "--subject", "Royal Free"])).stdout;
    expect(text).toMatch(/early September 2008\s+Royal Free: problems recognised\s+\[\d+ sources\]/);
    expect(text).toMatch(/6 October 2008\s+Royal Free: turnaround programme launched/);
    expect(text).toContain("[1 conflicting]");

    const csv = (await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--format", "csv"])).stdout;
    expect(csv.startsWith('\uFEFF"from","to"')).toBe(true);
    expect(csv.split("\r\n").length).toBeGreaterThan(4);

    const md = (await runCli(["--db", db, "timeline", "--subject", "Royal Free", "--format", "md"])).stdout;
    expect(md).toContain("# Timeline: Royal Free Hampstead NHS Trust");
    expect(md).toContain("**Conflict**");

    const html = (await runCli(["--db", db, "timeline", "--subject", "Barts", "--format", "html"])).stdout;
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).not.toMatch(/<script|src="http|href="http/i);
    expect(html).toContain("April 2008");
  });

  it("says so, with exit 1, when a subject has no events", async () => {
    const r = await runCli(["--db", db, "timeline", "--subject", "Nowhere General Hospital"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("no subject “Nowhere General Hospital” in the corpus");
  });
});

describe("search, stakeholders and one stakeholder", () => {
  it("finds passages with highlighted snippets, document, date and page, filtered by kind", async () => {
    const r = await runCli(["--db", db, "search", "turnaround", "programme", "--json"]);
    expect(r.code).toBe(0);
    const { hits } = JSON.parse(r.stdout) as {
      hits: Array<{ documentId: string; kind: string; page: number; publishedAt: string; snippet: string }>;
    };
    expect(hits.length).toBeGreaterThan(1);
    for (const h of hits) {
      expect(h.snippet).toMatch(/\[\[turnaround\]\]/i);
      expect(h.page).toBeGreaterThanOrEqual(1);
    }
    const papers = JSON.parse(
      (await runCli(["--db", db, "search", "turnaround", "--kind", "board-paper", "--json"])).stdout,
    ).hits as Array<{ kind: string }>;
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.every((h) => h.kind === "board-paper")).toBe(true);
    const text = await runCli(["--db", db, "search", "turnaround", "--subject", "Barts"]);
    expect(text.stdout).not.toContain("Royal Free Hampstead NHS Trust ·");
  });

  it("treats query text as words, never as FTS syntax, and exits 1 on no match", async () => {
    const odd = await runCli(["--db", db, "search", 'cerner"', "(booking*", "--json"]);
    expect(odd.code).toBe(0);
    expect(JSON.parse(odd.stdout).hits.length).toBeGreaterThan(0);
    const none = await runCli(["--db", db, "search", "zzqxv"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("no passage matches");
  });

  it("lists stakeholders by type and profiles one by alias or surname, with the Way/Wray warning", async () => {
    const people = JSON.parse((await runCli(["--db", db, "stakeholders", "--type", "person", "--json"])).stdout)
      .stakeholders as Array<{ canonical: string; type: string; documents: number }>;
    expect(people.every((p) => p.type === "person")).toBe(true);
    expect(people.find((p) => p.canonical === "Andrew Way")!.documents).toBeGreaterThanOrEqual(3);

    const way = JSON.parse((await runCli(["--db", db, "stakeholder", "Way", "--json"])).stdout).stakeholder;
    expect(way.canonical).toBe("Andrew Way");
    expect(way.roles.map((r: { role: string }) => r.role)).toContain("chief executive");
    expect(way.warnings[0].message).toContain("Wray");
    const dates = way.appearances.map((a: { publishedAt: string }) => a.publishedAt);
    expect(dates).toEqual([...dates].sort());

    const barts = JSON.parse((await runCli(["--db", db, "stakeholder", "BLT", "--json"])).stdout).stakeholder;
    expect(barts.canonical).toBe("Barts and The London NHS Trust");
    expect(
      barts.claims.some(
        (c: { predicate: string; value: number }) => c.predicate === "income-shortfall" && c.value === 3_000_000,
      ),
    ).toBe(true);

    const nobody = await runCli(["--db", db, "stakeholder", "Nobody Atall"]);
    expect(nobody.code).toBe(1);
    expect(nobody.stderr.trim().split("\n")).toHaveLength(1);
  });
});
