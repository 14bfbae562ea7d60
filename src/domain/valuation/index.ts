// The client valuation engine: bigint arithmetic that reproduces the contracts bit for bit.
export { BPS, EvmArithmeticError, MAX_UINT256, mulDiv, sqrt, WAD, YEAR, type Rounding } from "./math.ts";
export {
  convert,
  fairLpUsd,
  feedPrice,
  gavUsdWad,
  heldOf,
  HoldingKind,
  lpValue,
  neededFeeds,
  primaryHeld,
  primaryValue,
  usdIn,
  usdToDenom,
  usdWad,
  valuation,
  type AssetRaw,
  type Blocker,
  type DealRaw,
  type GavRaw,
  type Holding,
  type PairRaw,
  type PrimaryMark,
  type PrimaryRaw,
  type UsdPrice,
  type Valuation,
  type VaultRaw,
  vaultOk,
} from "./gav.ts";
export { vaultRateBps, type RatePoint } from "./vaultRates.ts";
export { guidelineWeightsBps } from "./weights.ts";
export {
  atCostOnly,
  costWad,
  impairment,
  markCeilingWad,
  markWadOf,
  perWholeToken,
  type Impairment,
} from "./impairment.ts";
export { accrue, changeFees, type Accrual, type FeeState, type FeeTerms } from "./fees.ts";
export {
  entryFee,
  exitFee,
  maxRedeem,
  maxWithdraw,
  previewDeposit,
  previewMint,
  previewRedeem,
  previewWithdraw,
  type FlowTerms,
} from "./flows.ts";
export { redeemInKind, type InKindExit } from "./inKind.ts";
export {
  DECIMALS_OFFSET,
  holderValue,
  intrinsic,
  perClaimingToken,
  toAssets,
  toShares,
  vault,
  type HolderValue,
  type Intrinsic,
  type IntrinsicRaw,
} from "./intrinsic.ts";
export { fundSnapshot, vaultViews, type FundRaw, type FundSnapshot, type VaultViews } from "./snapshot.ts";
export { impermanentLoss, PPM, ratioPpm, type Il, type IlInput, type LpPosition } from "./impermanentLoss.ts";
export {
  annualisedReturnPpm,
  daily,
  maxDrawdownPpm,
  volatilityPpm,
  windowReturnPpm,
  type NavPoint,
} from "./returns.ts";
export { midPriceInAsset, premiumPpm, type PoolReserves } from "./market.ts";
export { lpBasis, type LiquidityEvent, type LpBasis } from "./lpBasis.ts";
export { fromUsd, inUnit, usdValue, type UnitPrices } from "./units.ts";
export { yearCost, type YearFeeTerms, type YearCost } from "./yearCost.ts";
