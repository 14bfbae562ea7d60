import { describe, expect, it } from "vitest";
import { DAY } from "../valuation/returns.ts";
import {
  endingAt,
  indexedToCommonStart,
  navPerShare,
  navSeries,
  returnsToNow,
  sparkline,
  windowReturns,
} from "./index.ts";

const rec = (day: number, gav: bigint, totalSupply: bigint) => ({
  gav,
  totalSupply,
  timestamp: BigInt(day) * DAY + 3_600n,
});
const pt = (day: number, navPerShare: bigint) => ({ t: BigInt(day) * DAY, navPerShare });

describe("navPerShare", () => {
  it("is gav × 10^shareDecimals / totalSupply, floored, and exact beyond 2^53", () => {
    // 1,234.567891 USDC over 1,000 shares of 12 decimals
    expect(navPerShare(rec(0, 1_234_567_891n, 1_000n * 10n ** 12n), 12)).toBe(1_234_567n);
    const big = 10n ** 40n + 7n;
    expect(navPerShare(rec(0, big, 3n * 10n ** 18n), 18)).toBe(big / 3n);
    expect(navPerShare(rec(0, 5n, 0n), 18)).toBeUndefined();
  });
});

describe("navSeries", () => {
  it("keeps chain order and skips records without shares", () => {
    const s = navSeries([rec(0, 0n, 0n), rec(1, 100n, 100n), rec(2, 220n, 200n)], 0);
    expect(s).toEqual([
      { t: DAY + 3_600n, navPerShare: 1n },
      { t: 2n * DAY + 3_600n, navPerShare: 1n },
    ]);
  });
});

describe("windowReturns", () => {
  const series = Array.from({ length: 400 }, (_, d) => pt(d, 1_000_000n + BigInt(d) * 1_000n));
  const now = 399n * DAY;
  it("measures each window from the point at its start to the last point, in ppm", () => {
    const r = windowReturns(series, now);
    // 7 d: 1,392,000 → 1,399,000
    expect(r.d7).toBe(((1_399_000n - 1_392_000n) * 1_000_000n) / 1_392_000n);
    expect(r.d30).toBe(((1_399_000n - 1_369_000n) * 1_000_000n) / 1_369_000n);
    expect(r.y1).toBe(((1_399_000n - 1_034_000n) * 1_000_000n) / 1_034_000n);
  });
  it("has no return for a window the history does not cover", () => {
    const young = series.slice(380);
    const r = windowReturns(young, now);
    expect(r.d7).toBeDefined();
    expect(r.d30).toBeUndefined();
    expect(r.y1).toBeUndefined();
    // a history that starts a day after the year's start still has a 1-year return
    expect(windowReturns(series.slice(35), now).y1).toBe(((1_399_000n - 1_035_000n) * 1_000_000n) / 1_035_000n);
    expect(windowReturns(series.slice(40), now).y1).toBeUndefined();
    expect(windowReturns([], now)).toEqual({ d7: undefined, d30: undefined, y1: undefined });
  });
  it("rounds a loss toward −∞", () => {
    const r = windowReturns([pt(0, 3n), pt(8, 2n)], 8n * DAY);
    expect(r.d7).toBe(-333_334n);
  });
});

describe("sparkline", () => {
  it("spans the box, highest value at the top", () => {
    const s = sparkline([pt(0, 10n), pt(1, 30n), pt(2, 20n)], 100, 20)!;
    expect(s.points).toBe("0.0,20.0 50.0,0.0 100.0,10.0");
    expect(s.trend).toBe("up");
  });
  it("keeps the last point of each day and needs two days", () => {
    expect(sparkline([pt(0, 1n), { t: 3_600n, navPerShare: 2n }], 10, 10)).toBeUndefined();
    expect(sparkline([pt(0, 5n), pt(1, 5n)], 10, 10)!.trend).toBe("flat");
  });
});

describe("indexedToCommonStart", () => {
  it("indexes every series to 100 on the first day they all have", () => {
    const rows = indexedToCommonStart({
      a: [pt(0, 50n), pt(2, 100n), pt(3, 110n), pt(4, 121n)],
      b: [pt(2, 7n), pt(4, 14n)],
    });
    expect(rows.map((r) => r.t)).toEqual([2, 3, 4].map((d) => d * 86_400_000));
    expect(rows.map((r) => r.a)).toEqual([100, 110, 121]);
    // b has no point on day 3: its last value carries over
    expect(rows.map((r) => r.b)).toEqual([100, 100, 200]);
  });
  it("is empty when a series is empty or the ranges do not meet", () => {
    expect(indexedToCommonStart({ a: [pt(0, 1n)], b: [] })).toEqual([]);
    expect(indexedToCommonStart({ a: [pt(0, 1n)], b: [pt(5, 1n)] })).toEqual([]);
  });
});

describe("endingAt", () => {
  const series = [
    { t: 10n, v: 1n },
    { t: 20n, v: 2n },
  ];
  it("appends today's point after the last record", () => {
    expect(endingAt(series, { t: 30n, v: 3n })).toEqual([...series, { t: 30n, v: 3n }]);
  });
  it("replaces a record made at the same time, and ignores an earlier point", () => {
    expect(endingAt(series, { t: 20n, v: 5n })).toEqual([
      { t: 10n, v: 1n },
      { t: 20n, v: 5n },
    ]);
    expect(endingAt(series, { t: 15n, v: 5n })).toEqual(series);
  });
  it("starts a series that has no records", () => {
    expect(endingAt([], { t: 1n, v: 1n })).toEqual([{ t: 1n, v: 1n }]);
  });
});

describe("returnsToNow", () => {
  const now = 400n * DAY;
  const history = [
    { t: now - 10n * DAY, navPerShare: 100n },
    { t: now - 2n * DAY, navPerShare: 110n },
  ];
  it("carries the history to the NAV read now, so the last figure is the one on screen", () => {
    // 7 days back the NAV was 100 (the point before the window's start); now it is 121: +21 %.
    expect(returnsToNow(history, { t: now, navPerShare: 121n })?.d7).toBe(210_000n);
    // Without a current NAV the history's last point stands.
    expect(returnsToNow(history, { t: now, navPerShare: 0n })?.d7).toBe(100_000n);
  });
  it("values every point in the unit before taking returns, and waits for its prices", () => {
    // The unit halves in value over the window: the same NAV doubles in it.
    const convert = (ps: { t: bigint; v: bigint }[]) => ps.map((p) => ({ t: p.t, v: p.t >= now ? p.v * 2n : p.v }));
    expect(returnsToNow(history, { t: now, navPerShare: 100n }, convert)?.d7).toBe(1_000_000n);
    expect(returnsToNow(history, { t: now, navPerShare: 100n }, () => undefined)).toBeUndefined();
  });
});
