import { describe, expect, it } from "vitest";
import type { VaultRaw } from "../valuation/index.ts";
import { DAY, dailyReturns, type Rounds } from "./history.ts";
import { orderCalls, RATE_SHARES, toAssets, toShares, vaultMoveOf, vaultRounds, vaultUpper } from "./vaults.ts";

const days = (n: number) => BigInt(n) * DAY;

describe("vaultRounds", () => {
  it("multiplies the feed by the rate in force, holding the last rate between records", () => {
    const feed: Rounds = { answers: [100n, 200n], times: [days(0), days(2)] };
    const rates = [
      { time: days(1), rate: 1_000n },
      { time: days(3), rate: 1_100n },
    ];
    expect(vaultRounds(feed, rates)).toEqual({
      // before the first rate it holds (×1), then ×1.0 until day 3, then ×1.1
      answers: [100n, 100n, 200n, 220n],
      times: [days(0), days(1), days(2), days(3)],
    });
  });

  it("starts at the feed's first round and is empty without an accepted rate", () => {
    const feed: Rounds = { answers: [100n], times: [days(2)] };
    expect(vaultRounds(feed, [{ time: days(1), rate: 5n }]).times).toEqual([days(2)]);
    expect(vaultRounds(feed, [])).toEqual({ answers: [], times: [] });
    expect(vaultRounds(feed, [{ time: days(1), rate: 0n }])).toEqual({ answers: [], times: [] });
  });

  it("gives the vault the asset's return plus the yield", () => {
    // asset at 2 000 rising 1 % a day; the vault's rate rising 0.01 % a day
    const n = 10;
    const feed: Rounds = {
      answers: Array.from({ length: n + 1 }, (_, k) => BigInt(Math.round(2_000e8 * 1.01 ** k))),
      times: Array.from({ length: n + 1 }, (_, k) => days(k)),
    };
    const rates = Array.from({ length: n + 1 }, (_, k) => ({
      time: days(k) + 60n,
      rate: BigInt(Math.round(1e12 * 1.0001 ** k)) * 10n ** 18n,
    }));
    const unit: Rounds = { answers: [1e8].map(BigInt), times: [0n] };
    const r = dailyReturns([unit, feed, vaultRounds(feed, rates)], days(n) + 120n, n - 1);
    for (const row of r) {
      expect(row[1]).toBeCloseTo(0.01, 6);
      expect(row[2]).toBeCloseTo(1.01 * 1.0001 - 1, 6);
    }
  });
});

describe("vaultUpper", () => {
  it("gives the vault what its asset's cap leaves above the direct holding", () => {
    expect(vaultUpper(0.4, 0.15)).toBeCloseTo(0.25);
    expect(vaultUpper(0.4, 0.5)).toBe(0);
  });
});

describe("vaultMoveOf", () => {
  const rate = (RATE_SHARES * 105n) / 100n; // 1.05 assets a share
  const v: VaultRaw = {
    vault: "0x00000000000000000000000000000000000000a1",
    asset: "0x00000000000000000000000000000000000000b2",
    shares: 1_000_000n,
    reserved: 100_000n,
    assets: toAssets(1_000_000n, rate),
    within: true,
    maxMoveBps: 100,
  };

  it("deposits the gap for at least its shares less the allowance", () => {
    const m = vaultMoveOf(v, v.assets + 210_000n, rate, 100n, 1_000n)!;
    expect(m).toMatchObject({ into: true, amount: 210_000n, assets: 210_000n });
    expect(toShares(210_000n, rate)).toBe(200_000n);
    expect(m.minOut).toBe(198_000n);
  });

  it("redeems the shares worth the excess for at least their assets less the allowance", () => {
    const m = vaultMoveOf(v, v.assets - 105_000n, rate, 50n, 1_000n)!;
    expect(m).toMatchObject({ into: false, amount: 100_000n, assets: 105_000n });
    expect(m.minOut).toBe((105_000n * 9_950n) / 10_000n);
  });

  it("redeems only unreserved shares, all of them for a target of 0", () => {
    const m = vaultMoveOf(v, 0n, rate, 100n, 1_000n)!;
    expect(m.amount).toBe(900_000n);
    expect(m.assets).toBe(945_000n);
  });

  it("leaves moves under the dust or at a zero rate alone", () => {
    expect(vaultMoveOf(v, v.assets + 999n, rate, 100n, 1_000n)).toBeUndefined();
    expect(vaultMoveOf(v, v.assets - 999n, rate, 100n, 1_000n)).toBeUndefined();
    expect(vaultMoveOf(v, v.assets * 2n, 0n, 100n, 1_000n)).toBeUndefined();
    expect(vaultMoveOf({ ...v, reserved: v.shares }, 0n, rate, 100n, 1_000n)).toBeUndefined();
  });
});

describe("orderCalls", () => {
  it("redeems first, then the swaps in their order, then deposits", () => {
    const base = { vault: "0x1", asset: "0x2", amount: 1n, minOut: 1n, assets: 1n } as const;
    const dep = { ...base, into: true };
    const red = { ...base, into: false };
    const calls = orderCalls([dep, red] as never, ["sell", "buy"]);
    expect(calls.map((c) => (c.kind === "swap" ? c.swap : c.move.into ? "deposit" : "redeem"))).toEqual([
      "redeem",
      "sell",
      "buy",
      "deposit",
    ]);
  });
});
