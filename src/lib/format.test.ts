import { describe, expect, it } from "vitest";
import { formatAmount, formatTokenAmount, shortAddress } from "./format.ts";

const en = { locale: "en-US" };

describe("formatAmount", () => {
  it("places the decimal point by the token's decimals", () => {
    expect(formatAmount(1_234_567_890n, 6, en)).toBe("1,234.56");
    expect(formatAmount(10n ** 18n, 18, en)).toBe("1");
    expect(formatAmount(0n, 18, en)).toBe("0");
  });

  it("keeps every digit of amounts beyond 2^53", () => {
    expect(formatAmount(123_456_789_012_345_678_901n, 2, en)).toBe("1,234,567,890,123,456,789.01");
  });

  it("truncates instead of rounding up", () => {
    expect(formatAmount(1_999_999n, 6, en)).toBe("1.999");
    expect(formatAmount(1_234_999_999n, 6, en)).toBe("1,234.99");
    expect(formatAmount(999_999_999_999_999_999n, 18, en)).toBe("0.9999");
  });

  it("keeps significant digits of small amounts", () => {
    expect(formatAmount(123_456n, 18, en)).toBe("0.0000000000001234");
    expect(formatAmount(5_300_000n, 8, en)).toBe("0.053");
  });

  it("pads to the minimum fraction digits", () => {
    expect(formatAmount(4_514_801_000_000n, 6, { ...en, minimumFractionDigits: 2 })).toBe("4,514,801.00");
    expect(formatAmount(1_018_000n, 6, { ...en, minimumFractionDigits: 4, maximumFractionDigits: 4 })).toBe("1.0180");
  });

  it("formats negative amounts", () => {
    expect(formatAmount(-1_500_000n, 6, en)).toBe("-1.5");
  });

  it("follows the locale", () => {
    expect(formatAmount(1_234_500_000n, 6, { locale: "de-DE" })).toBe("1.234,5");
  });
});

describe("formatTokenAmount", () => {
  it("appends the symbol", () => {
    expect(formatTokenAmount(2_500_000_000n, 8, "WBTC", en)).toBe("25 WBTC");
  });
});

describe("shortAddress", () => {
  it("keeps the head and tail", () => {
    expect(shortAddress("0xdc64a140aa3e981100a9beca4e685f962f0cf6c9")).toBe("0xdc64…f6c9");
  });
});
