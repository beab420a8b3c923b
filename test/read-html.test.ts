import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isClaimtrailError, type ClaimtrailError } from "../model/errors.js";
import { readHtml } from "../read/read-html.js";

const read = (html: string | Buffer, charset?: string) =>
  readHtml(typeof html === "string" ? Buffer.from(html) : html, "page.html", { charset });
const STORY = [
  "The Royal Free Hampstead NHS Trust lost £7.2m on its Care Records Service by November 2008, its board papers say.",
  "BT suspended further deployments in London in October 2008, while a 90-day plan worked through 22 problems.",
  "Chief executive Andrew Way told the board that outpatient booking was more stable than at any time since go-live.",
];
const paragraphs = STORY.map((p) => `<p>${p}</p>`).join("\n");
const refusal = (html: string) => {
  try {
    read(html);
  } catch (e) {
    if (isClaimtrailError(e)) return e;
    throw e;
  }
  throw new Error("read without an error");
};

describe("the main text of an HTML page", () => {
  it(
    "reads 5,000 sibling paragraphs with no <article> or <main>, every one in order (linear: this was quadratic)",
    { timeout: 30_000 },
    () => {
      // 180 KB: the shape that made the old reader re-read every paragraph's siblings for each paragraph (issue 17, item 2).
      const html = `<!DOCTYPE html><html><head><title>Minutes</title></head><body>${Array.from({ length: 5000 }, (_, i) => `<p>Item ${i}: the board noted the report.</p>`).join("\n")}</body></html>`;
      expect(html.length).toBeGreaterThan(180_000);
      const blocks = read(html).text.split("\n\n");
      expect(blocks).toHaveLength(5000);
      expect(blocks[0]).toBe("Item 0: the board noted the report.");
      expect(blocks[4999]).toBe("Item 4999: the board noted the report.");
    },
  );

  it("keeps the story when a site-wide class on <html>, <body> or <main> names adverts or a sidebar", () => {
    // Each of these classes emptied the page before (14 of readability's 130 test pages came out empty).
    for (const cls of ["has-top-ad", "ads-enabled", "sidebar-primary", "modal-open", "social"]) {
      const html = `<html class="${cls}"><body class="${cls}"><main class="${cls}"><div class="story">${paragraphs}</div></main></body></html>`;
      expect(read(html).text, cls).toBe(STORY.join("\n\n"));
    }
  });

  it("prefers the story to a teaser <article>, and keeps every section of a story split in several", () => {
    const teaser = `<article class="teaser"><h3><a href="/other">Barts warns of £3m shortfall</a></h3></article>`;
    const text = read(
      `<html><body>${teaser}<div class="content"><section>${paragraphs}</section><section><h2>Deployments</h2><p>${STORY[1]!.replace("BT", "The supplier")}</p><p>Hammersmith, St Mary's and St George's will have to wait for the system.</p></section></div></body></html>`,
    ).text;
    expect(text).toContain(STORY[0]);
    expect(text).toContain("will have to wait for the system.");
    expect(text).not.toContain("Barts warns");
  });

  it("lays text out in blocks: paragraphs a blank line apart; list items, table cells and <br> lines one per line", () => {
    const table = "<table><tr><th>Month</th><th>Cost</th></tr><tr><td>July</td><td>£0.6m</td></tr></table>";
    const text = read(
      `<html><body><article>${paragraphs}<ul><li>Outpatient booking</li><li>Waiting lists</li></ul>${table}<p>April 2008: Barts<br>June 2008: Royal Free</p></article></body></html>`,
    ).text;
    expect(text).toBe(
      `${STORY.join("\n\n")}\n\nOutpatient booking\nWaiting lists\n\nMonth\nCost\nJuly\n£0.6m\n\nApril 2008: Barts\nJune 2008: Royal Free`,
    );
  });

  it("leaves out the headline, the byline and the labels above the headline: they are metadata, not the story", () => {
    const html = `<html><head><title>Royal Free counts the cost | CSB</title><meta property="og:title" content="Royal Free counts the cost"><meta name="author" content="Gareth Lowe"></head>
      <body><div id="content"><p class="section-label">News » Acute systems</p><h1>Royal Free counts the cost</h1><p class="dateline">By Gareth Lowe — 4 December 2008</p>${paragraphs}</div></body></html>`;
    expect(read(html).text).toBe(STORY.join("\n\n"));
  });

  it("keeps a cookie notice out of a news brief, and keeps a brief whose wrapper's class mentions cookies", () => {
    // Under readability's 500 characters a page goes through its relaxed passes, which take the whole page.
    const brief = `<article><h1>BT halts roll-out</h1><p>BT suspended deployments in October 2008.</p></article>`;
    const notice = `<div class="cookie-banner">We use cookies. Accept?</div>`;
    expect(
      read(
        `<html><head><title>BT halts roll-out</title></head><body><nav><a href="/">Home</a></nav>${notice}${brief}</body></html>`,
      ).text,
    ).toBe("BT suspended deployments in October 2008.");
    expect(
      read(
        `<html><head><title>BT halts roll-out</title></head><body><div class="page cookies-accepted">${brief}</div></body></html>`,
      ).text,
    ).toBe("BT suspended deployments in October 2008.");
  });

  it("keeps a title that is only the opening words of the first paragraph (not a headline)", () => {
    const html = `<html><head><title>The Royal Free Hampstead NHS Trust lost £7.2m</title></head><body><div>${paragraphs}</div></body></html>`;
    expect(read(html).text.startsWith(STORY[0]!)).toBe(true);
  });

  it("refuses a page with no main text with a no-main-text error naming it, never an empty text", () => {
    for (const html of [
      "<html><body></body></html>",
      "<html><head><title>Only a title</title></head><body><script>var x = 1;</script></body></html>",
      "",
    ]) {
      const e: ClaimtrailError = refusal(html);
      expect(e.kind).toBe("no-main-text");
      expect([e.source, e.message]).toEqual(["page.html", "no main text found in the HTML page"]);
    }
  });
});

describe("hostile pages", () => {
  it("never runs a script, and keeps script, style and template text out", () => {
    const g = globalThis as { claimtrailPwned?: number };
    const html = `<html><head><script>globalThis.claimtrailPwned = 1</script><style>p { color: red }</style></head><body><article>${paragraphs}
      <script>globalThis.claimtrailPwned = 2</script><img src="x" onerror="globalThis.claimtrailPwned = 3"><template><p>Template markup for a script.</p></template></article></body></html>`;
    const text = read(html).text;
    expect(g.claimtrailPwned).toBeUndefined();
    expect(text).toBe(STORY.join("\n\n"));
  });

  it("reads a page nested 990 deep (under the limit) whole, and refuses one deeper than 1000 levels", () => {
    // Deeper than any real page (readability's test pages nest 38 at most): read whole instead of by readability, whose cost grows faster than the square of the depth.
    const deep = `<html><body>${"<div><p>Level text.</p>".repeat(990)}${"</div>".repeat(990)}</body></html>`;
    expect(read(deep).text.split("\n\n")).toEqual(Array(990).fill("Level text."));
    expect(refusal(`<html><body>${"<div>".repeat(1001)}deep</body></html>`).kind).toBe("too-deep");
  });

  it("refuses a page over the size limit before decoding it", () => {
    const e = (() => {
      try {
        readHtml(Buffer.alloc(2048, 0x61), "big.html", { limits: { maxBytes: 1024 } });
      } catch (err) {
        return err as ClaimtrailError;
      }
    })();
    expect(e?.kind).toBe("too-large");
  });

  it("reads any string of tags and text, or refuses it with a ClaimtrailError; nothing else is thrown", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<article>",
        "<table><tr><td>",
        "</td>",
        "<li>",
        "<br>",
        "<script>",
        "</script>",
        "<![CDATA[",
        "]]>",
        "<!--",
        "-->",
        "<",
        ">",
        "&amp;",
        "&#0;",
        "<html>",
        "<body>",
        "<head>",
        "<title>",
        "<h1>",
      ),
      fc.constantFrom(...STORY),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        try {
          const r = read(pieces.join(""));
          expect(r.text.trim()).not.toBe("");
        } catch (e) {
          expect(isClaimtrailError(e)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("the charset of an HTML page", () => {
  const utf8Page = (head: string) =>
    Buffer.from(
      `<html><head>${head}<title>Trust’s loss</title></head><body><article><p>The trust’s losses reached £7.2m by November, the board heard in a café.</p></article></body></html>`,
    );

  it("reads a page that declares nothing as UTF-8 when it is valid UTF-8 (not windows-1252's â€™)", () => {
    const r = read(utf8Page(""));
    expect(r.encoding).toBe("utf-8");
    expect(r.text).toContain("The trust’s losses reached £7.2m");
    expect(r.title).toBe("Trust’s loss");
  });

  it("trusts valid multi-byte UTF-8 over a legacy charset the page or the server declares", () => {
    expect(read(utf8Page('<meta charset="gb2312">')).text).toContain("trust’s losses reached £7.2m");
    expect(read(utf8Page(""), "iso-8859-1").text).toContain("trust’s losses reached £7.2m");
  });

  it("reads windows-1252 bytes as windows-1252, declared or not", () => {
    const cp1252 = (head: string) =>
      Buffer.concat([
        Buffer.from(`<html><head>${head}</head><body><article><p>The trust`, "latin1"),
        Buffer.from([0x92]),
        Buffer.from("s losses reached ", "latin1"),
        Buffer.from([0xa3]),
        Buffer.from("7.2m in the caf\xe9.</p></article></body></html>", "latin1"),
      ]);
    for (const head of ["", '<meta charset="windows-1252">', '<meta charset="iso-8859-1">']) {
      expect(read(cp1252(head)).text, head || "undeclared").toBe("The trust’s losses reached £7.2m in the café.");
    }
  });
});

describe("the metadata of an HTML page", () => {
  const page = (head: string) => read(`<html><head>${head}</head><body><article>${paragraphs}</article></body></html>`);

  it("reads JSON-LD wrapped in <![CDATA[ ]]> (XHTML templates do)", () => {
    const r = page(
      `<script type="application/ld+json">//<![CDATA[
{"@context":"https://schema.org","@type":"NewsArticle","headline":"BT halts London roll-out","datePublished":"2008-10-17T14:40:00+01:00","publisher":{"@type":"Organization","name":"NHS Digital Review"}}
//]]></script>`
        .replace("//<![CDATA[", "<![CDATA[")
        .replace("//]]>", "]]>"),
    );
    expect(r).toMatchObject({
      title: "BT halts London roll-out",
      publishedAt: "2008-10-17",
      publisher: "NHS Digital Review",
      isArticle: true,
    });
  });

  it("takes the title from Dublin Core before OpenGraph before <title>, reading each name of a property list", () => {
    expect(
      page(
        '<title>T</title><meta property="og:title" content="OpenGraph title"><meta property="x:title dc:title" content="Dublin Core title">',
      ).title,
    ).toBe("Dublin Core title");
    expect(page('<title>T</title><meta property="og:title twitter:title" content="OpenGraph title">').title).toBe(
      "OpenGraph title",
    );
    expect(
      page(
        '<meta name="parsely-title" content="Parse.ly title"><meta name="parsely-pub-date" content="2008-12-02T07:00:00Z">',
      ),
    ).toMatchObject({ title: "Parse.ly title", publishedAt: "2008-12-02" });
  });

  it("strips the publisher's name from the end of <title>, else trims it as readability does", () => {
    expect(
      page(
        '<title>Royal Free counts the cost :: Clinical Systems Bulletin</title><meta property="og:site_name" content="Clinical Systems Bulletin">',
      ).title,
    ).toBe("Royal Free counts the cost");
    expect(
      page("<title>Royal Free puts £7.2m price on Cerner problems – The London Health Journal</title>").title,
    ).toBe("Royal Free puts £7.2m price on Cerner problems");
    // Four words or fewer left: readability keeps the whole title, and so do we.
    expect(page("<title>Mozilla - Wikipedia</title>").title).toBe("Mozilla - Wikipedia");
  });

  it("picks JSON-LD's headline over its name only when the headline is the title the page shows", () => {
    const ld = (title: string, name: string, headline: string) =>
      `<title>${title}</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","name":"${name}","headline":"${headline}"}</script>`;
    const story = "Royal Free counts the cost of Cerner troubles";
    expect(page(ld(`${story} | Aktuálně.cz`, "Aktuálně.cz", story)).title).toBe(story);
    // Neither close to the page's title: `name`, as readability does.
    expect(page(ld("NHS Manager Digest", story, "Cost of Cerner troubles counted")).title).toBe(story);
  });

  it("unescapes entities that a CMS escaped twice in a meta tag", () => {
    expect(page('<meta property="og:title" content="Way&amp;#8217;s &amp;quot;fix list&amp;quot;">').title).toBe(
      'Way’s "fix list"',
    );
  });
});
