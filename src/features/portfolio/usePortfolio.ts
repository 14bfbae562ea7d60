import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { batchClientOf } from "../../chain/batchClient.ts";
import { useFollowBlock } from "../../chain/useLatestBlock.ts";
import { readPortfolio } from "./readPortfolio.ts";

export function usePortfolio(account: Address | undefined) {
  const chainId = useAppChainId();
  const q = useQuery({
    queryKey: queryKeys.portfolio(chainId, account),
    enabled: !!account,
    // No poll of its own: it follows new blocks. Not marked immutable (staleTime Infinity), so
    // that a confirmed transaction reads it again at once rather than after the next block poll.
    refetchInterval: false,
    queryFn: () => readPortfolio(batchClientOf(chainId), chainId, account!),
  });
  useFollowBlock(q.data?.blockNumber, q.isFetching, q.refetch);
  return q;
}
