import { describe, expect, it } from "vitest";
import {
  claimableRows,
  distributionNav,
  entitlement,
  navPerShare,
  roundingDust,
  type DistributionRaw,
} from "./index.ts";

const d = (id: bigint, amount: bigint, supply: bigint): DistributionRaw => ({
  id,
  amount,
  claimed: 0n,
  snapshot: 100n,
  time: 200n,
  supply,
  navBefore: 0n,
  navAfter: 0n,
});

describe("distributions", () => {
  it("pays pro rata to the snapshot, rounded down like the contract", () => {
    expect(entitlement(100n, 1n, 3n)).toBe(33n);
    expect(entitlement(10n ** 30n, 2n, 3n)).toBe(666666666666666666666666666666n);
    expect(entitlement(5n, 0n, 3n)).toBe(0n);
    expect(entitlement(5n, 1n, 0n)).toBe(0n);
  });

  it("never pays out more than was set aside, whatever the balances", () => {
    for (const [amount, balances] of [
      [1n, [1n, 1n, 1n]],
      [7n, [3n, 5n, 11n, 13n]],
      [999_999n, [10n ** 18n + 1n, 3n, 10n ** 12n]],
    ] as const) {
      const supply = balances.reduce((s, b) => s + b, 0n);
      const dust = roundingDust(amount, balances, supply);
      expect(dust >= 0n && dust < BigInt(balances.length)).toBe(true);
    }
  });

  it("gives the NAV per whole share before and after the cash left", () => {
    // 1,000,000 USDC (6 decimals) over 900,000 shares of 12 decimals.
    const gav = 1_000_000n * 10n ** 6n;
    const supply = 900_000n * 10n ** 12n;
    expect(navPerShare(gav, supply, 12)).toBe(1_111_111n);
    expect(distributionNav(gav, supply, 100_000n * 10n ** 6n, 12)).toEqual({ before: 1_111_111n, after: 1_000_000n });
    expect(navPerShare(1n, 0n, 12)).toBe(0n);
  });

  it("lists what a holder can still claim, leaving out claimed and zero parts", () => {
    const list = [d(0n, 1_000n, 10n), d(1n, 1_000n, 10n), d(2n, 5n, 10n ** 6n)];
    const rows = claimableRows(
      list,
      () => 3n,
      (x) => x.id === 1n,
    );
    expect(rows.map((r) => [r.distribution.id, r.amount])).toEqual([[0n, 300n]]);
  });
});
