import { describe, expect, it } from "vitest";
import { enforcedSentences, listText, type EnforcedInput } from "./enforced.ts";

const short = (a: string) => `${a.slice(0, 6)}…${a.slice(-4)}`;
const INSTITUTION = "0x1234567890abcdef1234567890abcdef123456ab";

const stable: EnforcedInput = {
  mechanism: 1,
  manager: INSTITUTION,
  denomination: "USDC",
  assets: [{ symbol: "DAI", maxWeightBps: 6_000, allowed: true }],
  maxLpBps: 4_000,
  maxSlippageBps: 100,
  minCashBps: 0,
  primaries: [],
  deals: 0,
  fees: { managementBps: 50, performanceBps: 1_000, hurdleBps: 400, entryBps: 0, exitBps: 0 },
};

describe("enforcedSentences", () => {
  it("words an institution's fund from its guidelines, limits and fees", () => {
    expect(enforcedSentences(stable, short)).toEqual([
      "Its manager, a professional institution at 0x1234…56ab, may trade only within the limits below.",
      "It may hold USDC, its currency, and DAI up to 60% of its value, with LP positions up to 40% in all, their " +
        "tokens counted in those limits.",
      "A trade may lose at most 1% of its value at the oracles' prices; one that breaks a limit is refused.",
      "Fees: 0.5% a year of its value, 10% of gains above the high-water mark grown by a 4% yearly hurdle, and no " +
        "entry or exit fee.",
      "Only the fund's timelock, by a passed proposal, can change these rules; the in-kind exit stays open " +
        "whatever they are.",
    ]);
  });

  it("says governance trades for a timelock-managed fund, and names primary positions, deals and minimum cash", () => {
    const s = enforcedSentences(
      {
        ...stable,
        mechanism: 0,
        assets: [{ symbol: "WETH", maxWeightBps: 2_000, allowed: true }],
        maxLpBps: 0,
        minCashBps: 500,
        primaries: ["NOVA", "HELIX"],
        deals: 1,
        fees: { managementBps: 200, performanceBps: 2_500, hurdleBps: 1_000, entryBps: 25, exitBps: 25 },
      },
      short,
    );
    expect(s[0]).toBe(
      "Its manager is its timelock: only a governance proposal that passed and waited out the delay can trade.",
    );
    expect(s[1]).toBe("It may hold USDC, its currency, and WETH up to 20% of its value, with no LP positions.");
    expect(s[2]).toBe(
      "It holds 2 primary-market positions (NOVA and HELIX), counted at cost or at governance's lower mark. " +
        "Part of it is in escrow in one VAM deal, counted at face value.",
    );
    expect(s[3]).toContain("and must leave at least 5% in USDC");
    expect(s[4]).toContain("an entry and an exit fee of 0.25% each, paid to the fund");
    expect(s.join(" ")).not.toContain(INSTITUTION.slice(0, 6));
  });

  it("names an algorithm's keeper, several limits, an asset no longer allowed and unequal entry and exit fees", () => {
    const s = enforcedSentences(
      {
        ...stable,
        mechanism: 2,
        assets: [
          { symbol: "WETH", maxWeightBps: 7_000, allowed: true },
          { symbol: "WBTC", maxWeightBps: 7_000, allowed: true },
          { symbol: "UNI", maxWeightBps: 0, allowed: false },
        ],
        fees: { managementBps: 100, performanceBps: 0, hurdleBps: 0, entryBps: 50, exitBps: 30 },
      },
      short,
    );
    expect(s[0]).toContain("an algorithm's keeper at 0x1234…56ab");
    expect(s[1]).toBe(
      "It may hold USDC, its currency, and WETH up to 70% and WBTC up to 70% of its value, with LP positions up " +
        "to 40% in all, their tokens counted in those limits; UNI may no longer be bought.",
    );
    expect(s[3]).toBe(
      "Fees: 1% a year of its value, no performance fee, and an entry fee of 0.5% and an exit fee of 0.3%, paid to the fund.",
    );
  });

  it("a fund of its currency alone", () => {
    expect(enforcedSentences({ ...stable, assets: [], maxLpBps: 0 }, short)[1]).toBe(
      "It may hold only USDC, its currency, with no LP positions.",
    );
  });

  it("lists in words", () => {
    expect([listText([]), listText(["A"]), listText(["A", "B"]), listText(["A", "B", "C"])]).toEqual([
      "",
      "A",
      "A and B",
      "A, B and C",
    ]);
  });
});
