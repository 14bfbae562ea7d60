// Intrinsic values of the two tokens (DESIGN §3, `FundLens.intrinsicValues`) and the
// ERC-4626 conversions of `Fund`, both on the supply after a preview accrual. A manager token
// is worth only the fee shares not yet credited to any holder, spread over the claiming supply
// (the manager tokens less the balances governance excluded from the fee distribution).
import { mulDiv, pow10, type Rounding } from "./math.ts";

/** Shares have the asset's decimals plus this offset; it is also ERC-4626's virtual supply. */
export const DECIMALS_OFFSET = 6;
const VIRTUAL_SHARES = 10n ** BigInt(DECIMALS_OFFSET);

export type IntrinsicRaw = {
  nav: bigint; // GAV `A`
  totalSupply: bigint; // before the preview accrual
  feeShares: bigint; // the preview accrual's
  splitterBalance: bigint; // fee shares the splitter holds, not yet claimed
  splitterUncredited: bigint; // of those, the ones not yet credited to any holder
  assetDecimals: number;
  claimingSupply: bigint; // manager tokens less the excluded balances
};

export type Intrinsic = {
  nav: bigint;
  supply: bigint; // S'
  unclaimedFeeShares: bigint; // U
  managerTotal: bigint;
  investorTotal: bigint;
  perShare: bigint; // per whole share, asset units
  perManagerToken: bigint; // per whole claiming manager token (18 decimals), asset units
};

export function intrinsic(r: IntrinsicRaw): Intrinsic {
  const supply = r.totalSupply + r.feeShares;
  const unclaimedFeeShares = r.feeShares + r.splitterBalance;
  const managerTotal = supply === 0n ? 0n : mulDiv(unclaimedFeeShares, r.nav, supply);
  const investorTotal = r.nav - managerTotal; // so that the two add up to NAV exactly
  const perShare = supply === 0n ? 0n : mulDiv(r.nav, pow10(r.assetDecimals + DECIMALS_OFFSET), supply);
  const uncredited = r.feeShares + r.splitterUncredited;
  const perManagerToken = perClaimingToken(uncredited, r.nav, supply, r.claimingSupply);
  return { nav: r.nav, supply, unclaimedFeeShares, managerTotal, investorTotal, perShare, perManagerToken };
}

/** `uncredited × A / S'` per whole claiming manager token, rounded down twice as the lens does. */
export function perClaimingToken(uncredited: bigint, nav: bigint, supply: bigint, claimingSupply: bigint): bigint {
  if (supply === 0n || claimingSupply === 0n) return 0n;
  return mulDiv(mulDiv(uncredited, nav, supply), 10n ** 18n, claimingSupply);
}

export type HolderValue = {
  credited: bigint; // the fee shares credited to the holder (what `claim` pays) at A / S'
  tokens: bigint; // its balance at the per-token value; 0 when excluded from the fees
  value: bigint; // credited + tokens
};

/**
 * What a manager-token holder owns (DESIGN §3, `FundLens.holderValue`): the fee shares credited to
 * it (`FeeSplitter.credited`, which claim pays; the shares not yet distributed count in the
 * per-token value instead) at `A / S'`, plus its balance at the per-token value.
 */
export function holderValue(v: Intrinsic, h: { balance: bigint; credited: bigint; excluded: boolean }): HolderValue {
  if (v.supply === 0n) return { credited: 0n, tokens: 0n, value: 0n };
  const credited = mulDiv(h.credited, v.nav, v.supply);
  const tokens = h.excluded ? 0n : mulDiv(h.balance, v.perManagerToken, 10n ** 18n);
  return { credited, tokens, value: credited + tokens };
}

/** `Fund._toShares`: `assets × (S' + 10^6) / (A + 1)`. */
export const toShares = (assets: bigint, gav: bigint, supplyAfter: bigint, r: Rounding = "floor") =>
  mulDiv(assets, supplyAfter + VIRTUAL_SHARES, gav + 1n, r);

/** `Fund._toAssets`: `shares × (A + 1) / (S' + 10^6)`. */
export const toAssets = (shares: bigint, gav: bigint, supplyAfter: bigint, r: Rounding = "floor") =>
  mulDiv(shares, gav + 1n, supplyAfter + VIRTUAL_SHARES, r);

/** The ERC-4626 views of a fund with GAV `gav` and supply `supplyAfter` after the preview accrual. */
export function vault(gav: bigint, supplyAfter: bigint) {
  return {
    convertToShares: (assets: bigint) => toShares(assets, gav, supplyAfter, "floor"),
    convertToAssets: (shares: bigint) => toAssets(shares, gav, supplyAfter, "floor"),
    previewDeposit: (assets: bigint) => toShares(assets, gav, supplyAfter, "floor"),
    previewMint: (shares: bigint) => toAssets(shares, gav, supplyAfter, "ceil"),
    previewWithdraw: (assets: bigint) => toShares(assets, gav, supplyAfter, "ceil"),
    previewRedeem: (shares: bigint) => toAssets(shares, gav, supplyAfter, "floor"),
  };
}
