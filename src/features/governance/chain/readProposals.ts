// Proposals of one or more governors: their ProposalCreated logs (targets, calldatas,
// description, voting window) and, in one multicall, each one's state, tally, ETA and quorum.
import { getAbiItem, type Address, type Hex } from "viem";
import { readLogs } from "../../../chain/logs.ts";
import { contractAt, type SupportedChainId } from "../../../chain/index.ts";
import { toProposalState, type Proposal } from "../../../domain/governance/index.ts";
import { multicallGroups } from "../../../chain/multicallGroups.ts";
import { fromBlockOf, governorAbi, logStorage } from "./abis.ts";
import type { ReadClient } from "../../../chain/readClient.ts";
import { multicall3Abi } from "../../../chain/deployments/abis/Multicall3.ts";

const created = getAbiItem({ abi: governorAbi, name: "ProposalCreated" });

type CreatedArgs = {
  proposalId: bigint;
  proposer: Address;
  targets: Address[];
  values: bigint[];
  calldatas: Hex[];
  voteStart: bigint;
  voteEnd: bigint;
  description: string;
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

export async function readProposals(
  client: ReadClient,
  chainId: SupportedChainId,
  governors: readonly Address[],
  scope: string,
): Promise<ProposalsRead> {
  const block = await client.getBlockNumber();
  const logs = await readLogs<CreatedArgs>({
    client,
    chainId,
    event: created,
    scope,
    store: logStorage(),
    addresses: governors,
    fromBlock: fromBlockOf(chainId),
    toBlock: block,
  });
  const multicall3 = contractAt(chainId, "Multicall3", multicall3Abi);
  const at = (l: (typeof logs)[number]) =>
    ({ address: l.address, abi: governorAbi, args: [l.args.proposalId] }) as const;
  const [r, quorums] = await Promise.all([
    multicallGroups(
      client,
      {
        now: [{ ...multicall3, functionName: "getCurrentBlockTimestamp" }],
        states: logs.map((l) => ({ ...at(l), functionName: "state" }) as const),
        votes: logs.map((l) => ({ ...at(l), functionName: "proposalVotes" }) as const),
        etas: logs.map((l) => ({ ...at(l), functionName: "proposalEta" }) as const),
      },
      { allowFailure: false, blockNumber: block },
    ),
    // Fails while the snapshot is ahead (the supply there is not known yet).
    client.multicall({
      allowFailure: true,
      blockNumber: block,
      contracts: logs.map(
        (l) => ({ address: l.address, abi: governorAbi, functionName: "quorum", args: [l.args.voteStart] }) as const,
      ),
    }),
  ]);
  const proposals = logs.map((l, i): ListedProposal => {
    const [against, forVotes, abstain] = r.votes[i];
    const a = l.args;
    const quorum = quorums[i];
    return {
      id: a.proposalId,
      proposer: a.proposer,
      targets: a.targets,
      values: a.values,
      calldatas: a.calldatas,
      description: a.description,
      voteStart: a.voteStart,
      voteEnd: a.voteEnd,
      state: toProposalState(r.states[i]),
      tally: { against, for: forVotes, abstain },
      eta: r.etas[i],
      quorum: quorum.status === "success" ? quorum.result : undefined,
      governor: l.address,
      createdBlock: l.blockNumber,
    };
  });
  return { proposals: proposals.reverse(), now: r.now[0], readAt: Date.now(), block };
}
