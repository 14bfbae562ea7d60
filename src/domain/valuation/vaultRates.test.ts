import { describe, expect, it } from "vitest";
import { DAY, vaultRateBps } from "./vaultRates.ts";

const R = 10n ** 27n;

describe("vaultRateBps", () => {
  /** Compounding daily by `growthPerDayWad`. */
  const daily = (days: number, growthPerDayWad: bigint) => {
    let rate = R;
    return Array.from({ length: days + 1 }, (_, d) => {
      if (d > 0) rate += (rate * growthPerDayWad) / 10n ** 18n;
      return { time: 1_000n + BigInt(d) * DAY, rate };
    });
  };

  it("gives the simple yearly rate over the window", () => {
    // 1 bp a day: 3.65 % a year (a little more, compounded over the window).
    const points = daily(40, 10n ** 14n);
    expect(vaultRateBps(points, 7)).toBe(365n);
    expect(vaultRateBps(points, 30)).toBe(365n);
  });

  it("is negative across a slashing, and undefined where the history is too short", () => {
    const points = daily(10, 10n ** 14n);
    const last = points[points.length - 1];
    points.push({ time: last.time + DAY, rate: (last.rate * 94n) / 100n });
    expect(vaultRateBps(points, 7)! < 0n).toBe(true);
    expect(vaultRateBps(points, 30)).toBeUndefined();
    expect(vaultRateBps(points.slice(0, 1), 7)).toBeUndefined();
  });

  it("starts from the last rate at or before the window's start, whatever the order given", () => {
    const points = [
      { time: 0n, rate: R },
      { time: 10n * DAY, rate: (R * 101n) / 100n },
      { time: 3n * DAY, rate: R },
    ];
    // From day 3 (rate 1) to day 10 (1.01): 1 % in 7 days.
    expect(vaultRateBps(points, 7)).toBe((100n * 365n) / 7n);
  });
});
