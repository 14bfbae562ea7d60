import { describe, expect, it } from "vitest";
import { approvalAmounts, depositRoute } from "./approvals.ts";

describe("approvalAmounts", () => {
  it("approves nothing when the allowance covers the amount", () => {
    expect(approvalAmounts(100n, 100n)).toEqual([]);
    expect(approvalAmounts(101n, 100n)).toEqual([]);
  });
  it("approves the exact amount from zero", () => {
    expect(approvalAmounts(0n, 100n)).toEqual([100n]);
  });
  it("resets a too-small allowance to zero first, for tokens like USDT", () => {
    expect(approvalAmounts(40n, 100n)).toEqual([0n, 100n]);
  });
});

describe("depositRoute", () => {
  it("needs one signature when nothing is approved or the wallet batches atomically", () => {
    expect(depositRoute([], false)).toBe("direct");
    expect(depositRoute([], true)).toBe("direct");
    expect(depositRoute([100n], true)).toBe("batch");
    expect(depositRoute([0n, 100n], true)).toBe("batch");
  });
  it("sends the approval and the deposit one by one otherwise", () => {
    expect(depositRoute([100n], false)).toBe("sequential");
  });
});
