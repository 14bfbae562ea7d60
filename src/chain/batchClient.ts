// Clients whose requests issued together travel as one JSON-RPC batch (one HTTP request): for
// reads that fan out — several log filters, history at many blocks, pages of the fund list —
// whose count would otherwise be the page's request count. One per chain and kind, so that its
// provider limits are learned once. Plain clients with the read actions only (readClient.ts), so
// that they add no weight to the first load.
import { createClient } from "viem";
import { appChainById } from "./chains.ts";
import { readClientOf, type ReadClient } from "./readClient.ts";
import { transportFor } from "./rpc.ts";

const clients = new Map<string, ReadClient>();

/**
 * The batching client of a chain. With `multicall` (the default), reads of one tick at one block
 * also fold into one Multicall3 call; without it each read stays its own `eth_call` in the batch
 * (reads that each take a call's whole gas, as the fund list's pages do).
 */
export function batchClientOf(chainId: number, { multicall = true } = {}): ReadClient {
  const key = `${chainId}:${multicall}`;
  let client = clients.get(key);
  if (!client) {
    const { chain } = appChainById(chainId)!;
    client = readClientOf(
      createClient({
        chain,
        batch: multicall ? { multicall: true } : undefined,
        transport: transportFor(chain.rpcUrls.default.http, {
          batch: multicall ? { wait: 16 } : true,
          // A batch of calls that each take a call's whole gas (500 funds: about 20 such pages) can
          // outlast 10 s on a busy node; a timeout would send all of it again, up to three times.
          timeout: multicall ? undefined : 60_000,
        }),
      }),
    );
    clients.set(key, client);
  }
  return client;
}
