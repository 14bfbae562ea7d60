// The Exits section's lists, read and drawn once the section comes into view (Exits.tsx): the
// fund's buybacks, newest first, with what each did to the NAV per share, then its distributions.
import { ErrorState } from "../../../components/ErrorState.tsx";
import {
  averagePrice,
  EXIT_KIND_LABEL,
  exitTotals,
  navEffectPpm,
  type ExitEvent,
} from "../../../domain/exits/index.ts";
import { formatDate } from "../../../lib/dates.ts";
import { ppmPercent } from "../../../lib/percent.ts";
import { amount, money } from "../format.ts";
import type { FundData } from "../types.ts";
import { DistributionsList } from "./DistributionsList.tsx";
import { ManagerBuybacks } from "./ManagerBuybacks.tsx";
import { useExits } from "./useExits.ts";

const effectText = (ppm: bigint) => ppmPercent(ppm, { signed: true, maximumSignificantDigits: 3 });

function Row({ e, d }: { e: ExitEvent; d: FundData }) {
  const sym = d.asset.symbol;
  const avg = averagePrice(e, d.decimals);
  const effect = navEffectPpm(e);
  return (
    <li
      data-testid="exit-row"
      data-kind={e.kind}
      data-effect={effect.toString()}
      className="grid gap-x-3 gap-y-0.5 rounded-lg border border-line bg-surface p-2 text-sm sm:grid-cols-[8rem_1fr_auto] sm:p-3"
    >
      <span className="font-medium">{EXIT_KIND_LABEL[e.kind]}</span>
      <span className="text-subtle sm:row-start-2">{formatDate(e.t)}</span>
      <span data-testid="exit-amount" className="sm:row-span-2">
        <span className="font-mono">{money(e.amount, d.asset.decimals, sym)}</span> for{" "}
        <span className="font-mono">{amount(e.shares, d.decimals)}</span> shares, burnt
        {avg !== undefined && (
          <span className="block text-xs text-subtle">
            {money(avg, d.asset.decimals, sym)} a share, NAV was {money(e.navBefore, d.asset.decimals, sym)}
          </span>
        )}
      </span>
      <span className="sm:row-span-2 sm:text-right">
        <span className="block text-xs text-subtle">NAV per share</span>
        <span data-testid="exit-effect" className={`font-mono ${effect > 0n ? "text-brand" : ""}`}>
          {effectText(effect)}
        </span>
      </span>
    </li>
  );
}

export default function ExitsLists({ d }: { d: FundData }) {
  return (
    <>
      <Buybacks d={d} />
      <DistributionsList d={d} />
      <ManagerBuybacks d={d} />
    </>
  );
}

function Buybacks({ d }: { d: FundData }) {
  const q = useExits(d.set.fund, d.block);
  const list = q.data;
  return q.error && !list ? (
    <ErrorState
      title="The fund's buybacks could not be read."
      detail={q.error.message.split("\n")[0]}
      onRetry={() => void q.refetch()}
    />
  ) : !list ? (
    <div role="status" aria-busy="true" className="h-16 animate-pulse rounded-lg bg-muted">
      <span className="sr-only">Loading the buybacks…</span>
    </div>
  ) : list.length === 0 ? (
    <p data-testid="exits-empty" className="text-sm text-subtle">
      No buyback yet: governance may buy back and burn shares while they trade below their intrinsic value in the fund's
      pool.
    </p>
  ) : (
    <>
      <p data-testid="exits-summary" className="text-sm text-subtle">
        {summary(list, d)}
      </p>
      <ul aria-label="Buybacks, newest first" className="space-y-2">
        {list.map((e) => (
          <Row key={`${e.blockNumber}-${e.logIndex}`} e={e} d={d} />
        ))}
      </ul>
    </>
  );
}

function summary(list: readonly ExitEvent[], d: FundData) {
  const t = exitTotals(list);
  const n = t.count === 1 ? "One buyback" : `${t.count} buybacks`;
  return (
    `${n} since ${t.since === undefined ? "—" : formatDate(t.since)}: ` +
    `${money(t.amount, d.asset.decimals, d.asset.symbol)} paid out, NAV per share ${effectText(t.effectPpm)} in all.`
  );
}
