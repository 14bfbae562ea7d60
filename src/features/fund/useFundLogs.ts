// The fund's history from event logs (read in adaptive ranges, cached across reloads), up to the
// block its snapshot was read at: what the overview reads at start. The tabs' log reads
// (useFeesPaid.ts, useLpBasis.ts) go through the same reader and load with their tabs.
import { useQuery } from "@tanstack/react-query";
import { toEventSelector, type AbiEvent, type Address } from "viem";
import { deploymentOf, queryKeys, useAppChainId } from "../../chain/index.ts";
import { readLogs, type CachedLog } from "../../chain/logs.ts";
import { batchClientOf } from "../../chain/batchClient.ts";
import { previousOfSame } from "../../chain/previousOfSame.ts";
import { historyStore } from "../../chain/logCache/store.ts";
// The events read, each on its own: the page loads this module at start.
import * as Distributor from "../../chain/deployments/abis/items/Distributor.ts";
import * as Fund from "../../chain/deployments/abis/items/Fund.ts";
import { historyEntries, totalReturnSeries, type NavRecord } from "../../domain/history/index.ts";
import { balancesFromTransfers, type Transfer } from "../../domain/contributions/balances.ts";

/** The page's one log reader: `readEvents` reads several events of several contracts in one filter, `read` one. */
export function useLogs() {
  const chainId = useAppChainId();
  const fromBlock = BigInt(deploymentOf(chainId).deployedOnBlock);
  // Batching: a reload's check of the cached chain and its reads of new blocks go as one request.
  const client = batchClientOf(chainId);
  // Several events of several contracts in one filter (topic 0 any of theirs), in chain order.
  const readEvents = <A>(events: readonly AbiEvent[], scope: string, addresses: readonly Address[], toBlock: bigint) =>
    readLogs<A>({
      client,
      chainId,
      event: events[0],
      ...(events.length > 1 ? { events: { abi: events, topics: [events.map((e) => toEventSelector(e))] } } : {}),
      scope,
      store: historyStore(),
      addresses,
      fromBlock,
      toBlock,
    });
  const read = <A>(event: AbiEvent, address: Address, toBlock: bigint) =>
    readEvents<A>([event], address, [address], toBlock);
  return { chainId, read, readEvents };
}

export type NavLog = CachedLog<NavRecord>;
type DistributedArgs = { navPerShareBefore: bigint; navPerShareAfter: bigint };

/**
 * NAV per share over the fund's life as a total return (its distributions counted as reinvested,
 * as the list lens counts them), how many distributions that went through, and TVL (GAV), from
 * its NavRecorded logs and its distributor's Distributed logs, read in one filter in chain order.
 */
export function useFundHistory(
  address: Address,
  d: { set: { fund: Address }; decimals: number; block: bigint; distributor?: Address } | undefined,
) {
  const { chainId, readEvents } = useLogs();
  // Only this fund's read names its distributor (a page still showing another fund's waits).
  const own = d !== undefined && d.set.fund.toLowerCase() === address.toLowerCase();
  const queryKey = queryKeys.fundHistory(chainId, address, own ? d.block : undefined);
  return useQuery({
    queryKey,
    enabled: own,
    placeholderData: previousOfSame(queryKey),
    queryFn: async () => {
      const all = await readEvents<NavRecord | DistributedArgs>(
        [Fund.NavRecorded, Distributor.Distributed],
        `${address}:nav+distributions`,
        d!.distributor ? [address, d!.distributor] : [address],
        d!.block,
      );
      const logs = all.filter((l) => l.eventName === "NavRecorded") as NavLog[];
      const paid = all.filter((l) => l.eventName === "Distributed") as CachedLog<DistributedArgs>[];
      const { nav, distributions } = totalReturnSeries(historyEntries(logs, paid), d!.decimals);
      return { logs, nav, distributions, tvl: logs.map((l) => ({ t: l.args.timestamp, v: l.args.gav })) };
    },
  });
}

/**
 * The addresses holding the fund's shares at `block`, from its Transfer logs (cached across reloads
 * like the NAV history). `after`: once what the page needs first has arrived, so that those reads
 * keep their place among the few log reads a provider takes at once.
 */
export function useShareHolders(address: Address, block: bigint | undefined, after: boolean) {
  const { chainId, read } = useLogs();
  return useQuery({
    queryKey: queryKeys.fundHolders(chainId, address, block),
    enabled: block !== undefined && after,
    placeholderData: previousOfSame(queryKeys.fundHolders(chainId, address, block)),
    queryFn: async () =>
      balancesFromTransfers((await read<Transfer>(Fund.Transfer, address, block!)).map((l) => l.args)),
  });
}
