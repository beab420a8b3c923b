import data from "./data/predicates.json" with { type: "json" };
import type { Doc } from "../model/doc.js";
import type { DateMention } from "../model/extraction.js";
import { dateValue, whenOf } from "../model/when.js";
import { categoryByShape } from "./organisations.js";
import { gazetteer } from "./gazetteer.js";
import { parseCount } from "./numbers.js";
import type { Sentence } from "./sentences.js";
import { firstNotBefore, overlapIndex, spanIndex, spanOf } from "./span.js";
import { tableCellAt, type TableCell } from "./table-rows.js";
import type { Claim, Mentions, MoneyMention, StakeholderMention } from "../model/extraction.js";

interface PredicateSpec {
  name: string;
  value: "money" | "count" | "date";
  cues?: string[];
  not?: string[];
  nouns?: string;
  subject: string[];
  /** A total (the loss itself), not a line of it: a sentence states one total, its first figure. */
  total?: boolean;
  /** Predicates that take over when the whole sentence fits them ("went live … both dates slipped"). */
  escalate?: string[];
}

interface Predicate extends PredicateSpec {
  cueRes: RegExp[];
  notRes: RegExp[];
  countRe?: RegExp;
  /** "the number of patients waiting longer than 18 weeks rose to 1,900": the count after the noun it counts. */
  numberOfRe?: RegExp;
  /** The counted noun alone, for a table row's label. */
  nounRe?: RegExp;
}

const PREDICATES: Predicate[] = (data as { predicates: PredicateSpec[] }).predicates.map((p) => ({
  ...p,
  cueRes: (p.cues ?? []).map((c) => new RegExp(c, "i")),
  notRes: (p.not ?? []).map((c) => new RegExp(c, "i")),
  countRe: p.nouns
    ? new RegExp(
        String.raw`\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:(?!(?:the|a|an|of|in|on|at|to|for|and|or|its|their|these|those|which|that|were|was|are|is|had|have|has|by|with)\s)[a-z][a-z-]*\s+){0,2}(?:${p.nouns})\b`,
        "gi",
      )
    : undefined,
  nounRe: p.nouns ? new RegExp(String.raw`\b(?:${p.nouns})\b`, "i") : undefined,
  numberOfRe: p.nouns
    ? new RegExp(
        String.raw`\b(?:number|total) of (?:[a-z-]+ ){0,2}(?:${p.nouns})\b[^.;]{0,80}?\b(?:to|at|was|is|of|reached|hit|stood at)\s+(?:about |around |some |more than |nearly |almost |over )?(\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d|%| per cent)`,
        "gi",
      )
    : undefined,
}));
const BY_KIND = (kind: Predicate["value"]) => PREDICATES.filter((p) => p.value === kind);

/** What a predicate's value is ("money", "count", "date"), from the predicate list; undefined for an unknown name. */
export function predicateValue(name: string): Predicate["value"] | undefined {
  return PREDICATES.find((p) => p.name === name)?.value;
}

const fits = (p: Predicate, text: string) => p.cueRes.every((r) => r.test(text)) && !p.notRes.some((r) => r.test(text));
// A cost line names what it is for just before the figure: "data entry £3.789m", "extra staff: £1.2m".
// In prose the line is tied to the figure by a connector ("costs of", "of", ":"); "accounted for £1.3m" names no line.
const ASPECT_BEFORE =
  /(?:^|[,;:(]|\band\b|\bincluding\b)\s*((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s*(?:costs?\s+of\s+|costs?\s*[:–-]\s*|of\s+|at\s+|:\s*|–\s*|-\s*)$/i;
const NOT_ASPECT =
  /^(?:the|a|an|of|it|which|this|that|about|nearly|almost|around|some|over|more|than|by|to|from|reached|reach|total|totalled|cost|costs|were|was|is|are|be|been|and|with|at|up|down|only|just|further|another|estimated|lost|losses)$/i;
// Prose, not a cost line: "The trust has spent £0.91m". ("Lost activity" and "Other costs" are line labels.)
const ROW_VERB =
  /\b(?:is|was|were|are|has|have|had|reached|spent|totalled|rose|fell|will|would|said|says|arose|came)\b/i;

/** "the data entry figure of" → "data entry"; "Other costs" → "other"; "Lost activity (income)" → "lost activity". */
export function normaliseAspect(words: string): string {
  return words
    .toLowerCase()
    .replace(/\([^)]*\)?/g, " ")
    .replace(/[–—:;,.-]+\s*$/, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:the|a|an)\s+/, "")
    .replace(/(?:\s+(?:of|costs?|figure|at|was|were|is|totalled|came to|line|accounted|accounts|account|for))+$/, "")
    .trim();
}

const CLAUSE_BREAK = /[,;:()]|\s(?:after|while|but|whereas|although|before|when|because|and then|against)\s/gi;
const ATTRIBUTED_DOC =
  /\b(?:in|according to|says?|said)\s+(?:a|an|the|its|their)\s+((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?board\s+(?:paper|report|papers|minutes)|finance report|risk register|report to the board)/i;

// "told the committee yesterday", "confirmed on Tuesday": the verb governs the date, with no "that" between them.
const REPORTED_WHEN =
  /\b(?:said|says|told|tells|announced|confirmed|wrote|writes|reported|admitted|warned)\s+(?:(?!that\b)[\w'’-]+\s+){0,4}?(?:on|in|at|during)?\s*$/i;
const DOCUMENT_BEFORE =
  /\b(?:board|meeting|papers?|minutes|(?:finance|board|chief executive's|chief executive’s)\s+report)\b[^.;]{0,25}?\b(?:on|for|of|dated)\s+$/i;
const DOCUMENT_THIS = /\b(?:board(?: of directors)?|meeting|paper)\s+$/i;
const DOCUMENT_AFTER =
  /^\s+(?:\d{4}\s+)?(?:board|trust board|board paper|board papers|board meeting|meeting|report|paper|papers|minutes|edition|issue)\b/i;

export interface ClaimContext {
  sentences: Sentence[];
  mentions: Mentions;
}

/**
 * Checkable statements: (subject, predicate, value, when), read sentence by
 * sentence from the mentions the extractors found. The predicate list is data
 * (extractors/data/predicates.json); this code only applies it.
 */
export function extractClaims(
  doc: Pick<Doc, "text" | "pages" | "subject" | "kind"> & Partial<Pick<Doc, "publishedAt">>,
  ctx: ClaimContext,
): Claim[] {
  const { mentions } = ctx;
  // An article naming a trust once in passing is not about it: its unattributed figures get no subject.
  const docSubject = doc.subject ?? dominantTrust(mentions.stakeholders, doc.kind === "news" ? 2 : 1);
  // A board paper, minutes or a committee's summary speaks for the body named at its head: an unattributed "costs to
  // date are £38,500" is that body's, however often the paper names its supplier or a neighbouring trust.
  const publisher = doc.kind === "news" ? null : publisherOf(mentions.stakeholders, doc.kind === "other");
  // The actor a document is mostly about, among those a predicate can have: Cerner's results story is about Cerner
  // even if it names the Royal Free once. An article needs two mentions of it.
  const mainActors = new Map<string, string | null>();
  const mainActor = (p: Predicate): string | null => {
    const key = p.subject.join("|");
    if (!mainActors.has(key)) {
      // A review is the reviewer's, a contract the supplier's: one named in the document is the actor before any trust
      // the document names more often ("In a report published today, the committee says …" in a story about a trust).
      const own = TRUST_LIKE.includes(p.subject[0]!)
        ? null
        : mostMentioned(
            mentions.stakeholders,
            p.subject.filter((c) => !TRUST_LIKE.includes(c)),
            1,
            doc.text,
          );
      mainActors.set(
        key,
        own ?? mostMentioned(mentions.stakeholders, p.subject, doc.kind === "news" ? 2 : 1, doc.text),
      );
    }
    return mainActors.get(key)!;
  };
  const out: Claim[] = [];
  const seen = new Set<string>();
  // Minutes of a meeting name themselves at their head ("Minutes of the Trust Board meeting held on …").
  const minutes = doc.kind === "board-paper" && /\bminutes\b/i.test(doc.text.slice(0, 600));
  const trustOf = hospitalsToTrusts(mentions.stakeholders);
  const add = (given: Claim) => {
    const c = trustOf.has(given.subject) ? { ...given, subject: trustOf.get(given.subject)! } : given;
    const key = `${c.subject}|${c.predicate}|${c.value}|${c.aspect ?? ""}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(c);
  };

  // The maker inside a product's name ("Cerner" of "Cerner Millennium") is not an actor of the sentence.
  // (Looked up by position: a long text names thousands of systems.)
  const systemsOver = overlapIndex(mentions.stakeholders.filter((m) => m.type === "system").map((m) => m.span));
  const actorsOnly = mentions.stakeholders.filter(
    (m) =>
      m.type === "system" ||
      !systemsOver(m.span.start, m.span.end).some((x) => x.start <= m.span.start && m.span.end <= x.end),
  );

  const stakeholdersIn = spanIndex(actorsOnly);
  const datesIn = spanIndex(mentions.dates);
  const issuesIn = spanIndex(mentions.issues);
  // Bare figures in a table's cells and pence are amounts, but not yet statements: a table row becomes a claim only
  // with its label and column (the claim-check issue), and no predicate is measured in pence.
  const written = (m: MoneyMention) => /[£$€]|pounds|sterling|GBP|USD|EUR/i.test(m.text);
  const moneyIn = spanIndex(mentions.money.filter(written));
  const moneyOver = overlapIndex(mentions.money.map((m) => m.span));
  // A bare figure in a table under a caption giving its unit ("(£000)") is a statement with its row and column: in a
  // body's own paper, of that body's accounts. A table in someone else's report or an article has rows about several
  // bodies, which its rows do not name: its figures stay mentions.
  const cellsIn = spanIndex(
    doc.kind === "board-paper"
      ? mentions.money.filter((m) => !written(m) && /^\(?-?[\d,.]+\)?(?:\s?[AF])?$/.test(m.text))
      : [],
  );
  let lastTrust: { name: string; end: number } | null = null;
  // The figure stated last, in this sentence or the one before: "That takes the total to £1.6bn" goes on with it.
  let lastMoney: { predicate: Predicate; sentence: Sentence } | null = null;
  let lastCount = null as { predicate: Predicate; sentence: Sentence } | null;
  let previousSentence: Sentence | null = null;
  for (const s of ctx.sentences) {
    if (lastMoney && lastMoney.sentence !== s && lastMoney.sentence !== previousSentence) lastMoney = null;
    if (lastCount && lastCount.sentence !== previousSentence) lastCount = null;
    previousSentence = s;
    const actors = withDescribed(doc.text, s, stakeholdersIn(s.start, s.end), actorsOnly);
    // "Its board was told…" in an article about two trusts is the trust just named, not the article's main one.
    const follows =
      lastTrust && !doc.text.slice(lastTrust.end, s.start).includes("\n\n") && ANAPHOR.test(s.text)
        ? lastTrust.name
        : null;
    const fallback = (p: Predicate) =>
      doc.kind === "news" && follows
        ? follows
        : (doc.subject ??
          (publisher && p.subject.includes(categoryOf(publisher) ?? "") ? publisher : null) ??
          mainActor(p) ??
          docSubject);
    const trusts = actors.filter((a) => isTrust(a.canonical));
    if (trusts.length) lastTrust = { name: trusts[trusts.length - 1]!.canonical, end: s.end };
    const dates = datesIn(s.start, s.end);
    const money = moneyIn(s.start, s.end);
    const attribution = attributionOf(s, mentions);
    const base = (
      p: Predicate,
      start: number,
      end: number,
      value: number | string,
      when: Claim["when"],
      aspect: string | null = null,
      owner: string | null = null,
    ): Claim | null => {
      // An owner the words name ("CSC's £2.9bn deal") is the subject, alone; else the clause's actors decide.
      // A figure's actors named after it in a clause of their own ("£2.4m, of which NHS South Central has agreed to
      // contribute …", "£1,184k, reflecting consultancy bought from Tamberlane") are not its owners.
      const lead = doc.text.slice(s.start, start).trim();
      const fronted =
        !lead ||
        (/^(?:in|on|at|by|from|since|during|for|with|after|before|until|over)\b/i.test(lead) &&
          lead.split(/\s+/).length <= 3);
      const ownClause = p.value !== "date" && !fronted ? end : null;
      const [subject, ...others] = owner ? [owner] : subjectsFor(p, actors, fallback(p), doc.text, start, ownClause);
      if (!subject) return null;
      const claim: Claim = {
        subject,
        predicate: p.name,
        value,
        when,
        span: spanOf(doc, start, end),
        sentence: s.text,
        attribution: attribution(start),
        aspect,
      };
      // "go-lives at Hammersmith Hospital, St Mary's and St George's": one claim for each trust of the list.
      for (const other of others) add({ ...claim, subject: other });
      return claim;
    };
    for (const m of money) {
      const when = amountWhen(doc.text, s, m.span.start, m.span.end, dates);
      const owner = ownerOfAmount(doc.text, m, actors);
      // A rate ("£40,000 a month") is a figure of its own kind: never the same quantity as a total or a line.
      const rate = (aspect: string | null) => (m.per ? [aspect, `per ${m.per}`].filter(Boolean).join(" ") : aspect);
      // "The council has paid £21,600 … to TRH": the body that pays, spends or loses is the subject of its clause.
      const spender = spenderOf(doc.text, s, m, actors);
      const claim: Claim | null = owner
        ? base(ownedAmountPredicate(doc.text, m), m.span.start, m.span.end, m.amount, when, rate(null), owner.canonical)
        : moneyClaim(doc.text, s, m, m === money[0], lastMoney, (p, aspect) => {
            // A rate is never the total lost: "about £1m a month lost" is a running cost.
            const q = m.per && p.total ? byName("cost") : p;
            const who = q.name === "contract-value" ? null : (spender?.canonical ?? null);
            // "In Denmark, where hospitals spent €40m …": dollars and euros are an English trust's only when the
            // sentence names it; a supplier's or a programme's figures may be told in them.
            const named = actors.some((a) => a.type !== "person" && q.subject.includes(categoryOf(a.canonical) ?? ""));
            const unnamedTrust =
              !who && !named && !/\b(?:the|its) (?:trust|hospital)\b/i.test(s.text) && isTrust(fallback(q) ?? "");
            if (m.currency !== "GBP" && unnamedTrust) return null;
            return base(q, m.span.start, m.span.end, m.amount, when, rate(aspect), who);
          });
      if (claim) {
        add(claim);
        lastMoney = { predicate: byName(claim.predicate), sentence: s };
      }
    }
    for (const m of cellsIn(s.start, s.end)) {
      const cell = tableCellAt(doc.text, m.span.start, m.span.end);
      const row = cell && rowStatement(cell);
      // A table speaks for the body that publishes it, whatever its row labels name ("Licences (Meditrack UK)").
      const owner = row && fallback(row.predicate);
      const c = row && owner && base(row.predicate, m.span.start, m.span.end, m.amount, null, row.aspect, owner);
      if (c) add(c);
    }
    for (const c of countRows(doc.text, s, doc.kind, moneyOver)) {
      const owner = fallback(c.predicate);
      const claim = owner && base(c.predicate, c.start, c.end, c.value, null, c.aspect, owner);
      if (claim) add(claim);
    }
    const counted: Array<{ p: Predicate; at: number }> = [];
    let done: Predicate | null = null;
    const addCount = (p: Predicate, start: number, end: number, n: number) => {
      if (p.name === "backlog-count" && workDone(doc.text, s, start, end)) {
        // "14,000 records had been merged, leaving fewer than 900": what is left is the backlog.
        done = p;
        return;
      }
      if (counted.some((c) => c.at === start)) return;
      const c = base(p, start, end, n, amountWhen(doc.text, s, start, end, dates));
      if (c) {
        add(c);
        counted.push({ p, at: start });
        lastCount = { predicate: p, sentence: s };
      }
    };
    // "a backlog of 17,000 still to check", "of which a backlog of around 1,900 remained": a backlog, whatever it holds.
    for (const m of s.text.matchAll(BACKLOG_OF)) {
      const n = parseCount(m[1]!);
      const start = s.start + m.index! + m[0].length - m[1]!.length;
      if (n !== null && n >= 1 && !/^(?:19|20)\d\d$/.test(m[1]!))
        addCount(byName("backlog-count"), start, start + m[1]!.length, n);
    }
    for (const p of BY_KIND("count")) {
      if (!p.cueRes.every((r) => r.test(s.text))) continue;
      for (const m of s.text.matchAll(p.numberOfRe!)) {
        const n = parseCount(m[1]!);
        if (n === null || n < 1) continue;
        const start = s.start + m.index! + m[0].length - m[1]!.length;
        addCount(p, start, start + m[1]!.length, n);
      }
      for (const m of s.text.matchAll(p.countRe!)) {
        const n = parseCount(m[1]!);
        // "in 2008 patients …": a year before a noun is not a count of it; "2.5 Complaints" is a section's number.
        const year = /^(?:19|20)\d\d$/.test(m[1]!);
        if (n === null || n < 1 || year || /\d\.$/.test(s.text.slice(0, m.index!))) continue;
        // "2008/09 because outpatient attendances …": a year's part; "999 calls": the emergency line; "the two systems
        // recorded patients' numbers": a plural noun between a number and the noun counts itself, not the noun.
        if (/[\d/]$/.test(s.text.slice(0, m.index!)) || /^999\s+call/i.test(m[0])) continue;
        const between = m[0].slice(m[1]!.length).trim().split(/\s+/).slice(0, -1);
        if (between.some((w) => /[a-z]s$/i.test(w) && !/(?:ss|us|is)$/i.test(w))) continue;
        const start = s.start + m.index!;
        addCount(p, start, start + m[0].length, n);
      }
      // "the number of patients waiting … has fallen from 2,400 in January to 310", "3,150, down from a peak of 8,400":
      // the figures of a change of a count named before them in the sentence are counts of the same.
      const noun = p.nounRe!.exec(s.text) ?? (p.name === "backlog-count" ? /\bbacklogs?\b/i.exec(s.text) : null);
      // "has reduced the number of records awaiting validation from 17,500 in October to 11,200": the verb of change
      // may come before the noun; its figures come after it.
      if (noun && (CHANGED.test(s.text.slice(noun.index)) || CHANGED_BEFORE.test(s.text.slice(0, noun.index)))) {
        for (const m of s.text.slice(noun.index).matchAll(CHANGE_FIGURE)) {
          const n = parseCount(m[1]!);
          if (n === null || n < 1 || /^(?:19|20)\d\d$/.test(m[1]!)) continue;
          const start = s.start + noun.index + m.index! + m[0].length - m[1]!.length;
          addCount(p, start, start + m[1]!.length, n);
        }
      }
    }
    // "212 defects, 31 of them critical", "of which 6 remained", "At 30 September, 410 remained": a part of the count
    // just stated, or what is left of it, is a count of the same.
    const partOf = counted.length ? counted[counted.length - 1]!.p : (done ?? lastCount?.predicate);
    if (partOf) {
      for (const m of s.text.matchAll(PART_LEFT)) {
        const figure = m[1] ?? m[2] ?? m[3] ?? m[4]!;
        const n = parseCount(figure);
        if (n === null || n < 1 || /^(?:19|20)\d\d$/.test(figure)) continue;
        const start = s.start + m.index! + m[0].indexOf(figure);
        addCount(partOf, start, start + figure.length, n);
      }
    }
    // "a November board paper", "the board meeting on 26 November": dates of documents and meetings, not of events.
    const before = (d: DateMention, n: number) => doc.text.slice(Math.max(s.start, d.span.start - n), d.span.start);
    const after = (d: DateMention, n: number) => doc.text.slice(d.span.end, Math.min(s.end, d.span.end + n));
    const documentDates = dates.filter(
      (d) =>
        DOCUMENT_AFTER.test(doc.text.slice(d.span.end, d.span.end + 30)) ||
        DOCUMENT_BEFORE.test(before(d, 50)) ||
        // "a paper to the board of directors this month": the paper's month.
        (/^(?:this|last) (?:month|week)$/i.test(d.text) && DOCUMENT_THIS.test(before(d, 50))),
    );
    // "told the committee yesterday that …": when it was said, not when it happens, if the sentence dates the event too.
    // "by the end of October" next to a figure: the period of the figure, not an event.
    // A board's decision is dated by its meeting: "agreed at a meeting on 8 March".
    const decided = fits(byName("board-decision"), s.text);
    let decisionDated = false;
    const eventDates = dates.filter(
      (d) =>
        (decided || !documentDates.includes(d)) &&
        // ("says the April go-live has been deferred": a month that names a thing is not when it was said.)
        !(
          REPORTED_WHEN.test(before(d, 60)) &&
          !/\b(?:the|its|their|a|an)\s+$/i.test(before(d, 8)) &&
          dates.length - documentDates.length > 1
        ) &&
        !(money.length && UP_TO.test(before(d, 24))),
    );
    for (const d of eventDates) {
      const own = clauseAround(doc.text, s, d.span.start, d.span.end);
      // A list ("in outpatients, inpatients and the emergency department on 7 June") or an aside ("went live with
      // Millennium, supplied by BT, on 4 July") splits a clause at its commas: a date alone in its piece takes the whole.
      const split =
        !BY_KIND("date").some((q) => q.cueRes[0]!.test(eventWords(own))) &&
        (LIST_GOES_ON.test(own.replace(/^,/, "")) || BARE_DATE_PHRASE.test(own.replace(/^,/, "")));
      // "after go-live", "at go-live": the go-live as a point of reference, not an event the sentence dates.
      const clause = eventWords(split ? clauseAround(doc.text, s, d.span.start, d.span.end, true) : own);
      const sentence = eventWords(s.text);
      // "go-live was moved in January", "postponed on 3 March": when the date moved, which is no event of its own.
      if (MOVED_WHEN.test(before(d, 40))) continue;
      // A date fronted in its own short clause ("In June 2008, the trust went live") takes the sentence's predicate.
      // So does the only date of a sentence ("The programme, known as …, began on 6 October"), unless it is a
      // financial year or quarter, which date figures ("a shortfall of £3m for 2008/09 … since it went live").
      const fronted =
        eventDates[0] === d &&
        clause.trim().split(/\s+/).length <= 6 &&
        doc.text.slice(s.start, d.span.start).trim().split(/\s+/).length <= 3;
      const sole = eventDates.length === 1 && d.granularity !== "financial-year" && d.granularity !== "quarter";
      // The clause's own words first; then its event word with the thing it happens to named elsewhere in the sentence
      // ("The go-live, originally planned for 16 June, was postponed": "planned" is in the date's clause, "go-live" not).
      let p: Predicate | undefined =
        BY_KIND("date").find((q) => fits(q, clause)) ??
        BY_KIND("date").find(
          (q) => q.cueRes[0]!.test(clause) && fits(q, sentence) && !q.notRes.some((r) => r.test(clause)),
        ) ??
        (fronted || sole ? BY_KIND("date").find((q) => fits(q, sentence)) : undefined);
      if (!p) continue;
      // "went live in April, after planned dates in December and March slipped": go-live escalates on its clause only,
      // a planned date on the whole sentence ("planned for December and then March, and both dates slipped").
      for (let step = 0; step < 2 && p.escalate; step++) {
        const scope: string = p.name === "go-live" ? clause : sentence;
        const over: Predicate | undefined = p.escalate
          .map((name) => PREDICATES.find((q) => q.name === name)!)
          .find((q) => fits(q, scope));
        if (!over) break;
        p = over;
      }
      // "postponed until August", "put back to 2012": the date it moved to is the new plan, not the date missed,
      // unless what follows says it slipped too ("then moved to March 2008; both dates slipped").
      const delayed = byName("go-live-delayed");
      if (
        (p === delayed || p.name === "board-decision") &&
        MOVED_TO.test(before(d, 110)) &&
        !delayed.cueRes[0]!.test(doc.text.slice(d.span.end, s.end))
      )
        p = byName("go-live-planned");
      // "moved in January from 7 February", "put back from 2009 to 2012": the date it moved from was missed.
      if (p.name.startsWith("go-live") && MOVED_FROM.test(before(d, 110))) p = delayed;
      // "Deployments at three trusts are now expected …", "further deployments are planned for Q3": go-lives of others
      // than the document's subject, unnamed, when the sentence names no trust.
      if (p.name.startsWith("go-live") && !trusts.length && OTHERS_GO_LIVE.test(clause)) continue;
      // "will not now happen until October", "not expected before 2013", "no earlier than November": the new plan.
      if (p.name.startsWith("go-live") && (NOT_UNTIL.test(before(d, 60)) || AT_THE_EARLIEST.test(after(d, 20))))
        p = byName("go-live-planned");
      // "rescheduled from 2 November 2009 to 22 February 2010": one span in words, two dates in fact.
      const value = dateValue(d);
      if (
        p.name.startsWith("go-live") &&
        value.includes("/") &&
        (/^from\b/i.test(d.text) || /\bfrom\s+$/i.test(before(d, 6))) &&
        MOVED.test(before(d, 60))
      ) {
        const [missed, next] = spanEnds(d);
        for (const [q, v] of [
          [delayed, missed],
          [byName("go-live-planned"), next],
        ] as const) {
          const c = base(q, d.span.start, d.span.end, v, whenOf(d));
          if (c) add(c);
        }
        continue;
      }
      // "The Board approved go-live on Saturday 8 December": the date is what was decided, a planned go-live.
      if (p.name === "board-decision" && DECIDED_DATE.test(before(d, 40))) p = byName("go-live-planned");
      const c = base(p, d.span.start, d.span.end, value, whenOf(d));
      if (c) {
        add(c);
        if (p.name === "board-decision") decisionDated = true;
      }
    }
    // "The board was told in November that staff were checking 11,000 records by hand", "a report to the July board
    // said 4,000 letters had not been printed", "testing in February found …": the telling dates the problems' report.
    if (issuesIn(s.start, s.end).length || PROBLEM_WORDS.test(s.text)) {
      const told = dates.find(
        (d) =>
          TOLD_WHEN.test(before(d, 60)) ||
          (REPORT_TO_BOARD.test(before(d, 40)) && DOCUMENT_AFTER.test(after(d, 30))) ||
          (CHECKED_WHEN.test(before(d, 40)) && FOUND_AFTER.test(after(d, 30))),
      );
      const c =
        told && base(byName("problems-reported"), told.span.start, told.span.end, dateValue(told), whenOf(told));
      if (c) add(c);
    }
    // Minutes record decisions of the meeting they minute: "RESOLVED: the Board approved …" is dated by it.
    if (decided && !decisionDated && minutes && doc.publishedAt) {
      const c = base(byName("board-decision"), s.start, s.end, doc.publishedAt, {
        from: doc.publishedAt,
        to: doc.publishedAt,
        granularity: "day",
        qualifier: null,
      });
      if (c) add(c);
    }
  }
  // A go-live happens once: "went live last month" beside "went live on 21 June" restates that day at a coarser
  // precision, and is no second event.
  const restates = (c: Claim) =>
    c.predicate === "go-live" &&
    c.when !== null &&
    out.some(
      (o) =>
        o.predicate === c.predicate &&
        o.subject === c.subject &&
        o.when !== null &&
        c.when!.from <= o.when.from &&
        o.when.to <= c.when!.to &&
        (c.when!.from !== o.when.from || o.when.to !== c.when!.to),
    );
  return out.filter((c) => !restates(c));
}

function moneyClaim(
  text: string,
  s: Sentence,
  m: MoneyMention,
  first: boolean,
  last: { predicate: Predicate; sentence: Sentence } | null,
  make: (p: Predicate, aspect: string | null) => Claim | null,
): Claim | null {
  const lead = text.slice(Math.max(s.start, m.span.start - 60), m.span.start);
  const kinds = BY_KIND("money");
  const cost = kinds.find((p) => p.name === "cost")!;
  // "… £7.2m, including £1.3m of lost activity and £1.2m for additional staff": the later figures are lines of the first.
  const component = COMPONENT_BEFORE.exec(lead);
  const pre = text.slice(s.start, m.span.start);
  if (component || PART_OF.test(pre) || (!first && BREAKDOWN.test(pre))) {
    // "made up of £820,000 of staffing and £530,000 of income that could not be billed": a line that is income lost.
    const own = text.slice(m.span.end, Math.min(s.end, m.span.end + 80)).split(/[,;]|\band\b/)[0]!;
    // (Income only "at risk" is still a line of the cost it is part of: not lost, and no rival of the total.)
    const shortfall = kinds.find((p) => p.name === "income-shortfall" && fits(p, own) && !/\bat risk\b/i.test(own));
    if (shortfall) return make(shortfall, null);
    // "£930k of the adverse position", "of which £4.47m relates to elective work" (a shortfall's): a part of a loss or a
    // shortfall is a part of the same.
    if (/^\s*of the (?:adverse|overall|total) (?:position|variance|impact|overspend)\b/i.test(own))
      return make(byName("loss"), null);
    // "of which CSC has agreed to contribute £500,000": money coming in, no line of the cost.
    if (RECEIVED_BEFORE.test(lead) || RECEIVED_AFTER.test(text.slice(m.span.end, Math.min(s.end, m.span.end + 30))))
      return null;
    const after = ASPECT_AFTER.exec(text.slice(m.span.end, Math.min(s.end, m.span.end + 60)));
    const words = component ? normaliseAspect(component[1]!) : after ? normaliseAspect(after[1]!) : null;
    const line = words && !words.split(/\s+/).every((w) => NOT_ASPECT.test(w)) ? words : null;
    // A part with no words of its own of a shortfall just stated is a part of that shortfall.
    if (!line && last?.predicate.name === "income-shortfall" && last.sentence === s) return make(last.predicate, null);
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
    !aspectWords.split(/\s+/).every((w) => NOT_ASPECT.test(w)) &&
    (isRow || !ROW_VERB.test(aspectWords)) &&
    !/\b(?:of which|of it)\b/.test(lead.slice(-20))
      ? aspectWords
      : null;
  const clause = clauseAround(text, s, m.span.start, m.span.end);
  // A company's revenue, sales or profit is no predicate's figure: not a cost, whoever's it is. Nor is money coming in
  // ("received £4m", "£2m of central funding", "a £30m fund"): the body it goes to neither spent nor lost it.
  const near = text.slice(Math.max(s.start, m.span.start - 60), m.span.start);
  const after = text.slice(m.span.end, Math.min(s.end, m.span.end + 30));
  if (
    ((TRADING.test(near) && !SPENDING.test(near.slice(near.search(TRADING_WORD)))) ||
      RECEIVED_BEFORE.test(near) ||
      RECEIVED_AFTER.test(after)) &&
    !kinds.some((p) => p.name !== "cost" && fits(p, clause))
  )
    return null;
  // "The Board is asked to approve … an additional cost of £0.38m": a proposal, not yet a fact. Nor is what a slip
  // "would add", what a figure "could rise to", or what another body would underwrite.
  if (PROPOSAL.test(s.text) || hypothetical(near, after)) return null;
  // "savings of £18.2m against a plan of £19.5m": a target is no saving, nor a cost.
  if (TARGET_BEFORE.test(lead) && /\bsav(?:ing|ings|ed|e)\b/i.test(s.text)) return null;
  // A line of a breakdown ("data entry £3.789m") is a component cost; a "total" line is the loss itself.
  if (aspect && !/\btotal\b/.test(aspect)) {
    const special = kinds.find((p) => p.name !== "loss" && p.name !== "cost" && fits(p, clause));
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
  const position = /\b(?:deficit|surplus|annual budget|turnover)\b/i.test(clause);
  if (position && !kinds.some((q) => q.name !== "cost" && fits(q, clause))) return null;
  const p =
    kinds.find((q) => fits(q, clause)) ??
    (position ? undefined : kinds.find((q) => (first || !q.total) && fits(q, s.text)));
  if (p) return make(p, null);
  if (position) return null;
  // "That takes the total for the year to £1.6bn", "which works out at £1m a month": the figure goes on with the one
  // stated just before, and states what it stated.
  return last && (m.per || CONTINUES.test(clause)) ? make(last.predicate, null) : null;
}

// "would add £250k", "could rise to £2.5m … if recording does not improve": a figure on a condition, not a forecast.
const WOULD_GROW = /\bwould\s+(?:\w+\s+)?(?:add|rise|increase|reach|grow|double|climb)\b[^.;]*$|\bunderwrite\b[^.;]*$/i;
const COULD_GROW = /\b(?:could|might|may)\s+(?:\w+\s+)?(?:add|rise|increase|reach|grow|double|climb)\b[^.;]*$/i;
const hypothetical = (before: string, after: string) =>
  WOULD_GROW.test(before) || (COULD_GROW.test(before) && /\b(?:if|unless)\b/i.test(after));
const PROPOSAL =
  /^\s*(?:[\d.]+\s+)?(?:the )?(?:board|committee|trust board|members?) (?:is|are) (?:asked|invited|recommended) to\b/i;
const TARGET_BEFORE =
  /\bagainst (?:a |the |its )?(?:plan|target|planned|plans|budget target)(?: [\w-]+)? of\s+(?:about\s+|around\s+)?$/i;
const CONTINUES =
  /\b(?:total|totals|totalling|totalled|overall|altogether|in all|takes? (?:the|its)|taking (?:the|its)|bringing|brings|works? out at|working out at|a further)\b/i;
const TRADING_WORD =
  /\b(?:revenues?|turnover|sales|profits?|earnings|operating income|market value|share price|shares|stock|depositary receipts)\b/i;
const TRADING = new RegExp(`${TRADING_WORD.source}[^.;]*$`, "i");
// Between the trading word and the amount, words of spending: "a turnover of £250m, said the system cost £12m".
const SPENDING = /\b(?:cost|costs|spent|spend|paid|pay|budget|said|says|lost|loss)\b/i;
const RECEIVED_BEFORE =
  /\b(?:received|receives|receiving|given|granted|awarded|allocated|handed|compensated with|compensation of|funding of|grant of|bail-?out of|contributions? of|(?:agreed|offered|promised|pledged) to contribute|(?:is|are|was|were) to (?:get|receive))\s+(?:an? |the )?(?:extra |further |additional |one-off |of |about |around |some |nearly |almost |more than |up to )*$/i;
const RECEIVED_AFTER =
  /^\s*(?:of\s+(?:\w+\s+){0,2}?)?(?:fund|funding|grant|grants|compensation|bail-?out|contributions?|service credits?)\b/i;
const TRUST_LIKE = ["nhs-trust", "hospital", "council"];
const DECIDED_DATE =
  /\b(?:go-live|go live|going live|launch|switch-?over|implementation|cutover|cut-over)(?:\s+(?:of|with)(?:\s+[\w'’-]+){1,4}?)?\s+(?:on|for|in|from|by|date of)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?$/i;

// "the committee says", "the department had spent": a body the text has named, referred to by what it is.
const DESCRIBED = /\bthe (committee|department|council|commission|company|firm|supplier|contractor|programme)\b/gi;
const DESCRIBED_CATEGORY: Record<string, string[]> = {
  committee: ["parliament"],
  department: ["government"],
  council: ["council"],
  commission: ["regulator"],
  company: ["supplier"],
  firm: ["supplier"],
  supplier: ["supplier"],
  contractor: ["supplier"],
  programme: ["programme"],
};

/**
 * The sentence's actors with each "the committee", "the company" … taken as a mention of the body of that kind
 * named last before it (in this sentence or an earlier one), so the clause it is the subject of has its actor.
 */
function withDescribed(
  text: string,
  s: Sentence,
  actors: StakeholderMention[],
  all: StakeholderMention[],
): StakeholderMention[] {
  const extra: StakeholderMention[] = [];
  for (const m of s.text.matchAll(DESCRIBED)) {
    const start = s.start + m.index!;
    const end = start + m[0].length;
    if (actors.some((a) => a.span.start < end && start < a.span.end)) continue;
    const wanted = DESCRIBED_CATEGORY[m[1]!.toLowerCase()]!;
    let named: StakeholderMention | undefined;
    // The last such body before it: a binary search to the place, then back (a long text names thousands).
    for (let i = firstNotBefore(all.length, (j) => all[j]!.span.start < start) - 1; i >= 0 && !named; i--) {
      const a = all[i]!;
      if (a.type !== "person" && wanted.includes(categoryOf(a.canonical) ?? "")) named = a;
    }
    if (named) extra.push({ ...named, text: text.slice(start, end), span: { ...named.span, start, end } });
  }
  return extra.length ? [...actors, ...extra].sort((a, b) => a.span.start - b.span.start) : actors;
}
const byName = (name: string) => PREDICATES.find((p) => p.name === name)!;
// "entered wrongly at go-live", "the Friday before go-live", "five weeks after go-live": the go-live as a point of
// reference. Not when a date follows it ("Following go-live in late 2007, …"), which dates the go-live itself.
const GO_LIVE_AS_TIME =
  /\b(?:at|before|after|since|following|until|ahead of|post|pre|prior to|from)[- ](?:the\s+|its\s+)?go[- ]?live\b(?!\s+(?:on|in|of|at|was|took|had|has)\b)/gi;
const eventWords = (text: string) => text.replace(GO_LIVE_AS_TIME, (m) => " ".repeat(m.length));
const MOVED_WHEN =
  /\b(?:moved|put back|pushed back|postponed|delayed|deferred|rescheduled|brought forward)\s+(?:(?:its|the|their)\s+(?:[\w-]+\s+)?(?:go-live|deployment|launch|roll-?out|implementation)\s+)?(?:again\s+)?(?:in|on|at|during)\s+(?:early\s+|late\s+|mid-?)?$/i;
const MOVED =
  /\b(?:moved|put back|pushed back|postponed|delayed|deferred|defer|rescheduled|slipped|brought forward|move|postpone|delay|reschedule)\b[^.;:]{0,50}$/i;
const NOT_UNTIL =
  /\b(?:not\s+(?:now\s+)?(?:happen|take place|go ahead|go live|be live|be in place|be expected|expected|be complete|be completed|due)\s+(?:until|before|till)|no earlier than)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?$/i;
/** The two ends of a written span at the precision each was written: "2 November 2009 to 22 February 2010". */
function spanEnds(d: DateMention): [string, string] {
  const [first = "", second = ""] = d.text.replace(/^from\s+/i, "").split(/\s+(?:to|until|till|and)\s+|\s*[-–]\s*/);
  const at = (part: string, iso: string) =>
    DAY_WRITTEN.test(part) ? iso : /^\d{4}$/.test(part.trim()) ? iso.slice(0, 4) : iso.slice(0, 7);
  return [at(first, d.from), at(second, d.to)];
}
const DAY_WRITTEN = /\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|\b[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)/;
const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+|\d+)\b(?![.,]\d|%| per cent|\s*(?:weeks?|days?|months?|years?|hours?|minutes?|per\b|a (?:week|day|month)|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)`;
const BACKLOG_OF = new RegExp(
  String.raw`\bbacklogs? of\s+(?:about\s+|around\s+|some\s+|more than\s+|nearly\s+|almost\s+|over\s+)?${FIGURE}`,
  "gi",
);
const CHANGED =
  /\b(?:rose|risen|rising|fell|fallen|falling|down|up|increased|decreased|reduced|dropped|come down|gone up|cut|peak|peaked|grown|grew|climbed|doubled|halved|stood at|stands at|reached)\b/i;
const CHANGED_BEFORE = /\b(?:reduced|cut|brought down|increased|halved|doubled)\s+(?:the|its|their)\b[^.;,]{0,50}$/i;
const CHANGE_FIGURE = new RegExp(
  String.raw`\b(?:from|to|of|at|reached)\s+(?:a (?:peak|high|low) of\s+|about\s+|around\s+|some\s+|more than\s+|fewer than\s+|less than\s+|nearly\s+|almost\s+|just over\s+|just under\s+)?${FIGURE}(?!\s+[a-z]{3,}\b(?<!\b(?:in|at|by|on|and|from|to|the|since|before|after|during|when)))`,
  "gi",
);
const PART_LEFT = new RegExp(
  String.raw`\bof which\s+(?:a backlog of\s+)?(?:about\s+|around\s+|some\s+|only\s+)?${FIGURE}|(?<![\d.,£$€])${FIGURE}\s+(?:of (?:them|these|those)|(?:still\s+)?remain(?:ed|s)?\b|(?:are|were) still|still to\b)|\ba further\s+${FIGURE}\s+(?:remain|still|are still|were still)|\bleaving\s+(?:about\s+|around\s+|some\s+|only\s+|just\s+|fewer than\s+|more than\s+)?${FIGURE}`,
  "gi",
);
/** "41,600 pathways have been checked", "had reviewed 41,000 of the 58,000 pathways": work done, not a backlog. */
function workDone(text: string, s: Sentence, start: number, end: number): boolean {
  const lead = text.slice(Math.max(s.start, start - 40), start);
  const rest = text.slice(end, Math.min(s.end, end + 60));
  return (
    /\b(?:checked|validated|reviewed|cleared|processed|merged|resolved|corrected|scanned|typed)\s+(?:about\s+|around\s+|some\s+|more than\s+)?$/i.test(
      lead,
    ) ||
    /\bof the\s+$/i.test(lead) ||
    /^\s+(?:[\w-]+\s+){0,3}?(?:have|has|had) (?:now )?been (?:checked|validated|reviewed|cleared|processed|merged|resolved|corrected|scanned|typed)\b/i.test(
      rest,
    )
  );
}
const OTHERS_GO_LIVE =
  /\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|other|further|more|remaining|some|many|new)\s+(?:[\w-]+\s+){0,2}?(?:trusts|hospitals|sites|deployments|go-lives|roll-?outs|installations)|no (?:new |further |more )?(?:[\w-]+\s+)?(?:trusts?|go-lives?|deployments?))\b/i;
const PROBLEM_WORDS =
  /\b(?:problems?|difficult(?:y|ies)|errors?|faults?|defects?|could not|cannot|can't|unable|missing|backlogs?|harder than|failed|failures?|by hand|not (?:been )?(?:printed|sent|built|transferred|recorded|booked)|duplicates?|lost)\b/i;
const TOLD_WHEN =
  /\b(?:told|reported|alerted|warned|informed|admitted)\b(?:(?!\bthat\b)[^.;]){0,80}?\b(?:in|on|at|during|last)\s+(?:early\s+|late\s+|mid-?)?$/i;
const REPORT_TO_BOARD = /\b(?:report|paper)s? to (?:the |its )?(?:trust['’]s |trust )?$/i;
const CHECKED_WHEN =
  /\b(?:testing|tests?|test load|load test|rehearsals?|trials?|audits?|an audit|a review|checks?|validation|published|issued)\s+(?:in|on|during)\s+$/i;
const FOUND_AFTER =
  /^\s*,?\s*(?:had\s+)?(?:found|showed|shown|shows|revealed|reveals|identified|uncovered|admits|admitted)\b/i;
const AT_THE_EARLIEST = /^\s*,?\s*at the earliest\b/i;
const MOVED_FROM =
  /\b(?:moved|put back|pushed back|postponed|postponement|delayed|deferred|defer|rescheduled|slipped|slipping|moving|brought forward)\b[^.;:]{0,80}?\bfrom\s+(?:(?:the\s+)?(?:(?:planned|original|agreed)\s+)?(?:go-live\s+)?date\s+of\s+|(?:early|late|mid-?)\s*)?$/i;
const MOVED_TO =
  /\b(?:postponed|delayed|put back|pushed back|moved(?: back)?|rescheduled|deferred|slipped|slip|postpone|delay|move|moving)\s+(?:(?:the\s+|its\s+)?(?:go-live|go live|launch|deployment|date|it|this)\s+)?(?:again\s+)?(?:from\s+(?:[\w/-]+\s+){1,3})?(?:until|to|till|into)\s+(?:(?:the\s+)?(?:end|start|beginning|middle)\s+of\s+|early\s+|mid-?\s*|late\s+)?$|\b(?:postponed|delayed|put back|pushed back|moved|rescheduled|deferred|defer|slipped|postpone|delay|move)\b[^.;:]{0,80}?\bfrom\s+(?:[\w/-]+\s+){1,4}(?:until|to|till|into)\s+$/i;

/**
 * What a figure in a finance table states, read from its row's label and its column's heading: every cell of a cost
 * line is a cost (actual, budget and forecast alike, each its own aspect); an income line states a shortfall only in
 * its adverse (negative) cells, the income itself being no claim; a total of an adverse variance or an impact is the
 * loss. A favourable variance or a change column restates the others and is left out.
 */
function rowStatement(cell: TableCell): { predicate: Predicate; aspect: string | null } | null {
  const label = normaliseAspect(cell.label);
  const section = cell.section ? normaliseAspect(cell.section) : "";
  const column = cell.column ? normaliseAspect(cell.column) : "";
  const aspect = column ? `${label}, ${column}` : label;
  const change = /\b(?:variance|var|change|movement|difference|over|under)\b|%/.test(column);
  // Money coming in (funding, a contribution, compensation, a recovery) is no cost of the body that receives it.
  const received =
    /\b(?:fund(?:ing|ed)?|contributions?|compensation|grants?|credits?|recovered|recoveries|reimburse(?:d|ment)|received|receipts?)\b/;
  if (received.test(label) || received.test(section)) return null;
  // A surplus is what is left of income after costs: neither a cost nor a loss; "Surplus/(deficit)" in brackets is.
  if (/\bsurplus\b/.test(label))
    return /\bdeficit\b/.test(cell.label.toLowerCase()) && cell.negative && !change
      ? { predicate: byName("loss"), aspect: null }
      : null;
  // Savings are what was delivered: a plan's or a target's figure is not yet saved.
  if (/\bsavings?\b|\bcip\b/.test(`${label} ${section}`))
    return change || /\b(?:budget|plan|planned|target)\b/.test(column)
      ? null
      : { predicate: byName("savings"), aspect };
  const shortfall = byName("income-shortfall");
  // A row's kind is in its label, else its section's name, else the table's caption ("Clinical income affected …").
  // (A caption of income and expenditure names both: its rows say which they are.)
  const caption = (cell.caption ?? "").toLowerCase();
  const kind = `${label} ${section || (/\b(?:expenditure|costs?|spend(?:ing)?)\b/.test(caption) ? "" : caption)}`;
  if (/\b(?:income|revenue)\b/.test(kind)) {
    if (fits(shortfall, label)) return { predicate: shortfall, aspect: null };
    // An income line states a shortfall only where it is adverse; the income itself is no claim.
    return cell.negative ? { predicate: shortfall, aspect: null } : null;
  }
  if (/\b(?:adverse|impact|deficit|loss|losses|shortfall)\b/.test(label))
    return { predicate: byName("loss"), aspect: null };
  // An overspend is a cost of its own; an underspend is no cost.
  if (change && !cell.negative) return null;
  return { predicate: byName("cost"), aspect };
}

const COUNT_CELL = /(?<![\w.,£$€])\d{1,3}(?:,\d{3})+(?![\w.,%])|(?<![\w.,£$€])\d+(?![\w.,%])/g;

/**
 * Counts in the rows of a table in a body's own paper ("Clinic letters awaiting typing   1,100   4,650"): each
 * figure of a row whose label names what a count predicate counts is a claim, its column (a month) its aspect.
 */
function countRows(
  text: string,
  s: Sentence,
  kind: Doc["kind"],
  money: (start: number, end: number) => unknown[],
): Array<{ predicate: Predicate; start: number; end: number; value: number; aspect: string | null }> {
  if (kind !== "board-paper") return [];
  const out: Array<{ predicate: Predicate; start: number; end: number; value: number; aspect: string | null }> = [];
  for (const m of s.text.matchAll(COUNT_CELL)) {
    const start = s.start + m.index!;
    const end = start + m[0].length;
    if (money(start, end).length) continue;
    const cell = tableCellAt(text, start, end);
    if (!cell) continue;
    const value = Number(m[0].replace(/,/g, ""));
    if (!value || (/^(?:19|20)\d\d$/.test(m[0]) && !m[0].includes(","))) continue;
    const label = cell.label.toLowerCase();
    const predicate = BY_KIND("count").find(
      (p) =>
        p.nounRe!.test(label) &&
        // A row's label is short: complaints and problems are counted as such, the rest need their cue ("awaiting").
        (p.name === "complaints-count" || p.name === "problem-count" || p.cueRes.every((r) => r.test(label))),
    );
    if (predicate)
      out.push({ predicate, start, end, value, aspect: cell.column ? normaliseAspect(cell.column) : null });
  }
  return out;
}

const LIST_GOES_ON = /^\s*(?:[\w'’-]+\s+){1,3}(?:and|or)\s/;
const BARE_DATE_PHRASE = /^\s*(?:on|in|from|by|at|during|over)\s+(?:the\s+)?(?:[\w'’-]+\s*){1,5}$/i;

/** The clause holding [start, end): sentences like "went live in April after dates in December and March slipped" hold two events. */
function clauseAround(text: string, s: Sentence, start: number, end: number, widen = false): string {
  let from = s.start;
  let previous = s.start;
  let to = s.end;
  for (const m of s.text.matchAll(CLAUSE_BREAK)) {
    const at = s.start + m.index!;
    if (at + m[0].length <= start) {
      // Widened, a clause takes the one before it across the comma of a list: "went live in outpatients, inpatients
      // and the emergency department on 7 June" is one clause that its list splits.
      if (widen && m[0] === ",") continue;
      previous = from;
      from = at;
    } else if (at >= end) {
      to = at;
      break;
    }
  }
  // A field's value takes its label: "Date added: 14 February 2008 | Last reviewed: …".
  if (
    text[from] === ":" &&
    text
      .slice(previous, from)
      .replace(/^[|,;:(]/, "")
      .trim()
      .split(/\s+/).length <= 4
  )
    from = previous;
  return text.slice(from, to);
}

/**
 * The actor a document is mostly about among `categories`: the most mentioned of the earliest category
 * named more than half as often as the most mentioned of all (a trust's story names BT often too; Cerner's
 * results story names a trust in passing).
 */
function mostMentioned(
  stakeholders: StakeholderMention[],
  categories: string[],
  atLeast: number,
  text: string,
): string | null {
  const counts = new Map<string, { n: number; rank: number }>();
  for (const s of stakeholders) {
    const rank = categories.indexOf(categoryOf(s.canonical) ?? "");
    if (s.type === "person" || rank < 0) continue;
    counts.set(s.canonical, { n: (counts.get(s.canonical)?.n ?? 0) + 1, rank });
  }
  // "the trust" is the trust the text names most: it counts for that one.
  const trusts = [...counts].filter(([name]) => categoryOf(name) === "nhs-trust").sort((a, b) => b[1].n - a[1].n);
  if (trusts.length) trusts[0]![1].n += text.match(/\bthe trust\b/gi)?.length ?? 0;
  const ranked = [...counts].sort((a, b) => b[1].n - a[1].n);
  const top = ranked[0];
  if (!top || top[1].n < atLeast) return null;
  const strong = ranked.filter(([, c]) => c.n >= atLeast && c.n > top[1].n / 2);
  return strong.sort((a, b) => a[1].rank - b[1].rank || b[1].n - a[1].n)[0]![0];
}

/**
 * The claim's subject: an actor of the predicate's preferred categories, the one named nearest before the
 * value when there are several ("the Royal Free went live in June 2008 and Barts in April"), with the rest
 * of a list it heads ("Hammersmith, St Mary's and St George's"). With `clauseFrom` (the end of a figure), an actor named
 * after it beyond a clause break is not a candidate.
 */
function subjectsFor(
  p: Predicate,
  actors: StakeholderMention[],
  docSubject: string | null,
  text: string,
  at: number,
  clauseFrom: number | null = null,
): string[] {
  const apart = (x: StakeholderMention) =>
    clauseFrom !== null &&
    x.span.start >= clauseFrom &&
    /[,;:(]|\b(?:of which|and|but|which|who|while|whereas|reflecting|after|because|although)\b/i.test(
      text.slice(clauseFrom, x.span.start),
    );
  for (const category of p.subject) {
    const of = actors.filter((x) => x.type !== "person" && categoryOf(x.canonical) === category && !apart(x));
    if (!of.length) continue;
    const before = of.filter((x) => x.span.end <= at);
    const head = before.length ? before[before.length - 1]! : of[0]!;
    // A list is read from its first member; the member nearest the value may be its last.
    let first = of.indexOf(head);
    while (first > 0 && /^\s*(?:,|and|&|, and)\s*$/.test(text.slice(of[first - 1]!.span.end, of[first]!.span.start)))
      first--;
    of.splice(0, first);
    const list = [of[0]!];
    for (const next of of.slice(1)) {
      if (!/^\s*(?:,|and|&|, and)\s*$/.test(text.slice(list[list.length - 1]!.span.end, next.span.start))) break;
      list.push(next);
    }
    return [...new Set(list.map((a) => a.canonical))];
  }
  return docSubject ? [docSubject] : [];
}

const ANAPHOR =
  /^(?:(?:in|by|on|at|from|since|during|then)\s+[\w ]{1,25}?,?\s+)?(?:its|it|the trust(?:'s|’s)?|the hospital(?:'s|’s)?|there)\b/i;

/**
 * Whose figure it is, when the words around the amount say so before any clause does: a possessive ("CSC's £2.9bn
 * deal", "BT's £1bn London contract") or the name the amount qualifies ("the NHS's £12.7bn National Programme for
 * IT"). A programme's budget or a supplier's contract written inside a sentence about a trust is not the trust's.
 */
function ownerOfAmount(text: string, m: MoneyMention, actors: StakeholderMention[]): StakeholderMention | null {
  const before = text.slice(Math.max(0, m.span.start - 40), m.span.start);
  const possessive = /['’]s\s+(?:(?:estimated|original|total|revised|new|initial|annual|reported|planned)\s+)?$/.exec(
    before,
  );
  if (possessive) {
    const at = m.span.start - possessive[0].length;
    const owner = actors.find((a) => a.type !== "person" && a.span.end === at);
    if (owner && !["nhs-trust", "council"].includes(categoryOf(owner.canonical) ?? "")) return owner;
  }
  const after = text.slice(m.span.end, m.span.end + 40);
  const lead = /^\s+(?:(?:[a-z-]+|IT|NHS)\s+){0,2}/.exec(after)?.[0] ?? "";
  const named = actors.find(
    (a) =>
      a.span.start === m.span.end + lead.length && (a.type === "programme" || categoryOf(a.canonical) === "programme"),
  );
  return named ?? null;
}

/**
 * The actor that pays, spends or loses an amount, where the words say so: the body named (or described: "the
 * council") just before the verb, in the amount's clause ("The council has paid £21,600 in charges to TRH").
 */
function spenderOf(
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

const SPENT =
  /\b(?:has|have|had|will|would)?\s*(?:also\s+|already\s+|now\s+)?(?:paid|spent|lost|pays|spends|loses|invested|set aside)\s+(?:(?:a further|an extra|an additional|another|about|around|some|nearly|almost|more than|over|at least|up to)\s+)*$/i;

/** The predicate of an amount whose owner the words name: a contract or deal of a supplier, else a cost of the owner. */
function ownedAmountPredicate(text: string, m: MoneyMention): Predicate {
  const deal = /^\s+(?:[\w-]+\s+){0,3}?(contract|deal|contracts|deals)\b/i.test(
    text.slice(m.span.end, m.span.end + 50),
  );
  return PREDICATES.find((q) => q.name === (deal ? "contract-value" : "cost"))!;
}

/**
 * A hospital named in a text that also names its trust ("Northmoor General Hospital", "Northmoor Hospitals NHS
 * Trust"): the trust is the body that goes live, spends and loses, so its hospitals' claims are its claims. Known
 * hospitals the gazetteer lists as trusts of their own (Hammersmith, St Mary's) are left alone.
 */
function hospitalsToTrusts(stakeholders: StakeholderMention[]): Map<string, string> {
  const trusts = [
    ...new Set(
      stakeholders
        .filter((m) => /\bTrust$/.test(m.canonical) && categoryOf(m.canonical) === "nhs-trust")
        .map((m) => m.canonical),
    ),
  ];
  const out = new Map<string, string>();
  for (const m of stakeholders) {
    if (m.origin !== "discovered" || /\bTrust$/.test(m.canonical) || !/\b(?:Hospitals?|Infirmary)$/.test(m.canonical))
      continue;
    const first = m.canonical.split(" ")[0]!;
    const trust = trusts.filter((t) => t.split(" ")[0] === first);
    // The trust of the same name; else the only trust the text names ("the Royal Lancaster Infirmary" in a story
    // about University Hospitals of Morecambe Bay NHS Trust).
    if (trust.length === 1) out.set(m.canonical, trust[0]!);
    else if (trusts.length === 1) out.set(m.canonical, trusts[0]!);
  }
  return out;
}

/**
 * The trust or council named first on a paper's first lines (its cover or letterhead); for a report, answer or
 * release of another public body (kind "other"), that body too: a committee's summary is headed by the committee.
 */
/**
 * What a document is about, when nobody said: a board paper is its publisher's, the trust (or council) named at its
 * head ("HARROWDEN VALE PRIMARY CARE TRUST … Finance report"), however often it names the hospitals it pays; anything
 * else is about the trust it names most.
 */
export function documentSubject(kind: Doc["kind"], stakeholders: StakeholderMention[]): string | null {
  return (kind === "board-paper" ? publisherOf(stakeholders, false) : null) ?? dominantTrust(stakeholders);
}

function publisherOf(stakeholders: StakeholderMention[], publicBodies: boolean): string | null {
  const categories = publicBodies
    ? ["nhs-trust", "council", "parliament", "regulator", "government"]
    : ["nhs-trust", "council"];
  const head = stakeholders.filter((m) => m.type === "organisation" && m.span.start < 400);
  return head.find((m) => categories.includes(categoryOf(m.canonical) ?? ""))?.canonical ?? null;
}

/** A body's category: the gazetteer's when it knows the body, else what its name shows. */
function categoryOf(canonical: string): string | null {
  return gazetteer().lookup(canonical)?.category ?? categoryByShape(canonical);
}

function isTrust(canonical: string): boolean {
  const cat = categoryOf(canonical);
  return cat === "nhs-trust" || cat === "hospital";
}

/** The NHS trust a document is mostly about: the one it names most. */
function dominantTrust(stakeholders: StakeholderMention[], atLeast = 1): string | null {
  return mostMentioned(stakeholders, ["nhs-trust", "hospital"], atLeast, "");
}

function attributionOf(s: Sentence, mentions: Mentions): (at: number) => string | null {
  const doc = ATTRIBUTED_DOC.exec(s.text)?.[1] ?? null;
  return (at) => {
    const q = mentions.quotes.find((x) => x.span.start <= at && at < x.span.end);
    if (q) return q.speaker ?? q.speakerText ?? doc;
    return doc;
  };
}

// "Lost activity accounted for £1.3m and additional staff for £1.2m": each figure a line of a total.
const COMPONENT_BEFORE =
  /(?:^|[,;]\s*|\band\s+|\bwhile\s+)((?:[a-z][a-z-]*\s+){0,3}[a-z][a-z-]*)\s+(?:accounted for|accounts for|account for|for)\s+$/i;
// "Of this, £3.2m arose …", "of which £2m": a part of a total already stated, never the total itself.
const PART_OF =
  /\b(?:share of|part of|element|portion of|accounted for|accounts? for|of (?:this|that|these|the total(?: cost)?|which|it))\b/i;
const BREAKDOWN =
  /\b(?:including|includes|include|down into|made up of|comprising|consisting of|of which|split between)\b/i;
// What a component figure is for, written after it: "£1.3m of lost activity", "£3.789m relating to data entry".
const ASPECT_AFTER =
  /^,?\s*(?:of|for|on|in|relating to|related to|relates to|relate to|spent on|to cover)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]*)(?=\s*(?:[,;.:)]|\band\b|\bof which\b|$))/i;
const MONTHS_TO = /\b(\w+)\s+months\s+(?:to|up to|ending)\s+(?:the\s+end\s+of\s+)?$/i;
// "by November 2008", "to the end of October": a running total up to the date, not the date alone.
const UP_TO = /\b(?:by|to|up to|until|till|to the end of|as at|at the end of)\s+(?:the\s+(?:end|start)\s+of\s+)?$/i;

/**
 * The period an amount or count is for: a date in its own clause ("£0.91m in April and May 2008"),
 * else none, which reads as a running total at publication ("so far", "to date"). A date in
 * another clause of the sentence belongs to another statement.
 */
function amountWhen(text: string, s: Sentence, start: number, end: number, dates: DateMention[]): Claim["when"] {
  const clause = clauseAround(text, s, start, end);
  const clauseStart = text.indexOf(clause, s.start);
  const inClause = dates.filter((d) => d.span.start >= clauseStart && d.span.end <= clauseStart + clause.length);
  const lead = (d: DateMention) => text.slice(Math.max(s.start, d.span.start - 40), d.span.start);
  // "£7.2m: cost of the problems by November 2008": a period date ("by", "three months to") scopes the whole line.
  const d = inClause.length
    ? inClause.reduce((best, x) => (Math.abs(x.span.start - start) < Math.abs(best.span.start - start) ? x : best))
    : dates.find((x) => UP_TO.test(lead(x)) || MONTHS_TO.test(lead(x)));
  if (!d) return null;
  const when = whenOf(d)!;
  const before = lead(d);
  const months = MONTHS_TO.exec(before);
  if (months) {
    // "the three months to the end of October": a period ending then, not a running total.
    const n = parseCount(months[1]!);
    if (n) {
      const end = new Date(`${when.to}T00:00:00Z`);
      const from = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - n + 1, 1)).toISOString().slice(0, 10);
      return { from, to: when.to, granularity: "range", qualifier: null };
    }
  }
  return UP_TO.test(before) ? { ...when, granularity: "to-date" } : when;
}
