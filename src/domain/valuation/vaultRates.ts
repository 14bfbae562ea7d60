// A vault's yield from its rate history: the exchange rates its guard accepted (`RateAccepted`:
// assets per 1e30 shares, and when). The rate over a window is the simple yearly rate between the
// last accepted rate at or before the window's start and the latest one, in bps (negative after a
// slashing); undefined where the history does not reach back that far.

export type RatePoint = { time: bigint; rate: bigint };

const YEAR = 365n * 86_400n;
export const DAY = 86_400n;

/** The yearly rate in bps between the accepted rates `days` before the latest and the latest. */
export function vaultRateBps(points: readonly RatePoint[], days: number): bigint | undefined {
  if (points.length < 2) return undefined;
  const sorted = [...points].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const last = sorted[sorted.length - 1];
  const start = last.time - BigInt(days) * DAY;
  let from: RatePoint | undefined;
  for (const p of sorted) if (p.time <= start) from = p;
  if (!from || from.rate === 0n || from.time === last.time) return undefined;
  return ((last.rate - from.rate) * 10_000n * YEAR) / (from.rate * (last.time - from.time));
}
