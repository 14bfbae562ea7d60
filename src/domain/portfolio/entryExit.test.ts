import { describe, expect, it } from "vitest";
import { toAssets, toShares } from "../valuation/index.ts";
import { depositTerms, feeOf, redeemTerms, withdrawTerms } from "./entryExit.ts";

// A fund with 1,000,000.000001 USDC and 999,000 shares (12 decimals) after its preview accrual.
const gav = 1_000_000_000_001n;
const supply = 999_000n * 10n ** 12n;
const sharesFloor = (a: bigint) => toShares(a, gav, supply, "floor");
const sharesCeil = (a: bigint) => toShares(a, gav, supply, "ceil");
const assetsFloor = (s: bigint) => toAssets(s, gav, supply, "floor");

describe("entry and exit fees", () => {
  it("round up, in the fund's favour", () => {
    expect(feeOf(1_000_000n, 25n)).toBe(2_500n);
    expect(feeOf(1n, 25n)).toBe(1n);
    expect(feeOf(399n, 25n)).toBe(1n);
    expect(feeOf(401n, 25n)).toBe(2n);
    expect(feeOf(123n, 0n)).toBe(0n);
  });

  it("a deposit prices its shares on what is left after the entry fee", () => {
    const t = depositTerms(10_000_000_000n, 25n, sharesFloor);
    expect(t.fee).toBe(25_000_000n);
    expect(t.net).toBe(9_975_000_000n);
    expect(t.shares).toBe(sharesFloor(9_975_000_000n));
    // Without a fee the shares are the plain conversion.
    expect(depositTerms(10_000_000_000n, 0n, sharesFloor)).toEqual({ fee: 0n, net: 10_000_000_000n, shares: sharesFloor(10_000_000_000n) });
  });

  it("a redemption pays the gross value less the exit fee, the three adding up", () => {
    const shares = 5_000n * 10n ** 12n;
    const t = redeemTerms(shares, 50n, assetsFloor);
    expect(t.gross).toBe(assetsFloor(shares));
    expect(t.fee).toBe(feeOf(t.gross, 50n));
    expect(t.out + t.fee).toBe(t.gross);
  });

  it("a withdrawal of `out` burns enough shares that their redemption pays at least `out`", () => {
    for (const exitBps of [0n, 25n, 50n, 200n]) {
      for (const out of [1n, 999_999n, 2_500_500_000n]) {
        const t = withdrawTerms(out, exitBps, sharesCeil);
        expect(t.gross - t.fee).toBe(out);
        expect(t.fee).toBeGreaterThanOrEqual(feeOf(out, exitBps) - 1n);
        expect(redeemTerms(t.shares, exitBps, assetsFloor).out).toBeGreaterThanOrEqual(out);
      }
    }
  });
});
