import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conditionMet, scanReports, type Report } from "./condition.ts";

const TARGET = 50_000_000n * 10n ** 8n;

/** Brute force: the longest t_j - t_i over report spans in [from, to] that all qualify. */
function reference(all: readonly Report[], from: bigint, to: bigint, maxGap: bigint) {
  const rs = all.filter((r) => r.time >= from && r.time <= to);
  let found = false;
  let longest = 0n;
  for (let i = 0; i < rs.length; i++) {
    for (let j = i; j < rs.length; j++) {
      let ok = true;
      for (let k = i; k <= j; k++)
        if (rs[k].tvl < TARGET || (k > i && rs[k].time - rs[k - 1].time > maxGap)) ok = false;
      if (ok && (!found || rs[j].time - rs[i].time > longest)) [found, longest] = [true, rs[j].time - rs[i].time];
    }
  }
  return { found, longest };
}

const series = fc
  .record({
    maxGap: fc.bigInt(1n, 100n),
    steps: fc.array(
      fc.record({ gap: fc.bigInt(0n, 250n), above: fc.integer({ min: 0, max: 9 }), delta: fc.bigInt(0n, 1000n) }),
      { maxLength: 40 },
    ),
    from: fc.bigInt(0n, 2000n),
    length: fc.bigInt(0n, 3000n),
  })
  .map(({ maxGap, steps, from, length }) => {
    let t = 1n;
    const reports = steps.map((s) => {
      t += s.gap;
      // Three in ten on target exactly or above it by a little, the rest below or well above.
      const tvl =
        s.above < 3
          ? TARGET - 1n - s.delta
          : s.above < 5
            ? TARGET + (s.above === 3 ? 0n : s.delta)
            : TARGET + 1_000_000n;
      return { time: t, tvl };
    });
    return { reports, maxGap, from, to: from + length };
  });

describe("scanReports", () => {
  it("finds the same longest run as a brute-force reading of DESIGN §5", () => {
    fc.assert(
      fc.property(series, ({ reports, maxGap, from, to }) => {
        const { scan } = scanReports({ reports, from, to, target: TARGET, maxGap });
        const ref = reference(reports, from, to, maxGap);
        expect(scan.longestEnd !== 0n).toBe(ref.found);
        expect(scan.longest).toBe(ref.longest);
      }),
      { numRuns: 500 },
    );
  });

  it("splits the qualifying reports into maximal runs, the longest among them", () => {
    fc.assert(
      fc.property(series, ({ reports, maxGap, from, to }) => {
        const { scan, runs } = scanReports({ reports, from, to, target: TARGET, maxGap });
        const inside = reports.filter((r) => r.time >= from && r.time <= to);
        expect(runs.reduce((n, r) => n + r.reports, 0)).toBe(inside.filter((r) => r.tvl >= TARGET).length);
        for (const [i, r] of runs.entries()) {
          expect(r.end >= r.start).toBe(true);
          // Reports in one block share a timestamp, so a run may start when the last one ended.
          if (i > 0) expect(r.start >= runs[i - 1].end).toBe(true);
        }
        const best = runs.reduce<bigint | undefined>(
          (m, r) => (m === undefined || r.end - r.start > m ? r.end - r.start : m),
          undefined,
        );
        expect(best ?? 0n).toBe(scan.longest);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps a run across a gap of exactly maxGap and breaks it one second later", () => {
    const at = (time: bigint) => ({ time, tvl: TARGET });
    const keep = scanReports({ reports: [at(10n), at(20n), at(30n)], from: 0n, to: 100n, target: TARGET, maxGap: 10n });
    expect(keep.scan.longest).toBe(20n);
    expect(keep.runs).toEqual([{ start: 10n, end: 30n, reports: 3 }]);
    const broken = scanReports({
      reports: [at(10n), at(20n), at(31n)],
      from: 0n,
      to: 100n,
      target: TARGET,
      maxGap: 10n,
    });
    expect(broken.scan.longest).toBe(10n);
    expect(broken.runs).toHaveLength(2);
  });

  it("counts only reports dated from the start to the deadline, both included", () => {
    const reports = [
      { time: 5n, tvl: TARGET },
      { time: 10n, tvl: TARGET },
      { time: 18n, tvl: TARGET },
      { time: 20n, tvl: TARGET },
      { time: 21n, tvl: TARGET },
    ];
    const { scan } = scanReports({ reports, from: 10n, to: 20n, target: TARGET, maxGap: 100n });
    expect([scan.longestStart, scan.longestEnd, scan.longest]).toEqual([10n, 20n, 10n]);
  });

  it("meets a zero duration with a single report on target, and nothing without one", () => {
    const one = scanReports({ reports: [{ time: 7n, tvl: TARGET }], from: 0n, to: 10n, target: TARGET, maxGap: 1n });
    expect(conditionMet(one.scan, 0n)).toBe(true);
    expect(conditionMet(one.scan, 1n)).toBe(false);
    const none = scanReports({
      reports: [{ time: 7n, tvl: TARGET - 1n }],
      from: 0n,
      to: 10n,
      target: TARGET,
      maxGap: 1n,
    });
    expect(conditionMet(none.scan, 0n)).toBe(false);
  });
});
