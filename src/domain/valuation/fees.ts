// Fee accrual, operation for operation as `FundMath.accrue` (DESIGN §3).
import { BPS, mul, mulDiv, sub, WAD, YEAR } from "./math.ts";

/** `Fund.feeState()`: rates in bps, HWM (asset units per share unit, WAD), its time, last accrual. */
export type FeeState = {
  managementBps: bigint;
  performanceBps: bigint;
  hurdleBps: bigint;
  hwm: bigint;
  hwmTime: bigint;
  lastAccrual: bigint;
};

/** `FundMath.Accrual`: the fees of an accrual at `t`, the shares they mint and the HWM after. */
export type Accrual = {
  managementFee: bigint;
  performanceFee: bigint;
  feeShares: bigint;
  hurdleHwm: bigint;
  hwm: bigint;
  hwmTime: bigint;
};

/** The accrual at time `t` of a fund with GAV `gav` and supply `supply` (`Fund.previewAccrual`). */
export function accrue(f: FeeState, gav: bigint, supply: bigint, t: bigint): Accrual {
  const a: Accrual = {
    managementFee: 0n,
    performanceFee: 0n,
    feeShares: 0n,
    hurdleHwm: f.hwm + mulDiv(f.hwm, mul(f.hurdleBps, sub(t, f.hwmTime)), BPS * YEAR),
    hwm: f.hwm,
    hwmTime: f.hwmTime,
  };
  if (supply === 0n) return a;
  a.managementFee = mulDiv(gav, mul(f.managementBps, sub(t, f.lastAccrual)), BPS * YEAR);
  if (a.managementFee >= gav) {
    a.managementFee = 0n; // only after decades without an accrual: the contract charges nothing
    return a;
  }
  const price = mulDiv(gav - a.managementFee, WAD, supply);
  if (price > a.hurdleHwm) a.performanceFee = mulDiv(mul(price - a.hurdleHwm, f.performanceBps), supply, BPS * WAD);
  const fees = a.managementFee + a.performanceFee;
  if (fees > 0n) a.feeShares = mulDiv(fees, supply, sub(gav, fees));
  if (a.performanceFee > 0n) {
    a.hwm = mulDiv(gav, WAD, supply + a.feeShares);
    a.hwmTime = t;
  }
  return a;
}

/** New fee rates, in bps. */
export type FeeTerms = { managementBps: bigint; performanceBps: bigint; hurdleBps: bigint };

/**
 * `Fund.setFees` (`FundMath.rebase`): accrue at the old terms at `t`, then re-base so the new
 * terms never reach back: `HWM ← max(H'_old(t), price after fees)`, `tH ← t`. Returns the
 * fee state after the change and the accrual it made.
 */
export function changeFees(
  f: FeeState,
  gav: bigint,
  supply: bigint,
  t: bigint,
  next: FeeTerms,
): { state: FeeState; accrual: Accrual } {
  const a = accrue(f, gav, supply, t);
  // H'_old(t) after the accrual: the new HWM when it charged a performance fee (tH = t), else the hurdle-grown one.
  const hurdleHwm = a.performanceFee > 0n ? a.hwm : a.hurdleHwm;
  const after = supply + a.feeShares;
  const price = after > 0n ? mulDiv(gav, WAD, after) : 0n;
  return {
    state: { ...next, hwm: price > hurdleHwm ? price : hurdleHwm, hwmTime: t, lastAccrual: t },
    accrual: a,
  };
}
