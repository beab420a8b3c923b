import { describe, expect, it } from "vitest";
import { categoryByShape } from "../extractors/organisations.js";
import { extractStakeholders } from "../extractors/stakeholders.js";

const mentions = (text: string) =>
  extractStakeholders({ text, pages: [{ number: 1, start: 0, end: text.length }] }).mentions;
const systems = (text: string) =>
  mentions(text)
    .filter((m) => m.type === "system")
    .map((m) => `${m.canonical} «${m.text}»`);

describe("systems by shape and by name", () => {
  it("a product's one-word name of two capitalised parts is a system, a company's or a person's is not", () => {
    expect(systems("The trust switched to CommandPoint in May; TriageBoard and LabCentre 5 followed.")).toEqual([
      "CommandPoint «CommandPoint»",
      "TriageBoard «TriageBoard»",
      "LabCentre 5 «LabCentre 5»",
    ]);
    expect(systems("TrustCare Systems Ltd and McKesson bid, said Ian MacDonald.")).toEqual([]);
    // (A name with its kind run on.)
    expect(systems("VectorCAD failed on four occasions.")).toEqual(["VectorCAD «VectorCAD»"]);
  });
  it("a name before its kind of system is one, and the name alone later is the same system", () =>
    expect(systems("Since Vantage CAD went live, Vantage froze twice. The Legacy PAS was slow.")).toEqual([
      "Vantage CAD «Vantage CAD»",
      "Vantage CAD «Vantage»",
    ]));
  it("a product named for its kind and a number is one; a name before 'Dispatch' is one, alone later too", () => {
    expect(systems("Crews went back to paper when Dispatch360 and Despatch Pro 7 froze.")).toEqual([
      "Dispatch360 «Dispatch360»",
      "Despatch Pro 7 «Despatch Pro 7»",
    ]);
    expect(systems("Beacon Dispatch 5 went live in May. Since then Beacon has had two outages.")).toEqual([
      "Beacon Dispatch 5 «Beacon Dispatch 5»",
      "Beacon Dispatch 5 «Beacon»",
    ]);
    // (Not the words of the kind: "Computer Aided Dispatch".)
    expect(systems("The Computer Aided Dispatch system failed.")).toEqual([]);
    // (Nor a service's word or a table line's before a kind: "Ambulance CAD projects", "Total EPR costs".)
    expect(systems("Ambulance CAD projects have a troubled history. Total EPR costs rose.")).toEqual([]);
  });
  it("a known release is not the start of another product's release", () =>
    expect(systems("Testers found 163 defects in Lorenzo Release 1.9.").map((s) => s.split(" «")[0])).not.toContain(
      "Release 1",
    ));
  it("the field's products are known by name, with their makers", () => {
    expect(systems("It moved from iSoft's iPM to TPP SystmOne, then to RiO and the Medway PAS.")).toEqual([
      "iPM «iPM»",
      "SystmOne «TPP SystmOne»",
      "RiO «RiO»",
      "Medway PAS «Medway PAS»",
    ]);
    expect(mentions("It moved from iSoft's iPM.").map((m) => m.canonical)).toContain("iSoft");
    // (A place is no product: "Rio" and a Medway trust.)
    expect(systems("The chairman flew to Rio. Medway NHS Foundation Trust said so.")).toEqual([]);
  });
  it("a name the text tells is a product is one: its kind of system after it, its supplier, 'called', an apposition", () => {
    expect(
      systems(
        "It moved onto the Labwise 4 laboratory information system. Corvex Command, supplied by Ardent, and Halcyon " +
          "Dispatch 5 followed. A new laboratory system, Sapphire, went live in May; the PAS, called Meridian, did not.",
      ),
    ).toEqual([
      "Labwise 4 «Labwise 4»",
      "Corvex Command «Corvex Command»",
      "Halcyon Dispatch 5 «Halcyon Dispatch 5»",
      "Sapphire «Sapphire»",
      "Meridian «Meridian»",
    ]);
    // A maker's product, and a product in apposition with its maker.
    expect(
      systems("It bought Tarrant's Lodestar system. It moved to Kelpie, a dispatch system from Arden, in May."),
    ).toEqual(["Lodestar «Lodestar»", "Kelpie «Kelpie»"]);
    // (A plan of a trust's is no product.)
    expect(systems("The board agreed the Trust's Annual Plan system of reporting.")).toEqual([]);
    // (Parts of a programme, places, the command levels of an emergency and companies are no products.)
    expect(
      systems(
        "Phase 2 of the patient administration system, supplied by Halcyon Medical Systems, slipped. Gold Command " +
          "met. Ward 7 records system was slow. Kestrel Hospital, provided by the trust, closed. Testers found faults " +
          "in the software of supplier Sentrix Dispatch; Tallis Command Ltd replied.",
      ),
    ).toEqual([]);
  });
  it("a name before 'electronic patient record' is a product, in capitals after too", () =>
    expect(
      systems("Most of it concerns the Meditrak electronic patient record. The first phase of Meditrak went live."),
    ).toEqual(["Meditrak «Meditrak»", "Meditrak «Meditrak»"]));
  it("a name of a product's shape shows the category 'system'", () => {
    expect(categoryByShape("CommandPoint")).toBe("system");
    expect(categoryByShape("Orion PAS")).toBe("system");
    expect(categoryByShape("Kestrel Vale Hospitals NHS Trust")).toBe("nhs-trust");
  });
});
