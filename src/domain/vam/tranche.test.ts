import { describe, expect, it } from "vitest";
import { pricePerToken } from "./tranche.ts";

const a = {
  n1: 300_000n * 10n ** 6n,
  p1: 1_500_000n * 10n ** 18n,
  n2: 450_000n * 10n ** 6n,
  p2: 1_500_000n * 10n ** 18n,
};

describe("tranches", () => {
  it("prices a tranche in asset units per whole token, rounded down", () => {
    expect(pricePerToken(a.n1, a.p1, 18)).toBe(200_000n); // 0.2 USDC
    expect(pricePerToken(a.n2, a.p2, 18)).toBe(300_000n); // 0.3 USDC
    expect(pricePerToken(10n, 3n, 0)).toBe(3n);
    expect(pricePerToken(1n, 0n, 18)).toBeUndefined();
  });
});
