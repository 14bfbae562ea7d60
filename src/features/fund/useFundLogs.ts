// The fund's history from event logs (read in adaptive ranges, cached across reloads), up to the
// block its snapshot was read at.
import { useQuery } from "@tanstack/react-query";
import { toEventSelector, type AbiEvent, type Address } from "viem";
import { deploymentOf, queryKeys, useAppChainId } from "../../chain/index.ts";
import { readLogs, type CachedLog } from "../../chain/logs.ts";
import { batchClientOf } from "../../chain/batchClient.ts";
import { previousOfSame } from "../../chain/previousOfSame.ts";
import { historyStore } from "../../chain/logCache/store.ts";
import { blockTimes } from "../../chain/blockTimes.ts";
// The events read, each on its own: the page loads this module at start.
import * as Distributor from "../../chain/deployments/abis/items/Distributor.ts";
import * as Fund from "../../chain/deployments/abis/items/Fund.ts";
import {
  accrualTimes,
  feesPaid,
  historyEntries,
  totalReturnSeries,
  type NavRecord,
  type TimedFee,
} from "../../domain/history/index.ts";
import { lpBasis, type LiquidityEvent } from "../../domain/valuation/index.ts";
import { balancesFromTransfers, type Transfer } from "../../domain/contributions/balances.ts";

function useLogs() {
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

type NavLog = CachedLog<NavRecord>;
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

type FeeArgs = { managementFee: bigint; performanceFee: bigint; feeShares: bigint };

/** Every fee accrual with its time, and their totals. */
export function useFeesPaid(address: Address, block: bigint | undefined, navLogs: readonly NavLog[] | undefined) {
  const { chainId, read } = useLogs();
  return useQuery({
    queryKey: queryKeys.feesPaid(chainId, address, block),
    enabled: block !== undefined && navLogs !== undefined,
    placeholderData: previousOfSame(queryKeys.feesPaid(chainId, address, block)),
    queryFn: async () => {
      const logs = await read<FeeArgs>(Fund.FeesAccrued, address, block!);
      const accruals = logs.map((l) => ({ blockNumber: l.blockNumber, logIndex: l.logIndex, ...l.args }));
      const times = accrualTimes(
        accruals,
        navLogs!.map((n) => ({ blockNumber: n.blockNumber, logIndex: n.logIndex, timestamp: n.args.timestamp })),
      );
      // An accrual without a NavRecorded beside it (a manager's operation, a change of fees) takes its
      // block's time: settled ones from the history store, the rest in one batched request.
      const missing = accruals.filter((_, i) => times[i] === undefined).map((a) => a.blockNumber);
      const ofBlocks = await blockTimes(chainId, missing, block!);
      const timed: TimedFee[] = accruals.map((a, i) => ({
        ...a,
        t: times[i] ?? ofBlocks.get(a.blockNumber)!,
      }));
      return { timed, totals: feesPaid(timed) };
    },
  });
}

type LiquidityArgs = { pair: Address; amount0: bigint; amount1: bigint; liquidity: bigint };

/** What went into each LP position the fund holds, by lower-case pair address. */
export function useLpBasis(address: Address, block: bigint | undefined) {
  const { chainId, read } = useLogs();
  return useQuery({
    queryKey: queryKeys.lpBasis(chainId, address, block),
    enabled: block !== undefined,
    placeholderData: previousOfSame(queryKeys.lpBasis(chainId, address, block)),
    queryFn: async () => {
      const [added, removed] = await Promise.all([
        read<LiquidityArgs>(Fund.LiquidityAdded, address, block!),
        read<LiquidityArgs>(Fund.LiquidityRemoved, address, block!),
      ]);
      const tag = (kind: LiquidityEvent["kind"]) => (l: CachedLog<LiquidityArgs>) => ({ ...l, kind });
      const all = [...added.map(tag("add")), ...removed.map(tag("remove"))].sort((a, b) =>
        a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1,
      );
      const pairs = [...new Set(all.map((l) => l.args.pair.toLowerCase()))];
      return new Map(
        pairs.map((p) => [
          p,
          lpBasis(all.filter((l) => l.args.pair.toLowerCase() === p).map((l) => ({ kind: l.kind, ...l.args }))),
        ]),
      );
    },
  });
}
