// KOL picks: a pick's return from its feed since publication, a KOL's record, and which funds acted on a pick.
export { Direction, pickReturnBps, pickSeries, relativeReturnBps, type ReturnPoint } from "./record.ts";
export { kolRecord, leaderboard, medianOf, type KolRecord, type ScoredPick } from "./kolRecord.ts";
export {
  ACTED_WINDOW,
  actionsOn,
  Kind,
  type Action,
  type DealApproval,
  type FundSwap,
  type PickSubject,
} from "./actedOn.ts";
