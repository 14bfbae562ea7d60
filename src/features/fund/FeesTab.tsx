import { DECIMALS_OFFSET, mulDiv, WAD } from "../../domain/valuation/index.ts";
import { shortAddress } from "../../lib/format.ts";
import { formatDate } from "../../lib/dates.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { ErrorState } from "../../components/ErrorState.tsx";
import { money, moneyOf } from "./format.ts";
import { LiveAccrual } from "./LiveAccrual.tsx";
import { FeeRecipient } from "./FeeRecipient.tsx";
import { isInvestorGoverned } from "../../domain/governance/votesToken.ts";
import type { FundData } from "./types.ts";
import { useFeesPaid } from "./useFeesPaid.ts";
import type { useFundHistory } from "./useFundLogs.ts";
import type { Unit } from "./useUnit.ts";

function Row({ k, v, id }: { k: string; v: string; id?: string }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 border-b border-line py-1">
      <dt className="text-subtle">{k}</dt>
      <dd data-testid={id} className="ml-auto text-right font-mono">
        {v}
      </dd>
    </div>
  );
}
import { YearCost } from "./YearCost.tsx";

export function FeesTab({ d, u, history }: { d: FundData; u: Unit; history: ReturnType<typeof useFundHistory> }) {
  const f = d.raw.fees;
  // The HWM is asset units per share unit (WAD); shown per whole share.
  const perShare = (hwm: bigint) => u.now(mulDiv(hwm, 10n ** BigInt(d.asset.decimals + DECIMALS_OFFSET), WAD));
  const paid = useFeesPaid(d.set.fund, d.block, history.data?.logs);
  const totals = paid.data?.totals;
  const failed = paid.data ? null : (paid.error ?? (history.data ? null : history.error));
  // In another unit each accrual counts at the prices of its day.
  const charged = (pick: (x: { managementFee: bigint; performanceFee: bigint }) => bigint) => {
    if (!paid.data || !u.sample) return undefined;
    const pts = u.series(paid.data.timed.map((x) => ({ t: x.t, v: pick(x) })));
    return pts && { ...u.sample, value: pts.reduce((s, p) => s + p.v, 0n) };
  };
  const [mgmt, perf, all] = [
    charged((x) => x.managementFee),
    charged((x) => x.performanceFee),
    charged((x) => x.managementFee + x.performanceFee),
  ];
  return (
    <div className="space-y-5 text-sm">
      <section aria-labelledby="terms-title">
        <h2 id="terms-title" className="font-medium">
          Terms
        </h2>
        <dl data-testid="fees" className="mt-1 grid gap-x-6 sm:grid-cols-2">
          <Row k="Management fee" v={`${bpsPercent(f.managementBps)} a year (cap ${bpsPercent(d.caps.management)})`} />
          <Row
            k="Performance fee"
            v={`${bpsPercent(f.performanceBps)} above the hurdle (cap ${bpsPercent(d.caps.performance)})`}
          />
          <Row k="Hurdle" v={`${bpsPercent(f.hurdleBps)} a year (cap ${bpsPercent(d.caps.hurdle)})`} />
          <Row
            k="Entry fee"
            v={`${bpsPercent(d.raw.entryBps)} of a deposit (cap ${bpsPercent(d.caps.entryExit)})`}
            id="fees-entry"
          />
          <Row
            k="Exit fee"
            v={`${bpsPercent(d.raw.exitBps)} of a cash redemption (cap ${bpsPercent(d.caps.entryExit)})`}
            id="fees-exit"
          />
          <Row k="High-water mark, per share" v={moneyOf(perShare(f.hwm))} id="fees-hwm" />
          <Row
            k="High-water mark with hurdle, now"
            v={moneyOf(perShare(d.snapshot.accrual.hurdleHwm))}
            id="fees-hwm-hurdle"
          />
          <Row k="High-water mark set" v={f.hwmTime === 0n ? "at launch" : formatDate(f.hwmTime)} />
        </dl>
        <p className="mt-1 text-xs text-subtle">
          A performance fee is due only on the part of the share price above the high-water mark grown by the hurdle
          since it was set. The entry and exit fees are paid to the fund, not the manager: they keep a trader from
          profiting at the other investors' expense from the oracle's lag; the in-kind exit pays none. Fee changes go
          through governance.
        </p>
      </section>
      <YearCost d={d} />
      <LiveAccrual d={d} u={u} />
      <section aria-labelledby="paid-title">
        <h2 id="paid-title" className="font-medium">
          Charged to date
        </h2>
        {failed ? (
          <ErrorState
            title="The fee history could not be read."
            detail={failed.message.split("\n")[0]}
            onRetry={() => void (paid.error ? paid.refetch() : history.refetch())}
          />
        ) : !totals ? (
          <div aria-busy="true" className="mt-1 h-20 animate-pulse rounded-lg bg-muted" />
        ) : (
          <dl data-testid="fees-paid" className="mt-1 grid gap-x-6 sm:grid-cols-2">
            <Row k="Fees charged" v={moneyOf(all)} id="fees-paid-total" />
            <Row
              k="Accruals"
              v={`${totals.count}${totals.last === undefined ? "" : `, the latest on ${formatDate(totals.last)}`}`}
              id="fees-paid-count"
            />
            <Row k="of which management" v={moneyOf(mgmt)} />
            <Row k="of which performance" v={moneyOf(perf)} />
            <Row k="Fee shares minted" v={money(totals.shares, d.decimals, d.symbol)} />
          </dl>
        )}
        {u.unit !== "asset" && (
          <p className="mt-1 text-xs text-subtle">Each accrual valued at the prices of its day.</p>
        )}
      </section>
      <section aria-labelledby="flow-title">
        <h2 id="flow-title" className="font-medium">
          Where the fees go
        </h2>
        {isInvestorGoverned(d.set) ? (
          <FeeRecipient d={d} />
        ) : (
          <ol data-testid="fee-flow" className="mt-1 list-decimal space-y-1 pl-5 text-subtle">
            <li>Each accrual mints new fund shares worth the fees, diluting investors by exactly that amount.</li>
            <li>
              The shares go to the fee splitter{" "}
              <span className="font-mono text-fg">{shortAddress(d.set.feeSplitter)}</span>, which holds{" "}
              <span className="font-mono text-fg">{money(d.raw.splitterBalance, d.decimals, d.symbol)}</span> not yet
              claimed.
            </li>
            <li>
              Holders of the manager token <span className="font-mono text-fg">{shortAddress(d.set.managerToken)}</span>{" "}
              ({money(d.raw.managerTokenSupply, 18, "tokens")}) claim them pro rata to their balance over time.
            </li>
          </ol>
        )}
      </section>
    </div>
  );
}
