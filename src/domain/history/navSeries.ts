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
