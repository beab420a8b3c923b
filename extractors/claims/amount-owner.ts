import type { MoneyMention, StakeholderMention } from "../../model/extraction.js";
import type { Sentence } from "../sentences.js";
import { PREDICATE, type Predicate } from "./predicates.js";
import { categoryOf, partOfProgramme } from "./subjects.js";

/**
 * Whose figure it is, when the words around the amount say so before any clause does: a possessive ("CSC's £2.9bn
 * deal", "BT's £1bn London contract") or the name the amount qualifies ("the NHS's £12.7bn National Programme for
 * IT"). A programme's budget or a supplier's contract written inside a sentence about a trust is not the trust's.
 */
/** A supplier's fee named before a figure: "Tavistock Hale's own fee for the review, £340,000". */
export const FEE_OF = /['’]s\s+(?:own\s+)?fees?\b[^.;£$€]{0,40}?,?\s*(?:of\s+)?$/i;

export function ownerOfAmount(
  text: string,
  m: MoneyMention,
  actors: StakeholderMention[],
  programme: string | null,
): string | null {
  const before = text.slice(Math.max(0, m.span.start - 40), m.span.start);
  const possessive = /['’]s\s+(?:(?:estimated|original|total|revised|new|initial|annual|reported|planned)\s+)?$/.exec(
    before,
  );
  if (possessive) {
    const at = m.span.start - possessive[0].length;
    const owner = actors.find((a) => a.type !== "person" && a.span.end === at);
    if (owner && !["nhs-trust", "council"].includes(categoryOf(owner.canonical) ?? "")) return owner.canonical;
  }
  // ("Tavistock Hale's own fee for the review, £340,000": a supplier's fee, named before the figure, is the supplier's.)
  const fee = FEE_OF.exec(text.slice(Math.max(0, m.span.start - 80), m.span.start));
  if (fee) {
    const at = m.span.start - fee[0].length;
    const owner = actors.find((a) => a.type !== "person" && a.span.end === at);
    if (owner && categoryOf(owner.canonical) === "supplier") return owner.canonical;
  }
  // "Stratton's contract is worth £2.45m", "CSC's part of the deal is worth £1.35m": the contract's owner is named
  // before it.
  const worth = CONTRACT_WORTH.exec(text.slice(Math.max(0, m.span.start - 140), m.span.start));
  if (worth) {
    const at = m.span.start - worth[0].length;
    const owner = actors.find((a) => a.type !== "person" && a.span.end === at);
    if (owner && categoryOf(owner.canonical) === "supplier") return owner.canonical;
    // ("CSC was contracted to deliver Lorenzo to 166 trusts under a contract then valued at £3.1bn": the supplier the
    // clause contracted, not the one whose product it names.)
    const contracted = supplierContracted(text, m.span.start - worth[0].length, actors);
    if (contracted) return contracted;
  }
  // "The ten-year deal with Cerner is expected to cost about £40m": a deal with a supplier is worth what it costs.
  const dealWith = DEAL_WITH.exec(text.slice(Math.max(0, m.span.start - 100), m.span.start));
  if (dealWith) {
    const at = m.span.start - dealWith[0].length + dealWith[0].indexOf(dealWith[1]!);
    const owner = actors.find((a) => a.type !== "person" && a.span.start === at);
    if (owner && categoryOf(owner.canonical) === "supplier") return owner.canonical;
  }
  const after = text.slice(m.span.end, m.span.end + 40);
  const lead = /^\s+(?:(?:[a-z-]+|IT|NHS)\s+){0,2}/.exec(after)?.[0] ?? "";
  const named = actors.find(
    (a) =>
      a.span.start === m.span.end + lead.length && (a.type === "programme" || categoryOf(a.canonical) === "programme"),
  );
  // (Not a region's contract the programme names: "CSC's £2.9bn North, Midlands and East contract" is CSC's.)
  if (
    named &&
    !/^\s*(?:[\w-]+\s+)?(?:contract|deal|agreement)s?\b/i.test(text.slice(named.span.end, named.span.end + 30))
  )
    return named.canonical;
  // ("some £2.7bn had been spent on the NHS Care Records Service (CRS) by the end of March": billions spent on a
  // national system or programme named right after are its cost.)
  const spentOn = m.amount >= NATIONAL_SCALE ? SPENT_ON.exec(after) : null;
  const on =
    spentOn &&
    actors.find(
      (a) =>
        a.span.start === m.span.end + spentOn[0].length &&
        (a.type === "programme" || ["programme", "system"].includes(categoryOf(a.canonical) ?? "")),
    );
  if (on) return on.canonical;
  // "the agency running the £12.4 billion programme": billions that qualify a programme told by its kind are the
  // national programme's the text names, not the agency's nor the trust's of the sentence.
  // (Or by what it does: "installed under the government's £12.7bn NHS computer upgrade".)
  const national =
    m.amount >= NATIONAL_SCALE &&
    /^\s+(?:[\w-]+\s+){0,3}?(?:programme|scheme|upgrade|overhaul|modernisation|modernization|revamp|project)\b/i.test(
      after,
    );
  if (national) return programme;
  // "Each Lorenzo deployment has cost the programme about £9m in central funds": what something cost the programme is
  // the programme's, not the trust's the sentence names.
  if (COST_THE_PROGRAMME.test(text.slice(Math.max(0, m.span.start - 50), m.span.start))) return programme;
  // "had already cut £1.3bn from the programme's cost", "taken £600m out of the expected cost of the National Programme
  // for IT": billions taken off a programme's cost are the programme's saving, whoever took them.
  const cut = m.amount >= NATIONAL_SCALE / 10 ? CUT_FROM_COST.exec(text.slice(m.span.end, m.span.end + 60)) : null;
  if (cut) {
    const of = actors.find(
      (a) => a.type === "programme" && a.span.start >= m.span.end && a.span.start <= m.span.end + cut[0].length,
    );
    return of?.canonical ?? programme;
  }
  // "the national programme's estimated cost now stood at £12.7bn": the programme's own, named or not; never the
  // trust's the sentence is about.
  const ofProgramme =
    m.amount >= NATIONAL_SCALE && PROGRAMME_POSSESSIVE.test(text.slice(Math.max(0, m.span.start - 80), m.span.start));
  if (ofProgramme) return programme ?? NO_OWNER;
  // "the £2.7bn already spent on detailed care records systems", "By March this year, the Department of Health says,
  // £6.4bn had been spent": billions spent are the national programme's, whoever says or spends them; not a contract's
  // worth, a saving, nor a company's charge.
  // (Within the amount's sentence: "… had been spent. CSC's contract …" is another's.)
  const around = `${text
    .slice(Math.max(0, m.span.start - 60), m.span.start)
    .split(/[.!?]\s/)
    .pop()} ${text.slice(m.span.end, m.span.end + 60).split(/[.!?](?:\s|$)/)[0]}`;
  const spentNationally =
    m.amount >= NATIONAL_SCALE &&
    m.currency === "GBP" &&
    NATIONAL_SPEND.test(around) &&
    !NOT_NATIONAL_SPEND.test(around);
  // (The programme the sentence names, if it names one: "The National Programme for IT, run by NHS Connecting for
  // Health, has spent about £3.5bn of its £12.7bn budget", in a story that names the London programme more.)
  // (A national one: a region's part of it, "the North, Midlands and East", is no owner of the programme's billions.)
  const sentenceProgramme = actors.find(
    (a) => (a.type === "programme" || categoryOf(a.canonical) === "programme") && !partOfProgramme(a.canonical),
  );
  return spentNationally && programme ? (sentenceProgramme?.canonical ?? programme) : null;
}

const SPENT_ON =
  /^\s+(?:(?:had|has|have)\s+(?:now\s+|already\s+)?been|having\s+been|was|were)\s+spent\s+on\s+(?:the\s+)?/i;
const COST_THE_PROGRAMME =
  /\bcost\s+the\s+(?:national\s+|central\s+)?programme\s+(?:(?:about|around|some|nearly|almost|more than|over|an estimated|roughly)\s+)?$/i;
const NATIONAL_SPEND = /\b(?:spent|spend|spending|cost|costs|bill|budget|budgeted)\b/i;
// ("budgeted for its core contracts": the programme's budget for its contracts is the programme's.)
const NOT_NATIONAL_SPEND =
  /\b(?:(?<!(?:for|on) (?:its |the |their )?(?:core |original |main |central |national )?)contracts?|deals?|worth|valued|charge|savings?|saved|benefits?|write-?off|revenue|turnover)\b/i;

/** The owner of an amount that is a body's the text never names: no claim. */
export const NO_OWNER = "";

const PROGRAMME_POSSESSIVE =
  /\b(?:national|NHS|IT)\s+(?:IT\s+)?programme['’]s\s+(?:[\w-]+\s+){0,2}?(?:cost|costs|budget|bill|price)\b[^.;£$]{0,30}$/i;

export const CUT_FROM_COST =
  /^\s+(?:out of|off|from)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:programme|scheme)['’]s\s+(?:[\w-]+\s+)?cost|(?:expected\s+|estimated\s+|overall\s+|total\s+|projected\s+)?cost\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:programme|scheme|National Programme)\b)/i;
// "CSC's contract is worth", "our contract, which is worth", "a seven-year contract with Halden worth", "of which BT's
// contract for London accounts for about £1.1bn", "BT's contract to supply the south, valued at £546m", "CSC's contract
// with the NHS for the North, Midlands and East of England, valued at …": the figure is the contract's value.
export const CONTRACT_WORTH =
  /(?:['’]s\s+(?:[\w-]+\s+){0,4}?|\b(?:our|its|their|the|a|an)\s+(?:[\w-]+\s+){0,3}?)(?:contract|deal|agreement)(?:(?:\s+(?:with|for)\s+(?:the\s+)?(?:[A-Z][\w'’&-]*,?\s+(?:(?:and|of)\s+)?){0,4}[A-Z][\w'’&-]*){1,2}|\s+to\s+(?:[\w-]+\s+){0,3}?[\w-]+)?,?\s+(?:which\s+|that\s+)?(?:(?:once|originally|initially|then|now|first)\s+)?(?:is\s+|was\s+|has been\s+|had been\s+)?(?:worth|valued at|accounts? for|accounted for)\s+(?:(?:about|around|some|nearly|almost|more than|a reported|an estimated|approximately|roughly|up to)\s+)*$|\b(?:contract|deal|agreement),?\s+(?:which|that)\s+[^.;]{0,50}?\bwith an?\s+(?:total\s+|lifetime\s+|estimated\s+|original\s+)?value\s+of\s+(?:(?:about|around|some|nearly|almost|more than)\s+)*$/i;

// A deal or contract with a named party, then what it costs or is worth.
const DEAL_WITH =
  /\b(?:contract|deal|agreement)\s+with\s+(?:the\s+)?([A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})[^.;£$€]{0,40}?\b(?:worth|valued at|(?:is|was|are|were)\s+(?:expected|likely|set|estimated|forecast)\s+to\s+cost|will cost|would cost|costing|cost)\s+(?:(?:about|around|some|nearly|almost|more than|roughly|up to|an estimated)\s+)*$/;
const CONTRACTED =
  /^\s+(?:(?:was|were|is|are|had been|has been)\s+(?:contracted|awarded|appointed|engaged|hired)|won|signed|holds|held)\b/;

/** The supplier a clause before `at` says was contracted ("CSC was contracted to deliver …"), or null. */
function supplierContracted(text: string, at: number, actors: StakeholderMention[]): string | null {
  const from = Math.max(0, text.lastIndexOf(". ", at) + 1);
  const named = actors.filter(
    (a) =>
      a.type !== "person" &&
      a.span.start >= from &&
      a.span.end <= at &&
      categoryOf(a.canonical) === "supplier" &&
      CONTRACTED.test(text.slice(a.span.end, a.span.end + 30)),
  );
  return named[0]?.canonical ?? null;
}

// A trust's IT sums run to tens of millions; the national programme's to billions.
export const NATIONAL_SCALE = 1e9;

/** The predicate of an amount whose owner the words name: a contract or deal of a supplier, else a cost of the owner. */
export function ownedAmountPredicate(text: string, m: MoneyMention): Predicate {
  if (CONTRACT_WORTH.test(text.slice(Math.max(0, m.span.start - 140), m.span.start))) return PREDICATE.contractValue;
  if (DEAL_WITH.test(text.slice(Math.max(0, m.span.start - 100), m.span.start))) return PREDICATE.contractValue;
  if (HOLDS_LOST_INCOME.test(text.slice(m.span.end, m.span.end + 160))) return PREDICATE.loss;
  if (CUT_FROM_COST.test(text.slice(m.span.end, m.span.end + 60))) return PREDICATE.savings;
  const deal = /^\s+(?:[\w-]+\s+){0,3}?(contract|deal|contracts|deals)\b/i.test(
    text.slice(m.span.end, m.span.end + 50),
  );
  return deal ? PREDICATE.contractValue : PREDICATE.cost;
}

/**
 * "will cost it £4.3m this financial year, including £1.6m in income lost", "at £6.3m, of which £2.4m is income for
 * work the trust did", "has cost it £4.8m in lost income and extra spending" (or "extra theatre sessions"), "cost it
 * £9.8m in extra staff, validation and lost income", "at about £3.5m, most of it in lost income and agency staff", "at
 * £9.7m over 2008/09: £4.3m in income it failed to collect, …": the words after a total that hold income lost, which
 * make the total what the trouble lost.
 */
export const HOLDS_LOST_INCOME =
  /^\s+(?:in|of)\s+(?:lost\s+|forgone\s+)?income\s+and\s+(?:[\w-]+\s+){0,2}?(?:costs?|spending|staff|staffing|expenditure|sessions|overtime|support)\b|^\s+in\s+(?:[\w-]+\s+){1,3}?(?:[\w-]+,\s+(?:[\w-]+\s+){0,2}?)*(?:and|plus)\s+(?:lost|forgone|missed)\s+(?:[\w-]+\s+)?(?:income|activity)\b|^(?:[^.;]|\.(?=\d)){0,30}?,\s+(?:(?:roughly|about|around|nearly|almost|more than|over|just over|just under)\s+)?(?:most|much|some|half|part|the bulk) of (?:it|which|that)\s+(?:in|from|on)\s+(?:lost|forgone|missed)\s+(?:[\w-]+\s+)?(?:income|activity)\b|^(?:[^.;]|\.(?=\d)){0,60}?(?:\b(?:including|of which|which includes|made up of|comprising)\b|:)(?:[^.;]|\.(?=\d)){0,60}?\b(?:(?:lost|forgone|unbilled|missed) (?:[\w-]+ )?income|income (?:lost|forgone|(?:(?:that|which|it|the trust)\s+)?(?:could not|was not|cannot|has not|was unable|is unable|has been unable|had been unable|failed to)|for work)|loss of (?:[\w-]+ )?income|is income)\b/i;

// The words between a verb of paying and its sum: "a further", "about", "more than".
const BEFORE_SUM = String.raw`(?:(?:a further|an extra|an additional|another|about|around|some|nearly|almost|more than|over|at least|up to)\s+)*`;
const SPENT = new RegExp(
  String.raw`\b(?:has|have|had|will|would)?\s*(?:also\s+|already\s+|now\s+)?(?:paid|spent|lost|pays|spends|loses|invested|set aside)\s+${BEFORE_SUM}$`,
  "i",
);
// "it has so far spent", "cost the trust": the trust as the payer, in words that name no body.
// (Or the trust's spending told as standing at a sum: "the trust's spending on the project stands at £3.4m".)
const TRUST_PAYS = new RegExp(
  String.raw`\b(?:(the trust|it)\s+(?:(?:has|had|have|is|was|will|would|also|so far|already|now|still)\s+)*(?:spent|spends|spending|paid|pays|paying|lost|loses|losing|invested)|cost\s+(the trust|it)|(the trust)['’]s\s+(?:[\w-]+\s+)?(?:spending|spend|costs|bill|expenditure)(?:\s+on\s+(?:[\w-]+\s+){1,4}?)?\s*(?:stands at|stood at|has reached|had reached|reached|totals|totalled|came to|comes to|is|was))\s+${BEFORE_SUM}$`,
  "i",
);

/**
 * Whether the words before a sum, `lead`, make the trust its payer: "… to the Department of Health for three months, and
 * it has so far spent £410,000", "the upgrade cost the trust £1.1m" ("it" only where "the trust" leads to it: "The
 * Department told us it had spent £1.4bn" is the Department's).
 */
export function trustPaysBefore(lead: string): boolean {
  const m = TRUST_PAYS.exec(lead);
  const who = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
  return !!who && (who !== "it" || /\bthe trust\b/i.test(lead.slice(0, m!.index)));
}

/**
 * The actor that pays, spends or loses an amount, where the words say so: the body named (or described: "the
 * council") just before the verb, in the amount's clause ("The council has paid £21,600 in charges to TRH").
 */
export function spenderOf(
  text: string,
  s: Sentence,
  m: MoneyMention,
  actors: StakeholderMention[],
): StakeholderMention | null {
  const lead = text.slice(s.start, m.span.start);
  const verb = SPENT.exec(lead);
  if (!verb) return null;
  const at = s.start + verb.index;
  const actor = [...actors].reverse().find((a) => a.type !== "person" && a.span.end <= at);
  if (!actor || /[,;:]|\b(?:and|but|while|which|who|that)\b/.test(text.slice(actor.span.end, at))) return null;
  return at - actor.span.end <= 40 ? actor : null;
}

const EXTENSION_PRICE =
  /\b(?:extension|extended|extend|extending)\b[^.;]{0,100}?\b(?:at|costing|quoted at|priced at|at a cost of)\s+(?:(?:an indicative|an estimated|about|around|some|up to)\s+)?$/i;

/**
 * The supplier whose contract an extension's price is: "Six-month extension of ComCare agreed in principle with Parkhill
 * Software at a cost of £42,000", "has been extended month by month at a cost of £23,000 a month". The supplier the
 * sentence names nearest the price, or null when it names none or the words price no extension.
 */
export function extendedContractOf(
  text: string,
  s: Sentence,
  m: MoneyMention,
  actors: StakeholderMention[],
): string | null {
  if (!EXTENSION_PRICE.test(text.slice(Math.max(s.start, m.span.start - 160), m.span.start))) return null;
  const suppliers = actors.filter(
    (a) =>
      a.type !== "person" && categoryOf(a.canonical) === "supplier" && a.span.start >= s.start && a.span.end <= s.end,
  );
  if (!suppliers.length) return null;
  const before = suppliers.filter((a) => a.span.end <= m.span.start);
  return (before.length ? before[before.length - 1]! : suppliers[0]!).canonical;
}
