import { useQuery } from "@tanstack/react-query";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { readDiscover } from "./readDiscover.ts";

export type { DiscoverData, FundSummary } from "./readDiscover.ts";

export const POLL_MS = 30_000;

/** Every fund of the registry with what the Discover list shows, in one eth_call. */
export function useFundList() {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.discover(chainId),
    queryFn: () => readDiscover(client!, chainId),
    enabled: !!client,
    refetchInterval: POLL_MS,
  });
}
