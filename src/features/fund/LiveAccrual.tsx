import { useEffect, useState } from "react";
import { accrue } from "../../domain/valuation/index.ts";
import { formatDuration } from "../../lib/durations.ts";
import { moneyOf } from "./format.ts";
import type { FundData } from "./types.ts";
import type { Unit } from "./useUnit.ts";

/**
 * Fees accrued since the last accrual, now: the engine's preview re-run every second at the
 * block's time plus the seconds since the block was read (prices and supply as read).
 */
export function LiveAccrual({ d, u }: { d: FundData; u: Unit }) {
  const [wall, setWall] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setWall(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const elapsed = BigInt(Math.max(0, Math.floor((wall - d.readAt) / 1000)));
  const t = d.raw.timestamp + elapsed;
  const a = accrue(d.raw.fees, d.snapshot.gav, d.raw.totalSupply, t);
  const since = t - d.raw.fees.lastAccrual;
  const rows: [string, string, string][] = [
    ["Management fee", moneyOf(u.now(a.managementFee)), "live-management"],
    ["Performance fee", moneyOf(u.now(a.performanceFee)), "live-performance"],
    [
      "Fee shares that would be minted",
      `${moneyOf({ value: a.feeShares, decimals: d.decimals, symbol: d.symbol })}`,
      "live-shares",
    ],
  ];
  return (
    <section
      aria-labelledby="live-title"
      data-testid="live-accrual"
      data-t={t.toString()}
      className="rounded-lg border border-line bg-surface p-3"
    >
      <h2 id="live-title" className="font-medium">
        Accrued since the last accrual
      </h2>
      <p className="text-xs text-subtle">
        {formatDuration(since, 4)} since the last accrual, at today's prices; charged at the next deposit, redemption or
        accrual.
      </p>
      <dl className="mt-2" aria-live="off">
        {rows.map(([k, v, id]) => (
          <div key={k} className="flex justify-between gap-3 py-0.5">
            <dt className="text-subtle">{k}</dt>
            <dd data-testid={id} className="text-right font-mono tabular-nums">
              {v}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
