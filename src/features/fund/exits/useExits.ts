// The fund's exits from its event logs (cached across reloads like the NAV history), up to the
// block its snapshot was read at: today its buybacks (`BoughtBack`).
import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import { deploymentOf, queryKeys, useAppChainId } from "../../../chain/index.ts";
// The one event read, on its own: the page reads it at start.
import { BoughtBack } from "../../../chain/deployments/abis/items/Fund.ts";
import { readLogs } from "../../../chain/logs.ts";
import { batchClientOf } from "../../../chain/batchClient.ts";
import { previousOfSame } from "../../../chain/previousOfSame.ts";
import { historyStore } from "../../../chain/logCache/store.ts";
import { blockTimes } from "../../../chain/blockTimes.ts";
import { buybackExit, newestFirst, type BoughtBackArgs } from "../../../domain/exits/index.ts";

export function useExits(address: Address, block: bigint | undefined) {
  const chainId = useAppChainId();
  return useQuery({
    queryKey: queryKeys.fundExits(chainId, address, block),
    enabled: block !== undefined,
    placeholderData: previousOfSame(queryKeys.fundExits(chainId, address, block)),
    queryFn: async () => {
      const logs = await readLogs<BoughtBackArgs>({
        client: batchClientOf(chainId),
        chainId,
        event: BoughtBack,
        scope: address,
        store: historyStore(),
        addresses: [address],
        fromBlock: BigInt(deploymentOf(chainId).deployedOnBlock),
        toBlock: block!,
      });
      const times = await blockTimes(
        chainId,
        logs.map((l) => l.blockNumber),
        block!,
      );
      return newestFirst(logs.map((l) => buybackExit(l, times.get(l.blockNumber) ?? 0n)));
    },
  });
}
