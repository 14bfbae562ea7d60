import { lazy } from "react";
import { AppLink } from "../../components/AppLink.tsx";
import { ChartSlot } from "../../components/chart/ChartSlot.tsx";
import { ShareButton } from "../../components/share/ShareButton.tsx";
import { shortAddress } from "../../lib/format.ts";
import { proposalPath } from "../../lib/governancePaths.ts";
import { tvlChartModel } from "./chartData.ts";
import { Condition } from "./Condition.tsx";
import { DealActions } from "./DealActions.tsx";
import { Escrow } from "./Escrow.tsx";
import { amount, PROPOSAL_STATES, STATUS, tvl, tvlUnit } from "./format.ts";
import type { Deal } from "./readDeals.ts";
import { StatusBadge } from "./StatusBadge.tsx";
import { Tranches } from "./Tranches.tsx";

const TvlChart = lazy(() => import("./TvlChart.tsx"));

export function DealCard({ d, now, showFund }: { d: Deal; now: bigint; showFund: boolean }) {
  const id = `deal-${d.address.toLowerCase()}`;
  const model = tvlChartModel(d, now);
  const unstarted = d.view.status === "pending" || d.view.status === "lapsed";
  return (
    <article
      aria-labelledby={id}
      data-testid="deal"
      data-deal={d.address.toLowerCase()}
      className="space-y-4 rounded-xl border border-line bg-surface p-4 sm:p-5"
    >
      <header className="space-y-1">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h2 id={id} className="text-lg font-semibold">
            {d.projectToken.name} <span className="text-subtle">({d.projectToken.symbol})</span>
          </h2>
          <StatusBadge status={d.view.status} />
          <span className="ms-auto">
            <ShareButton
              target={{ kind: "deal", fund: d.fund.address, deal: d.address }}
              label={`Share the ${d.projectToken.name} deal`}
              testId="share-deal"
              card={() => ({
                kicker: "Deal",
                title: `${d.projectToken.name} (${d.projectToken.symbol})`,
                subtitle: `${d.fund.name} · ${STATUS[d.view.status]}`,
                figures: [
                  { label: "Tranche 1", value: amount(d.n1, d.asset) },
                  { label: "Tranche 2", value: amount(d.n2, d.asset) },
                  { label: "TVL target", value: tvl(d.terms.target, d.oracle) },
                ],
                series: model.points.map((p) => p.v),
              })}
            />
          </span>
        </div>
        <p className="text-xs text-subtle">
          {showFund && <>{d.fund.name} · </>}deal{" "}
          <span className="font-mono" title={d.address}>
            {shortAddress(d.address)}
          </span>
          {d.proposal && (
            <>
              {" "}
              · {unstarted ? "approval proposal" : "approved by"}{" "}
              <AppLink
                to={proposalPath(d.fund.address, d.proposal.id)}
                className="text-brand underline underline-offset-2"
              >
                “{d.proposal.title}”
              </AppLink>
              {unstarted && <>, {PROPOSAL_STATES[d.proposal.state] ?? "unknown state"}</>}
            </>
          )}
        </p>
      </header>
      <Tranches d={d} />
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-label="Condition" className="space-y-2">
          <Condition d={d} />
        </section>
        <figure className="min-w-0">
          <figcaption className="text-sm font-medium">Reported TVL against the target</figcaption>
          <div className="mt-2">
            <ChartSlot size="md" empty={model.points.length === 0 ? "No report in this period yet." : undefined}>
              <TvlChart
                model={model}
                unit={tvlUnit(d.oracle)}
                label={
                  `${d.oracle.description}: ${model.points.length} reports against a target of ` +
                  `${tvl(d.terms.target, d.oracle)}; ${d.view.runs.length} runs at or above it.`
                }
              />
            </ChartSlot>
          </div>
          <p className="mt-1 text-xs text-subtle">
            Shaded: runs at or above the target; darker where a run lasted the required time.
          </p>
        </figure>
      </div>
      <section aria-label="Escrow">
        <Escrow d={d} />
      </section>
      <DealActions d={d} />
    </article>
  );
}
