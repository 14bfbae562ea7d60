import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gavUsdWad, usdIn } from "../valuation/gav.ts";
import { answerAt, convertSeries, historyAtTimes, type FeedHistory } from "./convert.ts";

const usdc: FeedHistory = {
  feedDecimals: 8,
  decimals: 6,
  rounds: [
    { answer: 100_000_000n, updatedAt: 100n },
    { answer: 99_000_000n, updatedAt: 200n },
  ],
};
const eth: FeedHistory = {
  feedDecimals: 8,
  decimals: 18,
  rounds: [
    { answer: 2_000n * 10n ** 8n, updatedAt: 150n },
    { answer: 4_000n * 10n ** 8n, updatedAt: 300n },
  ],
};

describe("answerAt", () => {
  it("takes the last round recorded at or before the time", () => {
    expect(answerAt(usdc.rounds, 99n)).toBeUndefined();
    expect(answerAt(usdc.rounds, 100n)).toBe(100_000_000n);
    expect(answerAt(usdc.rounds, 199n)).toBe(100_000_000n);
    expect(answerAt(usdc.rounds, 200n)).toBe(99_000_000n);
    expect(answerAt(usdc.rounds, 10n ** 12n)).toBe(99_000_000n);
    expect(answerAt([], 5n)).toBeUndefined();
  });
  it("has no price from a non-positive answer", () => {
    expect(answerAt([{ answer: 0n, updatedAt: 1n }], 2n)).toBeUndefined();
    expect(answerAt([{ answer: -5n, updatedAt: 1n }], 2n)).toBeUndefined();
  });
  it("agrees with a linear scan on random histories, equal times included", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 20n }))),
        fc.bigInt({ min: 0n, max: 400n }),
        (xs, t) => {
          let time = 0n;
          const rounds = xs.map(([answer, dt]) => ({ answer, updatedAt: (time += dt) }));
          const linear = rounds.filter((r) => r.updatedAt <= t).at(-1)?.answer;
          expect(answerAt(rounds, t)).toBe(linear);
        },
      ),
    );
  });
});

describe("convertSeries", () => {
  const points = [
    { t: 50n, v: 1_000_000n },
    { t: 120n, v: 2_000_000n },
    { t: 160n, v: 2_000_000n },
    { t: 250n, v: 3_000_000n },
    { t: 400n, v: 3_000_000n },
  ];
  it("values each point in USD (WAD) at the asset's price of its time", () => {
    expect(convertSeries(points, usdc)).toEqual([
      { t: 120n, v: 2n * 10n ** 18n },
      { t: 160n, v: 2n * 10n ** 18n },
      { t: 250n, v: 297n * 10n ** 16n },
      { t: 400n, v: 297n * 10n ** 16n },
    ]);
  });
  it("values each point in another token at both prices of its time, leaving out points without one", () => {
    // 2 USDC at 1 USD / 2,000 USD per ETH = 0.001 ETH; 3 USDC at 0.99 / 2,000; then / 4,000
    expect(convertSeries(points, usdc, eth)).toEqual([
      { t: 160n, v: 10n ** 15n },
      { t: 250n, v: 1_485n * 10n ** 12n },
      { t: 400n, v: 7_425n * 10n ** 11n },
    ]);
  });
  it("is the engine's conversion with the prices in force, point by point", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 0n, max: 500n }), (v, t) => {
        const [out] = convertSeries([{ t, v }], usdc, eth);
        const [pa, pe] = [answerAt(usdc.rounds, t), answerAt(eth.rounds, t)];
        if (pa === undefined || pe === undefined) expect(out).toBeUndefined();
        else
          expect(out).toEqual({
            t,
            v: usdIn(gavUsdWad(v, { answer: pa, feedDecimals: 8, decimals: 6 }), {
              answer: pe,
              feedDecimals: 8,
              decimals: 18,
            }),
          });
      }),
    );
  });
});

describe("historyAtTimes", () => {
  it("converts a series at the sampled times exactly as the whole history does", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            dt: fc.bigInt({ min: 0n, max: 500n }),
            answer: fc.oneof(fc.constant(0n), fc.bigInt({ min: -5n, max: 10n ** 12n })),
          }),
          {
            maxLength: 30,
          },
        ),
        fc.array(fc.record({ t: fc.bigInt({ min: 0n, max: 20_000n }), v: fc.bigInt({ min: 1n, max: 10n ** 24n }) }), {
          maxLength: 20,
        }),
        (steps, raw) => {
          let at = 1n;
          const rounds = steps.map((s) => ({ answer: s.answer, updatedAt: (at += s.dt) }));
          const whole: FeedHistory = { rounds, feedDecimals: 8, decimals: 18 };
          const points = [...raw].sort((a, b) => (a.t < b.t ? -1 : a.t > b.t ? 1 : 0));
          const times = [...new Set(points.map((p) => p.t))];
          // What the lens answers: the round in force at each time, 0 before the first.
          const answers = times.map((t) => {
            const inForce = rounds.filter((r) => r.updatedAt <= t).at(-1);
            return inForce ? inForce.answer : 0n;
          });
          const sampled = historyAtTimes(times, answers, whole);
          expect(convertSeries(points, sampled)).toEqual(convertSeries(points, whole));
          expect(convertSeries(points, usdc, sampled)).toEqual(convertSeries(points, usdc, whole));
        },
      ),
    );
  });
});
