import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getAbiItem, type Address } from "viem";
import { usePublicClient } from "wagmi";
import { contractOf, deploymentOf, fundAbi, queryKeys, useAppChainId } from "../../chain/index.ts";
import { browserStorage, readLogs } from "../../chain/logs.ts";
import { navSeries, type NavRecord } from "../../domain/history/index.ts";
import type { NavPoint } from "../../domain/valuation/index.ts";
import type { DiscoverData } from "./readDiscover.ts";

const event = getAbiItem({ abi: fundAbi, name: "NavRecorded" });

/** NAV per share of every fund over its life, from its NavRecorded logs up to the summaries' block. */
export function useNavHistory(data: DiscoverData | undefined) {
  const chainId = useAppChainId();
  const factory = contractOf(chainId, "FundFactory").address;
  const fromBlock = BigInt(deploymentOf(chainId).deployedOnBlock);
  const client = usePublicClient({ chainId });
  const funds = data?.funds ?? [];
  return useQuery({
    queryKey: queryKeys.navHistory(
      chainId,
      data?.block,
      funds.map((f) => f.address),
    ),
    enabled: !!client && funds.length > 0,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const logs = await readLogs<NavRecord>({
        client: client!,
        chainId,
        event,
        scope: factory,
        storage: browserStorage(),
        addresses: funds.map((f) => f.address),
        fromBlock,
        toBlock: data!.block,
      });
      const byFund = new Map<string, NavRecord[]>();
      for (const l of logs) {
        const k = l.address.toLowerCase();
        byFund.set(k, [...(byFund.get(k) ?? []), l.args]);
      }
      return new Map<Address, NavPoint[]>(
        funds.map((f) => [f.address, navSeries(byFund.get(f.address.toLowerCase()) ?? [], f.decimals)]),
      );
    },
  });
}
