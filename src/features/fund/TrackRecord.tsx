// The record of whoever decides for the fund since its first NAV, in the unit shown: when it
// started, what it returned in all and a year, its highest NAV per share and its worst fall; and
// how many addresses hold its shares now; and the manager's other funds.
import type { ReactNode } from "react";
import { inceptionRecord } from "../../domain/history/index.ts";
import type { NavPoint } from "../../domain/valuation/returns.ts";
import { formatDate } from "../../lib/dates.ts";
import { ppmPercent } from "../../lib/percent.ts";
import { money } from "./format.ts";
import { ManagerFunds } from "./ManagerFunds.tsx";
import { mechanismText } from "./FundHeader.tsx";
import type { FundData } from "./types.ts";
import type { Unit } from "./useUnit.ts";

const stat = "min-w-0 rounded-lg border border-line bg-surface p-2 sm:p-3";
const count = new Intl.NumberFormat();

function Item({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className={stat}>
      <dt className="text-xs text-subtle">{label}</dt>
      <dd data-testid={id} className="font-mono">
        {children}
      </dd>
    </div>
  );
}

interface Props {
  d: FundData;
  /** NAV per share since the first NAV, to now, in the unit; undefined while it loads. */
  valued: NavPoint[] | undefined;
  /** Addresses holding shares now; undefined while the transfers load, null when they failed. */
  holders: number | undefined | null;
  u: Unit;
}

export function TrackRecord({ d, valued, holders, u }: Props) {
  const r = valued && inceptionRecord(valued);
  const unit = u.sample;
  return (
    <section
      aria-labelledby="record-title"
      data-testid="track-record"
      aria-busy={!valued || undefined}
      className="space-y-2 text-sm"
    >
      <h2 id="record-title" className="font-medium">
        Record since inception{unit ? ` (in ${unit.symbol})` : ""}
      </h2>
      <p className="text-xs text-subtle">
        Decided by <span data-testid="record-manager">{mechanismText(d)}</span>.
      </p>
      <ManagerFunds d={d} />
      {!valued ? (
        <div className="h-16 animate-pulse rounded-lg bg-muted" />
      ) : (
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
          <Item id="record-inception" label="First NAV">
            {r ? formatDate(r.inception) : "—"}
          </Item>
          <Item id="record-return" label="Return since">
            {r ? ppmPercent(r.returnPpm, { signed: true }) : "—"}
          </Item>
          <Item id="record-annual" label="Per year">
            {r?.annualPpm !== undefined ? ppmPercent(r.annualPpm, { signed: true }) : "—"}
          </Item>
          <Item id="record-peak" label={r ? `Peak NAV/share, ${formatDate(r.peak.t)}` : "Peak NAV/share"}>
            {r && unit ? money(r.peak.navPerShare, unit.decimals, unit.symbol) : "—"}
          </Item>
          <Item id="record-drawdown" label="Max drawdown">
            {r ? ppmPercent(-r.maxDrawdownPpm) : "—"}
          </Item>
          <Item id="record-holders" label="Holders now">
            {holders === undefined ? (
              <span className="text-subtle">…</span>
            ) : holders === null ? (
              "—"
            ) : (
              count.format(holders)
            )}
          </Item>
        </dl>
      )}
      <p className="text-xs text-subtle">
        From the fund's recorded NAV per share, carried to now; holders are the addresses whose share balance is above
        zero (a pool or a contract counts as one).
      </p>
    </section>
  );
}
