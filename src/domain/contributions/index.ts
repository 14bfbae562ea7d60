// Contribution rewards (labor vouchers, paper ch. 3.2): vesting as the contract computes it and
// how the manager token is distributed.
export { CATEGORIES, categoryName } from "./categories.ts";
export { awardStatus, vested, type Award, type AwardStatus } from "./vesting.ts";
export { balancesFromTransfers, type Transfer } from "./balances.ts";
export {
  byCategory,
  capUse,
  hasCap,
  NO_CAP,
  topHolders,
  type CapUse,
  type CategoryTotal,
} from "./distribution.ts";
export { approvingProposal, proposalTitle, type ExecutedProposal } from "./proposal.ts";
