import { describe, expect, it } from "vitest";
import { averagePrice, buybackExit, exitTotals, navEffectPpm, newestFirst, type ExitEvent } from "./exits.ts";
import { buybackRoom } from "./buybackRoom.ts";

const ONE = 10n ** 12n; // a USDC fund's share: 6 + 6 decimals
const usdc = (n: bigint) => n * 10n ** 6n;

const log = (blockNumber: bigint, logIndex: number, navBefore: bigint, navAfter: bigint) =>
  buybackExit(
    {
      blockNumber,
      logIndex,
      transactionHash: "0xabc",
      args: { shares: 11_000n * ONE, cash: usdc(10_000n), navPerShareBefore: navBefore, navPerShareAfter: navAfter },
    },
    1_700_000_000n + blockNumber,
  );

describe("exits", () => {
  it("turns a BoughtBack event into a buyback exit", () => {
    const e = log(5n, 2, 1_050_000n, 1_051_000n);
    expect(e).toMatchObject({ kind: "buyback", t: 1_700_000_005n, amount: usdc(10_000n), shares: 11_000n * ONE });
  });

  it("measures the effect on NAV per share in ppm of the NAV before", () => {
    expect(navEffectPpm({ navBefore: 1_000_000n, navAfter: 1_001_500n })).toBe(1_500n);
    expect(navEffectPpm({ navBefore: 1_000_000n, navAfter: 1_000_000n })).toBe(0n);
    expect(navEffectPpm({ navBefore: 0n, navAfter: 5n })).toBe(0n);
  });

  it("gives a buyback's average price per whole share, rounded down", () => {
    expect(averagePrice({ amount: usdc(10_000n), shares: 11_000n * ONE }, 12)).toBe(909_090n);
    expect(averagePrice({ amount: 1n, shares: 0n }, 12)).toBeUndefined();
  });

  it("lists the newest first, the later log first within a block", () => {
    const list: ExitEvent[] = [log(5n, 1, 1n, 1n), log(9n, 0, 1n, 1n), log(5n, 3, 1n, 1n)];
    expect(newestFirst(list).map((e) => [e.blockNumber, e.logIndex])).toEqual([
      [9n, 0],
      [5n, 3],
      [5n, 1],
    ]);
  });

  it("totals the cash paid out and compounds the NAV effects", () => {
    const t = exitTotals([log(5n, 0, 1_000_000n, 1_010_000n), log(9n, 0, 1_010_000n, 1_020_100n)]);
    expect(t.amount).toBe(usdc(20_000n));
    expect(t.count).toBe(2);
    expect(t.since).toBe(1_700_000_005n);
    expect(t.effectPpm).toBe(20_100n); // 1.01 × 1.01 − 1
    expect(exitTotals([])).toMatchObject({ amount: 0n, count: 0, since: undefined, effectPpm: 0n });
  });
});

describe("buybackRoom", () => {
  const nav = 1_000_000n; // 1 USDC a share
  it("is possible below NAV, with the cash that lifts the pool's price to NAV", () => {
    const r = buybackRoom({ reserveShares: 100_000n * ONE, reserveCash: usdc(81_000n) }, nav, 12);
    expect(r).toMatchObject({ possible: true, price: 810_000n, discountPpm: -190_000n });
    // k = 81 000 × 100 000 (whole units); the cash reserve at a price of 1 is √k = 90 000.
    if (r.possible) expect(r.maxCash).toBe(usdc(9_000n));
  });

  it("is refused at or above NAV, and without a pool", () => {
    expect(buybackRoom({ reserveShares: 100n * ONE, reserveCash: usdc(100n) }, nav, 12)).toMatchObject({
      possible: false,
      reason: "at-or-above",
      discountPpm: 0n,
    });
    expect(buybackRoom({ reserveShares: 100n * ONE, reserveCash: usdc(120n) }, nav, 12)).toMatchObject({
      possible: false,
      discountPpm: 200_000n,
    });
    expect(buybackRoom(undefined, nav, 12)).toEqual({ possible: false, reason: "no-pool" });
    expect(buybackRoom({ reserveShares: 0n, reserveCash: 0n }, nav, 12)).toEqual({
      possible: false,
      reason: "no-pool",
    });
  });
});
