// An account's standing in one fund's governance: tokens (or shares), delegate, votes now and, for a
// proposal, at its snapshot and whether it voted.
import type { Address } from "viem";
import { votesToken, type FundSet } from "../../../domain/governance/index.ts";
import { governorAbi, votesAbi } from "./abis.ts";
import type { ReadClient } from "../../../chain/readClient.ts";

export interface AccountStanding {
  balance: bigint;
  delegate: Address;
  votes: bigint;
  /** Only with a proposal: votes at its snapshot (undefined while it is ahead) and whether it voted. */
  atSnapshot?: bigint;
  hasVoted?: boolean;
}

export async function readAccount(
  client: ReadClient,
  set: FundSet,
  account: Address,
  proposal?: { id: bigint; snapshot: bigint },
): Promise<AccountStanding> {
  // The manager token, or an investor-governed fund's share ledger: both answer IVotesToken.
  const T = { address: votesToken(set), abi: votesAbi } as const;
  const G = { address: set.governor, abi: governorAbi } as const;
  // Votes at a snapshot still ahead cannot be read yet: that one read may fail.
  const [[balance, delegate, votes], atSnapshot, hasVoted] = await Promise.all([
    client.multicall({
      allowFailure: false,
      contracts: [
        { ...T, functionName: "balanceOf", args: [account] },
        { ...T, functionName: "delegates", args: [account] },
        { ...T, functionName: "getVotes", args: [account] },
      ],
    }),
    proposal &&
      client
        .readContract({ ...G, functionName: "getVotes", args: [account, proposal.snapshot] })
        .catch(() => undefined),
    proposal && client.readContract({ ...G, functionName: "hasVoted", args: [proposal.id, account] }),
  ]);
  return { balance, delegate, votes, atSnapshot, hasVoted };
}
