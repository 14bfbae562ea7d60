// Everything the fund's views show, from one set of raw reads taken at one block.
import { accrue, type Accrual, type FeeState } from "./fees.ts";
import { valuation, type GavRaw, type Valuation } from "./gav.ts";
import { intrinsic, toAssets, toShares, vault, type Intrinsic } from "./intrinsic.ts";
import { MAX_UINT256 } from "./math.ts";

export type FundRaw = GavRaw & {
  fees: FeeState;
  totalSupply: bigint;
  splitterBalance: bigint;
  splitterUncredited: bigint; // of the splitter's fee shares, those not yet credited to any holder
  managerTokenSupply: bigint;
  claimingSupply: bigint; // manager tokens less the balances excluded from the fee distribution
};

export type FundSnapshot = Valuation & {
  accrual: Accrual;
  supplyAfter: bigint;
  intrinsic: Intrinsic;
  vault: ReturnType<typeof vault>;
  maxDeposit: bigint;
  maxRedeem: (balance: bigint) => bigint;
  maxWithdraw: (balance: bigint) => bigint;
};

const min = (a: bigint, b: bigint) => (a < b ? a : b);

export function fundSnapshot(raw: FundRaw): FundSnapshot {
  const v = valuation(raw);
  const accrual = accrue(raw.fees, v.gav, raw.totalSupply, raw.timestamp);
  const supplyAfter = raw.totalSupply + accrual.feeShares;
  const cash = raw.assets[0].balance;
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
    vault: vault(v.gav, supplyAfter),
    // Deposits and redemptions need fresh prices; redemptions are paid from cash only.
    maxDeposit: v.fresh ? MAX_UINT256 : 0n,
    maxRedeem: (balance) => (v.fresh ? min(balance, toShares(cash, v.gav, supplyAfter)) : 0n),
    maxWithdraw: (balance) => (v.fresh ? min(toAssets(balance, v.gav, supplyAfter), cash) : 0n),
  };
}
