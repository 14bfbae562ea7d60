import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimate, ledoitWolf, PERIODS_PER_YEAR, shrinkToZero } from "./estimate.ts";
import { dailyCloses, dailyReturns, DAY } from "./history.ts";

// A reproducible stream of normal draws (Box–Muller on an LCG).
function normals(seed: number) {
  let s = seed >>> 0 || 1;
  const u = () => ((s = (s * 1_103_515_245 + 12_345) >>> 0) + 1) / (2 ** 32 + 1);
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

describe("daily closes and returns", () => {
  const end = 10n * DAY;
  it("takes the answer in force at each daily instant, ignoring rounds in between", () => {
    const r = { answers: [100n, 110n, 120n, 130n], times: [0n, DAY, DAY + 3_600n, 3n * DAY] };
    expect(dailyCloses(r, 4n * DAY, 4)).toEqual([100n, 110n, 120n, 130n, 130n]);
    expect(dailyCloses(r, 4n * DAY, 5)[0]).toBeUndefined();
  });

  it("measures returns in the denomination and drops the days a feed had no price", () => {
    const usd = { answers: [100n], times: [0n] };
    const eth = { answers: [200n, 220n, 198n], times: [8n * DAY, 9n * DAY, 10n * DAY] };
    const rows = dailyReturns([usd, eth], end, 5);
    expect(rows).toHaveLength(2);
    expect(rows[0][0]).toBe(0);
    expect(rows[0][1]).toBeCloseTo(0.1, 12);
    expect(rows[1][1]).toBeCloseTo(-0.1, 12);
    // Priced in ETH, the dollar moves the other way.
    const inEth = dailyReturns([eth, usd], end, 5);
    expect(inEth[0][1]).toBeCloseTo(200 / 220 - 1, 12);
  });
});

describe("shrinkage", () => {
  const sample = (t: number, n: number, seed: number) => {
    const z = normals(seed);
    const common = Array.from({ length: t }, () => z());
    // Loadings on a common factor differ, so correlations are not all equal: the target is wrong by a fixed amount.
    const beta = [0.9, 0.1, 0.7, -0.3, 0.5, 0.2];
    return common.map((c) => Array.from({ length: n }, (_, i) => 0.01 * (beta[i] * c + 0.5 * z()) * (1 + i / 4)));
  };

  it(
    "Ledoit–Wolf: intensity in [0, 1], a symmetric matrix between the sample and the target, and shrinking " +
      "less with more data",
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 2, max: 6 }), fc.integer(), (n, seed) => {
          const x = sample(60, n, seed);
          const { cov, intensity } = ledoitWolf(x);
          expect(intensity).toBeGreaterThanOrEqual(0);
          expect(intensity).toBeLessThanOrEqual(1);
          cov.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(cov[j][i], 15)));
          // The variances are the target's and the sample's alike: unchanged.
          cov.forEach((r, i) => expect(r[i]).toBeCloseTo(x.reduce((a, row) => a + row[i] * row[i], 0) / x.length, 15));
        }),
        { numRuns: 50 },
      );
      const few = ledoitWolf(sample(40, 5, 7)).intensity;
      const many = ledoitWolf(sample(4_000, 5, 7)).intensity;
      expect(many).toBeLessThan(few);
    },
  );

  it("shrinks every mean by one factor towards zero, less with more years, and says how uncertain they stay", () => {
    const m = [1.09, -0.2, 0.05];
    const year = shrinkToZero(m, 1);
    // τ = 0.5, one year: k = 0.25 / (0.25 + 1) = 0.2; the posterior covariance is k/T = 0.2 of Σ.
    expect(year.k).toBeCloseTo(0.2, 12);
    year.mu.forEach((x, i) => expect(x).toBeCloseTo(0.2 * m[i], 12));
    expect(year.uncertainty).toBeCloseTo(0.2, 12);
    const quarter = shrinkToZero(m, 0.25);
    expect(quarter.k).toBeCloseTo(0.25 / (0.25 + 4), 12);
    expect(Math.abs(quarter.mu[0])).toBeLessThan(Math.abs(year.mu[0]));
    expect(quarter.uncertainty).toBeGreaterThan(year.uncertainty);
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 50, noNaN: true }),
        fc.double({ min: -5, max: 5, noNaN: true }),
        (t, x) => {
          const p = shrinkToZero([x], t);
          expect(p.k).toBeGreaterThan(0);
          expect(p.k).toBeLessThan(1);
          expect(Math.abs(p.mu[0])).toBeLessThanOrEqual(Math.abs(x));
          expect(Math.sign(p.mu[0]) * Math.sign(x)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
    expect(shrinkToZero(m, 0).mu).toEqual([0, 0, 0]);
  });

  it("a 109 % sample return over a year becomes about 22 %, with a standard error of 0.45 of the volatility", () => {
    const rows = sample(365, 2, 5).map((r) => [0, r[0] + 1.09 / PERIODS_PER_YEAR, r[1]]);
    const e = estimate(rows, 3);
    expect(e.mu[1]).toBeCloseTo(0.2 * e.sampleMu[1], 12);
    expect(e.meanShrinkage).toBeCloseTo(0.8, 12);
    expect(Math.sqrt(e.uncertainty)).toBeCloseTo(Math.sqrt(0.2), 12);
  });

  it("annualises, and keeps the riskless unit at zero return and zero risk", () => {
    const rows = sample(200, 3, 3).map((r) => [0, ...r]);
    const e = estimate(rows, 4);
    expect(e.days).toBe(200);
    expect(e.mu[0]).toBe(0);
    e.cov[0].forEach((v) => expect(v).toBe(0));
    const daily = rows.reduce((a, r) => a + r[1], 0) / rows.length;
    expect(e.sampleMu[1]).toBeCloseTo(daily * PERIODS_PER_YEAR, 12);
    expect(e.cov[1][1]).toBeGreaterThan(0);
  });
});
