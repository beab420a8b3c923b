import type { Claim, MoneyMention } from "../../model/extraction.js";
import type { Sentence } from "../sentences.js";
import { amountWhen } from "./amount-when.js";
import {
  CONTRACT_WORTH,
  HOLDS_LOST_INCOME,
  extendedContractOf,
  NO_OWNER,
  ownedAmountPredicate,
  ownerOfAmount,
  spenderOf,
  trustPaysBefore,
} from "./amount-owner.js";
import { ASPECT_AFTER, ASPECT_BEFORE, COMPONENT_BEFORE, ROW_VERB, namesALine, normaliseAspect } from "./aspect.js";
import { clauseWithSubject } from "./clause.js";
import { MONEY_PREDICATES, PREDICATE, fits, predicateCalled, type Predicate } from "./predicates.js";
import type { Memory, Recent, SentenceScope } from "./sentence-scope.js";
import { isTableCell } from "./table-claims.js";
import { categoryOf, isTrust } from "./subjects.js";

/**
 * The money claims of a sentence: each written amount as a cost, loss, saving, shortfall or contract value, of the
 * body whose it is, or no claim when the words make it none (income, a proposal, a figure on a condition).
 */
export function moneyClaims(scope: SentenceScope, memory: Memory): void {
  const { text, s, money, actors, dates } = scope;
  const claimed = new Set<MoneyMention>();
  for (const [i, m] of money.entries()) {
    // ("it had paid about £9m in service credits to London trusts during 2009/10 (£5.5m in 2008/09)": the bracketed sum
    // of another period is of the kind of the one before it, and so no claim when that one was none.)
    const prev = i > 0 ? money[i - 1]! : null;
    if (
      prev &&
      !claimed.has(prev) &&
      /^[^()]{0,120}\(\s*(?:(?:about|around|some|nearly|almost)\s+)?$/.test(text.slice(prev.span.end, m.span.start)) &&
      /^\s*(?:in|for|during|by|at)\s+[^()]{1,30}\)/.test(text.slice(m.span.end, s.end))
    )
      continue;
    // ("at a capital cost of £185,000 (nearly £0.2m)", "£1.23m (about £1.2m)": the sum just told, rounded again in
    // brackets, is no claim of its own.)
    if (
      prev &&
      /^\s*\(\s*(?:(?:about|around|some|nearly|almost|roughly|approximately|just over|just under|over|under|c\.?|circa)\s+)?$/i.test(
        text.slice(prev.span.end, m.span.start),
      ) &&
      /^\s*\)/.test(text.slice(m.span.end, m.span.end + 3)) &&
      Math.abs(m.amount - prev.amount) <= 0.1 * Math.max(m.amount, prev.amount)
    )
      continue;
    // ("Around £900,000 of the £3.1m is income the trust never earned": the whole a part is of, told before and named
    // again, is no claim of the part's kind. "£240k of the £310k contingency", told first here, is its own.)
    if (
      prev &&
      /^\s+of\s+(?:the|this|that)\s+$/i.test(text.slice(prev.span.end, m.span.start)) &&
      text.lastIndexOf(m.text, s.start) >= 0
    )
      continue;
    // ("…, a sum not included in the £10m": a figure told before, named again as what another is or is not part of.)
    if (
      RESTATED_WHOLE.test(text.slice(Math.max(s.start, m.span.start - 40), m.span.start)) &&
      text.lastIndexOf(m.text, s.start) >= 0
    )
      continue;
    // ("It attributes £3.2 million of this £3.5 million deterioration to the deployment": the worsening a part is put
    // down from is the body's position, no sum of the kind.)
    if (
      prev &&
      /^\s+of\s+(?:the|this|that)\s+$/i.test(text.slice(prev.span.end, m.span.start)) &&
      /^\s+(?:deterioration|worsening|deficit|adverse variance|variance|gap)\b/i.test(text.slice(m.span.end, s.end))
    )
      continue;
    // A board paper's table cell that writes its own currency ("£0.74m A") is a statement of its row and column.
    if (scope.kind === "board-paper" && isTableCell(text, m)) continue;
    // "iSoft … a reported loss of £228m in its last full year": a company's results, no cost or loss of the deployment.
    if (COMPANY_LOSS.test(text.slice(Math.max(s.start, m.span.start - 40), m.span.start))) {
      // (Any supplier before it: "iSoft, which supplies … in three of the programme's five clusters, said … it expected
      // to report a pre-tax loss of around £340m" names the programme after the company.)
      const before = actors.filter((a) => a.type !== "person" && a.span.end <= m.span.start);
      if (before.some((a) => categoryOf(a.canonical) === "supplier")) continue;
    }
    // "Between them the two trusts have reported more than £20m in lost income": a sum of several bodies is none's.
    // ("Two London teaching hospitals have lost more than £20m between them": so is one whose "between them" follows it;
    // not the programme's billions further on, "… under the government's troubled £12.7bn National Programme for IT".)
    if (
      (JOINT.test(text.slice(s.start, m.span.start)) ||
        PLURAL_BODIES_LEAD.test(text.slice(s.start, m.span.start)) ||
        (/^\s*between them\b/i.test(text.slice(m.span.end, s.end)) &&
          SEVERAL_BODIES.test(text.slice(s.start, m.span.start)))) &&
      !/\beach\b/i.test(s.text)
    )
      continue;
    // ("The remaining £5.4m is spread across Queen Mary's Sidcup, Newham and Homerton": shared among those named.)
    if (
      SPREAD_AFTER.test(text.slice(m.span.end, s.end)) &&
      actors.filter((a) => a.type !== "person" && a.span.start >= m.span.end).length >= 2
    )
      continue;
    // ("If these are not provided, the PCT will withhold 2% of the monthly SLA payment, around £350,000 a month": a
    // withholding threatened is no sum lost or spent yet.)
    if (WITHHOLD_THREATENED.test(text.slice(Math.max(s.start, m.span.start - 160), m.span.start))) continue;
    // ("the DH has withheld £3.4m of payments from BT for milestones that were not met": a supplier's payments held
    // back are no trust's income lost, nor a cost.)
    if (
      WITHHELD_BEFORE.test(text.slice(Math.max(s.start, m.span.start - 40), m.span.start)) &&
      actors.some(
        (a) =>
          categoryOf(a.canonical) === "supplier" &&
          a.span.start >= m.span.end &&
          /^\s+(?:of\s+(?:[\w-]+\s+){0,2}?)?from\s+(?:the\s+)?$/i.test(text.slice(m.span.end, a.span.start)),
      )
    )
      continue;
    const when = amountWhen(text, s, m.span.start, m.span.end, dates);
    // ("… at £7.8m, up from £5.9m in the original business case, with £1.1m of the increase caused by keeping … the old
    // PAS contract running": a share of the rise just told is of the same kind and body, whatever it was spent on.)
    const last = memory.money;
    if (last?.sentence === s && last.subject && SHARE_OF_RISE.test(text.slice(m.span.end, s.end))) {
      const c = scope.claim(last.predicate, m.span.start, m.span.end, m.amount, when, null, last.subject);
      if (c) {
        scope.add(c);
        claimed.add(m);
      }
      continue;
    }
    const writtenOff = supplierWriteOff(scope, m);
    if (writtenOff) {
      const c = scope.claim(PREDICATE.loss, m.span.start, m.span.end, m.amount, when, null, writtenOff);
      if (c) {
        scope.add(c);
        claimed.add(m);
      }
      continue;
    }
    // (A contract extension's price is the supplier's contract value, whoever pays it.)
    const extended = extendedContractOf(text, s, m, actors);
    const owner = extended ?? ownerOfAmount(text, m, actors, scope.programme);
    if (owner === NO_OWNER) continue;
    // A rate ("£40,000 a month") is a figure of its own kind: never the same quantity as a total or a line.
    const rate = (aspect: string | null) => (m.per ? [aspect, `per ${m.per}`].filter(Boolean).join(" ") : aspect);
    // "The council has paid £21,600 … to TRH": the body that pays, spends or loses is the subject of its clause.
    const spender = spenderOf(text, s, m, actors);
    const claim: Claim | null = owner
      ? scope.claim(
          extended
            ? PREDICATE.contractValue
            : shareOfLoss(text, s.start, text.slice(s.start, m.span.start))
              ? PREDICATE.loss
              : ownedAmountPredicate(text, m),
          m.span.start,
          m.span.end,
          m.amount,
          when,
          rate(null),
          owner,
        )
      : moneyClaim(text, s, m, m === money[0], memory.money, (p, aspect) => {
          // A rate is never the total lost: "about £1m a month lost" is a running cost.
          const q = m.per && p.total ? PREDICATE.cost : p;
          // "In Denmark, where hospitals spent €40m …": dollars and euros are an English trust's only when the
          // sentence names it; a supplier's or a programme's figures may be told in them.
          const named = actors.some((a) => a.type !== "person" && q.subject.includes(categoryOf(a.canonical) ?? ""));
          // (A spender of a kind the predicate cannot have is none: "Figures obtained by the Tarnside Herald show the
          // ambulance service has spent …".)
          // ("… to the Department of Health for three months, and it has so far spent £410,000", "the upgrade cost the
          // trust £1.1m on top of what the Department of Health already pays BT": the trust the words name as payer.)
          const trustPays =
            !scope.trusts.length && trustPaysBefore(text.slice(s.start, m.span.start)) ? scope.fallback(q) : null;
          // ("NHS Connecting for Health has agreed to meet £1.2m of the costs, leaving the trust with a net hit of £6m":
          // what is left with the trust is the trust's.)
          const trust = scope.fallback(q);
          const leftWith = LEFT_WITH.test(text.slice(s.start, m.span.start)) && trust && isTrust(trust) ? trust : null;
          const who =
            q === PREDICATE.contractValue
              ? null
              : leftWith
                ? leftWith
                : trustPays && isTrust(trustPays)
                  ? trustPays
                  : !spender || !q.subject.includes(categoryOf(spender.canonical) ?? "")
                    ? null
                    : spender.canonical;
          // ("… told the board last month that the trust had lost about £3.1m of income. A further £0.8m has been spent on
          // agency staff": a further sum, in a sentence that names no body of its own, is the one's whose sum was just
          // told.)
          // (In an article, of a trust: a board paper's sums are its own body's, which the fallback gives.)
          const before = memory.money;
          const further =
            scope.kind === "news" &&
            !who &&
            !named &&
            before?.subject &&
            isTrust(before.subject) &&
            before.sentence !== s &&
            q.subject.includes("nhs-trust") &&
            FURTHER_LEAD.test(text.slice(s.start, m.span.start))
              ? before.subject
              : null;
          if (further) return scope.claim(q, m.span.start, m.span.end, m.amount, when, rate(aspect), further);
          const unnamedTrust =
            !who && !named && !/\b(?:the|its) (?:trust|hospital)\b/i.test(s.text) && isTrust(scope.fallback(q) ?? "");
          if (m.currency !== "GBP" && unnamedTrust) return null;
          return scope.claim(q, m.span.start, m.span.end, m.amount, when, rate(aspect), who);
        });
    if (claim) {
      scope.add(claim);
      claimed.add(m);
      memory.money = { predicate: predicateCalled(claim.predicate), sentence: s, subject: claim.subject };
    }
  }
}

// ("…, leaving the trust with a net hit of £6m": what is left with the trust is the trust's, whoever paid the rest.)
const LEFT_WITH =
  /\b(?:leaving|left|leaves)\s+(?:the\s+(?:trust|hospital|foundation\s+trust)|it)\s+(?:with|facing|to\s+(?:bear|absorb|find|meet|carry))\b[^.;]{0,50}$/i;

// ("Two London teaching hospitals have lost …": bodies counted, not one body's practices or contracts.)
const SEVERAL_BODIES =
  /\b(?:two|three|four|five|six|both|several)\s+(?:[\w-]+\s+){0,3}?(?:hospitals|trusts|organisations|bodies)\b/i;
// ("The Royal Free and Barts both suffered …, and their combined costs of more than £17m …", "the two London trusts …,
// whose combined bill … now exceeds £17m", "suffered losses which together came to more than £20m".)
const JOINT =
  /\b(?:between them(?=[^.;]{0,30}$)|(?:the|both|all)\s+(?:two|three|four|five|six|\d+)\s+(?:trusts|hospitals|organisations|deployments)(?:\s+involved)?|both trusts|the trusts involved|\b(?:trusts|hospitals|bodies|organisations|both)\b[^.;]{0,120}?\b(?:their|whose)\s+combined|which\s+together\s+(?:came|come|amounted|amount|totalled|total)\s+to)\b[^.;]{0,80}$/i;
const RESTATED_WHOLE =
  /\b(?:(?:not\s+)?(?:included|counted)\s+in|part of|on top of|over and above|within|outside)\s+the\s+$/i;
const SHARE_OF_RISE = /^\s+of\s+(?:the|this|that)\s+(?:increase|rise|overspend|overrun|extra cost)\b/i;
const WITHHOLD_THREATENED =
  /\b(?:will|would|could|may|might|intends? to|plans? to|threatens? to|threatened to|is to|reserves? the right to)\s+(?:\w+\s+)?withhold\b[^.;]{0,120}$/i;
const WITHHELD_BEFORE =
  /\b(?:withh(?:e|o)ld(?:ing|s)?|held back|holding back|retained|deducted|clawed back)\s+(?:(?:about|around|some|nearly|almost|more than|over|a further|another)\s+)?$/i;
// ("London hospital trusts have reported £26.5m of extra costs …": bodies in the plural, none named, are the subject.)
// ("In total, trusts reported lost income of around £47 million attributable to PAS replacement"; "The total central
// cost of Cerner Millennium deployments in London … was £33.4 million": so are deployments in the plural.)
const PLURAL_BODIES_LEAD =
  /^\W*(?:(?:[Ii]n total|[Ii]n all|Overall|Altogether|Together),\s+)?(?:[A-Z][\w'’-]*\s+){0,3}?(?:hospital\s+|acute\s+|NHS\s+)?(?:trusts|hospitals)\s+(?:(?:have|had|has)\s+)?(?:(?:so far|now|already|together|collectively)\s+)?(?:reported|lost|spent|incurred|booked|run up|racked up)\s+(?:(?:lost income|extra costs|additional costs|costs|losses)\s+of\s+)?(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$|\b(?:total|combined|overall)\s+(?:[\w-]+\s+){0,2}?(?:cost|spend|bill)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:deployments|installations|roll-?outs|go-lives)\b[^.;]{0,80}$/;
const SPREAD_AFTER =
  /^\s+(?:is|was|are|were|has been|had been|will be)\s+(?:\w+\s+)?(?:spread|shared|split|divided)\s+(?:\w+\s+)?(?:across|between|among|amongst)\b/i;

/**
 * "Accenture walked away in 2006, handing its two clusters to CSC and writing off $450m", "Accenture set aside $450m
 * against losses on the two contracts": a supplier's write-off, or its provision against losses, is its own loss when
 * the supplier is the subject the verb follows (not the body the work was handed to).
 */
function supplierWriteOff(scope: SentenceScope, m: MoneyMention): string | null {
  const { text, s, actors } = scope;
  // ("having set aside $450m (about £240m at the time) against losses": the sum in brackets restates the one before.)
  const whole = text.slice(s.start, m.span.start);
  const lead = whole.replace(RESTATED_BEFORE, "");
  const after = text.slice(m.span.end, s.end).replace(lead === whole ? /^\s*\([^)]*\)/ : /^[^)]*\)/, "");
  // ("owned up to a further £280m of charges on its contracts": the charges named after the sum, the verb before it.)
  const verb = WRITE_OFF_LEAD.exec(lead) ?? (CHARGES_AFTER.test(after) ? CHARGES_VERB.exec(lead) : null);
  // ("… beside the £1.6bn of charges the company booked across BT Global Services": the verb after its charges, and the
  // company the sentence named before, possessive or not.)
  if (!verb && CHARGES_BOOKED_AFTER.test(after)) {
    const named = actors.filter((a) => a.type !== "person" && a.span.end <= m.span.start).pop();
    return named && categoryOf(named.canonical) === "supplier" ? named.canonical : null;
  }
  if (!verb) return null;
  if (/\bset/i.test(verb[0]) && !AGAINST_LOSSES.test(after)) return null;
  // The body nearest before the verb that is a clause's subject: not the object of a preposition ("took over the
  // contract from Accenture when Accenture walked away"), nor an owner ("it terminated Pellham's contract, … wrote off").
  const doer = actors
    .filter(
      (a) =>
        a.type !== "person" &&
        a.span.end <= s.start + verb.index &&
        !/\b(?:from|to|with|by|for|of|at|on)\s+(?:the\s+)?$/i.test(
          text.slice(Math.max(s.start, a.span.start - 10), a.span.start),
        ) &&
        !/^['’]s?\b/.test(text.slice(a.span.end, a.span.end + 2)) &&
        // (Nor a short name in brackets after the full one: "with the Department of Health (DH)".)
        text[a.span.start - 1] !== "(",
    )
    .pop();
  return doer && categoryOf(doer.canonical) === "supplier" ? doer.canonical : null;
}
const GREW_BY =
  /\b(?:grown|grew|risen|rose|increased|gone up|went up|climbed|jumped)\s+by\s+(?:(?:about|around|some|nearly|almost|more than|over|a further|another)\s+)?$/i;
const RESTATED_BEFORE =
  /\s*[£$€]\s?[\d.,]+\s?(?:bn|m|k|million|billion)?\s*\(\s*(?:(?:about|around|some|roughly|nearly|almost)\s+)?$/i;
// ("took a pre-tax charge of $90m against its NHS business", "bringing the total written off during the year to
// £1.6bn": a charge a company takes on its accounts is its loss, as a write-off is.)
const WRITE_OFF_LEAD =
  /\b(?:writ(?:ing|ten)\s+(?:off|down)|wrote\s+(?:off|down)|write\s+(?:off|down)|set(?:ting)?\s+aside|(?:take|takes|took|taken|taking|book|books|booked|booking|record|records|recorded|recording)\s+(?:a|an)\s+(?:(?:further|additional|one-off|exceptional|pre-?tax|non-cash|special|impairment),?\s+)*(?:charge|write-?down|write-?off|provision|impairment)\s+of|total\s+(?:written|charged)\s+(?:off\s+|down\s+)?[^.;]{0,50}?\bto)(?:\s+(?:(?:about|around|approximately|some|nearly|almost|more than|over)\s+)?|\s*)$/i;
// ("took a further £43m charge against the deal": the charge named after its sum, singular.)
const CHARGES_AFTER =
  /^\s+(?:(?:of|in)\s+)?(?:(?:further|additional|one-off|exceptional|pre-?tax|non-cash|special)\s+)*(?:charges?|write-?downs?|write-?offs?|provisions?)\b/i;
const CHARGES_BOOKED_AFTER =
  /^\s+(?:of|in)\s+(?:[\w-]+\s+)?(?:charges|write-?downs|write-?offs)\s+(?:that\s+|which\s+)?(?:the company|the group|it|they)\s+(?:had\s+|has\s+)?(?:booked|took|taken|reported|announced|made)\b/i;
const CHARGES_VERB =
  /\b(?:owned up to|announced|reported|booked|took|taken|takes|taking|revealed|disclosed|unveiled)\s+(?:(?:a|an)\s+)?(?:(?:further|additional|another)\s+)?(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$/i;
const AGAINST_LOSSES =
  /^\s*(?:[\w-]+\s+){0,2}?(?:against|to cover)\s+(?:its\s+|the\s+)?(?:expected\s+|anticipated\s+|likely\s+|future\s+)?loss(?:es)?\b/i;

// "Of this, £3.2m arose …", "of which £2m": a part of a total already stated, never the total itself.
// ("installed by BT as part of the NHS's £12.7bn programme": what a thing was done as part of is no sum's breakdown.)
const PART_OF =
  /\b(?:share of|(?<!\bas\s)part of|element|portion of|accounted for|accounts? for|of (?:this|that|these|the total(?: cost)?|which|it))\b/i;
const INCLUDES_LEAD =
  /^\W*(?:this|that|these|it|the (?:total|figure|sum|overspend|cost))\s+(?:\w+\s+)?(?:includes?|included|comprises?)\b/i;
const BREAKDOWN =
  /\b(?:including|includes|include|down into|made up of|comprising|comprises?|comprised|consisting of|consists? of|of which|split between)\b/i;

/**
 * What an amount states, from the words of its clause, then of its sentence: a line of a breakdown (a cost with its
 * aspect), a total, or what the figure stated just before it stated ("That takes the total to £1.6bn"). `make` gets
 * the predicate and aspect, and decides whose the claim is.
 */
const ATTRIBUTED_BEFORE = /\battribut(?:es|ed|ing)\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;
// (Or "of this £3.5 million deterioration to the deployment": the part of a worsening put down to the system.)
const ATTRIBUTED_TO_SYSTEM =
  /^\s+(?:of\s+(?:it|that|this|the)\s+(?:[£$€]\s?[\d.,]+\s?(?:m|bn|k|million|billion)?\s+)?(?:deficit|overspend|shortfall|total|deterioration|variance|gap|worsening)\s+)?to\s+(?:the\s+)?(?:new\s+)?(?:system|millennium|cerner|crs|care records service|problems|deployment|go-live|implementation|lorenzo)\b/i;

export function moneyClaim(
  text: string,
  s: Sentence,
  m: MoneyMention,
  first: boolean,
  last: Recent | null,
  make: (p: Predicate, aspect: string | null) => Claim | null,
): Claim | null {
  const lead = text.slice(Math.max(s.start, m.span.start - 60), m.span.start);
  const cost = PREDICATE.cost;
  // "was expected to save around £600,000 a year", "would cost £1.7m … and save around £400k a year from 2013/14": what a
  // thing is to save is no saving delivered, nor money spent, even inside a sum's breakdown ("now save it £1.2m a
  // year" is one).
  if (TO_SAVE.test(lead) && !/\b(?:now|already)\s+saves?\b/i.test(lead)) return null;
  // "turning a forecast break-even into a deficit of £4.2m", "against a planned surplus of £0.5m": the figure a deficit
  // or surplus is stated at is the body's position, never a cost or a loss, however the sentence goes on.
  if (POSITION_OF.test(lead)) return null;
  // "The bill … has grown by almost £3m since the autumn": how much a figure rose is no figure of its own.
  if (GREW_BY.test(lead)) return null;
  // "… had already cost about £4.5m in lost income and extra staff, and warned that the figure could reach £7.2m", "…
  // the problems had cost £7.2m; by the end of 2008/09 the figure had passed £10m": a figure the words say the one
  // before grows to states what that one stated.
  if (last && FIGURE_GROWS.test(lead)) return make(last.predicate, null);
  // "… at £10.1m for 2008/09, up from an earlier estimate of £7.2m", "more than double the £4.5m estimate the board was
  // given": an earlier estimate of the figure just stated states what it stated.
  if (
    last &&
    (EARLIER_ESTIMATE.test(lead) ||
      GREW_FROM_THE.test(lead) ||
      (GREW_FROM.test(lead) && last.sentence === s) ||
      ESTIMATE_AFTER.test(text.slice(m.span.end, m.span.end + 12)))
  )
    return make(last.predicate, null);
  // ("of which it attributes £2.7m to the system: lost income of £1.6m and …": the sum put down to the system is what it
  // lost, a part of the deficit though it is, whatever the lines after it are.)
  if (ATTRIBUTED_BEFORE.test(lead) && ATTRIBUTED_TO_SYSTEM.test(text.slice(m.span.end, s.end)))
    return make(PREDICATE.loss, null);
  // "… £7.2m, including £1.3m of lost activity and £1.2m for additional staff": the later figures are lines of the first.
  const component = COMPONENT_BEFORE.exec(lead);
  const pre = text.slice(s.start, m.span.start);
  // ("had reported additional costs and lost income of £10.2m": what was spent and what was not earned, together, is
  // what the trouble lost; "puts the total cost of the aftermath, including lost income, at …" is that total, not a
  // line of a figure before it.)
  if (SPENT_AND_LOST.test(pre.slice(-120))) return make(PREDICATE.loss, null);
  // ("This includes £310,000 of overtime for call handlers": a line of the sum the sentence before stated.)
  if (component || PART_OF.test(pre) || ((!first || INCLUDES_LEAD.test(pre)) && BREAKDOWN.test(pre))) {
    // ("Of the £26.5m, the Royal Free accounted for £10.1m, Barts for £12.3m …", the £26.5m told before as "extra
    // costs and lost income": the shares of a sum stated as lost are losses.)
    if (shareOfLoss(text, s.start, pre)) return make(PREDICATE.loss, null);
    // "made up of £820,000 of staffing and £530,000 of income that could not be billed": a line that is income lost.
    const own = text.slice(m.span.end, Math.min(s.end, m.span.end + 80)).split(/[,;]|\band\b/)[0]!;
    // "…, and the hospital has lost around £1.1 million in income": the figure's own piece of the sentence, both sides.
    const piece = `${lead.split(/[,;]|\band\b/).pop()!}${m.text}${own}`;
    // (Income only "at risk" is still a line of the cost it is part of: not lost, and no rival of the total.)
    if ((fits(PREDICATE.incomeShortfall, own) || fits(PREDICATE.incomeShortfall, piece)) && !/\bat risk\b/i.test(piece))
      return make(PREDICATE.incomeShortfall, null);
    // "£930k of the adverse position", "of which £4.47m relates to elective work" (a shortfall's): a part of a loss or a
    // shortfall is a part of the same.
    if (/^\s*of the (?:adverse|overall|total) (?:position|variance|impact|overspend)\b/i.test(own))
      return make(PREDICATE.loss, null);
    // ("£9.4m in lost income and extra staff since the go-live, of which £5.1m fell in 2007/08": the part of the sum
    // that fell in one period is the sum's kind.)
    // (Not a contract's: "£9.4m over its five-year life, of which £5.59m falls in 2007/08" is no contract of £5.59m.)
    if (last && last.sentence === s && last.predicate !== PREDICATE.contractValue && BY_PERIOD.test(own))
      return make(last.predicate, null);
    // "of which £1.4m could not be recovered", "of which around £2.6m will be written off": the part of a cost that is
    // gone for good is a loss.
    if (WRITTEN_OFF.test(own)) return make(PREDICATE.loss, null);
    // "…, including the £2.8m contract with Kestrel", "including a seven-year contract with Halden worth £2.2m": a
    // contract within the sum is its supplier's contract value.
    if (
      /^\s*(?:[\w-]+\s+){0,2}?(?:contract|deal)\s+(?:with|awarded to)\b/i.test(own) ||
      CONTRACT_WORTH.test(lead) ||
      // ("… charges of £1.3bn on contracts …, including its £996m deal to install patient record systems".)
      (/\b(?:its|their)\s+$/i.test(lead) && /^\s*(?:[\w-]+\s+){0,2}?(?:contract|deal)\b/i.test(own))
    )
      return make(PREDICATE.contractValue, null);
    // "of which CSC has agreed to contribute £500,000": money coming in, no line of the cost.
    if (RECEIVED_BEFORE.test(lead) || RECEIVED_AFTER.test(text.slice(m.span.end, Math.min(s.end, m.span.end + 60))))
      return null;
    const after = ASPECT_AFTER.exec(text.slice(m.span.end, Math.min(s.end, m.span.end + 60)));
    // ("made up of …, additional staff and overtime of £2.6m, …": a line of a sum split up, named before its figure.)
    const named =
      /\b(?:made up of|comprising|consisting of|split between|broken down into)\b/i.test(pre) &&
      /^\s*(?:and\s+)?([a-z][a-z ,'-]{2,60}?)\s+(?:of|at|totalling|costing)\s+$/i.exec(lead.split(/[,;:]/).pop()!);
    const words = component
      ? normaliseAspect(component[1]!)
      : after
        ? normaliseAspect(after[1]!)
        : named
          ? normaliseAspect(named[1]!)
          : null;
    const line = words && namesALine(words) ? words : null;
    // A part with no words of its own of a shortfall just stated is a part of that shortfall. (Not one whose own words
    // say it was paid out: "including £1.7m of lost income and £420,000 in penalties from commissioners".)
    // ("lost income of £1.6m and extra costs (£1.1m) for agency staff": nor one whose words before it name a cost.)
    if (
      !line &&
      last?.predicate === PREDICATE.incomeShortfall &&
      last.sentence === s &&
      !fits(cost, own) &&
      !fits(cost, lead.split(/[,;]|\band\b/).pop()!)
    )
      return make(last.predicate, null);
    return make(cost, line);
  }
  // A table row ("Lost activity (income)  £1.300m"): its label, before any figure, names the line.
  const rowLabel = text.slice(s.start, m.span.start);
  // Table rows carry no full stop and start with their label, not with "The trust …".
  const rowLike =
    s.end - s.start < 140 &&
    !/[.!?]["”’)]*$/.test(s.text) &&
    !/^(?:the|a|an|it|this|that|its)\b/i.test(rowLabel) &&
    !ROW_VERB.test(rowLabel) &&
    !/,/.test(rowLabel) &&
    rowLabel.trim().split(/\s+/).length <= 10;
  // A later column of a table row ("… £3.789m £2.000m") needs its column header, which the text no longer ties to it.
  if (rowLike && /[£$€]\s?[\d.,]+\s?(?:m|bn|k|million|billion)?\)?\s*[–—(-]?\s*$/i.test(rowLabel)) return null;
  const isRow = rowLike && !/£|\$|€/.test(rowLabel);
  const aspectMatch = isRow ? [rowLabel, rowLabel] : ASPECT_BEFORE.exec(lead);
  const aspectWords = aspectMatch?.[1] ? normaliseAspect(aspectMatch[1]) : null;
  const aspect =
    aspectWords &&
    namesALine(aspectWords) &&
    (isRow || !ROW_VERB.test(aspectWords)) &&
    !/\b(?:of which|of it)\b/.test(lead.slice(-20))
      ? aspectWords
      : null;
  const clause = clauseWithSubject(text, s, m.span.start, m.span.end);
  // A company's revenue, sales or profit is no predicate's figure: not a cost, whoever's it is. Nor is money coming in
  // ("received £4m", "£2m of central funding", "a £30m fund"): the body it goes to neither spent nor lost it.
  const near = text.slice(Math.max(s.start, m.span.start - 60), m.span.start);
  const after = text.slice(m.span.end, Math.min(s.end, m.span.end + 60));
  const named = (...but: Predicate[]) => MONEY_PREDICATES.some((p) => !but.includes(p) && fits(p, clause));
  if (
    (TRADING.test(near) && !SPENDING.test(near.slice(near.search(TRADING_WORD))) && !named(cost)) ||
    // (Money coming in under a contract, "service credits of £75,000 under the contract", is no contract's value; nor is
    // a commissioner's payment "on account" a cost.)
    ((RECEIVED_BEFORE.test(near) || RECEIVED_AFTER.test(after)) && !named(cost, PREDICATE.contractValue)) ||
    // ("NHS London and Connecting for Health contributed £3.5m towards the losses": the losses it goes towards are the
    // receiver's; the sum is neither's loss.)
    (RECEIVED_BEFORE.test(near) && TOWARDS_AFTER.test(after))
  )
    return null;
  // "The Board is asked to approve … an additional cost of £0.38m": a proposal, not yet a fact. Nor is what a slip
  // "would add", what a figure "could rise to", or what another body would underwrite.
  // ("A typical acute trust will spend anything from £500,000 to £1.5m", "a PAS for a trust of Tarnside Vale's size
  // would cost between £3m and £5m": what any trust spends is no body's fact.)
  if (PROPOSAL.test(s.text) || hypothetical(near, after) || ANY_TRUST.test(s.text) || BENEFITS.test(s.text))
    return null;
  // "…; £315,000 was released in March 2011 once corrected returns had been made": money handed back is no shortfall,
  // nor anyone's cost.
  if (HANDED_BACK.test(after)) return null;
  // "Revenue recognised under the NHS contract in the three months to July 1, 2011 was $211 million": a company's
  // takings, whatever contract they came under.
  if (TAKINGS_LEAD.test(text.slice(s.start, m.span.start))) return null;
  // "…, is valued at around $5billion on Wall Street": what investors put on a company is no contract, cost or loss.
  if (MARKET_AFTER.test(after)) return null;
  // "Of the £1.74m adverse variance, £1.52m was attributed to the implementation": the whole a share is taken of is
  // the sentence's frame, told as such elsewhere; the share is its claim.
  if (/^\W*(?:[\d.]+\s+)?of\s+the\s+$/i.test(text.slice(s.start, m.span.start)) && WHOLE_AFTER.test(after)) return null;
  // "savings of £18.2m against a plan of £19.5m": a target is no saving, nor a cost; nor are savings only expected
  // ("The full annual saving of about £0.25m will not be seen until 2020/21", "was expected to save about £85,000 a year", "savings, estimated at £120k a year, will not begin until 2011/12",
  // "the benefits case identifies cash-releasing savings of £5.1m a year by 2016/17"; nor savings a plan requires or a
  // timetable needs to release, "plans for 2009/10, which already require savings of £6m", "a savings target of £2m").
  if (TARGET_BEFORE.test(lead) && /\bsav(?:ing|ings|ed|e)\b/i.test(s.text)) return null;
  if (EXPECTED_SAVING.test(clause)) return null;
  if (SAVINGS_TARGET.test(clause) && !fits(PREDICATE.savings, clause)) return null;
  // "Its planned surplus of £1.2m became a deficit": a body's overall position is no line of a cost.
  if (aspectWords && POSITION.test(aspectWords) && !MONEY_PREDICATES.some((q) => q !== cost && fits(q, clause)))
    return null;
  // "will cost it £4.3m this financial year, including £1.6m in income lost", "at £6.3m, of which £2.4m is income for
  // work the trust did": a total that holds income lost is what the trouble lost, not what was spent.
  if (
    !isRow &&
    !POSITION.test(clause) &&
    HOLDS_LOST_INCOME.test(text.slice(m.span.end, Math.min(s.end, m.span.end + 160)))
  )
    return make(PREDICATE.loss, null);
  // A line of a breakdown ("data entry £3.789m") is a component cost; a "total" line is the loss itself.
  if (aspect && !/\btotal\b/.test(aspect)) {
    // ("… while Barts recorded losses of £11.5m": words ending in the losses name the loss, not a line of it.)
    if (/\blosses$/.test(aspect) && !/\b(?:income|activity|revenue)\b/.test(aspect)) return make(PREDICATE.loss, null);
    const special = MONEY_PREDICATES.find(
      (p) =>
        p !== PREDICATE.loss &&
        p !== cost &&
        fits(p, clause) &&
        !(p === PREDICATE.incomeShortfall && spentPiece(text, s, m)),
    );
    // "the projected income shortfall of £3m": the words name the predicate, not a line of it.
    return special ? make(special, null) : make(cost, aspect);
  }
  // A row of a table ("Total", "Total surplus / (deficit)"): what the table totals is in the prose around it, so it stays a line.
  if (isRow && aspectWords) return make(cost, aspectWords);
  // A figure states what its clause, then its sentence, says of it ("£7.2m: cost of the problems"); a figure whose
  // sentence names no cost, loss, saving or contract ("the forecast surplus was reduced from £6.24m to £3.1m", "leaving
  // £56,850 uncommitted") states none of them.
  // A later figure in a sentence is not its total: "a deficit of £1.4m against a planned surplus of £0.6m".
  // "a deficit of £1.3m, £0.9m worse than plan": a body's overall position is no claim, whatever its sentence says next.
  const position = POSITION.test(clause);
  if (position && !MONEY_PREDICATES.some((q) => q !== cost && fits(q, clause))) return null;
  // ("A total of £0.4m so far, which the paper says "is unlikely to be recovered from the supplier"": what is gone for
  // good is lost.)
  if (NOT_RECOVERED.test(text.slice(m.span.end, Math.min(s.end, m.span.end + 100)))) return make(PREDICATE.loss, null);
  // "under a £4.6m, seven-year deal signed in 2006": the list of adjectives' comma leaves the deal the figure's own.
  if (/^,\s*(?:\w+-[\w-]+\s+){1,2}(?:deal|contract)\b/i.test(after)) return make(PREDICATE.contractValue, null);
  // "… under our contract, which is worth £9.8m over ten years": the figure is the contract's, whatever else the
  // sentence says of charges.
  if (CONTRACT_WORTH.test(lead)) return make(PREDICATE.contractValue, null);
  // "since a new £4.5m computer system went live": a figure that modifies a system or a project is what it cost, whatever
  // the sentence says was lost.
  if (/\b(?:a|an|the|its|their|new)\s+$/i.test(lead) && ATTRIBUTIVE_COST.test(after)) return make(cost, null);
  // (Then the part of the sentence between its semicolons: "Payments to CSC are made only for systems delivered; the
  // value of CSC's contract for the North, Midlands and East is £2.9 billion" states a contract's value, whatever the
  // first part says of payments.)
  const part = semicolonPart(text, s, m.span.start);
  const found =
    ownPartPredicate(text, s, m, clause) ??
    MONEY_PREDICATES.find((q) => fits(q, clause)) ??
    (position
      ? undefined
      : ((part !== s.text ? MONEY_PREDICATES.find((q) => (first || !q.total) && fits(q, part)) : undefined) ??
        MONEY_PREDICATES.find((q) => (first || !q.total) && fits(q, s.text))));
  // "which has cost about £95,000 in lost backfill", "The delay has cost £255,000": what one thing has cost is a
  // cost, though a word of losing is near; what "the problems have cost the trust" is the loss.
  const spentNotLost =
    (found === PREDICATE.loss && COST_VERB_BEFORE.test(lead) && !WHOLE_TROUBLE.test(pre)) ||
    (found === PREDICATE.incomeShortfall && spentPiece(text, s, m));
  const p = spentNotLost ? cost : found;
  if (p) return make(p, null);
  if (position) return null;
  // "eight call handlers on fixed-term contracts until March at roughly £28,000 a month", "an agency trainer at £350 a
  // day": a rate paid for people is what they cost. (A supplier's fee for support is its contract's value.)
  if (m.per && PAID_FOR.test(s.text)) return make(cost, null);
  // "another £95,000 had been found for extra trainers", "a further £45,000 from reserves for temporary data quality
  // staff", "(£68,000, approved)" after "Recruit four validation clerks", "additional agency staff (£512,000)": money
  // put to people or things the trust pays for is what they cost.
  const paidLine = paidForLine(text, s, m);
  if (paidLine !== undefined) return make(cost, paidLine);
  // "That takes the total for the year to £1.6bn", "which works out at £1m a month": the figure goes on with the one
  // stated just before, and states what it stated.
  return last && (m.per || CONTINUES.test(clause)) ? make(last.predicate, null) : null;
}

/**
 * What a figure is paid for, when its words say it is spent on people or things the trust buys: the words after it
 * ("for extra trainers", "be released from contingency to keep the validation staff"), or the item it follows in
 * brackets ("Recruit four validation clerks for six months (£68,000, approved)", "extended supplier support
 * (£198,000)") or before a colon ("Backfill for clinicians sent on extra training: £95k."). The item's words as the
 * line's aspect (null for words after it), undefined when it is none.
 */
function paidForLine(text: string, s: Sentence, m: MoneyMention): string | null | undefined {
  // ("The board of … is asked to approve £78,000 for agency staff": a proposal, not yet spent.)
  if (ASKED_TO.test(text.slice(s.start, m.span.start))) return undefined;
  const after = text.slice(m.span.end, Math.min(s.end, m.span.end + 120));
  if (FOR_PAID.test(after) && !/\b(?:income|sav(?:e|es|ed|ing|ings))\b/i.test(after.split(/[,;.]/)[0]!)) return null;
  // ("Data-quality staff on fixed-term contracts: £160k.": a line of a list, its label before a colon.)
  const item = /^\s*[),]/.test(after)
    ? /(?:^|[,;:.]|\band\b|\bwere\b|\bwas\b)\s*((?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s*\(\s*$/i.exec(
        text.slice(Math.max(s.start, m.span.start - 90), m.span.start),
      )
    : /^\s*(?:[.;]|$)/.test(after)
      ? /^\W*((?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s*:\s*$/.exec(text.slice(s.start, m.span.start))
      : null;
  // (Not money coming in: "second trainer funded by the SHA (£18,500)".)
  if (
    !item ||
    /\b(?:income|deficit|surplus|savings?|budget|plan|forecast|variance|total|funded by|paid by)\b/i.test(item[1]!)
  )
    return undefined;
  if (!PAID_ITEM.test(item[1]!)) return undefined;
  // (An action's words, "Recruit four validation clerks for six months", name no line of a table.)
  const words = normaliseAspect(item[1]!);
  return namesALine(words) && !PAID_ITEM_VERB.test(words) ? words : null;
}
const PAID_NOUN = String.raw`(?:staff|staffing|overtime|training|trainers?|clerks?|validators?|validation|agency|locums?|temps|floor-?walkers?|contractors?|backfill|consultants?|consultancy|administrators?|support|licen[cs]es?|servers?|hardware|equipment|scanning|temporary\s+\w+)`;
const FOR_PAID = new RegExp(
  String.raw`^\s*(?:(?:had|has|have|would|will|was|were|is|be|been|being|to be)\s+){0,2}(?:found|released|approved|allocated|set aside|committed|agreed|drawn|taken|earmarked|spent|used)?\s*(?:from\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:reserves?|contingency|budget|funds?)\s+)?(?:for|to\s+(?:keep|pay(?:\s+for)?|fund|cover|employ|hire|retain|recruit|extend))\s+(?:the\s+|its\s+|their\s+|an?\s+)?(?:[\w"“”'’-]+\s+){0,4}?${PAID_NOUN}\b`,
  "i",
);
const ASKED_TO = /\b(?:(?:is|are)\s+(?:being\s+)?(?:asked|invited|recommended)|proposes?|proposed|recommends?)\s+to\b/i;
const PAID_ITEM_VERB = /^(?:recruit|replace|hire|buy|purchase|extend|employ|upgrade|appoint|procure)\b/i;
const PAID_ITEM = new RegExp(String.raw`\b${PAID_NOUN}\b|${PAID_ITEM_VERB.source}`, "i");
const PAID_FOR =
  /\b(?:hired|hiring|hire|booked|recruited|recruiting|employ\w*|engaged|agency|locum|contractors?|temporary|fixed-term|interim|overtime|trainers?|clerks?|handlers?|staff|floor-?walkers?)\b/i;
/**
 * "additional staffing and validation costs of £2.9 million and a loss of income of £2.4 million", "(£820k cost
 * overspend plus £1.45m income shortfall)": a figure whose own piece of the clause tells of spending, and not of
 * income, is a cost, whatever income its neighbour lost.
 */
function spentPiece(text: string, s: Sentence, m: MoneyMention): boolean {
  const before = text.slice(s.start, m.span.start).split(PIECE_BREAK).pop()!;
  const after = text.slice(m.span.end, s.end).split(PIECE_BREAK)[0]!;
  const piece = `${before}${m.text}${after}`;
  return SPENT_WORDS.test(piece) && !/\bincome\b|\bactivity\b|\btariff\b|\bat risk\b/i.test(piece);
}
const PIECE_BREAK = /[,;:()]|\band\b|\bplus\b|\bwhile\b|\bwhereas\b/i;
const SPENT_WORDS =
  /\b(?:cost|costs|costing|spent|spend|staff|staffing|overtime|agency|validation|validators|clerks|overspend|overspent|backfill|consultancy|contractors?)\b/i;
const POSITION = /\b(?:deficit|surplus|annual budget|turnover)\b/i;
const EXPECTED_SAVING =
  /\b(?:expect\w*|will|would|could|should|estimated|forecast|projected|planned|target\w*|aim\w*|hop(?:e|es|ed|ing)|intend\w*|potential|wants? to|(?:is|are) to|requir(?:e|es|ed|ing)|needs?|needed|to (?:release|find|deliver|achieve))\b[^.;]*\bsav(?:e|es|ing|ings)\b|\bsav(?:e|es|ing|ings)\b[^.;]{0,40}\b(?:expected|estimated|forecast|projected|planned|targeted|targets?)\b|\b(?:benefits|business) case\b[^.;]{0,60}\bsav(?:e|es|ing|ings)\b|\bsav(?:ing|ings)\b[^.;]{0,40}\bby (?:the end of )?20\d\d(?:\/\d\d)?\b|\bsav(?:ing|ings)\b(?:[^.;]|\.(?=\d)){0,60}\b(?:will|would)\s+(?:not\s+)?(?:be\s+)?(?:seen|realised|released|delivered|achieved|felt)\s+(?:until|from|in|by)\b/i;
const POSITION_OF =
  /\b(?:deficit|surplus)\s+(?:position\s+)?(?:of|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+|an estimated\s+|just over\s+|just under\s+)?$/i;
const TO_SAVE =
  /\bsaves?\s+(?:(?:the trust|it|them|us|the nhs)\s+)?(?:about\s+|around\s+|some\s+|up to\s+|an estimated\s+|nearly\s+|almost\s+|more than\s+|over\s+|roughly\s+|at least\s+)?$/i;
const WHOLE_TROUBLE =
  /\b(?:problems|difficulties|issues|failures|crisis|fiasco|chaos|troubles|debacle|disruption|fallout|upheaval|in (?:summary|total|all)|altogether|overall|(?:go-live|recovery|delays|wait)(?:\s+and\s+(?:the\s+)?[\w-]+)?\s+(?:has\s+|have\s+|had\s+)?(?:so far\s+|already\s+|now\s+)?cost\s+(?:it|the trust|them)|(?:the|its)\s+(?:[\w-]+\s+)?episode\s+(?:has|have|had)\s+(?:so far\s+|already\s+|now\s+)?cost\b|\bsystem\s+(?:has|have|had)\s+(?:so far\s+|already\s+|now\s+)?cost\s+(?:it|the trust|them))\b/i;
const COST_VERB_BEFORE =
  /\b(?:has|have|had)\s+(?:already\s+|now\s+|so far\s+)?cost\s+(?:(?:the trust|it|them)\s+)?(?:(?:about|around|an estimated|some|nearly|almost|more than|over)\s+)?$/i;
// "would add £250k", "could rise to £2.5m … if recording does not improve": a figure on a condition, not a forecast.
// (Not what a delay already decided adds: "the latest delay would add around £850,000 to the cost of the project", "the
// extra spending would add around £450,000 to the forecast deficit", as the dev half's authors read 3 of 3.)
const WOULD_GROW =
  /(?<!\b(?:the|this|that|its)\s+(?:latest\s+|new\s+|extra\s+|further\s+|additional\s+)?(?:delay|postponement|spending)\s+)\bwould\s+(?:\w+\s+)?(?:add|rise|increase|reach|grow|double|climb)\b[^.;]*$|\bunderwrite\b[^.;]*$/i;
const COULD_GROW = /\b(?:could|might|may)\s+(?:\w+\s+)?(?:add|rise|increase|reach|grow|double|climb)\b[^.;]*$/i;
// "If a trust loses £2m because a computer system doesn't work": a sum on a condition, not a fact.
const IF_BEFORE = /\b(?:if|unless)\s+[^,;.:"“”]{0,60}$/i;
const hypothetical = (before: string, after: string) =>
  WOULD_GROW.test(before) || IF_BEFORE.test(before) || (COULD_GROW.test(before) && /\b(?:if|unless)\b/i.test(after));
const PROPOSAL =
  /^\s*(?:[\d.]+\s+)?(?:the )?(?:board|committee|trust board|members?) (?:is|are) (?:asked|invited|recommended) to\b/i;
const TARGET_BEFORE =
  /\bagainst (?:a |the |its )?(?:(?:full-year|annual|year-end|original|revised)\s+)?(?:plan|target|planned|plans|budget target)(?: [\w-]+)? of\s+(?:about\s+|around\s+)?$/i;
// "The cost improvement programme for 2012/13 is £5.1m": a target of savings, neither spent nor saved.
const SAVINGS_TARGET = /\b(?:cost improvement|CIPs?\b|efficiency (?:savings|programme|plan|target|schemes?))/i;
const ATTRIBUTIVE_COST =
  /^\s*(?:[\w-]+\s+){0,2}?(?:system|software|project|scheme|upgrade|roll-?out|installation|implementation|replacement|computer|database)\b/i;
const FIGURE_GROWS =
  /\b(?:the|that|this) (?:figure|total|sum|bill|amount|cost|loss|estimate|forecast)\s+(?:(?:could|might|may|would|will|is expected to|was expected to|is likely to|is set to)\s+|(?:had|has|have)\s+(?:now\s+|already\s+)?)?(?:rise|reach|grow|climb|increase|top|hit|exceed|pass|risen|rose|reached|grown|grew|climbed|increased|topped|exceeded|passed)(?:e?s)?\s+(?:to\s+)?["“]?(?:(?:about|around|almost|nearly|more than|over)\s+)?$/i;
const FURTHER_LEAD = /^\W*(?:a|an)\s+(?:further|additional|extra)\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;
// ("now expects losses of £10m, up from the £7.2m it reported in November": the figure the one before grew from; "the
// cost of the deployment at £7.8m, up from £5.9m in the original business case"; "… would add around £850,000 to the cost
// of the project, …, taking the total to £4.6m": the figure it grew to. Without "the", only after a figure of the same
// sentence: "The trust's forecast deficit for the year has risen from £3.5m to £13.1m" is its position.)
const GREW_FROM =
  /\b(?:(?:up|down|risen|rising|rose|increased|revised(?:\s+(?:up|down))?)\s+from\s+(?:(?:the|its|an?)\s+)?|(?:taking|bringing|takes|brings|took|brought)\s+(?:the|its)\s+(?:total|overall|figure|bill|cost)\s+(?:cost\s+|bill\s+)?to\s+)(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$/i;
// (Told with "the", "its" or "an": the figure the one before grew from, in this sentence or one before it.)
const GREW_FROM_THE =
  /\b(?:up|down|risen|rising|rose|increased|revised(?:\s+(?:up|down))?)\s+from\s+(?:the|its|an?)\s+(?:(?:about|around|some)\s+)?$/i;
const EARLIER_ESTIMATE =
  /\b(?:(?:up|down|rising|risen|rose|revised|increased)\s+from\s+|(?:double|treble|twice|three times)\s+)?(?:an?|the|its)\s+(?:earlier|previous|original|initial|first|last)\s+(?:estimate|forecast|figure)\s+of\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;
const ESTIMATE_AFTER = /^\s*(?:estimate|forecast)\b/i;
const CONTINUES =
  /\b(?:total|totals|totalling|totalled|overall|altogether|in all|takes? (?:the|its)|taking (?:the|its)|bringing|brings|works? out at|working out at|a further)\b/i;
const COMPANY_LOSS =
  /\b(?:pre-?tax|operating|reported|annual|half-year|full-year|net|trading) loss(?:es)?\s+(?:of\s+)?(?:(?:about|around|some|nearly|almost|more than)\s+)?$/i;
// ("analysts estimate that BT Health earned about £350m from the national programme": what a company earned; not what a
// trust "would have earned".)
const TRADING_WORD =
  /\b(?:revenues?|turnover|sales|profits?|earnings|operating income|market value|share price|shares|stock|depositary receipts|(?<!\b(?:not|never|have|would|could|should|to)\s)earned)\b/i;
const TRADING = new RegExp(`${TRADING_WORD.source}[^.;]*$`, "i");
const TOWARDS_AFTER =
  /^\s*(?:[\w-]+\s+){0,2}?towards\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,3}?(?:costs?|bill|loss|losses|deficit|shortfall|overspend|recovery)\b|^\s*of\s+(?:[\w-]+\s+)?support\s+to\s+(?:cover|meet|offset)\b/i;
const OF_THE_SUM = /^\W*of (?:the|this|that) ([£$€]\s?\d[\d.,]*?\s?(?:m|bn|k|million|billion)?)(?!\w|[.,]\d)/i;
/** Whether a sentence led by "Of the £X" shares out a sum the text told before, in its own sentence, as lost. */
function shareOfLoss(text: string, start: number, pre: string): boolean {
  const sum = OF_THE_SUM.exec(pre)?.[1];
  if (!sum) return false;
  const at = text.lastIndexOf(sum, start - 1);
  if (at < 0) return false;
  const told = text.slice(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at)) + 1, at + sum.length + 80);
  return SPENT_AND_LOST_PHRASE.test(told) || /\b(?:lost|losses|written off)\b/i.test(told);
}

// Between the trading word and the amount, words of spending: "a turnover of £250m, said the system cost £12m".
const SPENDING = /\b(?:cost|costs|spent|spend|paid|pay|budget|said|says|lost|loss)\b/i;
// What was spent and what was not earned, named together: "extra costs and lost income", "bills and lost income".
const SPENT_AND_LOST_WORDS = String.raw`(?:(?:(?:additional|extra|higher)\s+costs?|bills)\s+and\s+(?:lost|forgone|missed)\s+(?:income|activity)|(?:lost|forgone|missed)\s+(?:income|activity)\s+and\s+(?:the\s+)?(?:extra|additional|higher)\s+costs?)`;
const SPENT_AND_LOST_PHRASE = new RegExp(String.raw`\b${SPENT_AND_LOST_WORDS}\b`, "i");
// ("run up bills and lost income of more than £3m"; "The gross cost …, including clinical income lost, is £3.03m": a
// total told with the income lost in it, before its figure.)
const SPENT_AND_LOST = new RegExp(
  String.raw`\b${SPENT_AND_LOST_WORDS}\s+(?:of|totalling|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+)?$|\bcosts?\b[^.;,]{0,40},\s*including\s+(?:[\w-]+\s+){0,2}?(?:income lost|lost income|loss of income|forgone income|income forgone)\s*,\s*(?:is|was|were|are|has been|had been|stands at|stood at|came to|comes to|at)\s+(?:(?:between|about|around|some|nearly|almost|more than)\s+)?$`,
  "i",
);
const BY_PERIOD =
  /^\s*(?:fell|falls|fall|was|were|came|arose|arises|is|are)\s+(?:in|during)\s+(?:the\s+)?(?:\d{4}|financial|current|previous|last|this|next|first|second|third|fourth|final)\b/i;
// (Also a part another body has agreed to pay, "… at £640,000, of which BT has agreed to pay £250,000", and a second
// body's part after the first's, "BT has agreed to contribute £500,000 and NHS London £750,000".)
const RECEIVED_BEFORE =
  /\bof which\s+(?:[\w'’&-]+\s+){1,4}?(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:agreed|offered|promised|pledged)\s+to\s+(?:pay|fund|meet|cover)\s+(?:about\s+|around\s+|some\s+)?$|\b(?:contribut\w+|(?:agreed|offered|promised|pledged)\s+to\s+(?:pay|fund|meet|cover))\s+(?:about\s+|around\s+|some\s+)?[£$€]\s?[\d.,]+\s?(?:m|bn|k|million)?\s+and\s+(?:[\w'’&-]+\s+){1,4}?$|\b(?:received|receives|receiving|stepped in with|given|granted|awarded|allocated|handed|refunds?|refunded|repaid|repays?|reimbursed|compensated with|compensation of|funding of|grant of|bail-?out of|contributions? of|(?:service )?credits? of|a credit of|(?:(?:expects?|expected|hopes?|hoped|able|plans?|seeks?|seeking|sought|aims?|intends?|wants?) to|will|would|could|may) recover|(?:agreed|offered|promised|pledged) to (?:contribute|cover|absorb|bear|reimburse|refund|repay)|contribut(?:e|es|ed|ing)|(?:to|will|would|has agreed to|agreed to|could) (?:meet|underwrite)|underwrit(?:e|es|ing|ten)|(?:service )?credits? worth|credited|credits|(?:a |the )?claims? (?:for|of)|claimed|(?:is|are|was|were) to (?:get|receive)|waiv(?:e|es|ed|ing)|(?:liquidated )?damages of|seek(?:s|ing)?|sought|made available|(?:pay|pays|paid|paying) (?:the|its) (?:trust|hospital|service|pct))\s+(?:an? |the )?(?:extra |further |additional |one-off |total of |sum of |of |about |around |some |nearly |almost |more than |up to )*$/i;
const RECEIVED_AFTER =
  /^\s*on account\b|^\s*(?:(?:of|in)\s+(?:\w+\s+){0,2}?)?(?:fund|funding|grant|grants|compensation|(?:liquidated )?damages|bail-?out|contributions?|service credits?|(?:central|national|transitional|financial) support|support(?=\s+(?:to\s+(?:cover|meet|offset|pay)|towards)\b))\b|^[\s,]*(?:[\w-]+\s+){0,3}?(?:is|are|was|were|will be|has been|have been|is being|are being|was being|were being) (?:covered|met|funded|paid for|underwritten) (?:by\b|nationally\b|centrally\b)|^[\s,]*(?:(?!not\b|never\b|cannot\b)[\w-]+\s+){0,4}?(?:(?:will|may|might|could|would|can|is to|are to|to|has|have|had)\s+(?:now\s+)?(?:be|been)\s+)?(?:recovered|refunded|repaid|reimbursed|clawed back)\b|^[\s,]*(?:[\w-]+\s+){0,5}?(?:free of charge|at no (?:cost|charge))\b|^[^.;]{0,50}?\bas (?:a )?(?:service )?credits?\b|^\s*(?:[\w-]+\s+){0,2}?towards\s+(?:the\s+|its\s+|their\s+|these\s+|those\s+)?(?:[\w'’-]+\s+){0,3}?(?:costs?|bill)\b/i;
const NOT_RECOVERED =
  /^[^.;£$€]{0,30}?,\s*(?:which|that)\b[^.;£$€]{0,40}?\b(?:could not|cannot|can ?not|will not|would not|may not|(?:is|are|was|were) unlikely to) be recovered\b/i;
const WRITTEN_OFF =
  /\b(?:could not|cannot|can ?not|will not|would not|may not) be recovered\b|\bunrecoverable\b|\b(?:be|been|was|were|is|are) written off\b/i;

/** The part of sentence `s` between the semicolons around `at` (the whole sentence where it has none). */
/**
 * "… the additional costs it incurred after go-live … came to £4.9 million in 2008-09, and that it lost a further £2.8
 * million of income": where a clause with a subject of its own joins a second figure on, the words of that clause are
 * the second figure's; the first takes what its own clause says, when that names any kind of sum.
 */
function ownPartPredicate(text: string, s: Sentence, m: MoneyMention, clause: string): Predicate | undefined {
  const rest = text.slice(m.span.end, s.end);
  const next = /[£$€]\s?\d/.exec(rest);
  if (!next) return undefined;
  const between = rest.slice(0, next.index);
  const joined = NEW_CLAUSE.exec(between);
  if (!joined) return undefined;
  // (From the start of its own part of a list the semicolons split: "The Royal Free put the cost of its first year …
  // at £7.7m; Barts and The London spent £1.1m …".)
  const own = text.slice(Math.max(s.start, text.lastIndexOf(";", m.span.start) + 1), m.span.end + joined.index);
  const whole = MONEY_PREDICATES.find((q) => fits(q, clause)) ?? MONEY_PREDICATES.find((q) => fits(q, s.text));
  const mine = MONEY_PREDICATES.find((q) => fits(q, own));
  // (Only where the sentence's kind is not its own part's too: "Its central budget was about £6.2bn, most of it in
  // contracts …; the … report put the total likely cost … closer to £12.4 billion" stays a budget.)
  return whole && mine && whole !== mine && !fits(whole, own) ? mine : undefined;
}
const NEW_CLAUSE =
  /(?:,\s*|\s)(?:and|but|while|whereas)\s+(?:that\s+)?(?:it|the trust|they|the hospital|[A-Z][\w'’-]+)\s+(?:had\s+|has\s+|have\s+|also\s+|then\s+)*(?:lost|spent|paid|incurred|received|saved|faced|expects?|forecasts?)\b|;/;

function semicolonPart(text: string, s: Sentence, at: number): string {
  const before = text.lastIndexOf(";", at);
  const after = text.indexOf(";", at);
  return text.slice(Math.max(s.start, before + 1), after < 0 || after > s.end ? s.end : after);
}

const WHOLE_AFTER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:deterioration|variance|overspend|overrun|deficit|shortfall|gap|increase|total|loss|losses|impact)\s*,/i;
const MARKET_AFTER = /^\s*(?:on\s+Wall\s+Street|on\s+the\s+(?:stock\s+(?:market|exchange)|Nasdaq|NYSE|FTSE))\b/i;
const TAKINGS_LEAD =
  /^\W*(?:(?:its|the|quarterly|annual|total)\s+)?(?:revenues?|sales|turnover|profits?|earnings)\s+(?:recogni[sz]ed|booked|reported|earned|generated)\b[^.;]{0,90}\b(?:was|were|is|are|totall?ed|reached)\s+(?:(?:about|around|some|nearly|almost|more than|over)\s+)?$/i;
const HANDED_BACK =
  /^\s*(?:(?:of\s+(?:it|this|that|the\s+[\w-]+)\s+)?(?:was|were|has been|have been|had been|will be|would be)\s+(?:later\s+|since\s+|subsequently\s+|then\s+)?(?:released|returned|repaid|paid back|reinstated|handed back|refunded)\b)/i;
// "Cash-releasing benefits of £1.6m a year are expected from year three, mainly from reduced … (£640,000)": what a
// business case expects to gain, and the lines of it, are neither spent nor saved yet.
const BENEFITS =
  /^\s*(?:[\d.]+\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}benefits\s+(?:of|are|were|will|would|totalling|amounting)\b/i;
const ANY_TRUST =
  /\ba\s+typical\s+(?:[\w-]+\s+){0,2}(?:trust|hospital|organisation)\b|\btypically\s+(?:costs?|spends?|runs?)\b|\banything\s+from\b|\b(?:range|ranges|ranged|ranging)\s+from\b|\bfor\s+a\s+(?:trust|hospital)\s+of\s+(?:its|(?:[A-Z][\w-]*\s+){0,3}[\w'’-]+)\s+size\b/i;
