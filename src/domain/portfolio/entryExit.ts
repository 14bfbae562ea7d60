// The entry and exit fees of a deposit or a cash redemption (DESIGN §3, FUND_API.md), step by
// step as `Fund` charges them, so a preview can show the fee as a line of its own. The share
// conversions come from the caller (the valuation engine's, after the preview accrual); the
// fees stay in the fund and every rounding is in its favour.
import { BPS, mulDiv } from "../valuation/index.ts";

/** Converts an amount at the fund's GAV and supply after the preview accrual. */
export type Convert = (amount: bigint) => bigint;

export type DepositTerms = { fee: bigint; net: bigint; shares: bigint };
export type RedeemTerms = { gross: bigint; fee: bigint; out: bigint };
export type WithdrawTerms = { gross: bigint; fee: bigint; shares: bigint };

/** `ceil(amount × bps / 10_000)`: the fee on `amount`. */
export const feeOf = (amount: bigint, bps: bigint) => mulDiv(amount, bps, BPS, "ceil");

/** deposit(a): `e = ceil(a × entryBps / BPS)`, shares for `a − e` at `toSharesFloor`. */
export function depositTerms(assets: bigint, entryBps: bigint, toSharesFloor: Convert): DepositTerms {
  const fee = feeOf(assets, entryBps);
  const net = assets - fee;
  return { fee, net, shares: toSharesFloor(net) };
}

/** redeem(s): gross `g` at `toAssetsFloor`, `x = ceil(g × exitBps / BPS)`, paid out `g − x`. */
export function redeemTerms(shares: bigint, exitBps: bigint, toAssetsFloor: Convert): RedeemTerms {
  const gross = toAssetsFloor(shares);
  const fee = feeOf(gross, exitBps);
  return { gross, fee, out: gross - fee };
}

/** withdraw(o): gross `g = ceil(o × BPS / (BPS − exitBps))`, shares burnt at `toSharesCeil`. */
export function withdrawTerms(out: bigint, exitBps: bigint, toSharesCeil: Convert): WithdrawTerms {
  const gross = mulDiv(out, BPS, BPS - exitBps, "ceil");
  return { gross, fee: gross - out, shares: toSharesCeil(gross) };
}
