// The fund's raw reads and the engine's snapshot at one block, the inputs of every preview.
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { evergreenLocal, READ_REFRESH_MS } from "../../chain/index.ts";
import { readFundRaw } from "../../chain/readFundRaw.ts";
import { fundSnapshot } from "../../domain/valuation/index.ts";

const chainId = evergreenLocal.id;

export function useFundRead(fund: Address) {
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: ["invest-fund", chainId, fund],
    enabled: !!client,
    refetchInterval: READ_REFRESH_MS,
    queryFn: async () => {
      const read = await readFundRaw(client!, fund);
      return { ...read, snapshot: fundSnapshot(read.raw) };
    },
  });
}

export type FundView = NonNullable<ReturnType<typeof useFundRead>["data"]>;
