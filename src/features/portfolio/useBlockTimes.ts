// The timestamps of the blocks the activity list shows, read only for the items on screen.
import { useQuery } from "@tanstack/react-query";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, useAppChainId } from "../../chain/index.ts";

export function useBlockTimes(blocks: readonly bigint[]) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  const unique = [...new Set(blocks)];
  return useQuery({
    queryKey: queryKeys.blockTimes(chainId, unique),
    enabled: !!client && unique.length > 0,
    staleTime: Infinity, // a mined block's time never changes
    queryFn: async () => {
      const got = await Promise.all(unique.map((blockNumber) => client!.getBlock({ blockNumber })));
      return new Map(got.map((b) => [b.number, b.timestamp]));
    },
  });
}
