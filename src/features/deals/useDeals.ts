import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { evergreenLocal, queryKeys } from "../../chain/index.ts";
import { readDeals } from "./readDeals.ts";

const chainId = evergreenLocal.id;

/** The VAM deals of one fund, or of every fund without `fund`. */
export function useDeals(fund?: Address) {
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: queryKeys.deals(chainId, fund),
    enabled: !!client,
    queryFn: () => readDeals(client!, fund),
  });
}
