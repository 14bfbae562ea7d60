// The overview's sections below the charts: the benchmark, the risk, the track record with the
// manager's other funds, and the decisions and guidelines with the limits. Their data is read with
// the overview's (OverviewTab); their code loads as the page nears them, since on a phone they sit
// far below the fold.
import type { Returns } from "../../domain/history/index.ts";
import type { NavPoint } from "../../domain/valuation/returns.ts";
import { shortAddress } from "../../lib/format.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { Benchmark } from "./Benchmark.tsx";
import { Limits } from "./Limits.tsx";
import { RiskStats } from "./RiskStats.tsx";
import { TrackRecord } from "./TrackRecord.tsx";
import type { FundData } from "./types.ts";
import type { useBenchmark } from "./useBenchmark.ts";
import type { Unit } from "./useUnit.ts";

/** The decision mechanism (DESIGN §2) in words. */
function decisionsText(d: FundData) {
  const who = shortAddress(d.manager);
  if (d.mechanism === 0)
    return (
      `Decentralised: manager-token holders propose and vote; passed proposals are executed by the ` +
      `timelock ${shortAddress(d.set.timelock)}, which also trades for the fund.`
    );
  if (d.mechanism === 1)
    return (
      `Centralised: a professional institution (${who}) trades for the fund within the guidelines; ` +
      `manager-token holders set the guidelines and fees by vote.`
    );
  if (d.mechanism === 3)
    return (
      `By committee: members elected by the manager-token holders (${who}) approve each trade on-chain, ` +
      `M of N, within the guidelines; governance elects and replaces them and sets M by vote.`
    );
  return (
    `Algorithmic: an algorithm's keeper (${who}) rebalances the fund within the guidelines; ` +
    `manager-token holders set the guidelines and fees by vote.`
  );
}

interface Props {
  d: FundData;
  /** The fund's history could not be read: only the decisions and guidelines are shown. */
  error: boolean;
  fundReturns: Returns | undefined;
  bench: ReturnType<typeof useBenchmark>;
  inception: bigint | undefined;
  nav: NavPoint[] | undefined;
  valued: NavPoint[] | undefined;
  /** How many addresses hold shares; null when they could not be read. */
  holders: number | null | undefined;
  u: Unit;
}

export default function OverviewSections({ d, error, fundReturns, bench, inception, nav, valued, holders, u }: Props) {
  return (
    <div className="space-y-4">
      {!error && (
        <Benchmark
          fund={fundReturns}
          rows={bench.rows}
          inception={inception}
          u={u}
          error={bench.error}
          onRetry={bench.retry}
        />
      )}
      {!error && <RiskStats nav={nav} now={d.raw.timestamp} u={u} />}
      {!error && <TrackRecord d={d} valued={valued} holders={holders} u={u} />}
      <section aria-labelledby="rules-title" className="space-y-1 text-sm">
        <h2 id="rules-title" className="font-medium">
          Decisions and guidelines
        </h2>
        <p data-testid="fund-decisions" className="text-subtle">
          {decisionsText(d)}
        </p>
        <p className="text-subtle">
          The fund may hold only the assets below, each up to its share of the fund's value (counting its half of any LP
          position), and{" "}
          {d.maxLpBps === 0 ? "no LP positions" : <>LP positions up to {bpsPercent(d.maxLpBps)} in all</>}; a trade that
          would break a limit, lose more than the slippage limit at oracle prices or leave less than the minimum cash is
          refused on-chain. Deposits and cash redemptions are open whenever the prices the fund needs are fresh; the
          in-kind exit is always open.
        </p>
        <ul aria-label="Allowed assets and their limits" className="flex flex-wrap gap-2 pt-1">
          {[...d.guidelines].map(([t, g]) => (
            <li key={t} className="rounded-full border border-line px-2 py-0.5 text-xs">
              {d.tokens.get(t)?.symbol ?? shortAddress(t)} ≤ {bpsPercent(g.maxWeightBps)}
              {g.allowed ? "" : " (not allowed)"}
            </li>
          ))}
        </ul>
        <Limits d={d} />
      </section>
    </div>
  );
}
