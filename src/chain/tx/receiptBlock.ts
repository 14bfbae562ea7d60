// After a receipt, the app's reads must see the receipt's block. viem keeps the latest block
// number of each client for its cacheTime (up to 4 s): a read that starts from
// `client.getBlockNumber()` right after a transaction would otherwise run at the block before
// it, and its figure would stay stale until the next poll (30 s).
import { numberToHex, withCache, type Client } from "viem";

// viem's cache key of a client's block number (actions/public/getBlockNumber); the test beside
// this file fails if viem renames it.
const cacheKey = (client: Pick<Client, "uid">) => `blockNumber.${client.uid}`;

/**
 * Makes `client.getBlockNumber()` answer at least `block` (a receipt's) for the client's
 * cacheTime, unless it already knows a later block.
 */
export async function noteReceiptBlock(client: Pick<Client, "uid">, block: bigint): Promise<void> {
  const hex = numberToHex(block);
  // A lookup in flight is awaited in its stead; if it fails, the block counts as unknown.
  const store = (cacheTime?: number) =>
    withCache(async () => hex, { cacheKey: cacheKey(client), cacheTime }).then(BigInt, () => -1n);
  // Whatever is cached (any age) first; when nothing is, this stores the receipt's block.
  let known = await store();
  // An older block, or a lookup started before the receipt: overwrite it (twice at most, as the
  // first pass may only have awaited a lookup in flight).
  for (let pass = 0; known < block && pass < 2; pass++) known = await store(0);
}
