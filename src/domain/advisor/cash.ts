// The cash a trade or a vault deposit may spend: what the fund holds of its unit above the minimum
// `Fund` keeps after an operation that spends cash (`cash × BPS ≥ gav × minCashBps`).
import { BPS, heldOf, mulDiv, valuation, type GavRaw } from "../valuation/index.ts";

/** The fund's unit (asset 0) held above `minCashBps` of its GAV, the minimum rounded up; 0 if below it. */
export function spendableCash(state: GavRaw, minCashBps: bigint): bigint {
  const floor = mulDiv(valuation(state).gav, minCashBps, BPS, "ceil");
  const held = heldOf(state.assets[0]);
  return held > floor ? held - floor : 0n;
}
