// Every round of a set of price feeds up to a block, read the way a real network allows (the
// AnswerUpdated logs of each phase's aggregator), one cache entry per feed shared by every page.
import { useQueries } from "@tanstack/react-query";
import type { Address } from "viem";
import type { FeedHistory } from "../domain/history/index.ts";
import { historyStore } from "./logCache/store.ts";
import { deploymentOf } from "./addresses.ts";
import { readFeedHistory, type Phase } from "./feeds.ts";
import { batchClientOf } from "./batchClient.ts";
import { previousOfSame } from "./previousOfSame.ts";
import { queryKeys } from "./queryKeys.ts";
import { useAppChainId } from "./useAppChain.ts";

/** A feed and its token; `phases` when already read, so that its rounds take one request. */
export type FeedSpec = { feed: Address; feedDecimals: number; decimals: number; phases?: Phase[] };

/**
 * Every round of each feed, from the AnswerUpdated logs of the aggregators of its phases (one
 * cache entry per feed, shared by all funds).
 */
export function useFeedHistories(feeds: readonly FeedSpec[], block: bigint | undefined) {
  const chainId = useAppChainId();
  const fromBlock = BigInt(deploymentOf(chainId).deployedOnBlock);
  // The batching client: the logs of several feeds (and the fund's own, read in the same tick) go
  // out as one request.
  const client = batchClientOf(chainId);
  const results = useQueries({
    queries: feeds.map((f) => ({
      queryKey: queryKeys.feedRounds(chainId, f.feed, block),
      enabled: block !== undefined,
      placeholderData: previousOfSame<FeedHistory>(queryKeys.feedRounds(chainId, f.feed, block)),
      queryFn: async (): Promise<FeedHistory> => {
        const rounds = await readFeedHistory({
          client,
          chainId,
          feed: f.feed,
          phases: f.phases,
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
