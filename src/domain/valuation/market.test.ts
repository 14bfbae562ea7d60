import { describe, expect, it } from "vitest";
import { midPriceInAsset, premiumPpm } from "./market.ts";

const usdc = { answer: 100_000_000n, feedDecimals: 8, decimals: 6 };
const weth = { answer: 3_000n * 10n ** 8n, feedDecimals: 8, decimals: 18 };

describe("midPriceInAsset", () => {
  it("is the quote reserve per whole token when the pool quotes the fund's asset", () => {
    // 1,000 shares (12 decimals) against 1,004 USDC: 1.004 USDC a share
    expect(
      midPriceInAsset(
        { reserveToken: 1_000n * 10n ** 12n, reserveQuote: 1_004n * 10n ** 6n, tokenDecimals: 12 },
        "asset",
        usdc,
      ),
    ).toBe(1_004_000n);
  });
  it("converts another quote at the feeds' prices", () => {
    // 10 tokens against 1 WETH, in a USDC fund: 300 USDC a token
    expect(
      midPriceInAsset({ reserveToken: 10n * 10n ** 18n, reserveQuote: 10n ** 18n, tokenDecimals: 18 }, weth, usdc),
    ).toBe(300n * 10n ** 6n);
    // and in a WETH fund priced through USDC: 600 USDC against 2 tokens is 0.1 WETH a token
    expect(
      midPriceInAsset({ reserveToken: 2n * 10n ** 18n, reserveQuote: 600n * 10n ** 6n, tokenDecimals: 18 }, usdc, weth),
    ).toBe(10n ** 17n);
  });
  it("has no price for an empty pool or without a feed price", () => {
    expect(midPriceInAsset({ reserveToken: 0n, reserveQuote: 5n, tokenDecimals: 18 }, "asset", usdc)).toBeUndefined();
    expect(
      midPriceInAsset({ reserveToken: 5n, reserveQuote: 5n, tokenDecimals: 18 }, { ...weth, answer: 0n }, usdc),
    ).toBeUndefined();
  });
});

describe("premiumPpm", () => {
  it("is positive above intrinsic value, negative below, rounded toward −∞", () => {
    expect(premiumPpm(1_004_000n, 1_000_000n)).toBe(4_000n);
    expect(premiumPpm(990_000n, 1_000_000n)).toBe(-10_000n);
    expect(premiumPpm(2n, 3n)).toBe(-333_334n);
    expect(premiumPpm(1n, 0n)).toBeUndefined();
  });
});
