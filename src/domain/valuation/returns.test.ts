import { describe, expect, it } from "vitest";
import { annualisedReturnPpm, DAY, daily, maxDrawdownPpm, volatilityPpm, windowReturnPpm } from "./returns.ts";

const YEAR = 365n * DAY;
const pts = (...xs: [bigint, bigint][]) => xs.map(([t, navPerShare]) => ({ t, navPerShare }));

describe("returns", () => {
  it("measures the return over a window from the last NAV at or before each end", () => {
    const h = pts([0n, 1_000_000n], [DAY, 1_100_000n], [2n * DAY, 990_000n], [3n * DAY, 1_210_000n]);
    expect(windowReturnPpm(h, 0n)).toBe(210_000n);
    expect(windowReturnPpm(h, DAY + 5n, 2n * DAY + 5n)).toBe(-100_000n);
    expect(windowReturnPpm(h.slice(0, 1), 0n)).toBeUndefined();
  });

  it("annualises by compounding", () => {
    expect(annualisedReturnPpm(pts([0n, 1_000_000n], [2n * YEAR, 1_210_000n]))).toBe(100_000n);
    expect(annualisedReturnPpm(pts([0n, 1_000_000n], [YEAR / 2n, 1_100_000n]))).toBe(210_000n);
  });

  it("takes the daily close and annualises the volatility of daily log returns", () => {
    expect(daily(pts([0n, 1n], [DAY - 1n, 2n], [DAY, 3n])).map((p) => p.navPerShare)).toEqual([2n, 3n]);
    expect(volatilityPpm(pts([0n, 100n], [DAY, 110n], [2n * DAY, 121n]))).toBe(0n); // constant growth
    const up = Math.log(1.01),
      down = Math.log(0.99);
    const h = pts([0n, 1_000_000n], [DAY, 1_010_000n], [2n * DAY, 999_900n], [3n * DAY, 1_009_899n]);
    const mean = (up + down + up) / 3;
    const sd = Math.sqrt(((up - mean) ** 2 * 2 + (down - mean) ** 2) / 2);
    expect(Number(volatilityPpm(h))).toBeCloseTo(sd * Math.sqrt(365) * 1e6, -1);
  });

  it("finds the largest fall from a running peak", () => {
    const h = pts([0n, 100n], [1n, 120n], [2n, 90n], [3n, 130n], [4n, 104n], [5n, 140n]);
    expect(maxDrawdownPpm(h)).toBe(250_000n);
    expect(maxDrawdownPpm(pts([0n, 1n], [1n, 2n]))).toBe(0n);
  });
});
