// The VAM condition and a deal's status, decided exactly as contracts/src/vam decides them.
export {
  conditionMet,
  emptyScan,
  scanReports,
  step,
  type Report,
  type Run,
  type Scan,
  type ScanInput,
} from "./condition.ts";
export {
  DealState,
  dealStatus,
  dealView,
  type DealStatus,
  type DealTerms,
  type DealView,
  type StatusTerms,
} from "./deal.ts";
export { pricePerToken, type DealAmounts } from "./tranche.ts";
export {
  assignedClaimable,
  fundClaimable,
  fundEscrowed,
  projectClaimable,
  secondLeg,
  WHOLE,
  claimStateOf,
  type ClaimState,
  type Leg,
} from "./claims.ts";
export { ADVANCE_STEP, EXERCISE_ADVANCE, feedSteps } from "./feed.ts";
