// A feed's rounds as of one block, read by walking back through its proxy's round ids phase by
// phase, as one must on a real network: Chainlink has no call that returns a range of rounds.
import type { Address, PublicClient } from "viem";
import { mergePhases, parseRoundId, proxyRoundId, type FeedRound, type PhaseRound } from "../domain/feeds/index.ts";
import { aggregatorAbi, feedAbi, feedPhases, type Phase } from "./feeds.ts";

/** getRoundData calls per eth_call: far inside a call's gas. */
const CALLS_PER_MULTICALL = 250;
/** How much larger each step back is than the one before, when the first did not reach `since`. */
const GROWTH = 4n;

type Client = Pick<PublicClient, "multicall" | "readContract">;
export interface WalkOptions {
  blockNumber?: bigint;
  /** Walk back until a round at or before this time (unix seconds), or to the first round. */
  since: bigint;
  /** Rounds asked for in the first step back of a phase. */
  firstStep: bigint;
}

/** The latest round id of a phase's own aggregator, or 0 when it has none. */
async function latestOfPhase(client: Client, feed: Address, phase: Phase, current: boolean, blockNumber?: bigint) {
  try {
    // The current phase through the proxy; an old one from its aggregator directly, in a plain call
    // (aggregators that guard reads let a call's own sender through, not a multicall contract).
    if (current) {
      const proxy = { address: feed, abi: feedAbi } as const;
      const [roundId] = await client.readContract({ ...proxy, functionName: "latestRoundData", blockNumber });
      return parseRoundId(roundId).aggregatorRoundId;
    }
    const aggregator = { address: phase.aggregator, abi: aggregatorAbi } as const;
    const [roundId] = await client.readContract({ ...aggregator, functionName: "latestRoundData", blockNumber });
    return roundId;
  } catch {
    return 0n; // an aggregator with no rounds yet
  }
}

/** Rounds `from..to` (aggregator ids) of one phase through the proxy; missing ones are left out. */
async function roundsOf(client: Client, feed: Address, phaseId: number, range: [bigint, bigint], blockNumber?: bigint) {
  const [from, to] = range;
  const ids: bigint[] = [];
  for (let k = from; k <= to; k++) ids.push(k);
  const chunks: bigint[][] = [];
  for (let i = 0; i < ids.length; i += CALLS_PER_MULTICALL) chunks.push(ids.slice(i, i + CALLS_PER_MULTICALL));
  const answers = await Promise.all(
    chunks.map((chunk) =>
      client.multicall({
        allowFailure: true,
        blockNumber,
        batchSize: 0,
        contracts: chunk.map(
          (k) =>
            ({
              address: feed,
              abi: feedAbi,
              functionName: "getRoundData",
              args: [proxyRoundId(phaseId, k)],
            }) as const,
        ),
      }),
    ),
  );
  const out: PhaseRound[] = [];
  answers.flat().forEach((r, i) => {
    if (r.status !== "success") return;
    out.push({ phaseId, aggregatorRoundId: ids[i], answer: r.result[1], updatedAt: r.result[3] });
  });
  return out;
}

/**
 * Every round of `feed` from (at least) the last one at or before `since` to the latest, as of
 * `blockNumber`, in round-id order across phase changes. Each phase is walked back from its latest round in
 * steps that grow by GROWTH, so a feed updated more often than expected costs a few more calls,
 * not one per round.
 */
export async function walkFeedRounds(client: Client, feed: Address, o: WalkOptions): Promise<FeedRound[]> {
  const phases = await feedPhases(client, feed, o.blockNumber);
  const found: PhaseRound[] = [];
  let reached = false;
  for (let i = phases.length - 1; i >= 0 && !reached; i--) {
    const { phaseId } = phases[i];
    let to = await latestOfPhase(client, feed, phases[i], i === phases.length - 1, o.blockNumber);
    for (let step = o.firstStep; to >= 1n && !reached; step *= GROWTH) {
      const from = to - step + 1n > 1n ? to - step + 1n : 1n;
      const rounds = await roundsOf(client, feed, phaseId, [from, to], o.blockNumber);
      found.push(...rounds);
      reached = rounds.some((r) => r.updatedAt > 0n && r.updatedAt <= o.since);
      to = from - 1n;
    }
  }
  return mergePhases(found);
}
