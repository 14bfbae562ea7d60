export {
  actionsFor,
  countedApprovers,
  decisionRows,
  decisionState,
  inTerm,
  MAX_DECISION_DAYS,
  parseExpiry,
  type DecisionActions,
  type DecisionState,
  type Member,
  type RawDecision,
} from "./decisions.ts";
export { minOut, otherToken } from "./trade.ts";
