import { describe, expect, it } from "vitest";
import { chartPoints } from "./card.ts";

describe("chartPoints", () => {
  it("spans the box: first point left, last right, highest value at the top", () => {
    const pts = chartPoints([0, 10, 5], 100, 50, 200, 100);
    expect(pts).toEqual([
      [100, 150],
      [200, 50],
      [300, 100],
    ]);
  });
  it("draws a flat series mid-height and nothing for fewer than two values", () => {
    expect(chartPoints([3, 3], 0, 0, 10, 10)).toEqual([
      [0, 5],
      [10, 5],
    ]);
    expect(chartPoints([1], 0, 0, 10, 10)).toEqual([]);
  });
});
