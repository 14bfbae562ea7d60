import { describe, expect, it } from "vitest";
import { DAY } from "../valuation/returns.ts";
import { yearRisk } from "./risk.ts";

const E18 = 10n ** 18n;
const series = (navs: bigint[], start = 0n) =>
  navs.map((navPerShare, i) => ({ t: start + BigInt(i) * DAY, navPerShare }));

describe("yearRisk", () => {
  it("needs two weeks of history", () => {
    expect(yearRisk(series([E18, E18 + 1n, E18]), 2n * DAY)).toBeUndefined();
  });

  it("gives no ratio for a flat NAV", () => {
    expect(yearRisk(series(Array(30).fill(E18)), 29n * DAY)).toBeUndefined();
  });

  it("measures the drawdown from the running peak and the ratio of return to volatility", () => {
    // Up 10 %, down to 99 % of the start (a 10 % fall from the peak), then up to 105 %, over 30 days.
    const navs = Array.from({ length: 31 }, (_, i) =>
      i <= 10
        ? E18 + (E18 * BigInt(i)) / 100n
        : i <= 20
          ? (E18 * 110n) / 100n - (E18 * 11n * BigInt(i - 10)) / 1000n
          : (E18 * 99n) / 100n + (E18 * 6n * BigInt(i - 20)) / 1000n,
    );
    const r = yearRisk(series(navs), 30n * DAY)!;
    expect(r.days).toBe(30n);
    expect(r.maxDrawdownPpm).toBe(100_000n);
    expect(r.annualReturnPpm).toBeGreaterThan(0n);
    expect(r.sharpe).toBeCloseTo(Number(r.annualReturnPpm) / Number(r.volatilityPpm), 12);
  });

  it("keeps only the last year", () => {
    // A crash two years ago does not count.
    const old = series([E18, E18 / 2n, E18], 0n);
    const recent = series(
      Array.from({ length: 20 }, (_, i) => E18 + BigInt(i % 2) * 10n ** 15n),
      700n * DAY,
    );
    const r = yearRisk([...old, ...recent], 719n * DAY)!;
    expect(r.maxDrawdownPpm).toBeLessThan(1_000n);
  });
});
