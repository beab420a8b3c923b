import type { Doc } from "../model/doc.js";
import { NUMBER_WORD, parseCount } from "./numbers.js";
import { spanOf } from "./span.js";
import { extractTableMoney } from "./table-money.js";
import type { MoneyMention } from "../model/extraction.js";

// compromise's money() drops multipliers (£12.7bn comes out as 12.7), so amounts get their own parser.

// ("£ 720,000": some typesetting puts a space after the pound or euro sign.)
const CURRENCY = String.raw`US\$ ?|\$|£ ?|€ ?|GBP ?|USD ?|EUR ?`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// "£7.2 m" as well as "£7.2m": some writers and PDF text layers put a space before the multiplier.
// ("£7.2M", "£450K", "£1.3BN": some outlets write the multiplier in capitals, always next to the figure.)
// ("£1.2-million": a hyphen before the word, as some subeditors write it.)
// ("$14.6 Million" in a headline's title case.)
const MULTIPLIER = String.raw`(?:[ -]?(?:billion|million|thousand|Billion|Million|Thousand)| ?(?:bn|mn|m|k)|M|K|BN|Bn)\b`;
const DASH = String.raw` ?[-–—] ?`;

/** One amount, or a range: "£2m-£3m", "£2-3m", "between £2m and £3m", "£2m to £3m". */
const AMOUNT = new RegExp(
  // ("£(1.30)m": a finance table's negative, in brackets inside the sign and the multiplier.)
  String.raw`(?<between>between )?(?<cur>${CURRENCY})(?<num>${NUMBER}|\((?:${NUMBER})\))(?<mult>${MULTIPLIER})?` +
    String.raw`(?:(?<sep>${DASH}| to | and )(?<cur2>${CURRENCY})?(?<num2>${NUMBER})(?<mult2>${MULTIPLIER})?)?` +
    // ("30 million euros", "2.4 million GBP": the currency named after the figure.)
    String.raw`|(?<bare>${NUMBER})(?<bmult> ?(?:billion|million|thousand)|m|bn|k)? (?<word>pounds|sterling|euros|(?:US )?dollars|GBP|EUR|USD)\b`,
  "g",
);

const RATE = /^(?: per | a | an | each |\/| ?p\.a\.| ?pa\b)(year|annum|month|week|day)?\b/i;
const NOT_A_RATE = /^ (?:a |an |one )?(?:year|month|week|day)s? (?:ago|earlier|later|before|after)\b/i;
const APPROXIMATE =
  /\b(?:nearly|almost|about|around|approximately|roughly|some|more than|over|up to|in excess of|at least|circa|c\.|an estimated|estimated|just under|just over|under|less than|upwards of|close to)\s+$/i;
// (Not a span of estimates: "estimates … range from £0.3m to £0.8m".)
const CHANGE_FROM = /(?<!\b(?:range|ranges|ranged|ranging|varies|vary|varying)\s+)\bfrom\s+$/i;

const CODES: Record<string, string> = {
  "£": "GBP",
  $: "USD",
  US$: "USD",
  "€": "EUR",
  GBP: "GBP",
  USD: "USD",
  EUR: "EUR",
  pounds: "GBP",
  sterling: "GBP",
  euros: "EUR",
  dollars: "USD",
  "US dollars": "USD",
};
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

export function extractMoney(doc: Pick<Doc, "text" | "pages">): MoneyMention[] {
  const text = doc.text;
  const out: MoneyMention[] = [];
  const re = new RegExp(AMOUNT);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const g = m.groups!;
    let start = m.index!;
    let end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    // "ABC£5" or a decimal tail is not an amount; "c.£2m" (circa) is.
    if (/[\w.]$/.test(before) && !/\bc\.$/i.test(before) && !g.between) continue;
    if (!g.cur && !g.bare) continue;
    let amount: number;
    let amountTo: number | undefined;
    let currency: string;
    let changeTo = false;

    if (g.bare !== undefined) {
      // "2009 dollars" is a year's money, not an amount: a currency named after a figure needs its multiplier or
      // its thousands.
      if (!/^(?:pounds|sterling)$/.test(g.word!) && !g.bmult && !g.bare.includes(",")) continue;
      currency = CODES[g.word!]!;
      amount = value(g.bare, g.bmult);
    } else {
      currency = CODES[g.cur!.trim()]!;
      const isRange =
        g.num2 !== undefined &&
        (g.sep!.trim() !== "and" || !!g.between) &&
        !(g.sep === " to " && CHANGE_FROM.test(before));
      if (g.num2 !== undefined && !isRange) {
        // "from £3.2m to £7.2m" is a change, "£2m and £3m" a list: keep the first amount alone.
        end = start + (g.between ? "between ".length : 0) + g.cur!.length + g.num!.length + (g.mult?.length ?? 0);
      }
      // "£2-3m", "£2 to £3 million": the first figure borrows the second's multiplier.
      // (Only a smaller figure borrows it: "between £500 and £3 million" is not £500m.)
      changeTo = g.num2 !== undefined && !isRange && !g.cur2 && !!g.mult2 && g.sep === " to ";
      const borrows =
        (isRange || changeTo) && (!g.cur2 || Number(g.num!.replace(/[,()]/g, "")) < Number(g.num2!.replace(/,/g, "")));
      const mult1 = g.mult ?? (borrows ? g.mult2 : undefined);
      amount = value(g.num!, mult1);
      if (isRange) amountTo = value(g.num2!, g.mult2);
      if (amountTo !== undefined && amountTo < amount) amountTo = undefined;
      if (g.between && !isRange) start += "between ".length;
    }
    // "£000s" heads a table column (thousands of pounds): a unit, not an amount.
    if (amount === 0 && /^0+s?\b/.test(text.slice(start + 1, end + 2).replace(/^[£$€]? ?/, ""))) continue;
    const rest = text.slice(end, end + 20);
    let per: MoneyMention["per"] = null;
    const rate = RATE.exec(rest);
    if (rate && rate[1] && !NOT_A_RATE.test(rest)) {
      per = rate[1].toLowerCase() === "annum" ? "year" : (rate[1].toLowerCase() as MoneyMention["per"]);
      end += rate[0].length;
    } else if (rate && /p\.?a/i.test(rate[0])) {
      per = "year";
      end += rate[0].length;
    }
    const approximate = APPROXIMATE.test(text.slice(Math.max(0, start - 30), start).replace(/^between /, ""));
    const item: MoneyMention = {
      text: text.slice(start, end),
      span: spanOf(doc, start, end),
      amount,
      currency,
      approximate,
      per,
    };
    if (amountTo !== undefined) item.amountTo = amountTo;
    out.push(item);
    // "rose from £1m to 1.5 million": the second figure of a change borrows the first's currency.
    if (changeTo) {
      const to = m.index! + m[0].length;
      const at = to - g.num2!.length - g.mult2!.length;
      out.push({
        text: text.slice(at, to),
        span: spanOf(doc, at, to),
        amount: value(g.num2!, g.mult2),
        currency,
        approximate: false,
        per: null,
      });
      re.lastIndex = to;
      continue;
    }
    // A list or a change ("from £3.2m to £7.2m") was cut short: scan on from its first amount.
    re.lastIndex = Math.max(end, m.index + 1);
  }
  const taken = (s: number, e: number) => out.some((o) => o.span.start < e && s < o.span.end);
  for (const m of pence(doc)) if (!taken(m.span.start, m.span.end)) out.push(m);
  for (const m of inWords(doc)) if (!taken(m.span.start, m.span.end)) out.push(m);
  for (const m of extractTableMoney(doc)) if (!taken(m.span.start, m.span.end)) out.push(m);
  return out.sort((a, b) => a.span.start - b.span.start);
}

// "half a million pounds", "a quarter of a million pounds", "two million pounds": an amount in words.
const IN_WORDS = new RegExp(
  String.raw`\b(?:(a|one|two|three)[- ](quarters?|thirds?) of (?:a|one) |(half) (?:a|one) |(a|${NUMBER_WORD}) )(million|billion) (pounds|dollars|euros)\b`,
  "gi",
);
const FRACTION: Record<string, number> = { quarter: 1 / 4, quarters: 1 / 4, third: 1 / 3, thirds: 1 / 3 };
const WORD_CURRENCY: Record<string, string> = { pounds: "GBP", dollars: "USD", euros: "EUR" };

function inWords(doc: Pick<Doc, "text" | "pages">): MoneyMention[] {
  const out: MoneyMention[] = [];
  for (const m of doc.text.matchAll(IN_WORDS)) {
    const [, parts, fraction, half, count, scale, currency] = m;
    const of = parts
      ? (parseCount(parts) ?? 1) * FRACTION[fraction!.toLowerCase()]!
      : half
        ? 0.5
        : /^a$/i.test(count!)
          ? 1
          : parseCount(count!);
    if (!of) continue;
    // "two hundred million pounds" is 200 million; "several hundred million pounds" gives no number.
    let start = m.index!;
    let times = 1;
    if (/^hundred$/i.test(count ?? "")) {
      const before = /\b([a-z]+(?: few)?)\s+$/i.exec(doc.text.slice(Math.max(0, start - 20), start));
      if (before && /^(?:several|a few|few|many|some)$/i.test(before[1]!)) continue;
      const by = before ? parseCount(before[1]!) : null;
      if (by) {
        times = by;
        start -= before![0].length;
      }
    }
    const amount = Math.round(times * of * SCALE[scale!.toLowerCase()]! * 100) / 100;
    out.push({
      text: doc.text.slice(start, m.index! + m[0].length),
      span: spanOf(doc, start, m.index! + m[0].length),
      amount,
      currency: WORD_CURRENCY[currency!.toLowerCase()]!,
      approximate: APPROXIMATE.test(doc.text.slice(Math.max(0, start - 30), start)),
      per: null,
    });
  }
  return out;
}

/** "32p a letter", "1.1p": pence, in pounds. */
function pence(doc: Pick<Doc, "text" | "pages">): MoneyMention[] {
  // (Not "6p.m." nor a decimal after it; a full stop that ends the sentence is no part of it: "fallen to around 60p.")
  return [...doc.text.matchAll(/(?<![\w.,£$€])(\d{1,3}(?:\.\d+)?)p\b(?!\.?\d|\.m\b)/g)].map((m) => ({
    text: m[0],
    span: spanOf(doc, m.index!, m.index! + m[0].length),
    amount: Math.round(Number(m[1]) * 100) / 10000,
    currency: "GBP",
    approximate: false,
    per: null,
  }));
}

function value(num: string, mult: string | undefined): number {
  const n = Number(num.replace(/[,()]/g, ""));
  const scale = mult ? (SCALE[mult.trim().toLowerCase().replace(/^-/, "")] ?? 1) : 1;
  // Rounded to pennies: 7.2 * 1e6 is 7200000.000000001 in floating point.
  return Math.round(n * scale * 100) / 100;
}
