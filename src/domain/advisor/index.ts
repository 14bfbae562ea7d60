// Algorithmic advice (DESIGN §6): mean-variance allocation within a fund's guidelines, and
// the swaps that move the fund there.
export { advise, DUST_BPS, MIN_DAYS, type Advice, type AdviceInput } from "./advice.ts";
export { estimate, PERIODS_PER_YEAR, PRIOR_SHARPE, type Estimate } from "./estimate.ts";
export { dailyCloses, dailyReturns, DAY, type Rounds } from "./history.ts";
export {
  evaluate,
  frontier,
  maxReturn,
  maxSharpe,
  minVariance,
  objectives,
  sharpe,
  targetRisk,
  type Model,
  type Objective,
  type Portfolio,
} from "./optimise.ts";
export {
  amountOut,
  planSwaps,
  toWad,
  weightsBps,
  type Breach,
  type FundLimits,
  type Plan,
  type PlannedSwap,
} from "./plan.ts";
export {
  HEADROOM_BPS,
  ratio,
  sleeveOf,
  type Guideline,
  type Sleeve,
  type SleeveAsset,
  type SleeveVault,
  type VaultInput,
} from "./universe.ts";
export { applyVaultMove, planRebalance, type Rebalance, type RebalanceCall } from "./rebalance.ts";
export { gapBps, largestWithinRule, lossBps, quote, withinRule, type Quote, type Side } from "./pools.ts";
export { leftOutOf, reachableBox, reachOf, type LeftOut, type Reach } from "./reach.ts";
export { netOfCost, tradingCost, worthTrading } from "./cost.ts";
export {
  orderCalls,
  RATE_SHARES,
  toAssets,
  toShares,
  vaultMoveOf,
  vaultRounds,
  vaultUpper,
  type VaultMove,
} from "./vaults.ts";
