// The overview's sections below the charts: the benchmark, the risk, the track record with the
// manager's other funds, the exits and the decisions and guidelines. Their data is read with the overview's (OverviewTab), in its requests;
// their code loads as the page nears them, since on a phone they sit far below the fold.
import type { Returns } from "../../domain/history/index.ts";
import type { NavPoint } from "../../domain/valuation/returns.ts";
import { Benchmark } from "./Benchmark.tsx";
import { Decisions } from "./Decisions.tsx";
import { Exits } from "./exits/index.ts";
import { RiskStats } from "./RiskStats.tsx";
import { TrackRecord } from "./TrackRecord.tsx";
import type { FundData } from "./types.ts";
import type { useBenchmark } from "./useBenchmark.ts";
import type { Unit } from "./useUnit.ts";

interface Props {
  d: FundData;
  /** Whether the NAV history was read: without it, only the exits and the rules are drawn. */
  history: boolean;
  fundReturns: Returns | undefined;
  bench: ReturnType<typeof useBenchmark>;
  inception: bigint | undefined;
  nav: NavPoint[] | undefined;
  valued: NavPoint[] | undefined;
  /** How many addresses hold shares; null when they could not be read. */
  holders: number | null | undefined;
  u: Unit;
}

export default function OverviewSections({
  d,
  history,
  fundReturns,
  bench,
  inception,
  nav,
  valued,
  holders,
  u,
}: Props) {
  return (
    <div className="space-y-4">
      {history && (
        <>
          <Benchmark
            fund={fundReturns}
            rows={bench.rows}
            inception={inception}
            u={u}
            error={bench.error}
            onRetry={bench.retry}
          />
          <RiskStats nav={nav} now={d.raw.timestamp} u={u} />
          <TrackRecord d={d} valued={valued} holders={holders} u={u} />
        </>
      )}
      <Exits d={d} />
      <Decisions d={d} />
    </div>
  );
}
