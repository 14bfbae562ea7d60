// The client of each chain the app reads: a plain viem client built from the chain's own
// configuration, the same one before and after the wallet code loads (wagmi's config takes its
// clients from here), so a read on a cold visit needs no wagmi, and the block number the
// transaction runner notes after a receipt is the one every read sees.
import { createClient, type Chain, type Client, type Transport } from "viem";
import { appChainById } from "./chains.ts";
import { transportFor } from "./rpc.ts";

const clients = new Map<number, Client<Transport, Chain>>();

/** The client of a chain the app offers; reads issued in the same tick fold into one Multicall3 call. */
export function clientOf(chainId: number): Client<Transport, Chain> {
  let client = clients.get(chainId);
  if (!client) {
    const app = appChainById(chainId);
    if (!app) throw new Error(`No chain ${chainId} is offered`);
    const { chain } = app;
    // Reads always go to the app's own RPC of the chain read, whatever chain the wallet is on.
    client = createClient({ chain, batch: { multicall: true }, transport: transportFor(chain.rpcUrls.default.http) });
    clients.set(chainId, client);
  }
  return client;
}
