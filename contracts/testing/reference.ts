// Independent bigint reference of the money formulas of DESIGN §3, for tests to compare
// the contracts against. Every division rounds down, as bigint `/` does on non-negatives.
import type { Accrual, FeeState } from "../../src/domain/valuation/fees.ts";

// The shapes of the fee state and an accrual are the contracts' (as the engine types them);
// the arithmetic below is the reference's own.
export type { Accrual, FeeState };

export const BPS = 10_000n;
export const YEAR = 365n * 86_400n;
export const WAD = 10n ** 18n;
export const OFFSET = 10n ** 6n; // shares have the asset's decimals + 6

/** The fee accrual at time `t` for GAV `a` and supply `s`. */
export function accrueRef(f: FeeState, a: bigint, s: bigint, t: bigint): Accrual {
  const hurdleHwm = f.hwm + (f.hwm * f.hurdleBps * (t - f.hwmTime)) / (BPS * YEAR);
  const out: Accrual = { managementFee: 0n, performanceFee: 0n, feeShares: 0n, hurdleHwm, hwm: f.hwm, hwmTime: f.hwmTime };
  if (s === 0n) return out;
  const m = (a * f.managementBps * (t - f.lastAccrual)) / (BPS * YEAR);
  if (m >= a) return out; // a fee that would take the whole GAV is not charged
  const price = ((a - m) * WAD) / s;
  const p = price > hurdleHwm ? ((price - hurdleHwm) * f.performanceBps * s) / (BPS * WAD) : 0n;
  out.managementFee = m;
  out.performanceFee = p;
  if (m + p > 0n) out.feeShares = ((m + p) * s) / (a - m - p);
  if (p > 0n) {
    out.hwm = (a * WAD) / (s + out.feeShares);
    out.hwmTime = t;
  }
  return out;
}

export const ceilDiv = (x: bigint, y: bigint) => (x + y - 1n) / y;

/** ERC-4626 conversions with GAV `a` and supply after the preview accrual `s1`. */
export const toShares = (assets: bigint, a: bigint, s1: bigint) => (assets * (s1 + OFFSET)) / (a + 1n);
export const toSharesUp = (assets: bigint, a: bigint, s1: bigint) => ceilDiv(assets * (s1 + OFFSET), a + 1n);
export const toAssets = (shares: bigint, a: bigint, s1: bigint) => (shares * (a + 1n)) / (s1 + OFFSET);
export const toAssetsUp = (shares: bigint, a: bigint, s1: bigint) => ceilDiv(shares * (a + 1n), s1 + OFFSET);

/** Fund terms after the (preview) accrual: GAV `a`, supply `s1`, entry and exit fees in bps. */
export type FlowRef = { a: bigint; s1: bigint; entryBps: bigint; exitBps: bigint };

/** deposit(x): entry fee `ceil(x × entry / BPS)` stays in the fund; shares for the rest, floor. */
export const depositRef = (t: FlowRef, x: bigint) => toShares(x - ceilDiv(x * t.entryBps, BPS), t.a, t.s1);
/** mint(s): the net assets rounded up, grossed up by the entry fee, rounded up. */
export const mintRef = (t: FlowRef, s: bigint) => ceilDiv(toAssetsUp(s, t.a, t.s1) * BPS, BPS - t.entryBps);
/** redeem(s): gross floor, less the exit fee `ceil(g × exit / BPS)`. */
export function redeemRef(t: FlowRef, s: bigint) {
  const g = toAssets(s, t.a, t.s1);
  return g - ceilDiv(g * t.exitBps, BPS);
}
/** withdraw(o): gross `ceil(o × BPS / (BPS − exit))`, shares for it rounded up. */
export const withdrawRef = (t: FlowRef, o: bigint) => toSharesUp(ceilDiv(o * BPS, BPS - t.exitBps), t.a, t.s1);

/** The in-kind slice of a holding `held` (balance less reserved) for `shares` of supply `s`: floor. */
export const sliceRef = (held: bigint, shares: bigint, s: bigint) => (held * shares) / s;

/** The HWM after a fee change at `t` (DESIGN §3): accrue at the old terms, then `max(H'_old(t), price after fees)`. */
export function rebaseRef(f: FeeState, a: bigint, s: bigint, t: bigint): bigint {
  const acc = accrueRef(f, a, s, t);
  const [hwm, tH] = acc.performanceFee > 0n ? [acc.hwm, t] : [f.hwm, f.hwmTime];
  const hurdle = hwm + (hwm * f.hurdleBps * (t - tH)) / (BPS * YEAR);
  const s1 = s + acc.feeShares;
  const price = s1 > 0n ? (a * WAD) / s1 : 0n;
  return price > hurdle ? price : hurdle;
}
