// The one read a page makes while idle: the chain's latest block number, polled. Reads that can
// change follow it (useFollowBlock) instead of polling each on its own, so an idle page whose
// chain does not move sends nothing else, and a new block re-reads only what follows it.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { queryKeys } from "./queryKeys.ts";
import { useReadClient } from "./readClient.ts";
import { useAppChainId } from "./useAppChain.ts";

/** How often the latest block is asked for: about an Ethereum slot. */
export const BLOCK_POLL_MS = 12_000;

/**
 * Re-runs `refetch` when the chain's latest block passes `readAt`, the block the page's data was
 * read at. The poll starts from `readAt` (no read of its own on load) and is shared by the page.
 */
export function useFollowBlock(readAt: bigint | undefined, busy: boolean, refetch: () => unknown) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  const queryClient = useQueryClient();
  const key = queryKeys.latestBlock(chainId);
  // The page's own read knows a block as new as any poll: the poll goes on from there.
  useEffect(() => {
    const known = queryClient.getQueryData<bigint>(key);
    if (readAt !== undefined && (known === undefined || readAt > known)) queryClient.setQueryData(key, readAt);
  }, [queryClient, key, readAt]);
  const latest = useQuery({
    queryKey: key,
    enabled: !!client && readAt !== undefined,
    staleTime: BLOCK_POLL_MS,
    refetchInterval: BLOCK_POLL_MS,
    queryFn: () => client!.getBlockNumber({ cacheTime: 0 }),
  });
  useEffect(() => {
    if (!busy && readAt !== undefined && latest.data !== undefined && latest.data > readAt) void refetch();
  }, [busy, readAt, latest.data, refetch]);
}
