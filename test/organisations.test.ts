import { describe, expect, it } from "vitest";
import { categoryOf } from "../extractors/claims/subjects.js";
import { categoryByShape } from "../extractors/organisations.js";
import { extractStakeholders } from "../extractors/stakeholders.js";

const named = (type: "organisation" | "person") => (text: string) =>
  extractStakeholders({ text, pages: [{ number: 1, start: 0, end: text.length }] })
    .mentions.filter((m) => m.type === type)
    .map((m) => m.canonical);
const orgs = named("organisation");

describe("organisations by shape, one form a line", () => {
  it("a trust's board is the trust; words of any body's name make none", () => {
    expect(orgs("Report to the Fenland and Ouse Community Health NHS Trust Board, 20 October 2011.")).toEqual([
      "Fenland and Ouse Community Health NHS Trust",
    ]);
    expect(orgs("Eastmere University Hospitals NHS Trust Trust Board – 26 January 2012.")).toEqual([
      "Eastmere University Hospitals NHS Trust",
    ]);
    expect(
      orgs("It could not submit Mental Health Minimum Dataset returns to National Health Service bodies."),
    ).toEqual([]);
  });
  it("two hospitals each in its town are two bodies, without the towns; a learned body's name runs to three words", () => {
    expect(
      orgs(
        "The trust, which runs the Royal Kennet Hospital in Newbury and St Aldhelm's Hospital in Hungerford, went live.",
      ),
    ).toEqual(["Royal Kennet Hospital", "St Aldhelm's Hospital"]);
    expect(orgs("A review led by the Association of Ambulance Chief Executives is due.")).toEqual([
      "Association of Ambulance Chief Executives",
    ]);
  });
  it("a firm its trade names ('the consultancy Harwell Pryor') is a body; 'Papers for X Trust' name X", () => {
    expect(orgs("An independent review by the consultancy Harwell Pryor, published last August, was frank.")).toEqual([
      "Harwell Pryor",
    ]);
    expect(orgs("The two consultants Dr Amir Patel and Dr Jane Rowe raised it.")).toEqual([]);
    // (So is the firm a review is by, and one its trade names in the plural: a person of the name stays a person.)
    expect(orgs("An independent review by Ostler Marsh, commissioned by the ambulance service, found faults.")).toEqual(
      ["Ostler Marsh"],
    );
    expect(orgs("A report by accountants Pryor Whitcombe was published on Tuesday.")).toEqual(["Pryor Whitcombe"]);
    expect(orgs("A review by Helen Marsh, the trust's director, found problems.")).toEqual([]);
    expect(orgs("Papers for Brackenford Hospitals NHS Foundation Trust's board meeting show it.")).toEqual([
      "Brackenford Hospitals NHS Foundation Trust",
    ]);
  });
  it("a body's name starts after a sentence that ends in two capitals ('supplied by BT.')", () =>
    expect(orgs("It was supplied by BT. South Thameside Mental Health NHS Trust switched to it.")).toEqual([
      "BT",
      "South Thameside Mental Health NHS Trust",
    ]));
  it("a firm and the trust it worked for are two bodies; a hospital 'for' a specialty is one", () => {
    expect(orgs("The report, carried out by Marchmont Advisory for Stanbridge Hospitals NHS Trust, says so.")).toEqual([
      "Marchmont Advisory",
      "Stanbridge Hospitals NHS Trust",
    ]);
    expect(orgs("The Royal National Hospital for Rheumatic Diseases NHS Foundation Trust said so.")).toEqual([
      "Royal National Hospital for Rheumatic Diseases NHS Foundation Trust",
    ]);
  });
  it("a newspaper told or telling by its title word alone is a body, unless the text gives its full title", () => {
    expect(orgs("Nurses told the Courier that the laptops can take 20 minutes to connect.")).toEqual(["Courier"]);
    expect(orgs("The Echo can reveal that 700 patients were never sent letters.")).toEqual(["Echo"]);
    expect(orgs("The Wrenford Echo asked the trust. Nurses told the Echo about the lists.")).toEqual(["Wrenford Echo"]);
  });
  it("'NHS FT' is a foundation trust, not the Financial Times; a 'Caldicott Guardian' is no newspaper", () =>
    expect(
      orgs(
        "Stourmouth Hospitals NHS FT – Audit Committee – page 2. Lead: Dr Nadia Firth, Medical Director and Caldicott Guardian.",
      ),
    ).toEqual(["Stourmouth Hospitals NHS Foundation Trust", "Audit Committee"]));
  it("a named committee or programme board is a body; the trust's board is not one of its own", () =>
    expect(
      orgs(
        "The Audit Committee asked for a review, the Finance Committee approved the backfill, and the Care Records Programme Board met; the Trust Board noted it.",
      ),
    ).toEqual(["Audit Committee", "Finance Committee", "Care Records Programme Board"]));
  it("a local involvement network, a firm of partners, a courier and a hospital called by its town's 'General' are bodies", () =>
    expect(
      orgs(
        "The Westerleigh LINk asked questions. Stannard Risk Partners reviewed it and the Wealden Courier reported it. Staff at Harbourne General were told; the Comptroller and Auditor General was not.",
      ),
      // (The Comptroller and Auditor General is no body called "… General" by shape: the gazetteer knows the office as
      // the audit office it heads.)
    ).toEqual([
      "Westerleigh LINk",
      "Stannard Risk Partners",
      "Wealden Courier",
      "Harbourne General",
      "National Audit Office",
    ]));
  it("two hospitals joined by 'and' are two bodies", () =>
    expect(orgs("The system went live at Furness General Hospital and Westmorland General Hospital.")).toEqual([
      "Furness General Hospital",
      "Westmorland General Hospital",
    ]));
  it("a learned body goes on past its head word; a local paper is named by its title", () =>
    expect(
      orgs(
        "The Royal College of Nursing said the Marlcombe Evening Post had the figures, and the Society of Radiographers agreed.",
      ),
    ).toEqual(["Royal College of Nursing", "Marlcombe Evening Post", "Society of Radiographers"]));
  it("primary care trusts and clusters named 'NHS <place>'; the service's own things ('NHS Number', 'NHS Plan') are none", () => {
    expect(orgs("The trust told NHS Wendlebury in May, and NHS Midlands and East was informed.")).toEqual([
      "NHS Wendlebury",
      "NHS Midlands and East",
    ]);
    expect(orgs("Each record needs a valid NHS Number, as the NHS Plan and NHS Direct require.")).toEqual([]);
  });
  it("'NHS' and a place is a primary care trust by its shape; the regions the gazetteer knows are not", () => {
    expect(categoryByShape("NHS Ashgrove")).toBe("nhs-trust");
    expect(categoryByShape("NHS North Lancashire")).toBe("nhs-trust");
    expect(categoryOf("NHS London")).toBe("government");
    expect(categoryOf("NHS Midlands and East")).toBe("government");
    expect(categoryByShape("NHS Direct")).toBeNull();
  });
  it("a community provider named '… Community Health Services' is one body, an NHS provider by its shape", () => {
    expect(orgs("Tallowford Community Health Services moved its nurses to the new system in March.")).toEqual([
      "Tallowford Community Health Services",
    ]);
    expect(categoryByShape("Tallowford Community Health Services")).toBe("nhs-trust");
  });
  it("a trust named without 'NHS' ('… Mental Health Trust', '… Partnership Trust') is an NHS provider by its shape", () => {
    expect(categoryByShape("Saltmarsh and Dene Mental Health Trust")).toBe("nhs-trust");
    expect(categoryByShape("Wyebridge Partnership Trust")).toBe("nhs-trust");
    expect(categoryByShape("Harcombe Hospitals Foundation Trust")).toBe("nhs-trust");
  });
  it("newspapers by their title words, universities by 'University of', and no person led by a place or a preposition", () => {
    expect(orgs("The Shrewsford Star and Health IT Week reported it; the Wexmoor Argus did not.")).toEqual([
      "Shrewsford Star",
      "Health IT Week",
      "Wexmoor Argus",
    ]);
    expect(orgs("Researchers at the University of Wexbridge studied it.")).toEqual(["University of Wexbridge"]);
    // (A name that ends a sentence before another's is a name too.)
    expect(orgs("It came from Stratton Dispatch Systems. Harcourt Lane Consulting reviewed it.")).toEqual([
      "Stratton Dispatch Systems",
      "Harcourt Lane Consulting",
    ]);
    expect(named("person")("At Harrowmere, the chief executive, Graham Oduya, said it was late.")).toEqual([
      "Graham Oduya",
    ]);
  });
  it("a primary care trust named '… PCT' is a body; a body's possessive inside a run names two; 'But' leads no name", () => {
    expect(orgs("Brentlow Teaching PCT went live in March, after Arnhill PCT.")).toEqual([
      "Brentlow Teaching PCT",
      "Arnhill PCT",
    ]);
    expect(
      orgs("At a meeting of Kessington County Council's Health Overview and Scrutiny Committee, members asked."),
    ).toEqual(["Kessington County Council", "Health Overview and Scrutiny Committee"]);
    expect(orgs("Patients at St Aldhelm's Hospital waited. But the Kessington Echo found out.")).toEqual([
      "St Aldhelm's Hospital",
      "Kessington Echo",
    ]);
  });
  it("a company named in full goes by its leading words after, unless they name another body, a person or a product", () => {
    expect(
      orgs(
        "The system came from Stratton Dispatch Systems. Stratton's contract is worth £2m; Stratton Dispatch said so.",
      ),
    ).toEqual(["Stratton Dispatch Systems", "Stratton Dispatch Systems", "Stratton Dispatch Systems"]);
    // (Not "Kestrel" of Kestrel Vale Hospitals, nor "Sentinel" of the Sentinel CAD system.)
    expect(orgs("Kestrel Health Systems supplies Kestrel Vale Hospitals. Kestrel said no.")).toEqual([
      "Kestrel Health Systems",
      "Kestrel Vale Hospitals",
    ]);
    expect(orgs("Sentinel Response Systems supplies Sentinel CAD. Sentinel crashed.")).toEqual([
      "Sentinel Response Systems",
    ]);
  });
  it("a community provider, a practice and a network of the NHS are providers by their shape; a community health council is not", () => {
    expect(categoryByShape("Orrisby Community Health")).toBe("nhs-trust");
    expect(categoryByShape("Lathom Road Surgery")).toBe("nhs-trust");
    expect(categoryByShape("Wetherden Pathology Network")).toBe("nhs-trust");
    // (A community health council spoke for patients: no provider, and no local authority either, since session 53.)
    expect(categoryByShape("Orrisby Community Health Council")).toBe("patient-body");
    expect(categoryByShape("Lathom Road Software")).toBe("supplier");
  });
  it("suppliers of GP and community systems the gazetteer knows: TPP, EMIS, Servelec", () =>
    expect(
      orgs(
        "Practices on systems from TPP and EMIS were affected, and Servelec said the RiO interface was not at fault.",
      ),
    ).toEqual(["TPP", "EMIS", "Servelec"]));
  it("a month before a name is no part of it, nor the 'the' it leaves", () =>
    expect(orgs("On 8 March the Kestrel Vale Hospitals NHS Trust board approved the plan.")).toEqual([
      "Kestrel Vale Hospitals NHS Trust",
    ]));
  it("an advisory firm, a data services company and a strategic health authority by its region are bodies", () => {
    expect(
      orgs("A review by Kestrel Health Advisory found 61 defects; Redwater Data Services re-keyed the records."),
    ).toEqual(["Kestrel Health Advisory", "Redwater Data Services"]);
    expect(categoryByShape("Kestrel Health Advisory")).toBe("supplier");
    expect(orgs("NHS Yorkshire and the Humber asked for monthly reports.")).toEqual(["NHS Yorkshire and the Humber"]);
  });
  it("a trust whose name holds 'and' stays one body", () =>
    expect(orgs("Tamsford and Rydal Hospitals NHS Foundation Trust said so.")).toEqual([
      "Tamsford and Rydal Hospitals NHS Foundation Trust",
    ]));
  it("a headline in capitals is no body's name", () =>
    expect(orgs("HUNDREDS TURNED AWAY AS HOSPITAL COMPUTER LOSES APPOINTMENTS\n\nBy a reporter")).toEqual([]));
  it("a strategic health authority or primary care trust named by its region, with no head word", () =>
    expect(orgs("The plan went to NHS East Midlands and to NHS London; NHS Connecting for Health was told.")).toEqual([
      "NHS East Midlands",
      "NHS London",
      "NHS Connecting for Health",
    ]));
  it("a newspaper's 'The' is lower case inside a sentence", () =>
    expect(orgs("A spokesman told the Guardian that the date would hold.")).toEqual(["The Guardian"]));
  it("a post before a body's name is no part of it, and a board named by initials is no body", () =>
    expect(
      orgs("The Chief Executive of Ashgrove Hospitals NHS Trust told the AHT Board that the Ashgrove Forum agreed."),
    ).toEqual(["Ashgrove Hospitals NHS Trust", "Ashgrove Forum"]));
  it("a cover in capitals names its trust", () =>
    expect(orgs("ELLINGHAM HOSPITAL NHS TRUST\n\nTrust Board")).toEqual(["Ellingham Hospital NHS Trust"]));
});

describe("organisations: a full stop ends a name", () => {
  it("a body named after a sentence that ends in a capitalised word starts after the full stop", async () => {
    const { extract } = await import("../extractors/index.js");
    const text = "The trust went live over the weekend of 13-14 June. Kestrel Vale Hospitals NHS Trust said so.";
    const doc = { text, pages: [{ number: 1, start: 0, end: text.length }], subject: null, kind: "news", title: "t" };
    const names = extract(doc as Parameters<typeof extract>[0]).mentions.stakeholders.map((m) => m.text);
    expect(names).toContain("Kestrel Vale Hospitals NHS Trust");
    expect(names.some((n) => n.includes("June"))).toBe(false);
  });
});

describe("organisations: one body whatever its apostrophe; a paper is its publisher's", () => {
  it("'St Aldric’s' and 'St Aldric's' have one canonical name", () => {
    expect(orgs("St Aldric’s Hospital NHS Foundation Trust said so.")).toEqual([
      "St Aldric's Hospital NHS Foundation Trust",
    ]);
    expect(orgs("St Aldric's Hospital NHS Foundation Trust said so.")).toEqual([
      "St Aldric's Hospital NHS Foundation Trust",
    ]);
  });
  it("a board paper headed by a primary care trust is about it, however often it names a hospital trust", async () => {
    const { extract } = await import("../extractors/index.js");
    const { documentSubject } = await import("../extractors/claims.js");
    const text = [
      "HARROWDEN VALE PRIMARY CARE TRUST",
      "Finance report",
      "Activity at Harrowden and Mere Hospitals NHS Trust rose. Harrowden and Mere Hospitals NHS Trust billed more.",
      "Harrowden and Mere Hospitals NHS Trust expects a deficit.",
    ].join("\n\n");
    const doc = {
      text,
      pages: [{ number: 1, start: 0, end: text.length }],
      subject: null,
      kind: "board-paper",
      title: "t",
    };
    const { mentions } = extract(doc as Parameters<typeof extract>[0]);
    expect(documentSubject("board-paper", mentions.stakeholders)).toBe("Harrowden Vale Primary Care Trust");
    expect(documentSubject("news", mentions.stakeholders)).toBe("Harrowden and Mere Hospitals NHS Trust");
    // (A letterhead the reader found in the running header, which the text has lost, is the paper's publisher; a
    // PDF's author that names no body is not.)
    expect(
      documentSubject("board-paper", mentions.stakeholders, text, "North Marches Ambulance Service NHS Trust"),
    ).toBe("North Marches Ambulance Service NHS Trust");
    expect(documentSubject("board-paper", mentions.stakeholders, text, "Microsoft Word - CEO report v3")).toBe(
      "Harrowden Vale Primary Care Trust",
    );
  });
});

describe("what an article is about", () => {
  const subjectOf = async (text: string) => {
    const { extract } = await import("../extractors/index.js");
    const { documentSubject } = await import("../extractors/claims.js");
    const doc = { text, pages: [{ number: 1, start: 0, end: text.length }], subject: null, kind: "news", title: "t" };
    return documentSubject("news", extract(doc as Parameters<typeof extract>[0]).mentions.stakeholders, text);
  };
  it("a trust named once in an aside is not what an article is about; one named and then called 'the trust' is", async () => {
    expect(
      await subjectOf(
        "Hallowmere's new record system went live in October. At neighbouring Dunmere Royal Infirmary, a similar roll-out ran over budget.",
      ),
    ).toBeNull();
    expect(
      await subjectOf("Dunmere Royal Infirmary went live in October. The trust said 40 clinics were cancelled."),
    ).toBe("Dunmere Royal Infirmary");
  });
  it("'the trust' is the trust it most often follows, not one named twice near the end", async () =>
    expect(
      await subjectOf(
        "Brenmoor Valley Hospitals NHS Trust expects to lose £1.9m this year. The trust went live in June. The trust said 212 patients were affected, and the trust has hired 30 clerks. Harnley and Stour Valley NHS Trust has put off its own decision. A spokeswoman for Harnley said the trust wanted to learn from Brenmoor.",
      ),
    ).toBe("Brenmoor Valley Hospitals NHS Trust"));
  it("'the trust' is a body named a trust before a hospital or unit named since", async () =>
    expect(
      await subjectOf(
        "Haverleigh Hospitals NHS Trust has told NHS London it will not report waiting times. Patients at Haverleigh Hospital and the Queen Mary's Day Surgery Unit were affected. The trust said 2,300 patients were waiting. The trust has spent £1.6m.",
      ),
    ).toBe("Haverleigh Hospitals NHS Trust"));
  it("an ambulance service named once and then called 'the service' is what an article is about", async () =>
    expect(
      await subjectOf(
        "A woman waited an hour after the new system crashed. Northern Fells Ambulance Service has admitted it failed. The service says no patient came to harm.",
      ),
    ).toBe("Northern Fells Ambulance Service"));
});

describe("organisations: a trust called by its place, and lists of long names", () => {
  const mentions = (text: string) =>
    extractStakeholders({ text, pages: [{ number: 1, start: 0, end: text.length }] })
      .mentions.filter((m) => m.type === "organisation")
      .map((m) => `${m.text} -> ${m.canonical}`);
  it("a trust named in full goes by its place after, but not where someone is in or at it", () =>
    expect(
      mentions(
        "Pennine Moors Hospitals NHS Trust runs the infirmary. For Pennine Moors, which went live in May, little changes; families in Pennine Moors are cross; papers from Pennine Moors say so. Tollbridge Royal Infirmary NHS Trust and Hallbridge and Severnside Hospitals NHS Foundation Trust followed: Tollbridge in June, Hallbridge in July.",
      ),
    ).toEqual([
      "Pennine Moors Hospitals NHS Trust -> Pennine Moors Hospitals NHS Trust",
      "Pennine Moors -> Pennine Moors Hospitals NHS Trust",
      "Pennine Moors -> Pennine Moors Hospitals NHS Trust",
      "Tollbridge Royal Infirmary NHS Trust -> Tollbridge Royal Infirmary NHS Trust",
      "Hallbridge and Severnside Hospitals NHS Foundation Trust -> Hallbridge and Severnside Hospitals NHS Foundation Trust",
      "Tollbridge -> Tollbridge Royal Infirmary NHS Trust",
      "Hallbridge -> Hallbridge and Severnside Hospitals NHS Foundation Trust",
    ]));
  it("a verb leading a sentence leads no name: 'Take Ormsby and Tweedle Community Health Services'", () =>
    expect(orgs("Take Ormsby and Tweedle Community Health Services, which became a trust in April 2011.")).toEqual([
      "Ormsby and Tweedle Community Health Services",
    ]));
  it("a trust goes by its place though a hospital of the same place is named", () =>
    expect(
      mentions("Haverleigh Hospitals NHS Trust runs Haverleigh Hospital. Haverleigh is not in crisis.").filter((m) =>
        m.startsWith("Haverleigh ->"),
      ),
    ).toEqual(["Haverleigh -> Haverleigh Hospitals NHS Trust"]));
  it("a primary care trust named 'NHS' and a place goes by the place", () =>
    expect(
      mentions("NHS Ashvale paused the roll-out. Nurses in Ashvale were cross; Ashvale said it would act."),
    ).toEqual(["NHS Ashvale -> NHS Ashvale", "Ashvale -> NHS Ashvale"]));
  it("an ambulance service goes by its place too", () =>
    expect(mentions("Northmoor Ambulance Service took the call. Northmoor's system failed.")).toEqual([
      "Northmoor Ambulance Service -> Northmoor Ambulance Service",
      "Northmoor -> Northmoor Ambulance Service",
    ]));
  it("two trusts' full names joined by 'and' are two bodies, however long", () =>
    expect(orgs("Hartsmoor Hospitals NHS Trust and North Stanholm Hospitals NHS Trust said so.")).toEqual([
      "Hartsmoor Hospitals NHS Trust",
      "North Stanholm Hospitals NHS Trust",
    ]));
});

describe("organisations: companies by their trade, bodies that speak for staff, words before a name", () => {
  it("consultancies, laboratories' suppliers and agencies end in their trade", () =>
    expect(
      orgs(
        "The trust hired Marston Ridley Consulting, and Halden Diagnostics, Quillon Associates and Arrowcourt Communications were paid.",
      ),
    ).toEqual(["Marston Ridley Consulting", "Halden Diagnostics", "Quillon Associates", "Arrowcourt Communications"]));
  it("a trust's name ends at 'Trust': a trust and a company joined by 'and' are two; a post 'of' a company is no part of it", () => {
    expect(
      orgs("Wexley Park Hospitals NHS Foundation Trust and Kestrel Clinical Software are delighted to announce it."),
    ).toEqual(["Wexley Park Hospitals NHS Foundation Trust", "Kestrel Clinical Software"]);
    expect(orgs("Ruth Amis, Managing Director of Kestrel Clinical Software, said so.")).toEqual([
      "Kestrel Clinical Software",
    ]);
  });
  it("a company that ends in 'Clinical' is a supplier; a post's words ('Chief Clinical') are no body", () => {
    expect(orgs("The Board awarded the contract to Orbis Clinical in July 2008.")).toEqual(["Orbis Clinical"]);
    expect(categoryByShape("Orbis Clinical")).toBe("supplier");
    expect(orgs("The paper is from the Medical Director and Chief Clinical Information Officer.")).toEqual([]);
  });
  it("an ambulance service is a body by its shape, an NHS one", () => {
    expect(orgs("The dispatch system at Marchland Ambulance Service failed twice.")).toEqual([
      "Marchland Ambulance Service",
    ]);
    expect(categoryByShape("Marchland Ambulance Service")).toBe("nhs-trust");
  });
  it("a press release's 'About' heading and 'Cambridge-based' are no part of a name", () =>
    expect(
      orgs("About Corvel Health Informatics\nThe contract went to Cambridge-based Orvane Health Informatics."),
    ).toEqual(["Corvel Health Informatics", "Orvane Health Informatics"]));
  it("auditors and unions the story names are bodies of their kind", () =>
    expect(orgs("KPMG reviewed the figures, and Unison and the BMA said staff were exhausted.")).toEqual([
      "KPMG",
      "Unison",
      "British Medical Association",
    ]));
});

describe("people, one form a line", () => {
  const people = named("person");
  it("a field only a person fills, a post in brackets, an age and a byline vouch for a given name the lexicon lacks", () =>
    expect(
      people(
        "Present: Raj Dhillon (Director of Finance).\nPrepared by: Chukwuemeka Obi, Head of Financial Management\nOwner: Vikram Desai\nJean Paterson, 67, from Wyre Green, waited 14 months.\nBlues and Twos: notes on ambulance technology, by Dev Mistry\nPrepared by: Pennine Audit Partnership",
      ),
    ).toEqual(["Raj Dhillon", "Chukwuemeka Obi", "Vikram Desai", "Jean Paterson", "Dev Mistry"]));
  it("a byline that names the desk names nobody; a place a speaker lives in is no person; a post between name and verb vouches", () =>
    expect(
      people(
        "Hospital apologises\nBy Health Reporter\n\nTrust to be first\nBy POLITICAL STAFF\n\nMargaret Hollis, 74, of Belsize Park, said she had waited. Tobiah Kerswell, head of the audit office, said the programme had failed.",
      ),
    ).toEqual(["Margaret Hollis", "Tobiah Kerswell"]));
  it("a title and initials name a person as minutes list them", () =>
    expect(people("Non-executive directors: Mr T Hargreaves, Prof R. Sands\n\nMr Hargreaves asked.")).toEqual([
      "T Hargreaves",
      "R Sands",
      "T Hargreaves",
    ]));
  it("a capitalised word before a name is no given name, and the name starts after it", () =>
    expect(people("Pensioner Joan Pettifer, 78, said she had waited.")).toEqual(["Joan Pettifer"]));
  it("a councillor is titled; minutes that give a name its initials vouch for a given name the list does not know", () => {
    expect(people("In reply to Councillor Brenda Tolley, the director said so.")).toEqual(["Brenda Tolley"]);
    expect(
      people("Present: Chidinma Okafor-Reyes (CO), Chief Executive; Ifeoma Bassey (IB), Medical Director"),
    ).toEqual(["Chidinma Okafor-Reyes", "Ifeoma Bassey"]);
    // Initials that are not the name's vouch for nothing.
    expect(people("Present: Chidinma Okafor (XY), Chief Executive")).toEqual([]);
  });
  it("a given name the lexicon does not know is vouched for by a role beside it or a verb of speech after it", () => {
    expect(people("Director of operations Raj Chaudhary said the decision was right.")).toEqual(["Raj Chaudhary"]);
    expect(people("Sunil Chaudhry, the chief executive, said so.")).toEqual(["Sunil Chaudhry"]);
    // (Not a company, a post or a street that speaks: "Aldercroft Systems plc said", "The Chair said".)
    expect(people("Aldercroft Systems plc said so. The Chair said so. Ashcombe Road residents said so.")).toEqual([]);
  });
});

describe("people: a seat in Parliament and a hospital's short name are no one", () => {
  const people = named("person");
  it("'the Conservative MP for Enfield Southgate, said': the seat is no person; the MP is", () =>
    expect(
      people("David Burrowes, the Conservative MP for Enfield Southgate, said he had written to the trust."),
    ).toEqual(["David Burrowes"]));
  it("'Save Chase Farm' and 'Chase Farm computer switch': a known hospital without its head is no person", () =>
    expect(
      people(
        "Chase Farm computer switch leaves patients in the dark\n\nSave Chase Farm, the campaign group, says it was contacted.",
      ),
    ).toEqual([]));
});

describe("organisations: places listed with commas before a trust's 'and'", () => {
  it("'Barking, Havering and Redbridge University Hospitals NHS Trust' is one trust, wherever a preposition leads it", () => {
    expect(orgs("Barking, Havering and Redbridge University Hospitals NHS Trust went live in July 2010.")).toEqual([
      "Barking, Havering and Redbridge University Hospitals NHS Trust",
    ]);
    expect(orgs("Go-lives planned for Barnet, Enfield and Haringey Mental Health NHS Trust were put back.")).toEqual([
      "Barnet, Enfield and Haringey Mental Health NHS Trust",
    ]);
  });
  it("not an opener, a post, a fronted place or another body before the list", () => {
    expect(orgs("However, Havering and Redbridge University Hospitals NHS Trust lost £2m.")).toEqual([
      "Havering and Redbridge University Hospitals NHS Trust",
    ]);
    expect(orgs("In east London, Eastwick and Thameside Hospitals NHS Trust spent 2010 recovering.")).toEqual([
      "Eastwick and Thameside Hospitals NHS Trust",
    ]);
    expect(
      orgs("Present: Paul Venables, Director of Informatics, Tamsford and Rydal Hospitals NHS Foundation Trust."),
    ).toEqual(["Tamsford and Rydal Hospitals NHS Foundation Trust"]);
  });
});

describe("organisations: 'Hundreds of' leads no name", () => {
  it("a headline's 'Hundreds of Weston General Hospital patients' names the hospital", () => {
    expect(orgs("Hundreds of Weston General Hospital patients hit by computer chaos")).toEqual([
      "Weston General Hospital",
    ]);
  });
});

describe("people: a public body's name is no person's", () => {
  it("'The Audit Commission said' names a body", () => {
    const text = "The Audit Commission said in its review that costs were rising.";
    expect(orgs(text)).toEqual(["Audit Commission"]);
    expect(named("person")(text)).toEqual([]);
  });
});

describe("organisations: a name that begins with the number of places it joins", () => {
  it("'3 Valleys Partnership NHS Foundation Trust' keeps its number; a count before a hospital's name does not", () => {
    expect(orgs("3 Valleys Partnership NHS Foundation Trust went live with RiO in June.")).toEqual([
      "3 Valleys Partnership NHS Foundation Trust",
    ]);
    expect(orgs("It treated 12 Kestrel Vale Hospital patients.")).toEqual(["Kestrel Vale Hospital"]);
    expect(orgs("On 5 June Kestrel Vale Hospitals NHS Trust went live.")).toEqual(["Kestrel Vale Hospitals NHS Trust"]);
  });
  it("the Comptroller and Auditor General is the audit office; the Cabinet Office's Major Projects Authority is two bodies", () => {
    expect(orgs("A report by the Comptroller and Auditor General was published in May.")).toEqual([
      "National Audit Office",
    ]);
    expect(orgs("The Cabinet Office's Major Projects Authority reported in September.")).toEqual([
      "Cabinet Office",
      "Major Projects Authority",
    ]);
  });
});

describe("session 52: bodies named at length, by what they supply, and by a trust's name without its 'NHS Trust'", () => {
  it("a primary care trust named 'NHS' and four words of places; a trust of fourteen words after a list", () => {
    expect(orgs("NHS Bath and North East Somerset's board voted on 5 March to pause the upload.")).toEqual([
      "NHS Bath and North East Somerset",
    ]);
    expect(
      orgs(
        "BT takes over at Sussex Partnership NHS Foundation Trust and Avon and Wiltshire Mental Health Partnership NHS Trust.",
      ),
    ).toEqual([
      "BT",
      "Sussex Partnership NHS Foundation Trust",
      "Avon and Wiltshire Mental Health Partnership NHS Trust",
    ]);
  });
  it("a firm told by what it supplies: 'supplied by', 'the contract with', 'X's contract', 'X, which supplies'", () => {
    expect(orgs("The dispatch system, supplied by Halberd Grayson, failed at 04:00.")).toEqual(["Halberd Grayson"]);
    expect(orgs("The contract with Orrin Atlas, signed in 2008, is worth £7.9m.")).toEqual(["Orrin Atlas"]);
    expect(orgs("Orrin Atlas's contract was originally worth £64.5m.")).toEqual(["Orrin Atlas"]);
    expect(orgs("Velmar, which supplies imaging to the trust, said a controller had failed.")).toEqual(["Velmar"]);
    // (Not a place before a trade word, nor doctors, nor a firm's short name once its full name is given.)
    expect(orgs("The system was made by Leeds firm Tamar Health Systems. Referrals made by GPs were lost.")).toEqual([
      "Tamar Health Systems",
    ]);
    expect(
      orgs("Kestrel Command Systems supplied it. The £2.8m contract with Kestrel, signed in 2009, runs to 2014."),
    ).not.toContain("Kestrel");
  });
  it("a trust's name without its 'NHS Foundation Trust' is the trust, once named in full", () => {
    expect(
      orgs(
        "Berkshire Vale Healthcare NHS Foundation Trust took the system first. Berkshire Vale Healthcare, which went live in February, is still struggling.",
      ),
    ).toEqual(["Berkshire Vale Healthcare NHS Foundation Trust", "Berkshire Vale Healthcare NHS Foundation Trust"]);
  });
});

describe("session 53: patients' networks, and a headline's capitals", () => {
  it("a Local Involvement Network is a body that speaks for patients, no trust", () => {
    expect(categoryByShape("Local Involvement Network for Fenwold")).toBe("patient-body");
    expect(categoryByShape("Fenwold LINk")).toBe("patient-body");
    expect(categoryByShape("Fenwold Patients' Forum")).toBe("patient-body");
    expect(categoryByShape("Fenwold Primary Care Network")).toBe("nhs-trust");
  });
  it("'NHS' and a capitalised word the text writes small elsewhere is no body: a headline's 'NHS Contract'", () => {
    expect(orgs("CSC Provides Update on NHS Contract\n\nRevenue under the NHS contract fell.")).toEqual(["CSC"]);
    expect(orgs("NHS Ashvale's board met on 5 March.")).toEqual(["NHS Ashvale"]);
  });
});

describe("session 58: an ambulance service's own letters, and its possessive", () => {
  it("'TPAS' of 'Trent and Peak Ambulance Service NHS Trust', and 'TPAS's executive team' is the trust's", () => {
    const mentions = extractStakeholders({
      text:
        "Crews at Trent and Peak Ambulance Service NHS Trust now use the new record. TPAS's executive team suspended " +
        "further go-lives on 11 May. The signal boosters cost TPAS £64,000.",
      pages: [{ number: 1, start: 0, end: 200 }],
    }).mentions.filter((m) => m.text === "TPAS");
    expect(mentions.map((m) => m.canonical)).toEqual([
      "Trent and Peak Ambulance Service NHS Trust",
      "Trent and Peak Ambulance Service NHS Trust",
    ]);
  });
});

describe("session 59: a firm the text calls a company, and names that go on past a head", () => {
  const canonicals = (text: string) =>
    extractStakeholders({ text, pages: [{ number: 1, start: 0, end: text.length }] })
      .mentions.filter((m) => m.type !== "person")
      .map((m) => m.canonical);
  it("'Northcare Urgent Services, a private company' is a body; 'near Leeds, a company' names none", () => {
    const names = canonicals(
      "The biggest problems were in the patch run by the region's provider, Northcare Urgent Services, a private " +
        "company that won the contract last autumn. In an office near Leeds, a company most people have never heard " +
        "of runs the record. Tom Hale, a company director, said nothing.",
    );
    expect(names).toContain("Northcare Urgent Services");
    expect(names).not.toContain("Leeds");
    expect(names).not.toContain("Tom Hale");
  });
  it("'National Clinical Systems Programme' and 'Clinical Systems Review Panel' keep their last words", () => {
    const names = canonicals(
      "The report on the National Clinical Systems Programme (NCSP) answers the Clinical Systems Review Panel, " +
        "whose report was published on 30 June 2008.",
    );
    expect(names).toEqual(
      expect.arrayContaining(["National Clinical Systems Programme", "Clinical Systems Review Panel"]),
    );
    expect(categoryByShape("National Clinical Systems Programme")).toBe("programme");
  });
});
