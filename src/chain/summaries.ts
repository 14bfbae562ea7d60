// The lens's fund summaries, page by page. The factory is open to anyone, so the lens reads each
// fund in its own gas-bounded call and flags a fund it cannot read (`ok = false`, only its set)
// instead of failing; it also stops a page early when the call's gas runs low, and the reader
// goes on from there, so any registry size reads in full at one block.
import type { PublicClient, ReadContractReturnType } from "viem";
import { contractAt, type SupportedChainId } from "./addresses.ts";
import * as FundFactory from "./deployments/abis/items/FundFactory.ts";
import * as FundLens from "./deployments/abis/items/FundLens.ts";

// Only what these reads call: Discover loads them at start.
const lensAbi = [FundLens.summaries] as const;
const factoryAbi = [FundFactory.fundCount] as const;
const lensOf = (chainId: SupportedChainId) => contractAt(chainId, "FundLens", lensAbi);
const factoryOf = (chainId: SupportedChainId) => contractAt(chainId, "FundFactory", factoryAbi);

/** Funds asked for per call; the lens returns fewer when the node's call gas runs out first. */
export const SUMMARY_PAGE = 50n;

export type LensSummary = ReadContractReturnType<ReturnType<typeof lensOf>["abi"], "summaries">[number];

/** The registry's size, to batch with a first page's read. */
export const fundCountRead = (chainId: SupportedChainId) =>
  ({ ...factoryOf(chainId), functionName: "fundCount" }) as const;

/** `first` completed up to the registry's `count` funds, a page from each offset at a time. */
async function completed<T>(
  first: readonly T[],
  count: bigint,
  pageAt: (offset: bigint) => Promise<readonly T[]>,
): Promise<T[]> {
  const all = [...first];
  while (BigInt(all.length) < count) {
    const page = await pageAt(BigInt(all.length));
    if (page.length === 0) throw new Error("The fund lens read no fund: the node allows calls too little gas.");
    all.push(...page);
  }
  return all;
}

/** `first` completed with the rest of the registry's `count` funds, read at `blockNumber`. */
export function restOfSummaries(
  client: Pick<PublicClient, "readContract">,
  chainId: SupportedChainId,
  first: readonly LensSummary[],
  count: bigint,
  blockNumber: bigint,
): Promise<LensSummary[]> {
  const [lens, factory] = [lensOf(chainId), factoryOf(chainId)];
  return completed(first, count, (offset) =>
    client.readContract({
      ...lens,
      functionName: "summaries",
      args: [factory.address, offset, SUMMARY_PAGE],
      blockNumber,
    }),
  );
}

/** Every summary of the registry at `blockNumber`. */
export async function readSummaries(
  client: Pick<PublicClient, "readContract">,
  chainId: SupportedChainId,
  blockNumber: bigint,
): Promise<LensSummary[]> {
  const count = await client.readContract({ ...fundCountRead(chainId), blockNumber });
  return restOfSummaries(client, chainId, [], count, blockNumber);
}

/** How far back the list's history reaches: a year and a few days, in UTC days from the epoch. */
export const historySince = (nowSeconds: number) => BigInt(Math.floor(nowSeconds / 86_400) - 370);
