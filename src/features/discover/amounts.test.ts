import { describe, expect, it } from "vitest";
import { formatBps, formatReturnPpm } from "./amounts.ts";

describe("percentages", () => {
  it("shows basis points as percent", () => {
    expect(formatBps(150n, "en-US")).toBe("1.5 %");
    expect(formatBps(2_000n, "en-US")).toBe("20 %");
    expect(formatBps(0n, "en-US")).toBe("0 %");
  });
  it("shows returns signed, truncated to two decimals", () => {
    expect(formatReturnPpm(12_345n, "en-US")).toBe("+1.23 %");
    expect(formatReturnPpm(-333_334n, "en-US")).toBe("-33.33 %");
    expect(formatReturnPpm(0n, "en-US")).toBe("0.00 %");
    expect(formatReturnPpm(1_234_567n, "en-US")).toBe("+123.45 %");
  });
});
