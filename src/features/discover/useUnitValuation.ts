// Values every listed fund's returns in the unit shown (USD, ETH, BTC) at each day's prices, as
// the fund page does: the answers of the asset feeds (and the unit's feed) in force at each return
// point, from the list lens in one batch (past answers never change: read once), and each feed's
// answer now from the list's own read. A feed the lens cannot answer (more phases than it walks)
// has its rounds read from its logs instead, as the fund page reads them.
import { useQueries } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import type { Address } from "viem";
import { readFeedAnswers, timesDigest } from "../../chain/feedAnswers.ts";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { useFeedHistories } from "../../chain/useFeedHistories.ts";
import { convertSeries, historyAtTimes, type FeedHistory } from "../../domain/history/index.ts";
import type { Denomination } from "../../lib/denomination.ts";
import { pricedFeeds } from "./pricedFeeds.ts";
import type { DiscoverData } from "./readDiscover.ts";
import type { ToUnit } from "./rows.ts";

const key = (a: Address) => a.toLowerCase();

/** A feed's answers at some times; `times` undefined for its whole history (from its logs). */
type Priced = { history: FeedHistory; times?: Set<bigint> };

export function useUnitValuation(data: DiscoverData | undefined, unit: Denomination) {
  const chainId = useAppChainId();
  const feeds = useMemo(() => (data ? pricedFeeds(data, unit) : []), [data, unit]);
  const answers = useQueries({
    queries: feeds.map((f) => ({
      queryKey: queryKeys.feedAnswers(chainId, f.feed, timesDigest(f.times)),
      enabled: data !== undefined,
      staleTime: Number.POSITIVE_INFINITY, // answers at past times never change
      retry: false, // a feed the lens cannot answer is read from its logs at once
      // While more times are read (the rest of the list came), the answers already read keep
      // valuing the funds whose times they cover.
      placeholderData: (previous?: { feed: Address; times: bigint[]; answers: bigint[] }) => previous,
      queryFn: async () => ({
        feed: f.feed,
        times: f.times,
        answers: await readFeedAnswers(chainId, f.feed, f.times, data!.block),
      }),
    })),
    // One stable array while no answer changes.
    combine: (results) => results.map((r) => ({ data: r.data, isError: r.isError, refetch: r.refetch })),
  });
  const refused = feeds.filter((_, i) => answers[i].isError);
  const logs = useFeedHistories(refused, data?.block);

  const byFeed = new Map<string, Priced>();
  feeds.forEach((f, i) => {
    const got = answers[i].data;
    if (got && key(got.feed) === key(f.feed) && data) {
      // Now, the answer the list read at its block: the feed's latest round, after every past time.
      const times = [...got.times, data.timestamp];
      const history = historyAtTimes(times, [...got.answers, f.latest], f);
      byFeed.set(key(f.feed), { history, times: new Set(times) });
    }
  });
  refused.forEach((f, i) => {
    const history = logs.data?.[i];
    if (history) byFeed.set(key(f.feed), { history });
  });

  const toUnit: ToUnit = useCallback(
    (fund) => (points) => {
      if (unit === "asset") return points;
      const covers = (p?: Priced) => p && (!p.times || points.every((x) => p.times!.has(x.t)));
      const asset = byFeed.get(key(fund.asset.feed));
      const to = unit === "usd" ? undefined : data && byFeed.get(key(data.unitFeeds[unit]));
      if (!covers(asset) || (unit !== "usd" && !covers(to))) return undefined;
      return convertSeries(points, asset!.history, to?.history);
    },
    // byFeed is rebuilt each render from the queries' data; depend on what it is built from.
    // biome-ignore lint/correctness/useExhaustiveDependencies: see above
    [unit, data, answers, logs.data],
  );
  return {
    toUnit,
    error: logs.error,
    retry: () => {
      for (const a of answers) if (a.isError) void a.refetch();
      logs.refetch();
    },
  };
}
