// The fund's exits (DESIGN §4): each way value left the fund to its investors, with its kind, date,
// amount and what it did to the NAV per share: buybacks of shares, then distributions to investors;
// then the manager-token side, the fee shares the splitter sells for manager tokens it burns.
import { ErrorState } from "../../../components/ErrorState.tsx";
import {
  averagePrice,
  buybackRoom,
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
import { useSeen } from "../useSeen.ts";
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

/** Read once the section comes into view: it sits low on the overview, below what paints first. */
export function Exits({ d }: { d: FundData }) {
  const { seen, ref } = useSeen();
  return (
    <section ref={ref} aria-labelledby="exits-title" data-testid="fund-exits" className="space-y-2">
      <h2 id="exits-title" className="font-medium">
        Exits
      </h2>
      <BuybackRoom d={d} />
      {seen ? (
        <>
          <Buybacks d={d} />
          <DistributionsList d={d} />
          <ManagerBuybacks d={d} />
        </>
      ) : (
        // Not busy: nothing is being read until the section is seen.
        <div aria-hidden="true" className="h-16 rounded-lg bg-muted" />
      )}
    </section>
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

/** The share's pool against its asset: the discount that makes a buyback possible, and how much. */
function BuybackRoom({ d }: { d: FundData }) {
  const pool = d.pools.find((p) => p.token === "investor" && p.quote.toLowerCase() === d.asset.address.toLowerCase());
  if (!pool) return null;
  const sym = d.asset.symbol;
  const r = buybackRoom(
    { reserveShares: pool.reserveToken, reserveCash: pool.reserveQuote },
    d.snapshot.intrinsic.perShare,
    d.decimals,
  );
  if (!r.possible && r.reason === "no-pool") return null;
  const gap = r.discountPpm === undefined ? "" : ppmPercent(r.discountPpm < 0n ? -r.discountPpm : r.discountPpm);
  return (
    <p data-testid="buyback-room" data-possible={String(r.possible)} className="text-sm text-subtle">
      {r.possible ? (
        <>
          The share trades at {money(r.price, d.asset.decimals, sym)} in its {sym} pool, {gap} below its intrinsic
          value: a buyback is possible, and one of up to {money(r.maxCash, d.asset.decimals, sym)} would pay less than
          the NAV per share (within the fund's buyback limit).
        </>
      ) : (
        <>
          The share trades at {r.price === undefined ? "—" : money(r.price, d.asset.decimals, sym)} in its {sym} pool,{" "}
          {r.discountPpm === 0n ? "at" : `${gap} above`} its intrinsic value: no buyback is possible (the fund buys back
          only below it).
        </>
      )}
    </p>
  );
}
