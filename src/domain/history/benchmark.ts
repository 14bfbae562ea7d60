// What holding ETH or BTC returned beside a fund, measured the way the fund's returns are: at the
// times its own returns start from, each valued at the feeds' prices of that time.
import { windowReturnPpm, type NavPoint } from "../valuation/returns.ts";
import { convertSeries, type FeedHistory } from "./convert.ts";
import { windowReturns, type WindowReturns } from "./windows.ts";

/** Returns over the list's windows, and since the fund's first NAV. */
export type Returns = WindowReturns & { since: bigint | undefined };

const asNav = (points: readonly { t: bigint; v: bigint }[]): NavPoint[] =>
  points.map((p) => ({ t: p.t, navPerShare: p.v }));

/**
 * The returns of one whole token held from each of `times` (the fund's checkpoints, its inception,
 * now) to `now`: its value in USD from `token`'s rounds, or in the unit `to` prices (the fund's
 * asset, ETH or BTC) at the same time. Times without a price on either side are left out, so a
 * window they start is not measured rather than measured from another day.
 */
export function holdingReturns(
  times: readonly bigint[],
  now: bigint,
  inception: bigint | undefined,
  token: FeedHistory,
  to?: FeedHistory,
): Returns {
  const one = 10n ** BigInt(token.decimals);
  const sorted = [...new Set([...times, ...(inception === undefined ? [] : [inception]), now])].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  const valued = asNav(
    convertSeries(
      sorted.map((t) => ({ t, v: one })),
      token,
      to,
    ),
  );
  const last = valued.at(-1);
  // A benchmark that cannot be valued now has no return to any window.
  if (!last || last.t !== now) return { d7: undefined, d30: undefined, y1: undefined, since: undefined };
  return { ...windowReturns(valued, now), since: sinceReturn(valued, inception) };
}

/** The return from the point at `inception` to the last, when the series starts there. */
export function sinceReturn(points: readonly NavPoint[], inception: bigint | undefined): bigint | undefined {
  if (inception === undefined || points.length === 0 || points[0].t > inception) return undefined;
  return windowReturnPpm([...points], inception);
}
