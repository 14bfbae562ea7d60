// A feed's answers in force at given times, from the list lens (FundListLens.answersAt): what
// valuing a few past points in USD needs, without downloading every round of the feed's logs.
import type { Address } from "viem";
import { batchClientOf } from "./batchClient.ts";
import { contractAt, type SupportedChainId } from "./addresses.ts";
import * as FundListLens from "./deployments/abis/items/FundListLens.ts";

const answersAbi = [FundListLens.answersAt, FundListLens.BadTimes, FundListLens.TooManyPhases] as const;

/** Times the lens looks up in one call (its `MAX_TIMES`). */
export const TIMES_PER_CALL = 256;

/**
 * The answer of `feed` in force at each of `times` (ascending, distinct) at `blockNumber`, 0 where
 * no round was yet. Calls of `TIMES_PER_CALL` times go out in one JSON-RPC batch with whatever
 * else is read in the same tick. Rejects for a feed the lens refuses (a proxy of more phases than
 * it walks) or that reverts, whose rounds are then read from its logs.
 */
export async function readFeedAnswers(
  chainId: SupportedChainId,
  feed: Address,
  times: readonly bigint[],
  blockNumber: bigint,
): Promise<bigint[]> {
  const rpc = batchClientOf(chainId, { multicall: false });
  const lens = contractAt(chainId, "FundListLens", answersAbi);
  const chunks: bigint[][] = [];
  for (let i = 0; i < times.length; i += TIMES_PER_CALL) chunks.push(times.slice(i, i + TIMES_PER_CALL));
  const answers = await Promise.all(
    chunks.map((chunk) => rpc.readContract({ ...lens, functionName: "answersAt", args: [feed, chunk], blockNumber })),
  );
  return answers.flat();
}

/** A short digest of `times` for a cache key: the same times give the same digest. */
export function timesDigest(times: readonly bigint[]): string {
  let h = 0x811c9dc5; // FNV-1a over the decimal text
  for (const c of times.join(",")) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0;
  return `${times.length}:${h.toString(36)}`;
}
