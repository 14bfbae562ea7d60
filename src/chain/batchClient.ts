// A client whose requests issued together travel as one JSON-RPC batch (one HTTP request): for
// reads that fan out — several log filters, history at many blocks — whose count would otherwise
// be the page's request count. One per chain, so that its provider limits are learned once.
import { createPublicClient, type PublicClient } from "viem";
import { appChainById } from "./chains.ts";
import { transportFor } from "./rpc.ts";

const clients = new Map<number, PublicClient>();

export function batchClientOf(chainId: number): PublicClient {
  let client = clients.get(chainId);
  if (!client) {
    const { chain } = appChainById(chainId)!;
    client = createPublicClient({
      chain,
      // Reads of one tick at one block fold into one Multicall3 call; the rest into the batch.
      batch: { multicall: true },
      transport: transportFor(chain.rpcUrls.default.http, { batch: { wait: 16 } }),
    }) as PublicClient;
    clients.set(chainId, client);
  }
  return client;
}
