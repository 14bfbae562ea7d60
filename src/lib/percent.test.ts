import { describe, expect, it } from "vitest";
import { bpsPercent, FINE, formatPercent, fractionPercent, ppmPercent } from "./percent.ts";

const en = { locale: "en-US" };

describe("percentages", () => {
  it("shows a measure with two decimals, no space before the sign", () => {
    expect(ppmPercent(18_800n, en)).toBe("1.88%");
    expect(ppmPercent(0n, en)).toBe("0.00%");
    expect(formatPercent(0.1234567, en)).toBe("12.35%"); // an estimate rounds
  });

  it("signs a change, but not a zero", () => {
    expect(ppmPercent(19_125n, { ...en, signed: true })).toBe("+1.91%");
    expect(ppmPercent(-333_334n, { ...en, signed: true })).toBe("-33.33%");
    expect(ppmPercent(-40n, { ...en, signed: true })).toBe("0.00%");
    expect(ppmPercent(1_234_567n, { ...en, signed: true })).toBe("+123.45%");
    expect(ppmPercent(12_345n, { ...en, signed: true })).toBe("+1.23%");
  });

  it("cuts the digits it does not show, as amounts are cut", () => {
    expect(ppmPercent(19_999n, en)).toBe("1.99%");
    expect(ppmPercent(-19_999n, { ...en, signed: true })).toBe("-1.99%");
  });

  it("keeps a small measure visible when asked", () => {
    expect(ppmPercent(-12n, { ...en, signed: true, ...FINE })).toBe("-0.0012%");
    expect(ppmPercent(4_300n, { ...en, ...FINE })).toBe("0.43%");
  });

  it("shows a setting in basis points as it was set", () => {
    expect(bpsPercent(50n, en)).toBe("0.5%");
    expect(bpsPercent(4_000, en)).toBe("40%");
    expect(bpsPercent(1_234n, en)).toBe("12.34%");
    expect(bpsPercent(0n, en)).toBe("0%");
    expect(bpsPercent(150n, en)).toBe("1.5%");
    expect(bpsPercent(2_000n, en)).toBe("20%");
    expect(bpsPercent(4_500, { ...en, minimumFractionDigits: 2 })).toBe("45.00%");
  });

  it("keeps every digit of an exact ratio, never through a float", () => {
    expect(fractionPercent(25n * 10n ** 14n, 18, { ...en, minimumFractionDigits: 0, maximumFractionDigits: 6 })).toBe(
      "0.25%",
    );
    const tiny = { ...en, minimumFractionDigits: 0, maximumFractionDigits: 6, maximumSignificantDigits: 4 };
    expect(fractionPercent(123_456_789n * 10n ** 6n, 18, tiny)).toBe("0.012345%");
    expect(fractionPercent(10n ** 18n + 1n, 18, { ...en, maximumFractionDigits: 20, minimumFractionDigits: 0 })).toBe(
      "100.0000000000000001%",
    );
  });

  it("follows the locale", () => {
    expect(bpsPercent(150n, { locale: "de-DE" })).toBe("1,5\u00a0%");
  });
});
