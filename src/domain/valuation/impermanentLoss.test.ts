import { describe, expect, it } from "vitest";
import { prng } from "../../../contracts/shared/prng.ts";
import { impermanentLoss, PPM } from "./impermanentLoss.ts";
import { sqrt } from "./math.ts";

const usd = (x: bigint) => ({ answer: x * 10n ** 8n, feedDecimals: 8, decimals: 18 });
const r = prng(31n);

/** 2√r/(1+r) − 1 in ppm for r = num/den, by bigint: 2√(num·den)/(num+den). */
const closedForm = (num: bigint, den: bigint) => (2n * sqrt(num * den * PPM * PPM)) / (num + den) - PPM;

describe("impermanent loss", () => {
  it("is zero when prices have not moved", () => {
    const il = impermanentLoss({
      amount0: 10n ** 18n,
      amount1: 3_000n * 10n ** 18n,
      price0: usd(3_000n),
      price1: usd(1n),
      position: { lp: 10n, lpSupply: 100n, reserve0: 10n ** 19n, reserve1: 30_000n * 10n ** 18n },
    });
    expect([il.ilPpm, il.priceIlPpm, il.feesUsd]).toEqual([0n, 0n, 0n]);
    expect(il.valueInPoolUsd).toBe(6_000n * 10n ** 18n);
  });

  it("equals 2√r/(1+r) − 1 for a 50/50 pair, within rounding, and is never positive", () => {
    for (let i = 0; i < 500; i++) {
      // Entry: the position holds a0 at p0 and a0·p0/p1 at p1 (equal USD legs); the pool is 10 positions.
      const [p0, p1] = [r.between(1n, 100_000n), r.between(1n, 100_000n)];
      const a0 = r.between(1n, 10n ** 6n) * 10n ** 18n;
      const a1 = (a0 * p0) / p1;
      const [q0, q1] = [r.between(1n, 100_000n), r.between(1n, 100_000n)]; // today's prices
      const il = impermanentLoss({
        amount0: a0,
        amount1: a1,
        price0: usd(q0),
        price1: usd(q1),
        position: { lp: 1n, lpSupply: 10n, reserve0: 10n * a0, reserve1: 10n * a1 },
      });
      // r = (q0/p0) / (q1/p1): the change of token0's price in token1.
      const expected = closedForm(q0 * p1, p0 * q1);
      expect(il.priceIlPpm <= 0n && il.ilPpm <= 0n).toBe(true);
      expect(il.priceIlPpm - expected <= 2n && expected - il.priceIlPpm <= 2n).toBe(true);
      expect(il.ilPpm - expected <= 2n && expected - il.ilPpm <= 2n).toBe(true);
      // The float closed form agrees too (Number only for this check).
      const ratio = Number(q0 * p1) / Number(p0 * q1);
      expect(Math.abs(Number(il.priceIlPpm) - ((2 * Math.sqrt(ratio)) / (1 + ratio) - 1) * 1e6) <= 2).toBe(true);
    }
  });

  it("shows the swap fees a pool earned as value in the pool above the fee-less value", () => {
    const il = impermanentLoss({
      amount0: 10n ** 18n,
      amount1: 3_000n * 10n ** 18n,
      price0: usd(3_000n),
      price1: usd(1n),
      position: { lp: 10n, lpSupply: 100n, reserve0: 101n * 10n ** 17n, reserve1: 30_300n * 10n ** 18n },
    });
    expect(il.feesUsd).toBe(60n * 10n ** 18n);
    expect([il.priceIlPpm, il.ilPpm]).toEqual([0n, 10_000n]);
  });
});
