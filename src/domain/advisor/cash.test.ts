import { parseUnits } from "viem";
import { describe, expect, it } from "vitest";
import { spendableCash } from "./cash.ts";
import { assetOf, fundOf, USDC, usd, WETH } from "./testWorld.ts";

// 10,000 USDC and 1 WETH at 2,000: a GAV of 12,000 USDC.
const fund = (usdc: string, reserved = 0n) =>
  fundOf(
    [
      { ...assetOf(USDC, parseUnits(usdc, 6), 6, usd("1")), reserved },
      assetOf(WETH, parseUnits("1", 18), 18, usd("2000")),
    ],
    [],
  );

describe("spendableCash", () => {
  it("is the cash above the minimum share of GAV", () => {
    expect(spendableCash(fund("10000"), 1_000n)).toBe(parseUnits("8800", 6)); // 10,000 − 10 % of 12,000
    expect(spendableCash(fund("10000"), 0n)).toBe(parseUnits("10000", 6));
  });

  it("is 0 when the cash is at or below the minimum", () => {
    expect(spendableCash(fund("10000"), 8_400n)).toBe(0n); // the minimum, 10,080, is above the cash
    expect(spendableCash(fund("0"), 1_000n)).toBe(0n);
  });

  it("leaves reserved cash out and rounds the minimum up, as the contract's check would", () => {
    expect(spendableCash(fund("10000", parseUnits("1000", 6)), 1_000n)).toBe(parseUnits("7900", 6)); // 9,000 − 1,100
    // GAV 12,000.000001 USDC: 1 bps of it is 1.2000000001, kept as 1.200001.
    expect(spendableCash(fund("10000.000001"), 1n)).toBe(parseUnits("10000.000001", 6) - 1_200_001n);
  });
});
