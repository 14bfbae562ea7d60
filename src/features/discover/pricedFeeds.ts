// The feed answers Discover's returns need in a unit other than the funds' own assets: at the
// return points of each fund (its history's checkpoints), its asset's feed's, and at all of them
// the unit's own feed's for ETH or BTC; now, each feed's latest answer, read with the list. A few
// hundred answers instead of every round.
import type { Address } from "viem";
import type { FeedSpec } from "../../chain/useFeedHistories.ts";
import type { Denomination } from "../../lib/denomination.ts";
import type { DiscoverData } from "./readDiscover.ts";

/** A feed, the past times its answers are needed at, and its answer now (at the list's block). */
export type PricedFeed = FeedSpec & { times: bigint[]; latest: bigint };

const key = (a: Address) => a.toLowerCase();
const ascending = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/** Each feed and the times (ascending, distinct) its answers are needed at to show `data` in `unit`. */
export function pricedFeeds(data: DiscoverData, unit: Denomination): PricedFeed[] {
  if (unit === "asset") return [];
  const feeds = new Map<string, FeedSpec & { latest: bigint; times: Set<bigint> }>();
  const need = (spec: FeedSpec & { latest: bigint }, times: Iterable<bigint>) => {
    const f = feeds.get(key(spec.feed)) ?? { ...spec, times: new Set<bigint>() };
    for (const t of times) f.times.add(t);
    feeds.set(key(spec.feed), f);
  };
  const all = new Set<bigint>();
  for (const fund of data.funds) {
    if (!fund.history) continue;
    const times = fund.history.map((p) => p.t);
    const { feed, usd } = fund.asset;
    need({ feed, feedDecimals: usd.feedDecimals, decimals: fund.asset.decimals, latest: usd.answer }, times);
    for (const t of times) all.add(t);
  }
  const target = unit === "eth" || unit === "btc" ? data.units[unit] : undefined;
  if (target && all.size > 0) {
    const feed = data.unitFeeds[unit as "eth" | "btc"];
    need({ feed, feedDecimals: target.feedDecimals, decimals: target.decimals, latest: target.answer }, all);
  }
  return [...feeds.values()].map((f) => ({ ...f, times: [...f.times].sort(ascending) }));
}
