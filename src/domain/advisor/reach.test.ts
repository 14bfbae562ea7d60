import fc from "fast-check";
import { parseUnits } from "viem";
import { describe, expect, it } from "vitest";
import type { GavRaw } from "../valuation/index.ts";
import { netOfCost, worthTrading } from "./cost.ts";
import { planSwaps, toWad } from "./plan.ts";
import { amountOut, floorBps, gapBps, largestWithinRule, lossBps, quote, withinRule } from "./pools.ts";
import { leftOutOf, reachableBox, reachOf } from "./reach.ts";
import { assetOf, fundOf, UNI, USDC, usd, usdcPair } from "./testWorld.ts";
import { sleeveOf, type Guideline } from "./universe.ts";

const LIMIT = 100n; // 1 %

/** A fund of USDC and UNI (feed: 10 USD), with a UNI/USDC pool of `reserveUsdc` against `reserveUni`. */
function world(usdc: string, uni: string, reserveUsdc: string, reserveUni: string): GavRaw {
  return fundOf(
    [assetOf(USDC, parseUnits(usdc, 6), 6, usd("1")), assetOf(UNI, parseUnits(uni, 18), 18, usd("10"))],
    [
      usdcPair(
        "0x00000000000000000000000000000000000000e2",
        UNI,
        parseUnits(reserveUsdc, 6),
        parseUnits(reserveUni, 18),
      ),
    ],
  );
}
const guidelines: Guideline[] = [
  { allowed: true, maxWeightBps: 10_000 },
  { allowed: true, maxWeightBps: 10_000 },
];
const limits = { maxLpBps: 0, maxSlippageBps: LIMIT, minCashBps: 0n };

describe("pool prices against the feeds", () => {
  it("pays what AmmPair.getAmountOut pays, to the wei", () => {
    const raw = world("0", "1000", "1000000", "100000");
    // (1000e18 × 997 × 1e12) / (100000e18 × 1000 + 1000e18 × 997)
    const inWithFee = parseUnits("1000", 18) * 997n;
    const expected = (inWithFee * parseUnits("1000000", 6)) / (parseUnits("100000", 18) * 1000n + inWithFee);
    expect(amountOut(raw.pairs[0], UNI, parseUnits("1000", 18))).toBe(expected);
    expect(expected).toBe(9_871_580_343n);
  });

  it("measures the pool's gap and the loss of a trade against the feeds", () => {
    const below = world("0", "1000", "950000", "100000"); // UNI at 9.50 in the pool, 10 at the feed
    expect(gapBps(below, below.pairs[0], 1)).toBe(-500n);
    // A small sale loses the gap and the fee, 1 − 0.95 × 0.997 = 5.285 %, and the last wei's rounding; a small
    // purchase gains.
    expect(floorBps(below, below.pairs[0], 1, "sell")).toBe(530n);
    expect(floorBps(below, below.pairs[0], 1, "buy")).toBeLessThan(0n);
    const q = quote(below, below.pairs[0], 1, "sell", parseUnits("1", 18));
    expect(withinRule(q, LIMIT)).toBe(false);
    expect(lossBps(q)).toBeGreaterThan(500n);
  });

  it("finds the largest trade within the rule: it keeps to it, one wei more does not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 9_700, max: 10_300 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom("sell" as const, "buy" as const),
        (priceBps, capUnits, side) => {
          const raw = world("0", "0", String(priceBps * 100), "100000");
          const pair = raw.pairs[0];
          const cap = side === "sell" ? parseUnits(String(capUnits), 15) : parseUnits(String(capUnits), 3);
          const x = largestWithinRule(raw, pair, 1, side, cap, LIMIT);
          expect(x).toBeLessThanOrEqual(cap);
          if (x > 0n) expect(withinRule(quote(raw, pair, 1, side, x), LIMIT)).toBe(true);
          if (x < cap) expect(withinRule(quote(raw, pair, 1, side, x + 1n), LIMIT)).toBe(false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("planning within the pools' reach", () => {
  it("a pool 5 % below its feed: no sale is drafted, it is left out as the pool's price", () => {
    const raw = world("1000000", "100000", "9500000", "1000000"); // half in UNI, its pool at −5 %
    const sleeve = sleeveOf(raw, guidelines)!;
    const reach = reachOf(raw, sleeve, LIMIT);
    // Only wei-sized sales, where rounding hides the loss, keep to the rule.
    expect(reach[0].sellValue).toBeLessThan(parseUnits("0.0001", 6));
    const box = reachableBox(sleeve, reach);
    expect(box.lower[1]).toBeCloseTo(sleeve.current[1], 9); // UNI cannot go down
    const left = leftOutOf(raw, sleeve, reach, [1, 0], LIMIT, 10n);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ side: "sell", asset: 1, reason: "pool-price", gapBps: -500n, limitBps: LIMIT });
    expect(left[0].value).toBeGreaterThan(parseUnits("999999.99", 6));
    // Planned towards the ideal anyway, the plan cuts the sale and says so.
    const plan = planSwaps(raw, sleeve, guidelines, limits, toWad([1, 0]), { slippageBps: 100n, dustBps: 10n });
    expect(plan.ok && plan.swaps).toEqual([]);
    expect(plan.ok && plan.leftOut.map((l) => l.reason)).toEqual(["pool-price"]);
  });

  it("a shallow pool at the feed: the sale is made as far as the rule allows, the rest left out for price impact", () => {
    const raw = world("0", "100000", "1000000", "100000"); // the fund holds as much UNI as the pool
    const sleeve = sleeveOf(raw, guidelines)!;
    const reach = reachOf(raw, sleeve, LIMIT);
    expect(reach[0].sellValue).toBeGreaterThan(0n);
    const left = leftOutOf(raw, sleeve, reach, [1, 0], LIMIT, 10n);
    expect(left.map((l) => l.reason)).toEqual(["price-impact"]);
    const plan = planSwaps(raw, sleeve, guidelines, limits, toWad([1, 0]), { slippageBps: 100n, dustBps: 10n });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.swaps).toHaveLength(1);
    for (const s of plan.swaps) expect(s.valueIn - s.valueOut).toBeLessThanOrEqual((s.valueIn * LIMIT) / 10_000n);
    expect(plan.leftOut.map((l) => l.reason)).toEqual(["price-impact"]);
  });
});

describe("trading cost", () => {
  const p = (ret: number, vol: number) => ({ weights: [], ret, vol, retSd: 0 });
  it("comes off the first year's return; maximum Sharpe does not trade when the cost undoes the gain", () => {
    expect(netOfCost(p(0.05, 0.1), 1_000n, 100_000n).ret).toBeCloseTo(0.04, 12);
    expect(worthTrading("max-sharpe", p(0, 0.007), netOfCost(p(0, 0.0064), 3_358n, 4_000_000n))).toBe(false);
    expect(worthTrading("max-sharpe", p(0.016, 0.018), netOfCost(p(0.1, 0.1), 5_000n, 2_000_000n))).toBe(true);
    expect(worthTrading("min-variance", p(0, 0.007), netOfCost(p(0, 0.0064), 3_358n, 4_000_000n))).toBe(true);
  });
});
