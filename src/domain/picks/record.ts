// A pick's record from feed rounds: the price in force at its publication (the latest round
// recorded at or before its time) against the price in force at a later time, in bps, negated
// for a short; and the same against the fund's denomination, i.e. the asset priced in the
// denomination over the same span. Exact bigint arithmetic; bps truncate toward zero.
import { answerAt, type Round } from "../history/convert.ts";

export const Direction = { Long: 0, Short: 1 } as const;
export type Direction = (typeof Direction)[keyof typeof Direction];

const BPS = 10_000n;

/** The change from `from` to `to` in bps of `from`, as the direction sees it. */
function directed(direction: Direction, from: bigint, to: bigint): bigint {
  const bps = ((to - from) * BPS) / from;
  return direction === Direction.Short ? -bps : bps;
}

/** The pick's return at `at` in bps, or undefined when either end has no usable price. */
export function pickReturnBps(
  direction: Direction,
  publishedAt: bigint,
  rounds: readonly Round[],
  at: bigint,
): bigint | undefined {
  const p0 = answerAt(rounds, publishedAt);
  const p1 = answerAt(rounds, at);
  if (p0 === undefined || p1 === undefined || at < publishedAt) return undefined;
  return directed(direction, p0, p1);
}

/**
 * The pick's return against the denomination at `at`, in bps: the asset priced in the
 * denomination (asset USD / denomination USD) at both ends. Both feeds share their decimals'
 * scale in each ratio, so they cancel: (a1 × d0) / (a0 × d1) − 1.
 */
export function relativeReturnBps(
  direction: Direction,
  publishedAt: bigint,
  asset: readonly Round[],
  denomination: readonly Round[],
  at: bigint,
): bigint | undefined {
  const [a0, a1] = [answerAt(asset, publishedAt), answerAt(asset, at)];
  const [d0, d1] = [answerAt(denomination, publishedAt), answerAt(denomination, at)];
  if (a0 === undefined || a1 === undefined || d0 === undefined || d1 === undefined || at < publishedAt)
    return undefined;
  return directed(direction, a0 * d1, a1 * d0);
}

export type ReturnPoint = { t: bigint; bps: bigint };

/**
 * The pick's return after each round of its feed from publication to `until`, starting at 0 at
 * its time: the series its chart draws.
 */
export function pickSeries(
  direction: Direction,
  publishedAt: bigint,
  rounds: readonly Round[],
  until: bigint,
): ReturnPoint[] {
  const p0 = answerAt(rounds, publishedAt);
  if (p0 === undefined) return [];
  const out: ReturnPoint[] = [{ t: publishedAt, bps: 0n }];
  for (const r of rounds) {
    if (r.updatedAt <= publishedAt || r.updatedAt > until || r.answer <= 0n) continue;
    out.push({ t: r.updatedAt, bps: directed(direction, p0, r.answer) });
  }
  return out;
}
