// Reads the local world straight from the node, as the page under test should.
import { createPublicClient, encodeFunctionResult, erc20Abi, http, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";

export const rpcUrl = process.env.VITE_RPC_URL ?? "http://127.0.0.1:8545";
export const client = createPublicClient({ transport: http(rpcUrl) });

const fundAbi = abiOf(31337, "Fund");

export async function allFunds() {
  return client.readContract({ ...contractOf(31337, "FundFactory"), functionName: "allFunds" });
}

export async function fundName(fund: Address) {
  return client.readContract({ address: fund, abi: fundAbi, functionName: "name" });
}

/** TVL and NAV per share of a fund with its asset's decimals and symbol, read at one block. */
export async function fundAmounts(fund: Address) {
  const blockNumber = await client.getBlockNumber();
  const at = { blockNumber } as const;
  const asset = await client.readContract({ address: fund, abi: fundAbi, functionName: "asset", ...at });
  const [tvl, intrinsic, symbol, decimals] = await Promise.all([
    client.readContract({ address: fund, abi: fundAbi, functionName: "totalAssets", ...at }),
    client.readContract({ ...contractOf(31337, "FundLens"), functionName: "intrinsicValues", args: [fund], ...at }),
    client.readContract({ address: asset, abi: erc20Abi, functionName: "symbol", ...at }),
    client.readContract({ address: asset, abi: erc20Abi, functionName: "decimals", ...at }),
  ]);
  return { tvl, navPerShare: intrinsic.perShare, symbol, decimals };
}

/** What Multicall3.aggregate3 returns for one allFunds() call on a registry without funds. */
export function emptyRegistryAnswer() {
  const factory = contractOf(31337, "FundFactory");
  const returnData = encodeFunctionResult({ abi: factory.abi, functionName: "allFunds", result: [] });
  return encodeFunctionResult({
    abi: abiOf(31337, "Multicall3"),
    functionName: "aggregate3",
    result: [{ success: true, returnData }],
  });
}
