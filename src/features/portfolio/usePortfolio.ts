import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef } from "react";
import type { Address } from "viem";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { batchClientOf } from "../../chain/batchClient.ts";
import { useFollowBlock } from "../../chain/useLatestBlock.ts";
import { readPortfolio, type Portfolio } from "./readPortfolio.ts";

export function usePortfolio(account: Address | undefined) {
  const chainId = useAppChainId();
  const queryClient = useQueryClient();
  const key = queryKeys.portfolio(chainId, account);
  // A read that only follows a new block reuses the deals no registry lists (only the account can
  // change them); a first read, or one a transaction asked for, reads them again.
  const followingBlock = useRef(false);
  const q = useQuery({
    queryKey: key,
    enabled: !!account,
    // No poll of its own: it follows new blocks. Not marked immutable (staleTime Infinity), so
    // that a confirmed transaction reads it again at once rather than after the next block poll.
    refetchInterval: false,
    queryFn: () => {
      const reuse = followingBlock.current ? queryClient.getQueryData<Portfolio>(key)?.unlisted : undefined;
      followingBlock.current = false;
      return readPortfolio(batchClientOf(chainId), chainId, account!, reuse);
    },
  });
  const { refetch } = q;
  const follow = useCallback(() => {
    followingBlock.current = true;
    return refetch();
  }, [refetch]);
  useFollowBlock(q.data?.blockNumber, q.isFetching, follow);
  return q;
}
