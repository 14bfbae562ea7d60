// The client every reader takes: the chain's plain client (clients.ts, the one wagmi's config
// also uses) with only the four actions the readers call. A public client would extend it with
// every public action (ENS, signatures and their secp256k1, SIWE, filters…), which would then
// load before the first paint; `readContract` and `multicall` are readActions.ts's, which do what
// viem's do for these reads without its `call` action.
import type { Client, PublicClient } from "viem";
import { getBlock, getBlockNumber } from "viem/actions";
import { multicall, readContract, type MulticallParameters, type ReadParameters } from "./readActions.ts";
import { appChainById } from "./chains.ts";
import { clientOf } from "./clients.ts";

export type ReadClient = Pick<
  PublicClient,
  "chain" | "uid" | "transport" | "request" | "readContract" | "multicall" | "getBlock" | "getBlockNumber"
>;

// One read client per client (one per chain), so that it is stable across renders.
const readClients = new WeakMap<Client, ReadClient>();

export function readClientOf(client: Client): ReadClient {
  let read = readClients.get(client);
  if (!read) {
    // The actions' generic signatures are those of PublicClient's methods, which they implement.
    read = {
      chain: client.chain,
      // What names the provider (providerLimits.providerKey): its learned limits are shared by
      // every client of the same endpoint.
      uid: client.uid,
      transport: client.transport,
      request: client.request,
      readContract: (args: ReadParameters) => readContract(client, args),
      multicall: (args: MulticallParameters) => multicall(client, args),
      getBlock: (args?: Parameters<typeof getBlock>[1]) => getBlock(client, args),
      getBlockNumber: (args?: Parameters<typeof getBlockNumber>[1]) => getBlockNumber(client, args),
    } as unknown as ReadClient;
    readClients.set(client, read);
  }
  return read;
}

/** The read client of a chain the app offers. */
export function readClientFor(chainId: number): ReadClient {
  return readClientOf(clientOf(chainId));
}

/** The read client of a chain the app offers, as a hook (undefined for a chain it does not offer). */
export function useReadClient({ chainId }: { chainId: number }): ReadClient | undefined {
  return appChainById(chainId) ? readClientFor(chainId) : undefined;
}
