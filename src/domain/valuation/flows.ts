// Deposits and redemptions with the entry and exit fees (DESIGN §3, FUND_API.md), operation
// for operation as `Fund`: the fees stay in the fund, every rounding is in its favour.
import { BPS, mulDiv } from "./math.ts";
import { toAssets, toShares } from "./intrinsic.ts";

/** GAV `A` and supply `S` after the (preview) accrual, and the fund's entry and exit fees in bps. */
export type FlowTerms = { gav: bigint; supply: bigint; entryBps: bigint; exitBps: bigint };

const min = (a: bigint, b: bigint) => (a < b ? a : b);

/** Entry fee on a deposit of `assets`: `ceil(a × entryBps / BPS)`. */
export const entryFee = (t: FlowTerms, assets: bigint) => mulDiv(assets, t.entryBps, BPS, "ceil");

/** Exit fee on a gross redemption value `g`: `ceil(g × exitBps / BPS)`. */
export const exitFee = (t: FlowTerms, gross: bigint) => mulDiv(gross, t.exitBps, BPS, "ceil");

/** Shares a deposit of `assets` mints (0 means `deposit` reverts `ZeroShares`). */
export const previewDeposit = (t: FlowTerms, assets: bigint) =>
  toShares(assets - entryFee(t, assets), t.gav, t.supply, "floor");

/** Assets a mint of `shares` costs, entry fee included. */
export const previewMint = (t: FlowTerms, shares: bigint) =>
  mulDiv(toAssets(shares, t.gav, t.supply, "ceil"), BPS, BPS - t.entryBps, "ceil");

/** Assets a redemption of `shares` pays, exit fee deducted. */
export function previewRedeem(t: FlowTerms, shares: bigint): bigint {
  const gross = toAssets(shares, t.gav, t.supply, "floor");
  return gross - exitFee(t, gross);
}

/** Shares a withdrawal of `assets` burns, exit fee included. */
export const previewWithdraw = (t: FlowTerms, assets: bigint) =>
  toShares(mulDiv(assets, BPS, BPS - t.exitBps, "ceil"), t.gav, t.supply, "ceil");

/**
 * `Fund.maxRedeem`: within the holder's balance and what the cash pays after the exit fee; 0 unless prices are fresh.
 */
export const maxRedeem = (t: FlowTerms, fresh: boolean, balance: bigint, cash: bigint) =>
  fresh ? min(balance, toShares(mulDiv(cash, BPS, BPS - t.exitBps), t.gav, t.supply, "floor")) : 0n;

/** `Fund.maxWithdraw`: the holder's position after the exit fee, within the cash; 0 unless prices are fresh. */
export const maxWithdraw = (t: FlowTerms, fresh: boolean, balance: bigint, cash: bigint) =>
  fresh ? min(previewRedeem(t, balance), cash) : 0n;
