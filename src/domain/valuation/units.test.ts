import { describe, expect, it } from "vitest";
import { fromUsd, inUnit, usdValue } from "./units.ts";

const usdc = { symbol: "USDC", decimals: 6, usd: { answer: 100_000_000n, feedDecimals: 8, decimals: 6 } };
const weth = { symbol: "WETH", decimals: 18, usd: { answer: 2_500n * 10n ** 8n, feedDecimals: 8, decimals: 18 } };
const prices = {
  eth: { answer: 2_500n * 10n ** 8n, feedDecimals: 8, decimals: 18 },
  btc: { answer: 50_000n * 10n ** 8n, feedDecimals: 8, decimals: 8 },
};

describe("inUnit", () => {
  it("keeps the fund's asset as it is", () => {
    expect(inUnit(1_234_567n, usdc, "asset", prices)).toEqual({ value: 1_234_567n, decimals: 6, symbol: "USDC" });
  });
  it("converts to USD (WAD) with the asset's feed", () => {
    expect(inUnit(1_500_000n, usdc, "usd", prices)).toEqual({ value: 15n * 10n ** 17n, decimals: 18, symbol: "USD" });
    expect(inUnit(2n * 10n ** 18n, weth, "usd", prices)!.value).toBe(5_000n * 10n ** 18n);
  });
  it("converts through USD to ETH and BTC, floored", () => {
    expect(inUnit(5_000_000_000n, usdc, "eth", prices)).toEqual({
      value: 2n * 10n ** 18n,
      decimals: 18,
      symbol: "ETH",
    });
    expect(inUnit(10n ** 18n, weth, "btc", prices)).toEqual({ value: 5_000_000n, decimals: 8, symbol: "BTC" });
    expect(inUnit(1n, usdc, "btc", prices)!.value).toBe(0n);
  });
  it("has no value without a price", () => {
    const broken = { ...usdc, usd: { ...usdc.usd, answer: 0n } };
    expect(usdValue(1n, broken)).toBeUndefined();
    expect(inUnit(1n, broken, "usd", prices)).toBeUndefined();
    expect(inUnit(1n, usdc, "eth", {})).toBeUndefined();
  });
});

describe("fromUsd", () => {
  it("shows a USD (WAD) value in any unit, floored", () => {
    const usd = 5_000n * 10n ** 18n;
    expect(fromUsd(usd, usdc, "usd", prices)).toEqual({ value: usd, decimals: 18, symbol: "USD" });
    expect(fromUsd(usd, usdc, "asset", prices)).toEqual({ value: 5_000_000_000n, decimals: 6, symbol: "USDC" });
    expect(fromUsd(usd, usdc, "eth", prices)).toEqual({ value: 2n * 10n ** 18n, decimals: 18, symbol: "ETH" });
    expect(fromUsd(usd, weth, "btc", prices)).toEqual({ value: 10_000_000n, decimals: 8, symbol: "BTC" });
    expect(fromUsd(usd, usdc, "btc", {})).toBeUndefined();
  });
});
