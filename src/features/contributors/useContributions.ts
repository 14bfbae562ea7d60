import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { readContributions } from "./readContributions.ts";

/** The contribution rewards of one fund, or of every fund without `fund`. */
export function useContributions(fund?: Address) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.contributions(chainId, fund),
    enabled: !!client,
    queryFn: () => readContributions(client!, chainId, fund),
  });
}
