// The times of mined blocks, read once: those deep enough to be settled are kept in the history
// store, the rest are asked for in one batched request.
import { batchClientOf } from "./batchClient.ts";
import { historyStore } from "./logCache/store.ts";
import { settledFacts } from "./settledFacts.ts";

/** Each block's timestamp, by block number; `latest` tells which blocks are settled. */
export async function blockTimes(
  chainId: number,
  blocks: readonly bigint[],
  latest: bigint,
): Promise<Map<bigint, bigint>> {
  const unique = [...new Set(blocks)];
  const client = batchClientOf(chainId);
  const times = await settledFacts({
    chainId,
    kind: "block-time",
    blocks: new Map(unique.map((n) => [String(n), n])),
    latest,
    store: historyStore(),
    read: async (_, blockNumber) => (await client.getBlock({ blockNumber })).timestamp,
  });
  return new Map(unique.map((n) => [n, times.get(String(n))!]));
}
