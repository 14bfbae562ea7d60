import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { readDeals } from "./readDeals.ts";

/** The VAM deals of one fund, or of every fund without `fund`. */
export function useDeals(fund?: Address) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.deals(chainId, fund),
    enabled: !!client,
    queryFn: () => readDeals(client!, chainId, fund),
  });
}
