// The client valuation engine: bigint arithmetic that reproduces the contracts bit for bit.
export { BPS, EvmArithmeticError, MAX_UINT256, mulDiv, sqrt, WAD, YEAR, type Rounding } from "./math.ts";
export {
  convert, fairLpUsd, feedPrice, gavUsdWad, HoldingKind, usdIn, usdToDenom, usdWad, valuation,
  type AssetRaw, type DealRaw, type GavRaw, type Holding, type PairRaw, type PrimaryRaw, type UsdPrice, type Valuation,
} from "./gav.ts";
export { accrue, type Accrual, type FeeState } from "./fees.ts";
export { DECIMALS_OFFSET, holderValue, intrinsic, perClaimingToken, toAssets, toShares, vault, type Intrinsic, type IntrinsicRaw } from "./intrinsic.ts";
export { fundSnapshot, type FundRaw, type FundSnapshot } from "./snapshot.ts";
export { impermanentLoss, PPM, ratioPpm, type Il, type IlInput, type LpPosition } from "./impermanentLoss.ts";
export { annualisedReturnPpm, daily, maxDrawdownPpm, volatilityPpm, windowReturnPpm, type NavPoint } from "./returns.ts";
export { midPriceInAsset, premiumPpm, type PoolReserves } from "./market.ts";
export { lpBasis, type LiquidityEvent, type LpBasis } from "./lpBasis.ts";
