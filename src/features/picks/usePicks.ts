import { useQuery } from "@tanstack/react-query";
import { useReadClient } from "../../chain/readClient.ts";
import { queryKeys, useAppChainId } from "../../chain/index.ts";
import { readPicks } from "./readPicks.ts";

/** Every pick with its record, read at one block. */
export function usePicks() {
  const chainId = useAppChainId();
  const client = useReadClient({ chainId });
  return useQuery({
    queryKey: queryKeys.picks(chainId),
    enabled: !!client,
    queryFn: () => readPicks(client!, chainId),
  });
}
