// What holding ETH and holding BTC returned beside the fund, in the page's unit: their feeds'
// rounds (read in the same batch as the fund's history, their phases already in the fund's read)
// valued at the times the fund's own returns start from.
import { useFeedHistories, type FeedSpec } from "../../chain/useFeedHistories.ts";
import { holdingReturns, type Returns } from "../../domain/history/index.ts";
import type { FundData } from "./types.ts";
import type { Unit } from "./useUnit.ts";

export type Benchmark = { token: "eth" | "btc"; label: string; returns: Returns | undefined };

export function useBenchmark(d: FundData, u: Unit, inception: bigint | undefined) {
  const phases = (feed: string) => d.feedPhases.get(feed.toLowerCase());
  const spec = (token: "eth" | "btc"): FeedSpec | undefined => {
    const price = d.units[token];
    const feed = d.unitSources[token].feed;
    return price && { feed, feedDecimals: price.feedDecimals, decimals: price.decimals, phases: phases(feed) };
  };
  const held = (["eth", "btc"] as const).flatMap((t) => {
    const s = spec(t);
    return s ? [{ token: t, spec: s }] : [];
  });
  // The unit's own feed: the fund's asset's, or ETH's or BTC's (already among the held); none for USD.
  const a = d.raw.assets[0];
  const target: FeedSpec | undefined =
    u.unit === "asset"
      ? { feed: d.asset.feed, feedDecimals: a.feedDecimals, decimals: a.decimals, phases: phases(d.asset.feed) }
      : u.unit === "usd"
        ? undefined
        : spec(u.unit);
  const feeds = [...held.map((h) => h.spec), ...(target ? [target] : [])];
  const history = useFeedHistories(feeds, d.block);
  const now = d.raw.timestamp;
  const times = (d.checkpoints ?? []).map((p) => p.t);
  const rows: Benchmark[] = held.map((h, i) => ({
    token: h.token,
    label: h.token === "eth" ? "Holding ETH" : "Holding BTC",
    returns:
      history.data && d.checkpoints && (!target || history.data.at(-1))
        ? holdingReturns(times, now, inception, history.data[i], target && history.data.at(-1))
        : undefined,
  }));
  return { rows, error: history.error, retry: history.refetch };
}
