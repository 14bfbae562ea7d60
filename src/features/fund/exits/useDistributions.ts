import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { readDistributions } from "../../../chain/distributions.ts";
import { queryKeys, useAppChainId } from "../../../chain/index.ts";
import { useReadClient } from "../../../chain/readClient.ts";

/** The fund's distributions to investors, at the page's block. */
export function useDistributions(fund: Address, block: bigint) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: [...queryKeys.distributions(chainId, fund), block.toString()],
    enabled: !!client,
    queryFn: async () => (await readDistributions(client!, [fund], block))[0],
  });
}
