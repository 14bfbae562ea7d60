// Everything the fund's views show, from one set of raw reads taken at one block.
import { accrue, type Accrual, type FeeState } from "./fees.ts";
import * as flows from "./flows.ts";
import { heldOf, valuation, type GavRaw, type Valuation } from "./gav.ts";
import { redeemInKind, type InKindExit } from "./inKind.ts";
import { intrinsic, toAssets, toShares, type Intrinsic } from "./intrinsic.ts";
import { MAX_UINT256 } from "./math.ts";

export type FundRaw = GavRaw & {
  fees: FeeState;
  totalSupply: bigint;
  splitterBalance: bigint;
  splitterUncredited: bigint; // of the splitter's fee shares, those not yet credited to any holder
  managerTokenSupply: bigint;
  claimingSupply: bigint; // manager tokens less the balances excluded from the fee distribution
  /** Entry and exit fees (paid to the fund), the manager's slippage limit and minimum cash, in bps. */
  entryBps: bigint;
  exitBps: bigint;
  maxSlippageBps: bigint;
  minCashBps: bigint;
};

/** The ERC-4626 views, previews with the entry and exit fees. */
export type VaultViews = {
  convertToShares: (assets: bigint) => bigint;
  convertToAssets: (shares: bigint) => bigint;
  previewDeposit: (assets: bigint) => bigint;
  previewMint: (shares: bigint) => bigint;
  previewWithdraw: (assets: bigint) => bigint;
  previewRedeem: (shares: bigint) => bigint;
};

export type FundSnapshot = Valuation & {
  accrual: Accrual;
  supplyAfter: bigint;
  intrinsic: Intrinsic;
  terms: flows.FlowTerms;
  vault: VaultViews;
  /** The denomination asset the fund holds for itself (balance less reserved). */
  cash: bigint;
  maxDeposit: bigint;
  maxRedeem: (balance: bigint) => bigint;
  maxWithdraw: (balance: bigint) => bigint;
  /** `previewRedeemInKind(shares)`: after the accrual only when prices are fresh. */
  redeemInKind: (shares: bigint) => InKindExit;
};

export function vaultViews(t: flows.FlowTerms): VaultViews {
  return {
    convertToShares: (assets) => toShares(assets, t.gav, t.supply, "floor"),
    convertToAssets: (shares) => toAssets(shares, t.gav, t.supply, "floor"),
    previewDeposit: (assets) => flows.previewDeposit(t, assets),
    previewMint: (shares) => flows.previewMint(t, shares),
    previewWithdraw: (assets) => flows.previewWithdraw(t, assets),
    previewRedeem: (shares) => flows.previewRedeem(t, shares),
  };
}

export function fundSnapshot(raw: FundRaw): FundSnapshot {
  const v = valuation(raw);
  const accrual = accrue(raw.fees, v.gav, raw.totalSupply, raw.timestamp);
  const supplyAfter = raw.totalSupply + accrual.feeShares;
  const cash = heldOf(raw.assets[0]);
  const terms = { gav: v.gav, supply: supplyAfter, entryBps: raw.entryBps, exitBps: raw.exitBps };
  return {
    ...v,
    accrual,
    supplyAfter,
    intrinsic: intrinsic({
      nav: v.gav,
      totalSupply: raw.totalSupply,
      feeShares: accrual.feeShares,
      splitterBalance: raw.splitterBalance,
      splitterUncredited: raw.splitterUncredited,
      assetDecimals: raw.assets[0].decimals,
      claimingSupply: raw.claimingSupply,
    }),
    terms,
    vault: vaultViews(terms),
    cash,
    // Deposits and cash redemptions need fresh prices; cash redemptions are paid from cash only.
    maxDeposit: v.fresh ? MAX_UINT256 : 0n,
    maxRedeem: (balance) => flows.maxRedeem(terms, v.fresh, balance, cash),
    maxWithdraw: (balance) => flows.maxWithdraw(terms, v.fresh, balance, cash),
    redeemInKind: (shares) => redeemInKind(raw, v.fresh ? supplyAfter : raw.totalSupply, shares),
  };
}
