// Every fund set in the registry with the fund's name: what the cross-fund view lists.
import type { Address, PublicClient } from "viem";
import { contractOf } from "../../../chain/index.ts";
import type { FundSet } from "../../../domain/governance/index.ts";
import { chainId, fundAbi, ok, type MulticallResult } from "./abis.ts";

export interface NamedSet extends FundSet {
  name: string;
  mechanism: number;
}

export async function readFundSets(client: PublicClient): Promise<NamedSet[]> {
  const factory = contractOf(chainId, "FundFactory");
  const sets = (await client.readContract({ ...factory, functionName: "allFunds" } as never)) as readonly FundSet[];
  const r = (await client.multicall({
    allowFailure: true,
    contracts: sets.flatMap((s) => [
      { address: s.fund, abi: fundAbi, functionName: "name" },
      { address: s.fund, abi: fundAbi, functionName: "mechanism" },
    ]) as never,
  })) as MulticallResult[];
  return sets.map((s, i) => ({
    fund: s.fund,
    governor: s.governor,
    timelock: s.timelock,
    contributionRewards: s.contributionRewards,
    managerToken: s.managerToken,
    feeSplitter: s.feeSplitter,
    name: ok<string>(r[2 * i]),
    mechanism: Number(ok<number>(r[2 * i + 1])),
  }));
}

export const setOf = (sets: readonly NamedSet[], fund: Address) => sets.find((s) => s.fund.toLowerCase() === fund.toLowerCase());
