// The timestamps of the blocks the activity list shows, read only for the items on screen: the
// settled ones from the history store, the rest in one batch.
import { useQuery } from "@tanstack/react-query";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { batchClientOf } from "../../chain/batchClient.ts";
import { historyStore } from "../../chain/logCache/store.ts";
import { settledFacts } from "../../chain/settledFacts.ts";

export function useBlockTimes(blocks: readonly bigint[], latest: bigint | undefined) {
  const chainId = useAppChainId();
  const unique = [...new Set(blocks)];
  return useQuery({
    queryKey: queryKeys.blockTimes(chainId, unique),
    enabled: unique.length > 0 && latest !== undefined,
    staleTime: Infinity, // a mined block's time never changes
    queryFn: async () => {
      const client = batchClientOf(chainId);
      const times = await settledFacts({
        chainId,
        kind: "block-time",
        blocks: new Map(unique.map((b) => [String(b), b])),
        latest: latest!,
        store: historyStore(),
        read: async (_, blockNumber) => (await client.getBlock({ blockNumber })).timestamp,
      });
      return new Map(unique.map((b) => [b, times.get(String(b))!]));
    },
  });
}
