import { Suspense, useState } from "react";
import { formatUnits } from "viem";
import { ChartSlot } from "../../components/chart/ChartSlot.tsx";
import { ErrorState } from "../../components/ErrorState.tsx";
import { Segmented } from "../../components/Segmented.tsx";
import type { Point } from "../../domain/history/index.ts";
import { atCostOnly } from "../../domain/valuation/index.ts";
import { money } from "./format.ts";
import { preloadable } from "../../lib/preloadable.ts";
import { SectionsPlaceholder } from "./SectionsPlaceholder.tsx";
import { useNearView } from "./useNearView.ts";
import { Strategy } from "./Strategy.tsx";
import { useBenchmark } from "./useBenchmark.ts";
import { useShareHolders } from "./useFundLogs.ts";
import { returnsToNow, sinceReturn } from "../../domain/history/index.ts";
import { NavChart } from "./NavChart.tsx";
import type { FundData } from "./types.ts";
import type { useFundHistory } from "./useFundLogs.ts";
import type { Unit } from "./useUnit.ts";
import type { SeriesNow } from "./seriesNow.ts";

// The benchmark, risk, track record, exits and rules: far below the fold on a phone, their code
// loads as the page nears them.
const OverviewSections = preloadable(() => import("./OverviewSections.tsx"));

const RANGES = { "7d": 7, "30d": 30, "90d": 90, "1y": 365, all: 0 } as const;
type Range = keyof typeof RANGES;
type History = ReturnType<typeof useFundHistory>;

function Chart({ id, title, points, u }: { id: string; title: string; points: Point[] | undefined; u: Unit }) {
  const unit = u.sample;
  const last = points?.at(-1);
  return (
    <figure data-testid={`chart-${id}`} data-points={points?.length ?? ""} data-first={points?.[0]?.v.toString() ?? ""}>
      <figcaption className="flex flex-wrap items-baseline justify-between gap-x-2 text-sm">
        <span className="font-medium">
          {title}
          {unit ? ` (${unit.symbol})` : ""}
        </span>
        {unit && last && (
          <span data-testid={`chart-${id}-last`} className="font-mono text-xs text-subtle">
            latest {money(last.v, unit.decimals, unit.symbol)}
          </span>
        )}
      </figcaption>
      <ChartSlot
        size="md"
        loading={unit && !points}
        empty={
          !unit
            ? "No price to show this in the chosen unit."
            : points && points.length < 2
              ? "Not enough history in this range yet."
              : undefined
        }
      >
        {unit && points && (
          <NavChart
            label={title}
            symbol={unit.symbol}
            points={points.map((p) => ({ t: Number(p.t) * 1000, v: Number(formatUnits(p.v, unit.decimals)) }))}
          />
        )}
      </ChartSlot>
    </figure>
  );
}

/** `history` for its errors and retry; `series`, its data carried on to now, for the charts. */
export function OverviewTab({
  d,
  history,
  series: h,
  u,
}: {
  d: FundData;
  history: History;
  series: SeriesNow | undefined;
  u: Unit;
}) {
  const [range, setRange] = useState<Range>("all");
  const from = RANGES[range] ? d.raw.timestamp - BigInt(RANGES[range]) * 86_400n : 0n;
  const inRange = (xs: Point[] | undefined) => xs && u.series(xs.filter((x) => x.t >= from));
  const nav = inRange(h?.nav.map((p) => ({ t: p.t, v: p.navPerShare })));
  const tvl = inRange(h?.tvl);
  const error = (!h && history.error) || u.historyError;
  // The whole NAV history in the unit, for the record since inception and the benchmark's last column.
  const valued =
    h && u.series(h.nav.map((p) => ({ t: p.t, v: p.navPerShare })))?.map((p) => ({ t: p.t, navPerShare: p.v }));
  const inception = h?.nav.find((p) => p.navPerShare > 0n)?.t;
  const bench = useBenchmark(d, u, inception);
  const now = { t: d.raw.timestamp, navPerShare: d.snapshot.intrinsic.perShare };
  const windows = d.checkpoints && returnsToNow(d.checkpoints, now, u.series);
  const fundReturns = windows && valued && { ...windows, since: sinceReturn(valued, inception) };
  const holders = useShareHolders(d.set.fund, d.block, !!h && bench.rows.every((r) => r.returns));
  const more = useNearView();
  return (
    <div className="space-y-4">
      <Strategy d={d} />
      <Segmented
        legend="Chart range"
        name="chart-range"
        value={range}
        onChange={(v) => setRange(v as Range)}
        options={Object.keys(RANGES).map((k) => ({
          value: k,
          label: k === "all" ? "All" : k.replace("d", " d").replace("1y", "1 y"),
        }))}
      />
      {error ? (
        <ErrorState
          title="The fund's history could not be read."
          detail={error.message.split("\n")[0]}
          onRetry={() => {
            void history.refetch();
            u.retryHistory();
          }}
        />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          <Chart id="nav" title="NAV per share" points={nav} u={u} />
          <Chart id="tvl" title="TVL" points={tvl} u={u} />
        </div>
      )}
      {!error && history.data && history.data.distributions > 0 && (
        <p data-testid="nav-total-return-note" className="text-sm text-subtle">
          The NAV line and every return on this page count the fund's{" "}
          {history.data.distributions === 1 ? "distribution" : `${history.data.distributions} distributions`} as
          reinvested: the points before each are scaled down by the fall in NAV per share it caused, so cash returned to
          investors does not read as a loss. Today's point is the NAV per share; the Exits section lists what was paid.
        </p>
      )}
      {atCostOnly(d.snapshot.holdings) && (
        <p data-testid="nav-at-cost-note" className="text-sm text-subtle">
          Why the NAV line has no market moves: besides its cash, this fund holds only primary-market positions, valued
          at cost with no market price. Its NAV per share moves only with fees (the slow slope) and governance
          mark-downs (the steps).
        </p>
      )}
      {/* Their data is read above, with the overview's; only their code waits to be near the view. */}
      <div ref={more.ref} data-testid="overview-more">
        {more.wanted ? (
          <Suspense fallback={<SectionsPlaceholder loading history={!error} />}>
            <OverviewSections
              d={d}
              history={!error}
              fundReturns={fundReturns}
              bench={bench}
              inception={inception}
              nav={h?.nav}
              valued={valued}
              holders={holders.data ? holders.data.length : holders.error ? null : undefined}
              u={u}
            />
          </Suspense>
        ) : (
          <SectionsPlaceholder loading={false} history={!error} />
        )}
      </div>
    </div>
  );
}
