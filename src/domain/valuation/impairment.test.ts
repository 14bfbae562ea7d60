import { describe, expect, it } from "vitest";
import { prng } from "../../../contracts/shared/prng.ts";
import { HoldingKind, primaryValue, type Holding, type PrimaryRaw } from "./gav.ts";
import { atCostOnly, costWad, impairment, markCeilingWad, markWadOf, perWholeToken } from "./impairment.ts";
import { redeemInKind } from "./inKind.ts";
import { mulDiv, WAD } from "./math.ts";

const E18 = 10n ** 18n;
const E6 = 10n ** 6n;
// The fund paid 100 USDC for the 40 PRJ (18 decimals) its deal delivered: 2.5 USDC a token.
const prj = (over: Partial<PrimaryRaw> = {}): PrimaryRaw => ({
  token: "0xPRJ",
  balance: 40n * E18,
  reserved: 0n,
  paid: 100n * E6,
  received: 40n * E18,
  ...over,
});

describe("primary impairment", () => {
  it("values a marked-down position at the mark, and never above cost", () => {
    const wad = markWadOf(E6 / 2n, 18); // 0.50 USDC a token
    expect(wad).toBe(500_000n); // 0.5e6 units per 1e18 units, × 1e18
    expect(primaryValue(prj({ mark: { wad, at: 1n } }))).toBe(20n * E6);
    // A mark above cost (possible only after a later tranche at a lower price) counts at cost.
    expect(primaryValue(prj({ mark: { wad: 10n * costWad(prj()), at: 1n } }))).toBe(100n * E6);
    expect(primaryValue(prj({ mark: { wad: 0n, at: 1n } }))).toBe(0n); // written off
  });

  it("counts only delivered tokens at the mark: a donation or a reverting balanceOf adds nothing", () => {
    const mark = { wad: markWadOf(E6, 18), at: 1n }; // 1 USDC a token
    expect(primaryValue(prj({ balance: 400n * E18, mark }))).toBe(40n * E6);
    expect(primaryValue(prj({ balance: 0n, balanceFailed: true, mark }))).toBe(40n * E6);
    expect(primaryValue(prj({ reserved: 10n * E18, mark }))).toBe(30n * E6);
  });

  it("says how far below cost, and what a proposed mark would value the position at", () => {
    const t = prj({ mark: { wad: markWadOf(E6 / 2n, 18), at: 5n } });
    expect(impairment(t)).toEqual({ atCost: 100n * E6, value: 20n * E6, belowCostBps: 8_000n });
    expect(impairment(prj())).toEqual({ atCost: 100n * E6, value: 100n * E6, belowCostBps: 0n });
    expect(impairment(prj({ mark: { wad: markWadOf(E6, 18), at: 9n } })).value).toBe(40n * E6);
  });

  it("takes the current mark, else the cost per unit, as the ceiling of the next mark", () => {
    expect(costWad(prj())).toBe(2_500_000n);
    expect(markCeilingWad(prj())).toBe(2_500_000n);
    expect(markCeilingWad(prj({ mark: { wad: 7n, at: 1n } }))).toBe(7n);
    expect(costWad(prj({ received: 0n }))).toBe(0n);
  });

  it("reads a mark back per whole token, for 6- and 18-decimal tokens and denominations", () => {
    expect(perWholeToken(markWadOf(1_234_567n, 18), 18)).toBe(1_234_567n);
    // A 6-decimal token in an 18-decimal denomination: 1 DAI a token.
    expect(markWadOf(E18, 6)).toBe((E18 * E18) / E6);
    expect(perWholeToken(markWadOf(E18, 6), 6)).toBe(E18);
  });

  it("stays true after in-kind exits: the remaining tokens lose only the leaver's slice of the value (random)", () => {
    const rand = prng(21n);
    for (let i = 0; i < 300; i++) {
      const received = rand.between(1n, 10n ** 24n);
      const paid = rand.between(1n, 10n ** 12n);
      const wad = rand.between(0n, costWad({ paid, received }));
      const before = prj({ balance: received, received, paid, mark: { wad, at: 1n } });
      const supply = rand.between(1n, 10n ** 24n);
      const shares = rand.between(0n, supply);
      const x = redeemInKind({ assets: [], pairs: [], primaries: [before], deals: [], timestamp: 0n }, supply, shares);
      const after = { ...before, ...x.primaryCost[0], balance: before.balance - x.tokens[0].amount };
      const expected = primaryValue(before) - mulDiv(x.tokens[0].amount, wad, WAD);
      const diff = primaryValue(after) - expected;
      expect(diff >= -1n && diff <= 1n, `case ${i}: ${primaryValue(after)} vs ${expected}`).toBe(true);
    }
  });

  it("tells a fund whose holdings have no market price (cash, primary tokens, escrow) from one that has", () => {
    const h = (kind: Holding["kind"], value: bigint): Holding => ({
      kind,
      token: "0x",
      balance: value,
      price: 0n,
      updatedAt: 0n,
      stale: false,
      value,
      weightBps: 0n,
    });
    const cash = h(HoldingKind.Asset, 5n);
    expect(atCostOnly([cash, h(HoldingKind.Asset, 0n), h(HoldingKind.Primary, 3n), h(HoldingKind.VamEscrow, 2n)])).toBe(
      true,
    );
    expect(atCostOnly([cash, h(HoldingKind.Asset, 1n), h(HoldingKind.Primary, 3n)])).toBe(false);
    expect(atCostOnly([cash, h(HoldingKind.LpPosition, 1n), h(HoldingKind.Primary, 3n)])).toBe(false);
    expect(atCostOnly([cash, h(HoldingKind.Primary, 0n)])).toBe(false);
  });
});
