import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { readDiscover, type DiscoverData } from "./readDiscover.ts";

export type { DiscoverData, FundSummary } from "./readDiscover.ts";

export const POLL_MS = 30_000;

/**
 * Every fund of the registry with what the Discover list shows, in one eth_call, or two requests
 * for a registry larger than one call reads. On the first load the first call's funds show at
 * once (`pending` counts the others); a refetch keeps the whole list on screen until the new one
 * is whole.
 */
export function useFundList() {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  const queryClient = useQueryClient();
  const queryKey = queryKeys.discover(chainId);
  return useQuery({
    queryKey,
    queryFn: () =>
      readDiscover(client!, chainId, (partial) => {
        if (queryClient.getQueryData<DiscoverData>(queryKey) === undefined) queryClient.setQueryData(queryKey, partial);
      }),
    enabled: !!client,
    refetchInterval: POLL_MS,
  });
}
