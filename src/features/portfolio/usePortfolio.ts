import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, READ_REFRESH_MS, useAppChainId } from "../../chain/index.ts";
import { readPortfolio } from "./readPortfolio.ts";

export function usePortfolio(account: Address | undefined) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.portfolio(chainId, account),
    enabled: !!client && !!account,
    refetchInterval: READ_REFRESH_MS,
    queryFn: () => readPortfolio(client!, chainId, account!),
  });
}
