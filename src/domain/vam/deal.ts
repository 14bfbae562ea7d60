// A VAM deal's status as the page shows it, from its on-chain terms, its oracle's rounds and
// the block time: the contract's own answer (exercisable or not) plus what explains it.
import { conditionMet, emptyScan, scanReports, type Report, type Run, type Scan } from "./condition.ts";

/** VamDeal.State */
export const DealState = { Pending: 0, Active: 1, Exercised: 2, Expired: 3 } as const;

/**
 * Pending splits in two: still startable, or lapsed (its start deadline passed unstarted).
 * Active splits in three: condition not met yet, exercisable now, window over but not yet expired.
 */
export type DealStatus = "pending" | "lapsed" | "active" | "exercisable" | "window-closed" | "exercised" | "expired";

export interface DealTerms {
  state: number;
  /** Start time `s` (0 while pending). */
  start: bigint;
  /** VamDeal.startBy: a deal not started by then has lapsed. */
  startBy: bigint;
  window: bigint;
  duration: bigint;
  maxGap: bigint;
  target: bigint;
}

export interface DealView {
  status: DealStatus;
  /** VamDeal.exercisable() at `now`. */
  exercisable: boolean;
  scan: Scan;
  /** Every run in the scanned reports, oldest first. */
  runs: Run[];
  /** The run the latest scanned report belongs to, while the next report can still extend it. */
  currentRun?: Run;
  /** Seconds until the start deadline while pending, 0 once lapsed; undefined once started. */
  startTimeLeft?: bigint;
  /** `s + T`; undefined while pending. */
  deadline?: bigint;
  /** Seconds until the deadline, 0 once passed; undefined while pending. */
  timeLeft?: bigint;
  /** Earliest time the condition could hold if TVL stays at or above target; undefined once met or out of reach. */
  earliestMet?: bigint;
  /** The oracle's newest round, whatever its date, and its age at `now`. */
  lastReport?: Report;
  reportAge?: bigint;
  /** The newest round is older than the allowed gap: any run in progress is already broken. */
  reportStale: boolean;
}

/** What the status follows from besides the condition: the deal's state and its times. */
export type StatusTerms = Pick<DealTerms, "state" | "start" | "startBy" | "window">;

/**
 * The status at `now` from the state and times, given whether the condition holds (`met`: the
 * scan's answer, or the deal's own `exercisable()` where the reports were not read, which is false
 * once the window closed, as the status then is too).
 */
export function dealStatus(terms: StatusTerms, met: boolean, now: bigint): DealStatus {
  if (terms.state === DealState.Pending) return now > terms.startBy ? "lapsed" : "pending"; // VamDeal.lapsed()
  if (terms.state === DealState.Exercised) return "exercised";
  if (terms.state === DealState.Expired) return "expired";
  if (now > terms.start + terms.window) return "window-closed";
  return met ? "exercisable" : "active";
}

export function dealView(terms: DealTerms, reports: readonly Report[], now: bigint): DealView {
  const lastReport = reports.at(-1);
  const reportAge = lastReport && now > lastReport.time ? now - lastReport.time : lastReport && 0n;
  const base = { lastReport, reportAge, reportStale: reportAge !== undefined && reportAge > terms.maxGap };
  if (terms.state === DealState.Pending) {
    const status = dealStatus(terms, false, now);
    return {
      ...base,
      status,
      exercisable: false,
      scan: emptyScan(),
      runs: [],
      startTimeLeft: status === "lapsed" ? 0n : terms.startBy - now,
    };
  }
  const deadline = terms.start + terms.window;
  const { scan, runs } = scanReports({
    reports,
    from: terms.start,
    to: deadline,
    target: terms.target,
    maxGap: terms.maxGap,
  });
  const met = conditionMet(scan, terms.duration);
  const open = now <= deadline;
  const exercisable = terms.state === DealState.Active && open && met;
  const status = dealStatus(terms, met, now);
  // A run whose last report is older than the allowed gap ends at the next report.
  const currentRun = scan.inRun && !base.reportStale ? runs.at(-1) : undefined;
  let earliestMet: bigint | undefined;
  if (status === "active") {
    const t = (currentRun ? currentRun.start : now) + terms.duration;
    if (t <= deadline) earliestMet = t;
  }
  return {
    ...base,
    status,
    exercisable,
    scan,
    runs,
    currentRun,
    deadline,
    timeLeft: open ? deadline - now : 0n,
    earliestMet,
  };
}
