import { returnsToNow } from "../../domain/history/index.ts";
import { staleReason } from "../../components/stalePrices.ts";
import { shortAddress } from "../../lib/format.ts";
import { MarketPremium } from "./MarketPremium.tsx";
import { ppmPercent } from "../../lib/percent.ts";
import { moneyOf } from "./format.ts";
import { ShareButton } from "../../components/share/ShareButton.tsx";
import { useSearchParams } from "../../lib/router/index.ts";
import type { FundData } from "./types.ts";
import type { Unit } from "./useUnit.ts";

const MECHANISMS = ["Governance", "Institution", "Algorithm", "Committee"];

/** Who decides: the timelock for governance, the manager's address otherwise. */
export function mechanismText(d: FundData) {
  return d.mechanism === 0
    ? `governance (timelock ${shortAddress(d.set.timelock)})`
    : `${(MECHANISMS[d.mechanism] ?? "unknown").toLowerCase()} ${shortAddress(d.manager)}`;
}

const stat = "min-w-0 rounded-lg border border-line bg-surface p-2 text-sm sm:p-3 sm:text-base";

export function FundHeader({ d, u }: { d: FundData; u: Unit }) {
  // Returns as every page computes them: from the fund's daily checkpoints, to now, in the chosen
  // unit at each day's prices (undefined while those load).
  const now = { t: d.raw.timestamp, navPerShare: d.snapshot.intrinsic.perShare };
  const r = d.checkpoints && returnsToNow(d.checkpoints, now, u.series);
  const stale = !d.snapshot.fresh;
  const tab = useSearchParams()[0].get("tab");
  const mark = stale ? <span className="text-amber-700 dark:text-amber-300"> · last known prices</span> : null;
  return (
    <header className="space-y-3" data-testid="fund-header" data-block={d.block.toString()}>
      <div className="flex items-start justify-between gap-3">
        <div>
          <h1 id="fund-title" className="text-2xl font-semibold tracking-tight">
            {d.name}
          </h1>
          <p className="mt-1 text-sm text-subtle">
            {d.symbol} · decided by <span data-testid="fund-mechanism">{mechanismText(d)}</span> · denominated in{" "}
            {d.asset.symbol}
          </p>
        </div>
        <ShareButton
          target={{ kind: "fund", fund: d.set.fund, tab: tab ?? undefined }}
          label={`Share ${d.name}`}
          testId="share-fund"
          card={() => ({
            kicker: "Fund",
            title: d.name,
            subtitle: `${d.symbol} · denominated in ${d.asset.symbol}`,
            figures: [
              { label: "NAV per share", value: moneyOf(u.now(d.snapshot.intrinsic.perShare)) },
              { label: "TVL", value: moneyOf(u.now(d.snapshot.intrinsic.nav)) },
              ...(r?.y1 !== undefined ? [{ label: "1 y return", value: ppmPercent(r.y1, { signed: true }) }] : []),
            ],
            series: d.checkpoints?.map((c) => Number(c.navPerShare)),
          })}
        />
      </div>
      {stale && (
        <p
          role="status"
          data-testid="fund-stale"
          className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:bg-amber-950/40 dark:text-amber-100"
        >
          {staleReason(d)}. NAV and TVL below use the last known prices; deposits and cash redemptions wait until the
          prices are fresh again, and the exit in kind stays open.
        </p>
      )}
      <dl className="grid grid-cols-6 gap-2">
        <div className={`${stat} col-span-3 sm:col-span-1`}>
          <dt className="text-xs text-subtle">NAV per share{mark}</dt>
          <dd data-testid="fund-nav" data-stale={stale || undefined} className="break-words font-mono">
            {moneyOf(u.now(d.snapshot.intrinsic.perShare))}
          </dd>
        </div>
        <div className={`${stat} col-span-3 sm:col-span-2`}>
          <dt className="text-xs text-subtle">TVL{mark}</dt>
          <dd data-testid="fund-tvl" data-stale={stale || undefined} className="break-words font-mono">
            {moneyOf(u.now(d.snapshot.intrinsic.nav))}
          </dd>
        </div>
        {(["d7", "d30", "y1"] as const).map((w) => (
          <div key={w} className={`${stat} col-span-2 sm:col-span-1`}>
            <dt className="text-xs text-subtle">{{ d7: "7 d", d30: "30 d", y1: "1 y" }[w]} return</dt>
            <dd data-testid={`fund-ret-${w}`} className="font-mono">
              {r === undefined && d.checkpoints && !u.historyError ? (
                <span className="text-subtle" title="Reading the history">
                  …
                </span>
              ) : r?.[w] === undefined ? (
                <span title="The fund's history does not cover this period">—</span>
              ) : (
                ppmPercent(r[w], { signed: true })
              )}
            </dd>
          </div>
        ))}
      </dl>
      <MarketPremium d={d} u={u} />
    </header>
  );
}
