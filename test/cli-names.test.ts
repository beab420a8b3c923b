import { beforeAll, describe, expect, it } from "vitest";
import { closest, nameSimilarity } from "../app/suggest.js";
import { runCli } from "./helpers/cli.js";
import { ingestSamples } from "./helpers/sample-corpus.js";

// Issue 16, item 10: a name that matches nothing gets help, and a reversed date range is bad usage.

let db: string;
beforeAll(() => {
  db = ingestSamples();
});

describe("closest names", () => {
  it("ranks misspellings, prefixes and short aliases, and offers nothing for a name close to none", () => {
    expect(nameSimilarity("Royal Fre", "Royal Free")).toBeGreaterThan(0.9);
    expect(nameSimilarity("RFX", "RFH")).toBeGreaterThanOrEqual(0.66);
    const subjects = [
      { canonical: "Royal Free Hampstead NHS Trust", names: ["Royal Free", "RFH"] },
      { canonical: "Barts and The London NHS Trust", names: ["Barts", "BLT"] },
      { canonical: "BT", names: ["British Telecom"] },
    ];
    expect(closest("royal free hampsted", subjects)[0]).toMatchObject({ canonical: "Royal Free Hampstead NHS Trust" });
    expect(closest("Bartz", subjects)[0]).toMatchObject({ canonical: "Barts and The London NHS Trust", via: "Barts" });
    expect(closest("Nowhere General Hospital", subjects)).toEqual([]);
  });
});

describe("an unknown subject", () => {
  it("timeline names the closest known subject and the alias it matched", async () => {
    const r = await runCli(["--db", db, "timeline", "--subject", "Royal Fre"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("did you mean Royal Free Hampstead NHS Trust (as “Royal Free”)?");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("claims and search do too; a name close to nothing is told the subjects there are, with their aliases", async () => {
    const claims = await runCli(["--db", db, "claims", "--subject", "Bartz"]);
    expect(claims.code).toBe(1);
    expect(claims.stderr).toContain("did you mean Barts and The London NHS Trust (as “Barts”)?");
    const search = await runCli(["--db", db, "search", "Cerner", "--subject", "Royal Freee"]);
    expect(search.code).toBe(1);
    expect(search.stderr).toContain("did you mean Royal Free Hampstead NHS Trust");
    const far = await runCli(["--db", db, "timeline", "--subject", "Nowhere General Hospital"]);
    expect(far.code).toBe(1);
    expect(far.stderr).toMatch(
      /subjects it knows: Royal Free Hampstead NHS Trust \(Royal Free, RFH.*Barts and The London NHS Trust \(Barts, BLT/,
    );
  });

  it("a known subject with no events in the window is not called unknown", async () => {
    const r = await runCli(["--db", db, "timeline", "--subject", "BLT", "--from", "2011-01-01"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("no events for Barts and The London NHS Trust between 2011-01-01 and the end");
    expect(r.stderr).not.toContain("did you mean");
  });
});

describe("an unknown stakeholder", () => {
  it("`stakeholder Wray` points to the name-variant warning that links it to Andrew Way", async () => {
    const r = await runCli(["--db", db, "stakeholder", "Wray"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("no stakeholder “Wray” in the corpus");
    expect(r.stderr).toMatch(/name-variant warning linking it to Andrew Way \(document [0-9a-f]{10}\)/);
    expect(r.stderr).toContain('"Andrew Wray" looks like a variant spelling of "Andrew Way"');
    expect(r.stderr).toContain('try `claimtrail stakeholder "Andrew Way"`');
    const full = await runCli(["--db", db, "stakeholder", "Andrew Wray"]);
    expect(full.stderr).toContain("linking it to Andrew Way");
  });

  it("a misspelt name is offered the closest names", async () => {
    const r = await runCli(["--db", db, "stakeholder", "Andrew Wey"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("did you mean Andrew Way?");
    const cerner = await runCli(["--db", db, "stakeholder", "Cernerr"]);
    expect(cerner.stderr).toContain("did you mean Cerner");
  });
});

describe("a reversed date range", () => {
  it("is bad usage, exit 2, with one line saying so", async () => {
    const r = await runCli([
      "--db",
      db,
      "timeline",
      "--subject",
      "Barts",
      "--from",
      "2009-01-01",
      "--to",
      "2008-01-01",
    ]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("the date range is reversed");
    const same = await runCli([
      "--db",
      db,
      "timeline",
      "--subject",
      "Barts",
      "--from",
      "2008-04-01",
      "--to",
      "2008-04-01",
    ]);
    expect(same.code, same.stderr).toBe(0);
  });
});
