import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { evergreenLocal, queryKeys, READ_REFRESH_MS } from "../../chain/index.ts";
import { readPortfolio } from "./readPortfolio.ts";

export function usePortfolio(account: Address | undefined) {
  const client = usePublicClient({ chainId: evergreenLocal.id });
  return useQuery({
    queryKey: queryKeys.portfolio(evergreenLocal.id, account),
    enabled: !!client && !!account,
    refetchInterval: READ_REFRESH_MS,
    queryFn: () => readPortfolio(client!, account!),
  });
}
