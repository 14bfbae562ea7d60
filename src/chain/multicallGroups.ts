// Several lists of reads in ONE multicall (one eth_call), their results handed back as the same
// lists, each typed from its ABI by viem. A reader keeps its reads by name, not by position.
import type { ContractFunctionParameters, MulticallReturnType, PublicClient } from "viem";

type Groups = Record<string, readonly ContractFunctionParameters[]>;
type Options<F extends boolean> = { allowFailure: F; blockNumber?: bigint };
export type GroupResults<G extends Groups, F extends boolean> = { [K in keyof G]: MulticallReturnType<G[K], F> };

export async function multicallGroups<const G extends Groups, F extends boolean>(
  client: Pick<PublicClient, "multicall">,
  groups: G,
  { allowFailure, blockNumber }: Options<F>,
): Promise<GroupResults<G, F>> {
  const names = Object.keys(groups);
  const flat = await client.multicall({ allowFailure, blockNumber, contracts: names.flatMap((n) => groups[n]) });
  let at = 0;
  const out: Record<string, unknown> = {};
  for (const n of names) {
    out[n] = flat.slice(at, at + groups[n].length);
    at += groups[n].length;
  }
  // The lists are cut back in the order they went in, so each holds its own reads' results.
  return out as GroupResults<G, F>;
}
