import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { solve, sum, type Mat } from "./linalg.ts";
import { evaluate, frontier, maxReturn, maxSharpe, minVariance, sharpe, targetRisk, type Model } from "./optimise.ts";
import type { Box } from "./qp.ts";

const free = (n: number): Box => ({ lower: new Array(n).fill(-100), upper: new Array(n).fill(100) });
const covOf = (a: Mat, ridge: number): Mat =>
  a.map((r, i) => a.map((s, j) => r.reduce((x, v, k) => x + v * s[k], 0) + (i === j ? ridge : 0)));

describe("closed forms", () => {
  it("two assets: w1 = (σ2² − σ12) / (σ1² + σ2² − 2σ12)", () => {
    for (const [s1, s2, rho] of [
      [0.8, 0.5, 0.3],
      [0.2, 0.9, -0.4],
      [0.6, 0.6, 0.95],
      [1.2, 0.1, 0],
    ]) {
      const s12 = rho * s1 * s2;
      const m: Model = {
        mu: [0.1, 0.2],
        cov: [
          [s1 * s1, s12],
          [s12, s2 * s2],
        ],
      };
      const w1 = (s2 * s2 - s12) / (s1 * s1 + s2 * s2 - 2 * s12);
      const p = minVariance(m, free(2));
      expect(p.weights[0]).toBeCloseTo(w1, 9);
      expect(p.weights[1]).toBeCloseTo(1 - w1, 9);
    }
  });

  it("n assets, unconstrained: w ∝ Σ⁻¹1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) =>
          fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }), {
            minLength: n,
            maxLength: n,
          }),
        ),
        (a) => {
          const cov = covOf(a, 0.05);
          const x = solve(
            cov,
            cov.map(() => 1),
          )!;
          const expected = x.map((v) => v / sum(x));
          const p = minVariance({ mu: cov.map(() => 0), cov }, free(cov.length));
          p.weights.forEach((w, i) => expect(w).toBeCloseTo(expected[i], 7));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a riskless asset makes minimum variance all of it, up to its cap", () => {
    const m: Model = {
      mu: [0, 0.3, 0.5],
      cov: [
        [0, 0, 0],
        [0, 0.4, 0.1],
        [0, 0.1, 0.6],
      ],
    };
    expect(minVariance(m, { lower: [0, 0, 0], upper: [1, 1, 1] }).weights[0]).toBeCloseTo(1, 9);
    const capped = minVariance(m, { lower: [0, 0, 0], upper: [0.5, 1, 1] });
    expect(capped.weights[0]).toBeCloseTo(0.5, 9);
    // The rest is the two-asset minimum-variance mix, scaled.
    const w1 = (0.6 - 0.1) / (0.4 + 0.6 - 0.2);
    expect(capped.weights[1] / 0.5).toBeCloseTo(w1, 7);
  });
});

// Random guidelines: caps that can hold the whole fund, some assets not allowed, some fixed.
const problem = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc
    .record({
      a: fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: n, maxLength: n }), {
        minLength: n,
        maxLength: n,
      }),
      mu: fc.array(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { minLength: n, maxLength: n }),
      caps: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
      banned: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      fixed: fc.option(fc.tuple(fc.nat(n - 1), fc.double({ min: 0, max: 0.3, noNaN: true }))),
      riskless: fc.boolean(),
      seed: fc.integer(),
    })
    .map(({ a, mu, caps, banned, fixed, riskless, seed }) => {
      const cov = covOf(a, 0.01);
      if (riskless)
        cov.forEach((r, i) =>
          r.forEach((_, j) => {
            if (i === 0 || j === 0) r[j] = 0;
          }),
        );
      const upper = caps.map((c, i) => (i === 0 ? 1 : banned[i] ? 0 : c));
      const lower = upper.map(() => 0);
      if (fixed && fixed[0] !== 0) [lower[fixed[0]], upper[fixed[0]]] = [fixed[1], fixed[1]];
      return { model: { mu: riskless ? [0, ...mu.slice(1)] : mu, cov }, box: { lower, upper }, banned, seed };
    }),
);

function randomFeasible(box: Box, seed: number): number[] {
  let s = seed >>> 0 || 1;
  const rand = () => (s = (s * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
  const w = [...box.lower];
  const order = w.map((_, i) => i).sort(() => rand() - 0.5);
  let left = 1 - sum(w);
  for (const i of order) {
    const add = Math.min(box.upper[i] - w[i], left * (order.at(-1) === i ? 1 : rand()));
    w[i] += add;
    left -= add;
  }
  for (const i of order) {
    const add = Math.min(box.upper[i] - w[i], left);
    w[i] += add;
    left -= add;
  }
  return w;
}

function expectWithin(w: number[], box: Box, banned: boolean[]) {
  expect(Math.abs(sum(w) - 1)).toBeLessThanOrEqual(1e-9);
  w.forEach((x, i) => {
    expect(x).toBeGreaterThanOrEqual(box.lower[i] - 1e-12);
    expect(x).toBeLessThanOrEqual(box.upper[i] + 1e-12);
    expect(x).toBeGreaterThanOrEqual(0);
    if (banned[i] && i !== 0 && box.lower[i] === 0) expect(x).toBe(0);
  });
}

describe("on random inputs", () => {
  it("every objective keeps every constraint: weights ≥ 0, sum 1, each ≤ its cap, not-allowed = 0", () => {
    fc.assert(
      fc.property(problem, ({ model, box, banned }) => {
        const least = minVariance(model, box);
        const top = maxReturn(model, box);
        for (const p of [
          least,
          maxSharpe(model, box),
          targetRisk(model, box, (least.vol + top.vol) / 2),
          top,
          ...frontier(model, box, 12),
        ]) {
          expectWithin(p.weights, box, banned);
        }
      }),
      { numRuns: 300 },
    );
  });

  it(
    "no random feasible portfolio has less variance than the minimum-variance one, or a better Sharpe ratio " +
      "than the maximum (among those expected to beat cash)",
    () => {
      fc.assert(
        fc.property(problem, ({ model, box, seed }) => {
          const least = minVariance(model, box);
          const best = maxSharpe(model, box);
          for (let k = 0; k < 50; k++) {
            const p = evaluate(model, randomFeasible(box, seed + k));
            expect(p.vol ** 2).toBeGreaterThanOrEqual(least.vol ** 2 - 1e-9);
            if (p.vol > 1e-6 && p.ret > 0)
              expect(sharpe(p)).toBeLessThanOrEqual(sharpe(best) + 1e-6 * Math.max(1, Math.abs(sharpe(best))));
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it("the target-risk portfolio stays within its risk and the frontier rises with risk", () => {
    fc.assert(
      fc.property(problem, ({ model, box }) => {
        const least = minVariance(model, box);
        const top = maxReturn(model, box);
        const target = (least.vol + top.vol) / 2;
        expect(targetRisk(model, box, target).vol).toBeLessThanOrEqual(target + 1e-9);
        const f = frontier(model, box, 12);
        for (let k = 1; k < f.length; k++) {
          expect(f[k].vol).toBeGreaterThanOrEqual(f[k - 1].vol - 1e-7);
          expect(f[k].ret).toBeGreaterThanOrEqual(f[k - 1].ret - 1e-7);
        }
      }),
      { numRuns: 200 },
    );
  });
});
