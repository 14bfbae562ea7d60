// The fund's history as the charts and returns use it: the event records, carried on to the
// block the page read, so that the last point is the value the header shows.
import { endingAt, type Point } from "../../domain/history/index.ts";
import type { NavPoint } from "../../domain/valuation/returns.ts";
import type { FundData } from "./types.ts";

export type SeriesNow = ReturnType<typeof seriesNow>;

export function seriesNow(d: FundData, h: { nav: NavPoint[]; tvl: Point[] }) {
  const t = d.raw.timestamp;
  const { perShare, nav } = d.snapshot.intrinsic;
  return {
    nav: perShare > 0n ? endingAt(h.nav, { t, navPerShare: perShare }) : h.nav,
    tvl: endingAt(h.tvl, { t, v: nav }),
  };
}
