import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ceilDiv, depositRef, mintRef, redeemRef, withdrawRef } from "../../../contracts/testing/reference.ts";
import * as f from "./flows.ts";

const BPS = 10_000n;
/** A fund after the accrual: GAV, supply (shares have 6 more decimals), entry and exit fees ≤ 200 bps. */
const terms = fc.record({
  gav: fc.bigInt({ min: 0n, max: 10n ** 30n }),
  supply: fc.bigInt({ min: 0n, max: 10n ** 36n }),
  entryBps: fc.bigInt({ min: 0n, max: 200n }),
  exitBps: fc.bigInt({ min: 0n, max: 200n }),
});
const amount = fc.bigInt({ min: 0n, max: 10n ** 30n });

describe("entry and exit fees", () => {
  it("are the formulas of FUND_API.md, rounding in the fund's favour", () => {
    fc.assert(
      fc.property(terms, amount, (t, x) => {
        const r = { a: t.gav, s1: t.supply, entryBps: t.entryBps, exitBps: t.exitBps };
        expect(f.previewDeposit(t, x)).toBe(depositRef(r, x));
        expect(f.previewMint(t, x)).toBe(mintRef(r, x));
        expect(f.previewRedeem(t, x)).toBe(redeemRef(r, x));
        expect(f.previewWithdraw(t, x)).toBe(withdrawRef(r, x));
      }),
    );
  });

  it("make no round trip profitable: deposit then redeem, mint then redeem, withdraw what a deposit bought", () => {
    fc.assert(
      fc.property(terms, amount, (t, a) => {
        const shares = f.previewDeposit(t, a);
        // The whole deposit stays in the fund: GAV + a, supply + shares.
        const after = { ...t, gav: t.gav + a, supply: t.supply + shares };
        expect(f.previewRedeem(after, shares)).toBeLessThanOrEqual(a);
        const cost = f.previewMint(t, shares);
        expect(f.previewRedeem({ ...t, gav: t.gav + cost, supply: t.supply + shares }, shares)).toBeLessThanOrEqual(
          cost,
        );
        // Taking the whole deposit back out burns at least the shares it bought.
        if (a > 0n) expect(f.previewWithdraw(after, a)).toBeGreaterThanOrEqual(shares);
      }),
    );
  });

  it("with fees the investor gets less, never more, than without", () => {
    fc.assert(
      fc.property(terms, amount, (t, x) => {
        const free = { ...t, entryBps: 0n, exitBps: 0n };
        expect(f.previewDeposit(t, x)).toBeLessThanOrEqual(f.previewDeposit(free, x));
        expect(f.previewMint(t, x)).toBeGreaterThanOrEqual(f.previewMint(free, x));
        expect(f.previewRedeem(t, x)).toBeLessThanOrEqual(f.previewRedeem(free, x));
        expect(f.previewWithdraw(t, x)).toBeGreaterThanOrEqual(f.previewWithdraw(free, x));
      }),
    );
  });

  it("previews are monotone in the amount and agree with each other", () => {
    fc.assert(
      fc.property(terms, amount, amount, (t, x, y) => {
        const [lo, hi] = x < y ? [x, y] : [y, x];
        for (const p of [f.previewDeposit, f.previewMint, f.previewRedeem, f.previewWithdraw])
          expect(p(t, lo)).toBeLessThanOrEqual(p(t, hi));
        // Minting s costs at least what depositing for s shares takes; withdrawing what s redeems burns at most s.
        expect(f.previewDeposit(t, f.previewMint(t, x))).toBeGreaterThanOrEqual(x);
        expect(f.previewWithdraw(t, f.previewRedeem(t, x))).toBeLessThanOrEqual(x);
      }),
    );
  });

  it("max redeem and max withdraw stay within the balance and the cash, and are 0 on stale prices", () => {
    fc.assert(
      fc.property(terms, amount, amount, (t, balance, cash) => {
        const r = f.maxRedeem(t, true, balance, cash);
        expect(r).toBeLessThanOrEqual(balance);
        expect(f.previewRedeem(t, r)).toBeLessThanOrEqual(cash);
        const w = f.maxWithdraw(t, true, balance, cash);
        expect(w).toBeLessThanOrEqual(cash);
        expect(f.previewWithdraw(t, w)).toBeLessThanOrEqual(balance);
        expect([f.maxRedeem(t, false, balance, cash), f.maxWithdraw(t, false, balance, cash)]).toEqual([0n, 0n]);
      }),
    );
  });

  it("take the fee on the gross amount: 1,000,000 at 50 bps entry and 75 bps exit", () => {
    const t = { gav: 10n ** 12n, supply: 10n ** 18n, entryBps: 50n, exitBps: 75n };
    expect(f.entryFee(t, 1_000_001n)).toBe(5_001n); // 5,000.005 rounds up
    expect(f.previewDeposit(t, 10n ** 6n)).toBe((995_000n * (10n ** 18n + 10n ** 6n)) / (10n ** 12n + 1n));
    const g = (10n ** 12n * (10n ** 12n + 1n)) / (10n ** 18n + 10n ** 6n);
    expect(f.previewRedeem(t, 10n ** 12n)).toBe(g - ceilDiv(g * 75n, BPS));
  });
});
