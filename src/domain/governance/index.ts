// Governance, pure: proposal states and timelines, actions decoded into words, templates that
// encode them, safe description text and voting power explained.
export {
  actionsOf,
  decodeAction,
  proposalSet,
  referencesOf,
  roleOf,
  type DecodedAction,
  type FundSet,
  type GovAbis,
  type RawAction,
  type References,
  type Role,
} from "./decode.ts";
export { isInvestorGoverned, votesToken } from "./votesToken.ts";
export {
  CATEGORY_LABEL,
  describeAction,
  MECHANISM_LABEL,
  type ActionText,
  type Caps,
  type DealMeta,
  type DescribeContext,
  type EntryExit,
  type Fees,
  type Guideline,
  type Limits,
  type Settings,
  type TokenMeta,
} from "./describe.ts";
export { descriptionBody, parseDescription, proposalTitle, safeHref, type Block, type Inline } from "./description.ts";
export { daysText, durationText } from "./duration.ts";
export {
  buildImpair,
  ceilingPerToken,
  impairText,
  type ImpairEnv,
  type ImpairForm,
  type PrimaryPosition,
} from "./impair.ts";
export { amountInputText, fieldAmount, parseAddress, parseAmount, parseDate, parseDays } from "./input.ts";
export { delegateRefusal, ownContract } from "./ownContracts.ts";
export { bpsText, parsePercent, type Parsed } from "./percent.ts";
export {
  majorityFor,
  nextStep,
  ProposalState,
  quorumReached,
  quorumVotes,
  STATE_LABEL,
  Support,
  SUPPORT_LABEL,
  timeline,
  toProposalState,
  votingOpen,
  type NextStep,
  type Proposal,
  type Tally,
  type TimelineInput,
  type TimelineStep,
} from "./state.ts";
export {
  buildDelist,
  buildEntryExit,
  buildFees,
  buildGuideline,
  buildLimits,
  buildManager,
  buildRebalance,
  buildReward,
  buildVam,
  buildVault,
  TEMPLATE_LABEL,
  timelockManages,
  type Built,
  type DelistForm,
  type EntryExitForm,
  type Errors,
  type FeesForm,
  type LimitsForm,
  type GuidelineForm,
  type ManagerForm,
  type RebalanceForm,
  type RewardForm,
  type SwapErrors,
  type SwapForm,
  type VaultMoveForm,
  isVaultMove,
  type TemplateEnv,
  type TemplateId,
  type VamForm,
  type VaultCheck,
  type VaultForm,
} from "./templates.ts";
export {
  buildBuyback,
  buildRevenueMode,
  type BuybackEnv,
  type BuybackForm,
  type RevenueModeForm,
} from "./buyback.ts";
export { buildDistribute, distributeText, type DistributeEnv, type DistributeForm } from "./distribute.ts";
export { buildCommittee, type CommitteeAction, type CommitteeEnv, type CommitteeForm } from "./committee.ts";
export {
  buildStrategy,
  strategyDescription,
  strategyTextError,
  type StrategyEnv,
  type StrategyForm,
} from "./strategy.ts";
export { votingPower, type Power, type PowerInput } from "./votingPower.ts";
export { descriptionHash, proposalId } from "./proposalId.ts";
