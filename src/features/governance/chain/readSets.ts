// Every fund set in the registry with the fund's name: what the cross-fund view lists.
import type { Address } from "viem";
import { contractAt, deploymentOf, type SupportedChainId } from "../../../chain/index.ts";
import { isInvestorGoverned, type FundSet } from "../../../domain/governance/index.ts";
import { multicallGroups } from "../../../chain/multicallGroups.ts";
import { fundAbi } from "./abis.ts";
import type { ReadClient } from "../../../chain/readClient.ts";
import { fundFactoryAbi } from "../../../chain/deployments/abis/FundFactory.ts";

export interface NamedSet extends FundSet {
  name: string;
  mechanism: number;
  /** Decimals of what votes: 18 for a manager token, the fund's share decimals when investors vote. */
  votesDecimals: number;
}

export async function readFundSets(client: ReadClient, chainId: SupportedChainId): Promise<NamedSet[]> {
  const factory = contractAt(chainId, "FundFactory", fundFactoryAbi);
  const sets = await client.readContract({ ...factory, functionName: "allFunds" });
  const strategyRegistry = (deploymentOf(chainId).contracts as Record<string, { address: Address } | undefined>)
    .StrategyRegistry?.address;
  const r = await multicallGroups(
    client,
    {
      names: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "name" }) as const),
      mechanisms: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "mechanism" }) as const),
      managers: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "manager" }) as const),
      // Where an investor-governed fund's holders delegate and vote with their shares.
      ledgers: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "ledger" }) as const),
      decimals: sets.map((s) => ({ address: s.fund, abi: fundAbi, functionName: "decimals" }) as const),
    },
    { allowFailure: false },
  );
  return sets.map((s, i) => ({
    fund: s.fund,
    governor: s.governor,
    timelock: s.timelock,
    contributionRewards: s.contributionRewards,
    managerToken: s.managerToken,
    feeSplitter: s.feeSplitter,
    ledger: r.ledgers[i],
    ...(strategyRegistry ? { strategyRegistry } : {}),
    // Mechanism.Committee: the manager is the committee, which proposals may call.
    ...(r.mechanisms[i] === 3 ? { committee: r.managers[i] } : {}),
    name: r.names[i],
    mechanism: r.mechanisms[i],
    votesDecimals: isInvestorGoverned(s) ? r.decimals[i] : 18,
  }));
}

export const setOf = (sets: readonly NamedSet[], fund: Address) =>
  sets.find((s) => s.fund.toLowerCase() === fund.toLowerCase());
