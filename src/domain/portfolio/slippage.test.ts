import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimumOut, parseSlippage } from "./slippage.ts";

describe("parseSlippage", () => {
  it("reads percentages into basis points, either separator", () => {
    expect(parseSlippage("0.5")).toEqual({ ok: true, bps: 50n, warning: false });
    expect(parseSlippage("0,5")).toEqual({ ok: true, bps: 50n, warning: false });
    expect(parseSlippage("1")).toEqual({ ok: true, bps: 100n, warning: false });
    expect(parseSlippage("1.01")).toEqual({ ok: true, bps: 101n, warning: true });
    expect(parseSlippage("5 %")).toEqual({ ok: true, bps: 500n, warning: true });
    expect(parseSlippage("0")).toEqual({ ok: true, bps: 0n, warning: false });
  });
  it("reads Arabic-Indic and full-width digits", () => {
    expect(parseSlippage("٠٫٥")).toEqual({ ok: true, bps: 50n, warning: false });
    expect(parseSlippage("۰.۷۵")).toEqual({ ok: true, bps: 75n, warning: false });
    expect(parseSlippage("１")).toEqual({ ok: true, bps: 100n, warning: false });
  });
  it("refuses above 5%, bad text and sub-basis-point steps", () => {
    expect(parseSlippage("5.01")).toMatchObject({ ok: false, message: "The tolerance can be at most 5%." });
    expect(parseSlippage("50000")).toMatchObject({ ok: false });
    expect(parseSlippage("")).toMatchObject({ ok: false, message: "Enter a slippage tolerance." });
    expect(parseSlippage("abc")).toMatchObject({ ok: false });
    expect(parseSlippage("-1")).toMatchObject({ ok: false });
    expect(parseSlippage("0.005")).toMatchObject({ ok: false, message: "At most two decimals (0.01% steps)." });
  });
});

describe("minimumOut", () => {
  it("takes the tolerance off the preview, rounding down", () => {
    expect(minimumOut(1_000_000n, 50n)).toBe(995_000n);
    expect(minimumOut(999n, 50n)).toBe(994n);
    expect(minimumOut(123n, 0n)).toBe(123n);
  });
  it("never exceeds the preview nor falls below it by more than the tolerance", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 255n }), fc.bigInt({ min: 0n, max: 500n }), (x, bps) => {
        const m = minimumOut(x, bps);
        expect(m <= x).toBe(true);
        expect((x - m) * 10_000n <= x * bps + 10_000n).toBe(true);
      }),
    );
  });
});
