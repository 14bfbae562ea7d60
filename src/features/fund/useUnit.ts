// Every amount of the fund page in the unit chosen in the top bar: today's values at today's
// prices, past values at the prices of their time.
import { convertSeries, type Point } from "../../domain/history/index.ts";
import { useDenomination } from "../../lib/denomination.ts";
import { fromUsd, inUnit } from "../../domain/valuation/index.ts";
import type { Money } from "../../lib/units.ts";
import type { FundData } from "./types.ts";
import { useFeedHistories, type FeedSpec } from "../../chain/useFeedHistories.ts";

export type Unit = ReturnType<typeof useUnit>;

export function useUnit(d: FundData) {
  const [unit] = useDenomination();
  const a = d.raw.assets[0];
  const feeds: FeedSpec[] = [];
  const phases = (feed: string) => d.feedPhases.get(feed.toLowerCase());
  if (unit !== "asset")
    feeds.push({
      feed: d.asset.feed,
      feedDecimals: a.feedDecimals,
      decimals: a.decimals,
      phases: phases(d.asset.feed),
    });
  const target = unit === "eth" || unit === "btc" ? d.units[unit] : undefined;
  if (target)
    feeds.push({
      feed: d.unitSources[unit as "eth" | "btc"].feed,
      feedDecimals: target.feedDecimals,
      decimals: target.decimals,
      phases: phases(d.unitSources[unit as "eth" | "btc"].feed),
    });
  const history = useFeedHistories(feeds, d.block);
  const sample = inUnit(0n, d.asset, unit, d.units);
  return {
    unit,
    /** Symbol and decimals of the unit; undefined when a price it needs is missing. */
    sample,
    now: (value: bigint): Money | undefined => inUnit(value, d.asset, unit, d.units),
    usd: (value: bigint): Money | undefined => fromUsd(value, d.asset, unit, d.units),
    /** Asset-unit points in the unit at their own time; undefined while the feeds' rounds load. */
    series: (points: readonly Point[]): Point[] | undefined => {
      if (unit === "asset") return [...points];
      if (!sample || !history.data) return undefined;
      const [asset, to] = history.data;
      return convertSeries(points, asset, to);
    },
    historyError: history.error,
    retryHistory: history.refetch,
  };
}
