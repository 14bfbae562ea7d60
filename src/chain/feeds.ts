// Price feeds as they are on real networks: a Chainlink proxy whose rounds live in the
// aggregators of its phases. The ABIs are cut down to what Chainlink's own contracts offer, so
// that the app cannot come to rely on anything only the local world's feeds have.
import type { Abi, AbiEvent, Address, PublicClient } from "viem";
import { mergePhases, type FeedRound } from "../domain/feeds/index.ts";

import { readLogs, type ReadLogsOptions } from "./logs.ts";
import { feedProxyAbi } from "./deployments/abis/FeedProxy.ts";
import { localAggregatorAbi } from "./deployments/abis/LocalAggregator.ts";

type Named<A extends Abi, N extends string> = Extract<A[number], { name: N }>[];
const pick = <A extends Abi, N extends string>(abi: A, names: readonly N[]) =>
  abi.filter((item) => "name" in item && (names as readonly string[]).includes(item.name!)) as Named<A, N>;

const V3 = ["decimals", "description", "version", "getRoundData", "latestRoundData"] as const;
/** Chainlink's EACAggregatorProxy: AggregatorV3Interface plus its phases. */
export const feedAbi = pick(feedProxyAbi, [...V3, "phaseId", "phaseAggregators", "aggregator"]);
/** A Chainlink aggregator behind a proxy: AggregatorV3Interface and its AnswerUpdated event. */
export const aggregatorAbi = pick(localAggregatorAbi, [...V3, "AnswerUpdated"]);

export type Phase = { phaseId: number; aggregator: Address };

/** Every phase of a proxy up to its current one, with its aggregator (phases count from 1). */
export async function feedPhases(
  client: Pick<PublicClient, "multicall">,
  feed: Address,
  blockNumber?: bigint,
): Promise<Phase[]> {
  const [current] = await client.multicall({
    allowFailure: false,
    blockNumber,
    batchSize: 0,
    contracts: [{ address: feed, abi: feedAbi, functionName: "phaseId" }] as const,
  });
  const ids = Array.from({ length: Number(current) }, (_, i) => i + 1);
  const phaseAggregators = (id: number) =>
    ({ address: feed, abi: feedAbi, functionName: "phaseAggregators", args: [id] }) as const;
  const aggregators = await client.multicall({
    allowFailure: false,
    blockNumber,
    batchSize: 0,
    contracts: ids.map(phaseAggregators),
  });
  const zero = /^0x0{40}$/;
  return ids.flatMap((phaseId, i) => (zero.test(aggregators[i]) ? [] : [{ phaseId, aggregator: aggregators[i] }]));
}

type Answer = { current: bigint; roundId: bigint; updatedAt: bigint };
const answerUpdated = aggregatorAbi.find((item) => item.type === "event" && item.name === "AnswerUpdated")! as AbiEvent;

export type FeedHistoryOptions = Omit<ReadLogsOptions, "client" | "event" | "scope" | "addresses"> & {
  client: Pick<PublicClient, "request" | "multicall">;
  feed: Address;
};

/**
 * Every round of a feed in `fromBlock..toBlock`, from the AnswerUpdated events of the aggregators
 * of its phases (a proxy emits none), merged into one history in round-id order.
 */
export async function readFeedHistory(o: FeedHistoryOptions): Promise<FeedRound[]> {
  const phases = await feedPhases(o.client, o.feed, o.toBlock);
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
