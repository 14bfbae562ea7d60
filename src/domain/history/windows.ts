// Returns over the windows the fund list shows, from a NAV-per-share series.
import { DAY, windowReturnPpm, type NavPoint } from "../valuation/returns.ts";
import type { Point } from "./convert.ts";
import { endingAt } from "./navSeries.ts";

export const WINDOWS = { d7: 7n * DAY, d30: 30n * DAY, y1: 365n * DAY } as const;
export type Window = keyof typeof WINDOWS;
export type WindowReturns = Record<Window, bigint | undefined>;

/**
 * Return in ppm over each window ending at the last point. A fund whose history does not reach
 * back over a window has no return for it, rather than its shorter return since inception; a
 * history that starts within 1 % of the window's length after its start still counts (a fund
 * launched "a year ago" has a 1-year return).
 */
export function windowReturns(points: readonly NavPoint[], now: bigint): WindowReturns {
  const one = (span: bigint) => {
    const from = now - span;
    return points.length === 0 || points[0].t > from + span / 100n ? undefined : windowReturnPpm([...points], from);
  };
  return { d7: one(WINDOWS.d7), d30: one(WINDOWS.d30), y1: one(WINDOWS.y1) };
}

/**
 * The returns every page shows for a fund, computed one way: its NAV history carried to `now`
 * (the NAV per share read at the page's block, so the last point is the figure on screen),
 * valued in the chosen unit by `convert` at each point's own prices (identity for the fund's
 * asset; undefined while those prices load), over each window ending now.
 */
export function returnsToNow(
  history: readonly NavPoint[],
  now: NavPoint,
  convert: (points: Point[]) => Point[] | undefined = (points) => points,
): WindowReturns | undefined {
  const carried = now.navPerShare > 0n ? endingAt(history, now) : [...history];
  const valued = convert(carried.map((p) => ({ t: p.t, v: p.navPerShare })));
  return (
    valued &&
    windowReturns(
      valued.map((p) => ({ t: p.t, navPerShare: p.v })),
      now.t,
    )
  );
}
