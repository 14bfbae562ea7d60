import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatUnits } from "viem";
import { amountInputMessage, parseAmount } from "./units.ts";

describe("parseAmount", () => {
  const ok = (text: string, decimals = 6, sep: "." | "," = ".") => {
    const r = parseAmount(text, decimals, sep);
    if (!r.ok) throw new Error(`${text}: ${r.error.kind}`);
    return r.value;
  };
  const err = (text: string, decimals = 6, sep: "." | "," = ".") => {
    const r = parseAmount(text, decimals, sep);
    return r.ok ? `ok ${r.value}` : r.error.kind;
  };

  it("reads digits with the token's decimals, either separator", () => {
    expect(ok("1")).toBe(1_000_000n);
    expect(ok("1.5")).toBe(1_500_000n);
    expect(ok("1,5")).toBe(1_500_000n);
    expect(ok(".5")).toBe(500_000n);
    expect(ok("5.")).toBe(5_000_000n);
    expect(ok("0.000001")).toBe(1n);
    expect(ok("1.5000000")).toBe(1_500_000n);
    expect(ok("0")).toBe(0n);
  });
  it("keeps every digit of amounts beyond 2^53", () => {
    expect(ok("123456789012345678.123456789012345678", 18)).toBe(123456789012345678123456789012345678n);
  });
  it("drops spaces and thousands separators grouped by three", () => {
    expect(ok(" 1 234 567.5 ")).toBe(1_234_567_500_000n);
    expect(ok("1,234,567")).toBe(1_234_567_000_000n);
    expect(ok("1.234.567")).toBe(1_234_567_000_000n);
    expect(ok("1,234.56")).toBe(1_234_560_000n);
    expect(ok("1.234,56")).toBe(1_234_560_000n);
    expect(ok("1\u00a0234,5")).toBe(1_234_500_000n);
    expect(ok("1'234.5")).toBe(1_234_500_000n);
  });
  it("reads Arabic-Indic, Extended Arabic-Indic and full-width digits as 0–9", () => {
    expect(ok("١٢٫٥")).toBe(12_500_000n);
    expect(ok("۱۲.۵")).toBe(12_500_000n);
    expect(ok("１２.５")).toBe(12_500_000n);
    expect(ok("١٬٢٣٤٫٥")).toBe(1_234_500_000n);
    expect(err("١٫١٢٣٤٥٦٧")).toBe("decimals");
  });
  it("reads a lone separator before three digits by the locale, and asks otherwise", () => {
    expect(ok("1.234")).toBe(1_234_000n);
    expect(ok("1,234", 6, ",")).toBe(1_234_000n);
    expect(ok("0,123")).toBe(123_000n);
    expect(parseAmount("1,234", 6, ".")).toEqual({
      ok: false,
      error: { kind: "ambiguous", asGroup: "1234", asDecimal: "1.234" },
    });
    expect(err("1.234", 6, ",")).toBe("ambiguous");
  });
  it("names what is wrong with bad input", () => {
    expect(err("")).toBe("empty");
    expect(err("   ")).toBe("empty");
    expect(err("-1")).toBe("negative");
    expect(err("1e18")).toBe("exponent");
    expect(err("2.5E-3")).toBe("exponent");
    expect(err("abc")).toBe("invalid");
    expect(err("12abc")).toBe("invalid");
    expect(err("+5")).toBe("invalid");
    expect(err("0x10")).toBe("invalid");
    expect(err(".")).toBe("invalid");
    expect(err("1,23,4.5")).toBe("grouping");
    expect(err("1.2.3")).toBe("grouping");
    expect(err("1,234.5.6")).toBe("grouping");
    expect(err("0.0000001")).toBe("decimals");
    expect(err("1.5", 0)).toBe("decimals");
    expect(err("9".repeat(79))).toBe("too-large");
    expect(err("2".repeat(78))).toBe("too-large");
    expect(err("1".repeat(70), 0)).toBe(`ok ${"1".repeat(70)}`);
  });
  it("round-trips every amount printed with its decimals", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 200n }), fc.integer({ min: 0, max: 24 }), (v, d) => {
        expect(parseAmount(formatUnits(v, d), d)).toEqual({ ok: true, value: v });
      }),
    );
  });
  it("has a message for every error", () => {
    expect(amountInputMessage({ kind: "decimals", decimals: 6 }, "USDC")).toBe("USDC has at most 6 decimals.");
    expect(amountInputMessage({ kind: "ambiguous", asGroup: "1234", asDecimal: "1.234" }, "USDC")).toContain(
      "1234 or 1.234",
    );
  });
});
