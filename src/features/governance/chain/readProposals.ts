// Proposals of one or more governors: their ProposalCreated logs (targets, calldatas,
// description, voting window) and, in one multicall, each one's state, tally, ETA and quorum.
import { getAbiItem, type Address, type Hex, type PublicClient } from "viem";
import { readLogs } from "../../../chain/logs.ts";
import { contractOf } from "../../../chain/index.ts";
import type { Proposal, ProposalState } from "../../../domain/governance/index.ts";
import { chainId, fromBlock, governorAbi, logStorage, maybe, ok, type MulticallResult } from "./abis.ts";

const created = getAbiItem({ abi: governorAbi, name: "ProposalCreated" });

type CreatedArgs = {
  proposalId: bigint; proposer: Address; targets: Address[]; values: bigint[]; calldatas: Hex[];
  voteStart: bigint; voteEnd: bigint; description: string;
};

export interface ListedProposal extends Proposal {
  governor: Address;
  createdBlock: bigint;
}

export interface ProposalsRead {
  proposals: ListedProposal[];
  /** The chain's clock at the read (seconds) and the local time it was read, for countdowns. */
  now: bigint;
  readAt: number;
  block: bigint;
}

export async function readProposals(client: PublicClient, governors: readonly Address[], scope: string): Promise<ProposalsRead> {
  const block = await client.getBlockNumber();
  const logs = await readLogs<CreatedArgs>({ client, chainId, event: created, scope, storage: logStorage(), addresses: governors, fromBlock, toBlock: block });
  const multicall3 = contractOf(chainId, "Multicall3");
  const r = (await client.multicall({
    allowFailure: true,
    blockNumber: block,
    contracts: [
      { ...multicall3, functionName: "getCurrentBlockTimestamp" },
      ...logs.flatMap((l) => {
        const g = { address: l.address, abi: governorAbi } as const;
        const id = [l.args.proposalId] as const;
        return [
          { ...g, functionName: "state", args: id },
          { ...g, functionName: "proposalVotes", args: id },
          { ...g, functionName: "proposalEta", args: id },
          // Fails while the snapshot is ahead (the supply there is not known yet).
          { ...g, functionName: "quorum", args: [l.args.voteStart] },
        ];
      }),
    ] as never,
  })) as MulticallResult[];
  const proposals = logs.map((l, i): ListedProposal => {
    const at = 1 + 4 * i;
    const [against, forVotes, abstain] = ok<readonly bigint[]>(r[at + 1]);
    const a = l.args;
    return {
      id: a.proposalId, proposer: a.proposer, targets: a.targets, values: a.values, calldatas: a.calldatas, description: a.description,
      voteStart: a.voteStart, voteEnd: a.voteEnd,
      state: Number(ok<number>(r[at])) as ProposalState,
      tally: { against, for: forVotes, abstain },
      eta: ok<bigint>(r[at + 2]),
      quorum: maybe<bigint>(r[at + 3]),
      governor: l.address,
      createdBlock: l.blockNumber,
    };
  });
  return { proposals: proposals.reverse(), now: ok<bigint>(r[0]), readAt: Date.now(), block };
}
