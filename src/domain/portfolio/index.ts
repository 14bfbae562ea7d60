// Investing: amounts checked against the chain's limits, slippage guards, approvals, and the
// profit and loss of a position from its own history.
export { approvalAmounts, depositRoute, type DepositRoute, type RouteOptions } from "./approvals.ts";
export { PERMIT_VALIDITY_S, permitDomain, permitTypedData, type PermitDomain } from "./permit.ts";
export { checkDeposit, checkMints, checkPays, checkRedeem, type Check } from "./limits.ts";
export { depositMax, redeemMax, type MaxFill } from "./max.ts";
export { position, unrealised, type Position, type PositionEvent } from "./pnl.ts";
export {
  DEFAULT_SLIPPAGE_BPS,
  MAX_SLIPPAGE_BPS,
  minimumOut,
  parseSlippage,
  WARN_SLIPPAGE_BPS,
  type Slippage,
} from "./slippage.ts";
export { activity, newestFirst, type ActivityItem, type ActivityKind } from "./activity.ts";
export {
  attention,
  VOTE_SOON_S,
  type AttentionInput,
  type AttentionItem,
  type ProposalWindow,
} from "./attention.ts";
export {
  dealAttention,
  type AccountDeal,
  type DealAction,
  type DealAttention,
} from "./dealAttention.ts";
export { PPM, totals, type Totals, type TotalsRow } from "./totals.ts";
export { defaultPayWith, ETH_DEPOSIT_GAS, ethDepositMax, gasReserve, type PayWith } from "./ether.ts";
