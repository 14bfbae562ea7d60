// NAV history of funds: from event records to series, window returns and chart points.
export { endingAt, navPerShare, navSeries, type NavRecord } from "./navSeries.ts";
export {
  GROWTH_UNIT,
  historyEntries,
  nextGrowth,
  reinvested,
  totalReturnSeries,
  type HistoryEntry,
  type LogAt,
} from "./totalReturn.ts";
export { returnsToNow, windowReturns, WINDOWS, type Window, type WindowReturns } from "./windows.ts";
export { sparkline, type Sparkline } from "./sparkline.ts";
export { indexedToCommonStart, type IndexedRow } from "./normalise.ts";
export { answerAt, convertSeries, historyAtTimes, type FeedHistory, type Point, type Round } from "./convert.ts";
export { accrualTimes, feesPaid, type FeeAccrual, type FeesPaid, type LogPosition, type TimedFee } from "./feesPaid.ts";
export { checkpointSeries, unpackCheckpoint, type Checkpoint } from "./checkpoints.ts";
export { yearRisk, type Risk } from "./risk.ts";
export { holdingReturns, sinceReturn, type Returns } from "./benchmark.ts";
export { inceptionRecord, type InceptionRecord } from "./record.ts";
export {
  managerFunds,
  type ManagedFund,
  type ManagerFunds,
  type OtherFund,
} from "./managerFunds.ts";
