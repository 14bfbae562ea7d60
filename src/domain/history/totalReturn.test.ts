import { describe, expect, it } from "vitest";
import {
  GROWTH_UNIT,
  historyEntries,
  nextGrowth,
  reinvested,
  totalReturnSeries,
  type HistoryEntry,
} from "./totalReturn.ts";
import { windowReturnPpm } from "../valuation/returns.ts";

const record = (t: bigint, gav: bigint, totalSupply: bigint): HistoryEntry => ({
  kind: "nav",
  record: { timestamp: t, gav, totalSupply },
});

describe("nextGrowth", () => {
  it("multiplies the index by the fall, rounding down", () => {
    expect(nextGrowth(GROWTH_UNIT, 100n, 96n)).toBe((GROWTH_UNIT * 100n) / 96n);
    expect(nextGrowth(GROWTH_UNIT, 3n, 3n)).toBe(GROWTH_UNIT);
  });
  it("saturates instead of failing when nothing is left or the index would not fit", () => {
    const max = (1n << 192n) - 1n;
    expect(nextGrowth(GROWTH_UNIT, 100n, 0n)).toBe(max);
    expect(nextGrowth(max / 2n, 10n, 1n)).toBe(max);
    expect(nextGrowth(max, 2n, 1n)).toBe(max);
  });
});

describe("reinvested", () => {
  it("leaves a point under the latest index as it is and never reaches 0", () => {
    expect(reinvested(1_000n, 5n, 5n)).toBe(1_000n);
    expect(reinvested(1_000n, GROWTH_UNIT, 2n * GROWTH_UNIT)).toBe(500n);
    expect(reinvested(1n, GROWTH_UNIT, 3n * GROWTH_UNIT)).toBe(1n);
  });
});

describe("totalReturnSeries", () => {
  it("without distributions is the NAV per share series", () => {
    const s = totalReturnSeries([record(1n, 100n, 100n), record(2n, 0n, 0n), record(3n, 110n, 100n)], 0);
    expect(s).toEqual({
      nav: [
        { t: 1n, navPerShare: 1n },
        { t: 3n, navPerShare: 1n },
      ],
      distributions: 0,
    });
  });

  it("counts a distribution as cash returned, not a loss: flat assets give a zero total return", () => {
    // 1,000 shares (6 decimals) worth 1.000000 each; 40 of the 1,000 paid out: 1.00 → 0.96 a share.
    const s = totalReturnSeries(
      [
        record(10n, 1_000_000_000n, 1_000_000_000n),
        { kind: "distribution", navBefore: 1_000_000n, navAfter: 960_000n },
        record(20n, 960_000_000n, 1_000_000_000n),
      ],
      6,
    );
    expect(s.distributions).toBe(1);
    expect(s.nav.map((p) => p.navPerShare)).toEqual([960_000n, 960_000n]);
    expect(windowReturnPpm(s.nav, 10n)).toBe(0n);
  });

  it("chains distributions: a 10 % gain, a payout, another 10 % gain reads as 21 %", () => {
    const s = totalReturnSeries(
      [
        record(1n, 100_000_000n, 100_000_000n), // 1.000000
        record(2n, 110_000_000n, 100_000_000n), // 1.100000
        { kind: "distribution", navBefore: 1_100_000n, navAfter: 1_000_000n },
        record(3n, 100_000_000n, 100_000_000n), // 1.000000 after paying 0.10 a share
        record(4n, 110_000_000n, 100_000_000n), // 1.100000
      ],
      6,
    );
    // 1.1 × 1.1 − 1 = 21 %; the earlier points round down (0.909090), which adds 1 ppm.
    expect(s.nav[0].navPerShare).toBe(909_090n);
    expect(windowReturnPpm(s.nav, 1n)).toBe(210_001n);
    expect(s.nav.at(-1)!.navPerShare).toBe(1_100_000n);
  });
});

describe("historyEntries", () => {
  it("merges the two logs in chain order, by block then log index", () => {
    const nav = (blockNumber: bigint, logIndex: number, t: bigint) => ({
      blockNumber,
      logIndex,
      args: { gav: 1n, totalSupply: 1n, timestamp: t },
    });
    const paid = (blockNumber: bigint, logIndex: number) => ({
      blockNumber,
      logIndex,
      args: { navPerShareBefore: 2n, navPerShareAfter: 1n },
    });
    const e = historyEntries([nav(1n, 0, 1n), nav(5n, 3, 2n), nav(10n, 0, 3n)], [paid(5n, 2), paid(9n, 7)]);
    expect(e.map((x) => (x.kind === "nav" ? x.record.timestamp : "d"))).toEqual([1n, "d", 2n, "d", 3n]);
  });
});
