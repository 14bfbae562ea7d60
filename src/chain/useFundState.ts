// The one read of a fund's state: its raw reads at one block and the engine's snapshot of them,
// under one key, shared by every component of the fund page (header, tabs, deposit panel).
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { useReadClient } from "./readClient.ts";
import { fundSnapshot } from "../domain/valuation/snapshot.ts";
import { READ_REFRESH_MS } from "./queryClient.ts";
import { queryKeys } from "./queryKeys.ts";
import { NoSuchFund, readFundRaw } from "./readFundRaw.ts";
import { useAppChainId } from "./useAppChain.ts";

export function useFundState(address: Address) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.fund(chainId, address),
    enabled: !!client,
    refetchInterval: READ_REFRESH_MS,
    retry: (n, e) => !(e instanceof NoSuchFund) && n < 2,
    queryFn: async () => {
      const read = await readFundRaw(client!, chainId, address);
      return { ...read, snapshot: fundSnapshot(read.raw) };
    },
  });
}

export type FundState = NonNullable<ReturnType<typeof useFundState>["data"]>;
