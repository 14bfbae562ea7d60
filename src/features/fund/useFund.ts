import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { usePublicClient } from "wagmi";
import { evergreenLocal, READ_REFRESH_MS } from "../../chain/index.ts";
import { NoSuchFund, readFundRaw } from "../../chain/readFundRaw.ts";
import { fundSnapshot } from "../../domain/valuation/index.ts";

const chainId = evergreenLocal.id;

/** The fund's raw reads at one block and the engine's snapshot of them. */
export function useFund(address: Address) {
  const client = usePublicClient({ chainId });
  return useQuery({
    queryKey: ["fund", chainId, address],
    enabled: !!client,
    refetchInterval: READ_REFRESH_MS,
    retry: (n, e) => !(e instanceof NoSuchFund) && n < 2,
    // The deposit panel shares this entry: both fetch the same shape.
    queryFn: async () => {
      const read = await readFundRaw(client!, address);
      return { ...read, snapshot: fundSnapshot(read.raw) };
    },
  });
}
