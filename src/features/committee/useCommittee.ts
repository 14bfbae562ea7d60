import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { useReadClient } from "../../chain/readClient.ts";
import { readCommittee } from "./readCommittee.ts";

/** A fund's committee; a confirmed transaction on the chain reads it again (the key starts with the chain). */
export function useCommittee(fund: Address) {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.committee(chainId, fund),
    enabled: !!client,
    queryFn: () => readCommittee(client!, fund),
  });
}
