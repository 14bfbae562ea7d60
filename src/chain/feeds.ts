// Price feeds as they are on real networks: a Chainlink proxy whose rounds live in the
// aggregators of its phases. The ABIs are cut down to what Chainlink's own contracts offer, so
// that the app cannot come to rely on anything only the local world's feeds have.
import type { AbiEvent, Address, PublicClient } from "viem";
import { mergePhases, type FeedRound } from "../domain/feeds/index.ts";

import { readLogs, type ReadLogsOptions } from "./logs.ts";
import * as FeedProxy from "./deployments/abis/items/FeedProxy.ts";
import * as LocalAggregator from "./deployments/abis/items/LocalAggregator.ts";

/** Chainlink's EACAggregatorProxy: AggregatorV3Interface plus its phases. */
export const feedAbi = [
  FeedProxy.decimals,
  FeedProxy.description,
  FeedProxy.version,
  FeedProxy.getRoundData,
  FeedProxy.latestRoundData,
  FeedProxy.phaseId,
  FeedProxy.phaseAggregators,
  FeedProxy.aggregator,
] as const;
/** A Chainlink aggregator behind a proxy: AggregatorV3Interface and its AnswerUpdated event. */
export const aggregatorAbi = [
  LocalAggregator.decimals,
  LocalAggregator.description,
  LocalAggregator.version,
  LocalAggregator.getRoundData,
  LocalAggregator.latestRoundData,
  LocalAggregator.AnswerUpdated,
] as const;

export type Phase = { phaseId: number; aggregator: Address };

/**
 * Every phase of a proxy up to its current one, with its aggregator (phases count from 1): the
 * current phase and the first few aggregators in one call, the rest in a second when there are more.
 */
export async function feedPhases(
  client: Pick<PublicClient, "multicall">,
  feed: Address,
  blockNumber?: bigint,
): Promise<Phase[]> {
  // One phaseId and several phaseAggregators answers: typed here, as the mixed tuple is not inferred.
  const [current, ...first] = (await client.multicall({
    allowFailure: false,
    blockNumber,
    batchSize: 0,
    contracts: phaseReads(feed) as unknown as { address: Address; abi: typeof feedAbi; functionName: "phaseId" }[],
  })) as unknown as [number, ...Address[]];
  const ids = Array.from({ length: Number(current) }, (_, i) => i + 1);
  const phaseAggregators = (id: number) =>
    ({ address: feed, abi: feedAbi, functionName: "phaseAggregators", args: [id] }) as const;
  const rest =
    ids.length > PHASES_AHEAD
      ? await client.multicall({
          allowFailure: false,
          blockNumber,
          batchSize: 0,
          contracts: ids.slice(PHASES_AHEAD).map(phaseAggregators),
        })
      : [];
  return phasesOf([...first.slice(0, ids.length), ...rest]);
}

/** Phases from their aggregators in phase order (the first is phase 1), without the empty ones. */
const phasesOf = (aggregators: readonly Address[]): Phase[] =>
  aggregators.map((aggregator, i) => ({ phaseId: i + 1, aggregator })).filter((p) => !/^0x0{40}$/.test(p.aggregator));

/** Phases read ahead, beside other reads: more than real feeds have had so far. */
const PHASES_AHEAD = 8;

/** `phaseId` and the first `PHASES_AHEAD` phases' aggregators of a proxy, to put in another multicall. */
export const phaseReads = (feed: Address) =>
  [
    { address: feed, abi: feedAbi, functionName: "phaseId" } as const,
    ...Array.from(
      { length: PHASES_AHEAD },
      (_, i) => ({ address: feed, abi: feedAbi, functionName: "phaseAggregators", args: [i + 1] }) as const,
    ),
  ] as const;

type Settled = { status: "success"; result: unknown } | { status: "failure"; error: Error };

/** The phases `phaseReads` found; undefined when a read failed or the feed has had more phases. */
export function knownPhases(results: readonly Settled[]): Phase[] | undefined {
  const values = results.map((r) => (r.status === "success" ? r.result : undefined));
  if (values.some((v) => v === undefined)) return undefined;
  const current = Number(values[0] as number);
  if (current > PHASES_AHEAD) return undefined;
  return phasesOf(values.slice(1, current + 1) as Address[]);
}

type Answer = { current: bigint; roundId: bigint; updatedAt: bigint };
const answerUpdated: AbiEvent = LocalAggregator.AnswerUpdated;

export type FeedHistoryOptions = Omit<ReadLogsOptions, "client" | "event" | "scope" | "addresses"> & {
  client: Pick<PublicClient, "request" | "multicall">;
  feed: Address;
  /** The feed's phases when already read (`phaseReads`), which spares two round trips. */
  phases?: Phase[];
};

/**
 * Every round of a feed in `fromBlock..toBlock`, from the AnswerUpdated events of the aggregators
 * of its phases (a proxy emits none), merged into one history in round-id order.
 */
export async function readFeedHistory(o: FeedHistoryOptions): Promise<FeedRound[]> {
  const phases = o.phases ?? (await feedPhases(o.client, o.feed, o.toBlock));
  // An aggregator that served two phases counts for the later one.
  const phaseOf = new Map(phases.map((p) => [p.aggregator.toLowerCase(), p.phaseId]));
  const addresses = phases.map((p) => p.aggregator);
  const logs = await readLogs<Answer>({ ...o, event: answerUpdated, scope: o.feed, addresses });
  return mergePhases(
    logs.map((l) => ({
      phaseId: phaseOf.get(l.address.toLowerCase())!,
      aggregatorRoundId: l.args.roundId,
      answer: l.args.current,
      updatedAt: l.args.updatedAt,
    })),
  );
}
