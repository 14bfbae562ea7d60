import { describe, expect, it } from "vitest";
import { figuresOf, median, medianFigures } from "./lighthouseFigures.ts";

const report = (score: number | null, extra: object = {}) => ({
  categories: { performance: { score } },
  audits: {
    "largest-contentful-paint": { numericValue: 1234.5 },
    "total-blocking-time": { numericValue: 80 },
    "network-requests": {
      details: {
        items: [
          { resourceType: "Script", transferSize: 1000 },
          { resourceType: "Stylesheet", transferSize: 500 },
          { resourceType: "Script", transferSize: 24 },
          { resourceType: "Fetch", transferSize: 9000 },
        ],
      },
    },
  },
  ...extra,
});

describe("figuresOf", () => {
  it("reads the score in percent, LCP, TBT and the bytes of scripts only", () => {
    expect(figuresOf(report(0.876))).toEqual({ score: 88, lcpMs: 1234.5, tbtMs: 80, jsBytes: 1024 });
  });

  it("throws on a run that failed rather than counting it", () => {
    expect(() => figuresOf(report(null))).toThrow(/no performance score/);
    expect(() => figuresOf(report(0.5, { runtimeError: { code: "NO_FCP", message: "no paint" } }))).toThrow(/NO_FCP/);
  });
});

describe("median", () => {
  it("takes the middle run, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("is taken figure by figure", () => {
    const runs = [
      { score: 90, lcpMs: 3000, tbtMs: 10, jsBytes: 5 },
      { score: 70, lcpMs: 1000, tbtMs: 30, jsBytes: 5 },
      { score: 80, lcpMs: 2000, tbtMs: 20, jsBytes: 7 },
    ];
    expect(medianFigures(runs)).toEqual({ score: 80, lcpMs: 2000, tbtMs: 20, jsBytes: 5 });
  });
});
