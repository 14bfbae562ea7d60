import { describe, expect, it } from "vitest";
import { provenanceOf, provenanceText, statementParagraphs, utf8Length } from "./statement.ts";

const OWNER = "0x00000000000000000000000000000000000000aa";
const CREATOR = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
const date = (t: bigint) => `day ${t}`;
const short = (a: string) => `${a.slice(0, 6)}…${a.slice(-4)}`;

describe("statementParagraphs", () => {
  it("splits at blank lines, keeps single line breaks, and drops controls and bidi overrides", () => {
    expect(statementParagraphs("One\r\ntwo\n\n\n  \nThree\u202e evil\n")).toEqual([["One", "two"], ["Three evil"]]);
    expect(statementParagraphs("  \n\n")).toEqual([]);
  });
});

describe("utf8Length", () => {
  it("counts bytes as the contract does", () => {
    expect([utf8Length("abc"), utf8Length("é"), utf8Length("€"), utf8Length("📈")]).toEqual([3, 2, 3, 4]);
  });
});

describe("provenance", () => {
  const s = { text: "x", author: CREATOR, statedAt: 10n, version: 1 };
  it("the creator's statement says it came before anyone held shares", () => {
    const p = provenanceOf(s, OWNER, CREATOR.toLowerCase());
    expect(p.kind).toBe("creator");
    expect(provenanceText(p, date, short)).toBe(
      "Stated by the fund's creator 0xf39F…2266 on day 10, before anyone held shares. Since then only governance can change it.",
    );
  });
  it("governance's restatement names its date and version", () => {
    const p = provenanceOf({ ...s, author: OWNER.toUpperCase().replace("0X", "0x"), version: 2 }, OWNER, CREATOR);
    expect(provenanceText(p, date, short)).toBe("Restated by governance on day 10, version 2.");
    expect(provenanceText(provenanceOf({ ...s, author: OWNER }, OWNER, CREATOR), date, short)).toBe(
      "Stated by governance on day 10, version 1.",
    );
  });
  it("none, and an author who was the owner before the fund's ownership moved", () => {
    expect(provenanceText(provenanceOf({ ...s, version: 0 }, OWNER, CREATOR), date, short)).toBe(
      "The creator has not stated a strategy.",
    );
    const other = provenanceOf({ ...s, author: "0x00000000000000000000000000000000000000bb" }, OWNER, CREATOR);
    expect(other.kind).toBe("other");
  });
});
