// Every round of a set of price feeds up to a block, read the way a real network allows (the
// AnswerUpdated logs of each phase's aggregator), one cache entry per feed shared by every page.
import { useQueries } from "@tanstack/react-query";
import type { Address } from "viem";
import { useReadClient } from "./readClient.ts";
import type { FeedHistory } from "../domain/history/index.ts";
import { historyStore } from "./logCache/store.ts";
import { deploymentOf } from "./contracts.ts";
import { readFeedHistory } from "./feeds.ts";
import { queryKeys } from "./queryKeys.ts";
import { useAppChainId } from "./useAppChain.ts";

export type FeedSpec = { feed: Address; feedDecimals: number; decimals: number };

/**
 * Every round of each feed, from the AnswerUpdated logs of the aggregators of its phases (one
 * cache entry per feed, shared by all funds).
 */
export function useFeedHistories(feeds: readonly FeedSpec[], block: bigint | undefined) {
  const chainId = useAppChainId();
  const fromBlock = BigInt(deploymentOf(chainId).deployedOnBlock);
  const client = useReadClient({ chainId });
  const results = useQueries({
    queries: feeds.map((f) => ({
      queryKey: queryKeys.feedRounds(chainId, f.feed, block),
      enabled: !!client && block !== undefined,
      placeholderData: (previous: FeedHistory | undefined) => previous,
      queryFn: async (): Promise<FeedHistory> => {
        const rounds = await readFeedHistory({
          client: client!,
          chainId,
          feed: f.feed,
          store: historyStore(),
          fromBlock,
          toBlock: block!,
        });
        return {
          feedDecimals: f.feedDecimals,
          decimals: f.decimals,
          rounds: rounds.map((r) => ({ answer: r.answer, updatedAt: r.updatedAt })),
        };
      },
    })),
  });
  return {
    data: results.every((r) => r.data) ? results.map((r) => r.data!) : undefined,
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => results.forEach((r) => void r.refetch()),
  };
}
