// Every fund of the registry as a list draws it (FundListLens's packed records), in at most two
// requests: the first page rides in the caller's first eth_call; the rest, pinned to its block,
// go as one JSON-RPC batch of eth_calls, a page each. A call has its own gas cap (16.7M on an
// Osaka chain), so a page holds what fits in one call; the lens stops a page early rather than
// fail, and what it left goes in a further batch (a third request, which the page size avoids).
import type { Hex } from "viem";
import { batchClientOf } from "./batchClient.ts";
import { WINDOWS } from "../domain/history/windows.ts";
import { addressOf, contractAt, type SupportedChainId } from "./addresses.ts";
import { decodeRecords, type FundRecord } from "./fundRecords.ts";
import * as FundListLens from "./deployments/abis/items/FundListLens.ts";

// What the pages read of the lens at start, with the refusals of arguments it checks.
const listLensAbi = [
  FundListLens.page,
  FundListLens.history,
  FundListLens.managedBy,
  FundListLens.TooManyTrendPoints,
  FundListLens.TooManyWindows,
] as const;
const listLensOf = (chainId: SupportedChainId) => contractAt(chainId, "FundListLens", listLensAbi);

/**
 * Funds asked of the first call. A fund with a year of daily history costs about 0.6M gas (its
 * summary 0.25M) and the lens keeps 2.9M back for the next fund's bounds, so 20–25 such funds fit
 * a 16.7M call, more when they have less history; the lens stops where the gas ends.
 */
export const LIST_PAGE = 50n;
/** Points of each fund's trend: a year drawn every week or so. */
export const TREND_POINTS = 48n;
/** The return windows' lengths in seconds, as the lens takes them. */
export const WINDOW_SPANS = Object.values(WINDOWS);

/** One page of the list from `offset`, with histories since UTC day `sinceDay`. */
export const listPageRead = (chainId: SupportedChainId, offset: bigint, sinceDay: bigint, limit = LIST_PAGE) =>
  ({
    ...listLensOf(chainId),
    functionName: "page",
    args: [addressOf(chainId, "FundFactory"), offset, limit, sinceDay, WINDOW_SPANS, TREND_POINTS],
  }) as const;

/** One fund's history since `sinceDay`: the checkpoints its returns start from, no trend. */
export const fundHistoryRead = (chainId: SupportedChainId, fund: Hex, sinceDay: bigint) =>
  ({ ...listLensOf(chainId), functionName: "history", args: [fund, sinceDay, WINDOW_SPANS, 0n] }) as const;

/** The registry's funds naming `manager`, each with its first NAV per share and today's. */
export const managedByRead = (chainId: SupportedChainId, manager: Hex) =>
  ({ ...listLensOf(chainId), functionName: "managedBy", args: [addressOf(chainId, "FundFactory"), manager] }) as const;

export type PageResult = readonly [bigint, Hex];

/**
 * `first` (a page read from offset 0) completed with the rest of the registry's `count` funds:
 * every missing page at once through `readPages` (one batch), again for what a page left.
 * `firstRecords`, when the caller has decoded the first page already.
 */
export async function completeList(
  first: PageResult,
  count: bigint,
  readPages: (pages: readonly (readonly [bigint, bigint])[]) => Promise<PageResult[]>,
  firstRecords: FundRecord[] = decodeRecords(first[1]),
): Promise<FundRecord[]> {
  const parts = new Map<bigint, FundRecord[]>([[0n, firstRecords]]);
  // The first page shares its call with other reads, and other funds may cost more: pages of
  // three quarters of what it held leave room, so that a page seldom comes back short.
  let missing = gaps(first[0], count, first[0] > 3n ? (first[0] * 3n) / 4n : LIST_PAGE);
  while (missing.length > 0) {
    const got = await readPages(missing);
    const left: (readonly [bigint, bigint])[] = [];
    got.forEach(([read, data], i) => {
      const [offset, limit] = missing[i];
      if (read === 0n) throw new Error("The fund list lens read no fund: the node allows calls too little gas.");
      parts.set(offset, decodeRecords(data));
      if (read < limit) left.push([offset + read, limit - read]);
    });
    missing = left;
  }
  return [...parts.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).flatMap(([, records]) => records);
}

/** Pages of `size` covering `from` up to `count`. */
function gaps(from: bigint, count: bigint, size: bigint): (readonly [bigint, bigint])[] {
  const out: (readonly [bigint, bigint])[] = [];
  for (let o = from; o < count; o += size) out.push([o, size < count - o ? size : count - o]);
  return out;
}

/** Reads pages of the list at `blockNumber`, all in one JSON-RPC batch (each page its own call). */
export function pagesReader(chainId: SupportedChainId, sinceDay: bigint, blockNumber: bigint) {
  const rpc = batchClientOf(chainId, { multicall: false });
  return (pages: readonly (readonly [bigint, bigint])[]) =>
    Promise.all(
      pages.map(([offset, limit]) =>
        rpc.readContract({ ...listPageRead(chainId, offset, sinceDay, limit), blockNumber }),
      ),
    );
}
