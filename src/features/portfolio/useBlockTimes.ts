// The timestamps of the blocks the activity list shows, read only for the items on screen: the
// settled ones from the history store, the rest in one batch.
import { useQuery } from "@tanstack/react-query";
import { blockTimes } from "../../chain/blockTimes.ts";
import { queryKeys, useAppChainId } from "../../chain/index.ts";

export function useBlockTimes(blocks: readonly bigint[], latest: bigint | undefined) {
  const chainId = useAppChainId();
  const unique = [...new Set(blocks)];
  return useQuery({
    queryKey: queryKeys.blockTimes(chainId, unique),
    enabled: unique.length > 0 && latest !== undefined,
    staleTime: Infinity, // a mined block's time never changes
    queryFn: () => blockTimes(chainId, unique, latest!),
  });
}
