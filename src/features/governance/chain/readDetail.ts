// What one proposal's page adds to the list: every vote cast with its reason, and when the
// proposal was created and executed (block times).
import { getAbiItem, type Address } from "viem";
import { readLogs } from "../../../chain/logs.ts";
import type { Support } from "../../../domain/governance/index.ts";
import type { SupportedChainId } from "../../../chain/index.ts";
import { fromBlockOf, governorAbi, logStorage } from "./abis.ts";
import type { ReadClient } from "../../../chain/readClient.ts";

const voteCast = getAbiItem({ abi: governorAbi, name: "VoteCast" });
const executed = getAbiItem({ abi: governorAbi, name: "ProposalExecuted" });

export interface CastVote {
  voter: Address;
  support: Support;
  weight: bigint;
  reason: string;
}

export interface ProposalDetail {
  votes: CastVote[];
  createdAt?: bigint;
  executedAt?: bigint;
}

export async function readDetail(
  client: ReadClient,
  chainId: SupportedChainId,
  governor: Address,
  id: bigint,
  createdBlock: bigint,
  toBlock: bigint,
): Promise<ProposalDetail> {
  const common = {
    client,
    chainId,
    scope: governor,
    store: logStorage(),
    addresses: [governor],
    fromBlock: fromBlockOf(chainId),
    toBlock,
  } as const;
  const [casts, runs] = await Promise.all([
    readLogs<{ voter: Address; proposalId: bigint; support: number; weight: bigint; reason: string }>({
      ...common,
      event: voteCast,
    }),
    readLogs<{ proposalId: bigint }>({ ...common, event: executed }),
  ]);
  const run = runs.find((l) => l.args.proposalId === id);
  const [created, done] = await Promise.all([
    client.getBlock({ blockNumber: createdBlock }),
    run ? client.getBlock({ blockNumber: run.blockNumber }) : undefined,
  ]);
  return {
    votes: casts
      .filter((l) => l.args.proposalId === id)
      .map((l) => ({ ...l.args, support: Number(l.args.support) as Support })),
    createdAt: created.timestamp,
    executedAt: done?.timestamp,
  };
}
