import { lazy, useMemo, useState } from "react";
import type { Address } from "viem";
import { ChartSlot } from "../../components/chart/ChartSlot.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import {
  DUST_BPS,
  MIN_DAYS,
  netOfCost,
  planRebalance,
  toWad,
  tradingCost,
  worthTrading,
} from "../../domain/advisor/index.ts";
import { shortAddress } from "../../lib/format.ts";
import { timed } from "../../lib/timed.ts";
import { Controls } from "./Controls.tsx";
import { draftOf, parseSlippage } from "./draft.ts";
import { DraftPanel } from "./DraftPanel.tsx";
import { Limits } from "./Limits.tsx";
import { useAdvisorParams } from "./params.ts";
import type { AdvisorRead } from "./readAdvisor.ts";
import { Summary } from "./Summary.tsx";
import { guidelinesOf, limitsOf, useAdvice } from "./useAdvisor.ts";
import { WeightsTable } from "./WeightsTable.tsx";

const FrontierChart = lazy(() => import("./FrontierChart.tsx"));

export function AdvisorView({ fund, read }: { fund: Address; read: AdvisorRead }) {
  const p = useAdvisorParams();
  const advice = useAdvice(read, p.objective, p.lookbackDays, p.targetVol);
  const [slippage, setSlippage] = useState("3");
  const slip = parseSlippage(slippage);
  const slippageBps = "bps" in slip ? slip.bps : 0n;
  const token = (a: string) => read.tokens.get(a.toLowerCase()) ?? { symbol: shortAddress(a), decimals: 18 };
  const unit = read.asset.symbol;
  const ok = advice.kind === "ok" ? advice : undefined;
  const plan = useMemo(
    () =>
      ok &&
      timed("evergreen:swap-plan", () =>
        planRebalance(read.raw, ok.sleeve, guidelinesOf(read), limitsOf(read), toWad(ok.suggestion.weights), {
          slippageBps,
          dustBps: DUST_BPS,
        }),
      ),
    [ok, read, slippageBps],
  );
  if (advice.kind === "empty")
    return <EmptyState title="Nothing to allocate yet">The fund holds none of its listed assets.</EmptyState>;
  if (advice.kind === "short-history") {
    return (
      <EmptyState title="Not enough price history">
        The feeds have {advice.days} daily returns in this lookback; the advice needs at least {MIN_DAYS}.
      </EmptyState>
    );
  }
  const risk = {
    min: advice.minVariance.vol,
    max: advice.frontier.at(-1)!.vol,
    value: p.targetVol ?? advice.current.vol,
  };
  const leftOut = [...advice.leftOut, ...(plan?.ok ? plan.leftOut : [])];
  const cost = plan?.ok ? tradingCost(plan.swaps) : 0n;
  const net = netOfCost(advice.suggestion, cost, advice.sleeve.value);
  // A maximum-Sharpe move that its own trading cost undoes is not drafted.
  const worth = worthTrading(p.objective, advice.current, net);
  const drafted = plan?.ok && !worth ? { ...plan, swaps: [], moves: [], calls: [] } : plan;
  const assetToken = (i: number) => read.raw.assets[i].token;
  const draft =
    drafted?.ok && "bps" in slip
      ? draftOf({
          fund,
          calls: drafted.calls,
          leftOut,
          maxSlippageBps: read.raw.maxSlippageBps,
          assetToken,
          objective: p.objective,
          current: advice.current,
          suggestion: advice.suggestion,
          days: advice.model.days,
          block: read.block,
          slippageBps,
          token,
        })
      : undefined;
  const n = read.raw.assets.length;
  const assets = advice.assets.map((a, i) => ({
    ...a,
    name: token(i < n ? read.raw.assets[i].token : advice.sleeve.vaults[i - n].token).symbol,
  }));
  return (
    <div className="space-y-4" data-testid="advisor" data-block={read.block.toString()} data-objective={p.objective}>
      <Controls
        objective={p.objective}
        onObjective={p.setObjective}
        lookbackDays={p.lookbackDays}
        onLookback={p.setLookback}
        risk={risk}
        onRisk={p.setTargetVol}
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <section aria-label="Efficient frontier" className="rounded-xl border border-line bg-surface p-2 lg:col-span-2">
          <ChartSlot size="lg">
            <FrontierChart
              frontier={advice.frontier}
              assets={assets}
              current={advice.current}
              suggestion={advice.suggestion}
            />
          </ChartSlot>
        </section>
        <Summary
          current={advice.current}
          suggestion={advice.suggestion}
          net={plan?.ok ? net : undefined}
          model={advice.model}
          unit={unit}
        />
      </div>
      <VaultNotes read={read} advised={advice.sleeve.vaults.map((v) => v.index)} />
      <WeightsTable advice={advice} read={read} plan={(worth && plan) || undefined} />
      <div className="grid gap-4 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {drafted && (
            <DraftPanel
              fund={fund}
              fundName={read.name}
              mechanism={read.mechanism}
              plan={drafted}
              notWorth={worth ? undefined : { cost, net, current: advice.current }}
              leftOut={leftOut}
              maxSlippageBps={read.raw.maxSlippageBps}
              assetToken={assetToken}
              draft={draft}
              slippage={slippage}
              slippageError={"error" in slip ? slip.error : undefined}
              onSlippage={setSlippage}
              token={token}
            />
          )}
        </div>
        <Limits unit={unit} />
      </div>
    </div>
  );
}

/** Why a vault the fund allows is not among the advice's assets: its rates could not be read, or it has none yet. */
function VaultNotes({ read, advised }: { read: AdvisorRead; advised: number[] }) {
  const symbol = (i: number) => {
    const v = read.raw.vaults![i].vault;
    return read.tokens.get(v.toLowerCase())?.symbol ?? shortAddress(v);
  };
  if (read.vaultsError)
    return (
      <p role="status" data-testid="advisor-vaults-error" className="rounded-lg border border-danger/40 p-3 text-sm">
        The vaults' rate history could not be read ({read.vaultsError}), so the advice leaves the fund's vaults as they
        are. It reads them again with the next block.
      </p>
    );
  const unrated = read.vaults.filter((v) => !advised.includes(v.index) && v.rates.length === 0);
  if (unrated.length === 0) return null;
  return (
    <p className="text-sm text-subtle" data-testid="advisor-vaults-unrated">
      {unrated.map((v) => symbol(v.index)).join(", ")}: no rate accepted by the vault's guard yet, so its yield cannot
      be estimated; kept as it is.
    </p>
  );
}
