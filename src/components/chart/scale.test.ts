import { describe, expect, it } from "vitest";
import { nearestIndex, niceDomain, niceStep, stepPoint, timeTicks } from "./scale.ts";

describe("niceStep", () => {
  it("rounds up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(niceStep(0.7)).toBe(1);
    expect(niceStep(1)).toBe(1);
    expect(niceStep(1.3)).toBe(2);
    expect(niceStep(2.2)).toBe(2.5);
    expect(niceStep(3)).toBe(5);
    expect(niceStep(7)).toBe(10);
    expect(niceStep(0.0031)).toBeCloseTo(0.005, 12);
    expect(niceStep(420)).toBe(500);
  });
});

describe("niceDomain", () => {
  it("encloses the values on round ticks", () => {
    const d = niceDomain([1.013, 1.07, 1.042]);
    expect(d.min).toBeLessThanOrEqual(1.013);
    expect(d.max).toBeGreaterThanOrEqual(1.07);
    expect(d.ticks).toEqual([1, 1.02, 1.04, 1.06, 1.08]);
  });
  it("gives a flat series room above and below", () => {
    const d = niceDomain([5, 5, 5]);
    expect(d.min).toBeLessThan(5);
    expect(d.max).toBeGreaterThan(5);
    expect(niceDomain([0, 0]).ticks).toContain(0);
  });
  it("keeps every tick within the domain, first and last on its ends", () => {
    const d = niceDomain([12_345, 98_765]);
    expect(d.ticks[0]).toBe(d.min);
    expect(d.ticks.at(-1)).toBe(d.max);
    expect(d.ticks.length).toBeGreaterThanOrEqual(3);
    expect(d.ticks.length).toBeLessThanOrEqual(11);
  });
});

describe("timeTicks", () => {
  it("spreads ticks evenly, both ends included", () => {
    expect(timeTicks(0, 100, 3)).toEqual([0, 50, 100]);
    expect(timeTicks(7, 7, 4)).toEqual([7]);
  });
});

describe("nearestIndex", () => {
  const points = [{ t: 0 }, { t: 10 }, { t: 30 }];
  it("finds the nearest point, the earlier one on a tie", () => {
    expect(nearestIndex(points, -5)).toBe(0);
    expect(nearestIndex(points, 4)).toBe(0);
    expect(nearestIndex(points, 5)).toBe(0);
    expect(nearestIndex(points, 6)).toBe(1);
    expect(nearestIndex(points, 21)).toBe(2);
    expect(nearestIndex(points, 99)).toBe(2);
    expect(nearestIndex([], 1)).toBe(-1);
  });
});

describe("stepPoint", () => {
  it("starts from the latest point and walks within the series", () => {
    expect(stepPoint("ArrowLeft", -1, 9, 2)).toBe(9);
    expect(stepPoint("ArrowRight", -1, 9, 2)).toBe(9);
    expect(stepPoint("ArrowLeft", 4, 9, 2)).toBe(3);
    expect(stepPoint("ArrowRight", 9, 9, 2)).toBe(9);
    expect(stepPoint("ArrowLeft", 0, 9, 2)).toBe(0);
    expect(stepPoint("PageUp", 5, 9, 2)).toBe(3);
    expect(stepPoint("PageDown", 8, 9, 2)).toBe(9);
    expect(stepPoint("Home", 5, 9, 2)).toBe(0);
    expect(stepPoint("End", 1, 9, 2)).toBe(9);
    expect(stepPoint("Enter", 1, 9, 2)).toBeUndefined();
  });
});
