import { describe, expect, it } from "vitest";
import { expectedText, tokenF1, tokens } from "../scripts/eval-html.js";

describe("the token F1 of npm run eval:html", () => {
  it("tokenises runs of letters and digits, folded, and each Han, kana or Hangul character alone", () => {
    expect(tokens("The Trust’s ＬＯＳＳ: £7.2m")).toEqual(["the", "trust", "s", "loss", "7", "2m"]);
    expect(tokens("腾讯网 news")).toEqual(["腾", "讯", "网", "news"]);
  });

  it("scores bags of tokens: counts matter, order does not", () => {
    expect(tokenF1("b a", "a b")).toBe(1);
    // 2 of 3 tokens ours are right, 2 of 2 expected found: P 2/3, R 1, F1 0.8.
    expect(tokenF1("a b b", "a b")).toBeCloseTo(0.8, 10);
    expect(tokenF1("", "a")).toBe(0);
    expect(tokenF1("", "")).toBe(1);
  });

  it("reads expected.html with a space at block edges, so paragraphs do not run into one word", () => {
    expect(tokens(expectedText("<div><p>Royal Free</p><p>Barts</p><ul><li>BT</li></ul></div>"))).toEqual([
      "royal",
      "free",
      "barts",
      "bt",
    ]);
  });
});
