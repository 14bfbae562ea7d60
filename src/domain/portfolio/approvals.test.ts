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
  const none = { atomicBatch: false, permit: false };
  it("deposits directly when the allowance already covers the amount, whatever the wallet can do", () => {
    expect(depositRoute([], none)).toBe("direct");
    expect(depositRoute([], { atomicBatch: true, permit: true })).toBe("direct");
  });
  it("prefers one atomic batch, which needs a single prompt", () => {
    expect(depositRoute([100n], { atomicBatch: true, permit: false })).toBe("batch");
    expect(depositRoute([0n, 100n], { atomicBatch: true, permit: true })).toBe("batch");
  });
  it("signs a permit when the token takes one and the wallet cannot batch", () => {
    expect(depositRoute([100n], { atomicBatch: false, permit: true })).toBe("permit");
    // A permit sets the allowance outright: no reset to zero is needed first.
    expect(depositRoute([0n, 100n], { atomicBatch: false, permit: true })).toBe("permit");
  });
  it("sends the approval and the deposit one by one otherwise", () => {
    expect(depositRoute([100n], none)).toBe("sequential");
  });
});
