import { describe, expect, it } from "vitest";
import { accrualTimes, feesPaid } from "./feesPaid.ts";

const fee = (blockNumber: bigint, logIndex: number, m: bigint, p = 0n) => ({
  blockNumber,
  logIndex,
  managementFee: m,
  performanceFee: p,
  feeShares: m + p,
});
const nav = (blockNumber: bigint, logIndex: number, timestamp: bigint) => ({ blockNumber, logIndex, timestamp });

describe("accrualTimes", () => {
  it("takes the time of the NavRecorded that follows in the same block", () => {
    const fees = [fee(10n, 2, 5n), fee(12n, 0, 1n), fee(12n, 4, 1n), fee(20n, 3, 1n)];
    const navs = [
      nav(9n, 0, 90n),
      nav(10n, 1, 100n),
      nav(10n, 3, 101n),
      nav(12n, 1, 120n),
      nav(12n, 5, 121n),
      nav(20n, 1, 200n),
    ];
    // block 20: the only NavRecorded comes before the accrual (a fee change, not a deposit)
    expect(accrualTimes(fees, navs)).toEqual([101n, 120n, 121n, undefined]);
  });
});

describe("feesPaid", () => {
  it("adds up fees and shares and keeps the count and the latest time", () => {
    const timed = [
      { t: 5n, ...fee(1n, 0, 10n, 3n) },
      { t: 9n, ...fee(2n, 0, 7n) },
      { t: 7n, ...fee(3n, 0, 1n, 1n) },
    ];
    expect(feesPaid(timed)).toEqual({ count: 3, management: 18n, performance: 4n, shares: 22n, last: 9n });
    expect(feesPaid([])).toEqual({ count: 0, management: 0n, performance: 0n, shares: 0n, last: undefined });
  });
});
