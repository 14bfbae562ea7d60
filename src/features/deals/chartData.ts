// What the TVL chart draws, shaped outside the chart: times in ms and TVL in display units
// (converted here, for drawing only; the decision itself stays in bigint).
import { formatUnits } from "viem";
import type { Deal } from "./readDeals.ts";

export interface TvlChartModel {
  points: { t: number; v: number }[];
  target: number;
  /** Runs at or above target; `long` when one meets the required duration. */
  runs: { x1: number; x2: number; long: boolean }[];
  start?: number;
  end?: number;
  now: number;
  domain: [number, number];
}

const ms = (seconds: bigint) => Number(seconds) * 1000;

export function tvlChartModel(deal: Deal, now: bigint): TvlChartModel {
  const { view, terms, oracle } = deal;
  const display = (v: bigint) => Number(formatUnits(v, oracle.decimals));
  // A started deal is drawn over its window; a pending one over the history read so far.
  const from = view.deadline !== undefined ? terms.start : (oracle.reports[0]?.time ?? now);
  const to = view.deadline ?? now;
  return {
    points: oracle.reports
      .filter((r) => r.time >= from && r.time <= to)
      .map((r) => ({ t: ms(r.time), v: display(r.tvl) })),
    target: display(terms.target),
    runs: view.runs.map((r) => ({ x1: ms(r.start), x2: ms(r.end), long: r.end - r.start >= terms.duration })),
    start: view.deadline !== undefined ? ms(terms.start) : undefined,
    end: view.deadline !== undefined ? ms(view.deadline) : undefined,
    now: ms(now),
    domain: [ms(from), ms(to > from ? to : from + 1n)],
  };
}
