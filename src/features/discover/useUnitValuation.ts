// Values every listed fund's NAV history in the unit shown (USD, ETH, BTC) at each day's prices,
// as the fund page does: the asset feeds' and the unit feed's rounds, read once per feed.
import { useCallback } from "react";
import type { Address } from "viem";
import { useFeedHistories, type FeedSpec } from "../../chain/useFeedHistories.ts";
import { convertSeries, type FeedHistory } from "../../domain/history/index.ts";
import type { Denomination } from "../../lib/denomination.ts";
import type { DiscoverData } from "./readDiscover.ts";
import type { ToUnit } from "./rows.ts";

const key = (a: Address) => a.toLowerCase();

export function useUnitValuation(data: DiscoverData | undefined, unit: Denomination) {
  const feeds: FeedSpec[] = [];
  if (data && unit !== "asset") {
    const seen = new Set<string>();
    for (const f of data.funds) {
      if (seen.has(key(f.asset.feed))) continue;
      seen.add(key(f.asset.feed));
      feeds.push({ feed: f.asset.feed, feedDecimals: f.asset.usd.feedDecimals, decimals: f.asset.decimals });
    }
    const target = unit === "eth" || unit === "btc" ? data.units[unit] : undefined;
    if (target) feeds.push({ feed: data.unitFeeds[unit as "eth" | "btc"], ...target });
  }
  const history = useFeedHistories(feeds, data?.block);
  const byFeed = history.data && new Map<string, FeedHistory>(feeds.map((f, i) => [key(f.feed), history.data![i]]));

  const toUnit: ToUnit = useCallback(
    (fund) => (points) => {
      if (unit === "asset") return points;
      const asset = byFeed?.get(key(fund.asset.feed));
      const to = unit === "usd" ? undefined : data && byFeed?.get(key(data.unitFeeds[unit]));
      if (!asset || (unit !== "usd" && !to)) return undefined;
      return convertSeries(points, asset, to);
    },
    // byFeed is rebuilt each render from history.data; depend on what it is built from.
    // biome-ignore lint/correctness/useExhaustiveDependencies: see above
    [unit, history.data, data],
  );
  return { toUnit, error: history.error, retry: history.refetch };
}
