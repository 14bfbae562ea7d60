// The lens's fund summaries, page by page. The factory is open to anyone, so the lens reads each
// fund in its own gas-bounded call and flags a fund it cannot read (`ok = false`, only its set)
// instead of failing; it also stops a page early when the call's gas runs low, and the reader
// goes on from there, so any registry size reads in full at one block.
import type { PublicClient, ReadContractReturnType } from "viem";
import { contractOf } from "./contracts.ts";

const lens = contractOf(31337, "FundLens");
const factory = contractOf(31337, "FundFactory");

/** Funds asked for per call; the lens returns fewer when the node's call gas runs out first. */
export const SUMMARY_PAGE = 50n;

export type LensSummary = ReadContractReturnType<typeof lens.abi, "summaries">[number];

/** The first page's read, to batch with other reads; pair it with `fundCountRead`. */
export const firstPageRead = { ...lens, functionName: "summaries", args: [factory.address, 0n, SUMMARY_PAGE] } as const;
export const fundCountRead = { ...factory, functionName: "fundCount" } as const;

/** `first` completed with the rest of the registry's `count` funds, read at `blockNumber`. */
export async function restOfSummaries(
  client: Pick<PublicClient, "readContract">,
  first: readonly LensSummary[],
  count: bigint,
  blockNumber: bigint,
): Promise<LensSummary[]> {
  const all = [...first];
  while (BigInt(all.length) < count) {
    const page = await client.readContract({
      ...lens,
      functionName: "summaries",
      args: [factory.address, BigInt(all.length), SUMMARY_PAGE],
      blockNumber,
    });
    if (page.length === 0) throw new Error("The fund lens read no fund: the node allows calls too little gas.");
    all.push(...page);
  }
  return all;
}

/** Every summary of the registry at `blockNumber`. */
export async function readSummaries(
  client: Pick<PublicClient, "readContract">,
  blockNumber: bigint,
): Promise<LensSummary[]> {
  const count = await client.readContract({ ...fundCountRead, blockNumber });
  return restOfSummaries(client, [], count, blockNumber);
}
