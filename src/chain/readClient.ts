// The client every reader takes: wagmi's plain client of the chain with only the four actions
// the readers call. wagmi's usePublicClient would extend it with every public action (ENS,
// signatures and their secp256k1, SIWE, filters…), which would then load before the first paint.
import type { Client, PublicClient } from "viem";
import { getBlock, getBlockNumber, multicall, readContract } from "viem/actions";
import { useClient } from "wagmi";

export type ReadClient = Pick<
  PublicClient,
  "chain" | "uid" | "transport" | "request" | "readContract" | "multicall" | "getBlock" | "getBlockNumber"
>;

// One read client per wagmi client (one per chain), so that it is stable across renders.
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
      readContract: (args: Parameters<typeof readContract>[1]) => readContract(client, args),
      multicall: (args: Parameters<typeof multicall>[1]) => multicall(client, args),
      getBlock: (args?: Parameters<typeof getBlock>[1]) => getBlock(client, args),
      getBlockNumber: (args?: Parameters<typeof getBlockNumber>[1]) => getBlockNumber(client, args),
    } as unknown as ReadClient;
    readClients.set(client, read);
  }
  return read;
}

/** The read client of a chain the config offers (the app's chain by default), as usePublicClient. */
export function useReadClient({ chainId }: { chainId?: number } = {}): ReadClient | undefined {
  const client = useClient({ chainId });
  return client ? readClientOf(client) : undefined;
}
