// An account's standing in one fund's governance: tokens, delegate, votes now and, for a
// proposal, at its snapshot and whether it voted.
import type { Address, PublicClient } from "viem";
import type { FundSet } from "../../../domain/governance/index.ts";
import { governorAbi, maybe, ok, tokenAbi, type MulticallResult } from "./abis.ts";

export interface AccountStanding {
  balance: bigint;
  delegate: Address;
  votes: bigint;
  /** Only with a proposal: votes at its snapshot (undefined while it is ahead) and whether it voted. */
  atSnapshot?: bigint;
  hasVoted?: boolean;
}

export async function readAccount(client: PublicClient, set: FundSet, account: Address, proposal?: { id: bigint; snapshot: bigint }): Promise<AccountStanding> {
  const T = { address: set.managerToken, abi: tokenAbi } as const;
  const G = { address: set.governor, abi: governorAbi } as const;
  const r = (await client.multicall({
    allowFailure: true,
    contracts: [
      { ...T, functionName: "balanceOf", args: [account] },
      { ...T, functionName: "delegates", args: [account] },
      { ...T, functionName: "getVotes", args: [account] },
      ...(proposal
        ? [{ ...G, functionName: "getVotes", args: [account, proposal.snapshot] }, { ...G, functionName: "hasVoted", args: [proposal.id, account] }]
        : []),
    ] as never,
  })) as MulticallResult[];
  return {
    balance: ok<bigint>(r[0]),
    delegate: ok<Address>(r[1]),
    votes: ok<bigint>(r[2]),
    atSnapshot: proposal ? maybe<bigint>(r[3]) : undefined,
    hasVoted: proposal ? ok<boolean>(r[4]) : undefined,
  };
}
