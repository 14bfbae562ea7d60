// The VAM condition (DESIGN §5), step for step as contracts/src/vam/VamCondition.sol and
// VamDeal.scan decide it, so that the page says "exercisable" exactly when the chain does.

/** One oracle round: the time it was reported and the TVL (in the oracle's decimals). */
export interface Report {
  time: bigint;
  tvl: bigint;
}

/** VamCondition.Scan: the state after feeding reports in order. */
export interface Scan {
  inRun: boolean;
  runStart: bigint;
  last: bigint;
  longest: bigint;
  longestStart: bigint;
  longestEnd: bigint;
}

/** A run of consecutive reports all at or above target with no gap above `maxGap`. */
export interface Run {
  start: bigint;
  end: bigint;
  reports: number;
}

export const emptyScan = (): Scan => ({
  inRun: false,
  runStart: 0n,
  last: 0n,
  longest: 0n,
  longestStart: 0n,
  longestEnd: 0n,
});

/** VamCondition.step: feeds one report into the scan (returns a new scan). */
export function step(prev: Scan, time: bigint, tvl: bigint, target: bigint, maxGap: bigint): Scan {
  const s = { ...prev };
  if (tvl < target) {
    s.inRun = false;
    return s;
  }
  if (!s.inRun || time - s.last > maxGap) {
    s.inRun = true;
    s.runStart = time;
  }
  s.last = time;
  const len = time - s.runStart;
  // `longestEnd == 0` marks "no run yet", so a first run of length 0 is still recorded.
  if (len > s.longest || s.longestEnd === 0n) {
    s.longest = len;
    s.longestStart = s.runStart;
    s.longestEnd = time;
  }
  return s;
}

export interface ScanInput {
  /** Every round of the oracle in round order (ids 1..n). */
  reports: readonly Report[];
  /** The deal's start `s` and its deadline `s + T`. */
  from: bigint;
  to: bigint;
  target: bigint;
  maxGap: bigint;
}

/**
 * VamDeal.scan over the rounds dated in [from, to], plus every run it passed through (for
 * drawing). Walks back from the newest round as the contract does, then forward in round order.
 */
export function scanReports({ reports, from, to, target, maxGap }: ScanInput): { scan: Scan; runs: Run[] } {
  let id = reports.length;
  while (id > 0 && reports[id - 1].time >= from) --id;
  let scan = emptyScan();
  const runs: Run[] = [];
  for (let r = id; r < reports.length; ++r) {
    const { time, tvl } = reports[r];
    if (time > to) break;
    const opens = tvl >= target && (!scan.inRun || time - scan.last > maxGap);
    scan = step(scan, time, tvl, target, maxGap);
    if (tvl < target) continue;
    if (opens) runs.push({ start: time, end: time, reports: 1 });
    else {
      const run = runs[runs.length - 1];
      run.end = time;
      run.reports++;
    }
  }
  return { scan, runs };
}

/** Whether a scan meets the required duration (VamDeal.exercise's test). */
export const conditionMet = (scan: Scan, duration: bigint) => scan.longestEnd !== 0n && scan.longest >= duration;
