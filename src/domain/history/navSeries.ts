// A fund's NAV per share over time, from its `NavRecorded(gav, totalSupply, timestamp)` events.
import { mulDiv, pow10 } from "../valuation/math.ts";
import type { NavPoint } from "../valuation/returns.ts";

export type NavRecord = { gav: bigint; totalSupply: bigint; timestamp: bigint };

/** Asset units per whole share: `gav × 10^shareDecimals / totalSupply`; undefined without shares. */
export function navPerShare(r: NavRecord, shareDecimals: number): bigint | undefined {
  return r.totalSupply === 0n ? undefined : mulDiv(r.gav, pow10(shareDecimals), r.totalSupply);
}

/** The records, in chain order, as NAV-per-share points; records without shares are skipped. */
export function navSeries(records: readonly NavRecord[], shareDecimals: number): NavPoint[] {
  const out: NavPoint[] = [];
  for (const r of records) {
    const v = navPerShare(r, shareDecimals);
    if (v !== undefined) out.push({ t: r.timestamp, navPerShare: v });
  }
  return out;
}

/**
 * The series carried on to `now`: the records stop at the fund's last event, which may be
 * hours old, while the page shows today's value. A later point is appended; one at the time
 * of the last record replaces it; an earlier one leaves the series as it is.
 */
export function endingAt<T extends { t: bigint }>(series: readonly T[], now: T): T[] {
  const last = series.at(-1);
  if (!last || now.t > last.t) return [...series, now];
  if (now.t === last.t) return [...series.slice(0, -1), now];
  return [...series];
}
