// Contribution rewards of one fund or of all funds, read at one block: the awards ledger with
// vesting as the contract computes it, the proposal that granted each award (from the
// governor's events), and the manager token's holders replayed from its transfers.
import { getAbiItem, type Address, type Hex } from "viem";
import { contractAt, erc20Abi, fundAbi, type SupportedChainId } from "../../chain/index.ts";
import { historyStore, readLogs } from "../../chain/logs.ts";
import { multicallGroups } from "../../chain/multicallGroups.ts";
import {
  approvingProposal,
  awardStatus,
  balancesFromTransfers,
  byCategory,
  capUse,
  proposalTitle,
  type Award,
  type AwardStatus,
  type CapUse,
  type CategoryTotal,
  type ExecutedProposal,
  type Transfer,
} from "../../domain/contributions/index.ts";
import type { ReadClient } from "../../chain/readClient.ts";
import { contributionRewardsAbi } from "../../chain/deployments/abis/ContributionRewards.ts";
import { fundFactoryAbi } from "../../chain/deployments/abis/FundFactory.ts";
import { fundGovernorAbi } from "../../chain/deployments/abis/FundGovernor.ts";
import { multicall3Abi } from "../../chain/deployments/abis/Multicall3.ts";
import { isInvestorGoverned } from "../../domain/governance/index.ts";

const rewardsAbi = contributionRewardsAbi;
const governorAbi = fundGovernorAbi;
const proposalCreated = getAbiItem({ abi: governorAbi, name: "ProposalCreated" });
const proposalExecuted = getAbiItem({ abi: governorAbi, name: "ProposalExecuted" });
const awarded = getAbiItem({ abi: rewardsAbi, name: "Awarded" });
const transfer = getAbiItem({ abi: erc20Abi, name: "Transfer" });

export interface AwardRow {
  id: bigint;
  award: Award;
  status: AwardStatus;
  proposal?: { id: bigint; title: string };
}

export interface FundContributions {
  fund: { address: Address; name: string };
  rewards: Address;
  token: { address: Address; symbol: string; decimals: number; totalSupply: bigint };
  cap?: CapUse;
  totalAwarded: bigint;
  awards: AwardRow[];
  categories: CategoryTotal[];
  holders: { holder: Address; balance: bigint }[];
}

export interface ContributionsData {
  block: bigint;
  now: bigint;
  funds: FundContributions[];
}

type Created = { proposalId: bigint; targets: readonly Address[]; calldatas: readonly Hex[]; description: string };

export async function readContributions(
  client: ReadClient,
  chainId: SupportedChainId,
  only?: Address,
): Promise<ContributionsData> {
  const factory = contractAt(chainId, "FundFactory", fundFactoryAbi);
  const multicall3 = contractAt(chainId, "Multicall3", multicall3Abi);
  const [allSets, now, blockNumber] = await client.multicall({
    allowFailure: false,
    contracts: [
      { ...factory, functionName: "allFunds" },
      { ...multicall3, functionName: "getCurrentBlockTimestamp" },
      { ...multicall3, functionName: "getBlockNumber" },
    ],
  });
  // An investor-governed fund has no manager token, so no contribution rewards: it has nothing to show here.
  const sets = allSets.filter((s) => !isInvestorGoverned(s) && (!only || s.fund.toLowerCase() === only.toLowerCase()));
  if (sets.length === 0) return { block: blockNumber, now, funds: [] };

  const fromBlock = BigInt(sets.reduce((m, s) => (s.createdBlock < m ? s.createdBlock : m), sets[0].createdBlock));
  const scope = only ?? factory.address;
  const logs = <A>(event: Parameters<typeof readLogs>[0]["event"], addresses: Address[]) =>
    readLogs<A>({
      client,
      chainId,
      event,
      scope,
      store: historyStore(),
      addresses,
      fromBlock,
      toBlock: blockNumber,
    });
  const [b, created, executed, awards, transfers] = await Promise.all([
    multicallGroups(
      client,
      {
        names: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "name" }) as const),
        awards: sets.map(
          (s) => ({ address: s.contributionRewards, abi: rewardsAbi, functionName: "allAwards" }) as const,
        ),
        caps: sets.map((s) => ({ address: s.contributionRewards, abi: rewardsAbi, functionName: "cap" }) as const),
        awarded: sets.map(
          (s) => ({ address: s.contributionRewards, abi: rewardsAbi, functionName: "totalAwarded" }) as const,
        ),
        symbols: sets.map((s) => ({ address: s.managerToken, abi: erc20Abi, functionName: "symbol" }) as const),
        decimals: sets.map((s) => ({ address: s.managerToken, abi: erc20Abi, functionName: "decimals" }) as const),
        supplies: sets.map((s) => ({ address: s.managerToken, abi: erc20Abi, functionName: "totalSupply" }) as const),
      },
      { allowFailure: false, blockNumber },
    ),
    logs<Created>(
      proposalCreated,
      sets.map((s) => s.governor),
    ),
    logs<{ proposalId: bigint }>(
      proposalExecuted,
      sets.map((s) => s.governor),
    ),
    logs<{ id: bigint }>(
      awarded,
      sets.map((s) => s.contributionRewards),
    ),
    logs<Transfer>(
      transfer,
      sets.map((s) => s.managerToken),
    ),
  ]);

  const funds = sets.map((s, k): FundContributions => {
    const is = (x: Address) => (l: { address: Address }) => l.address.toLowerCase() === x.toLowerCase();
    const executedAt = new Map(executed.filter(is(s.governor)).map((l) => [l.args.proposalId, l.blockNumber]));
    const proposals: ExecutedProposal[] = created.filter(is(s.governor)).flatMap((l) => {
      const at = executedAt.get(l.args.proposalId);
      return at === undefined
        ? []
        : [
            {
              id: l.args.proposalId,
              description: l.args.description,
              targets: l.args.targets,
              calldatas: l.args.calldatas,
              executedBlock: at,
            },
          ];
    });
    const awardBlock = new Map(awards.filter(is(s.contributionRewards)).map((l) => [l.args.id, l.blockNumber]));
    const list: readonly Award[] = b.awards[k];
    return {
      fund: { address: s.fund, name: b.names[k] },
      rewards: s.contributionRewards,
      token: { address: s.managerToken, symbol: b.symbols[k], decimals: b.decimals[k], totalSupply: b.supplies[k] },
      cap: capUse(b.caps[k], b.awarded[k]),
      totalAwarded: b.awarded[k],
      awards: list.map((award, i) => {
        const p = approvingProposal(award, awardBlock.get(BigInt(i)), s.contributionRewards, rewardsAbi, proposals);
        return {
          id: BigInt(i),
          award,
          status: awardStatus(award, now),
          proposal: p && { id: p.id, title: proposalTitle(p.description) },
        };
      }),
      categories: byCategory(list, now),
      holders: balancesFromTransfers(transfers.filter(is(s.managerToken)).map((l) => l.args)),
    };
  });
  return { block: blockNumber, now, funds };
}
