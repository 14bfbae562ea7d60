// Everything Discover shows of every fund, in ONE eth_call: the list lens's packed records (each
// fund's summary, the NAV checkpoints its returns start from and a thinned trend of the past year:
// no event logs), the block it was read at, and the ETH and BTC prices for the denomination
// switch. A registry too large for one call reads its other pages in one JSON-RPC batch at the
// same block; the first page is handed over as soon as it comes, so that the list draws its first
// screen while the rest is read. Funds the lens could not read come back apart, so the list shows
// the others and names the broken ones.
import type { Address } from "viem";
import { contractAt, addressOf, type SupportedChainId } from "../../chain/index.ts";
import { completeList, listPageRead, pagesReader } from "../../chain/fundList.ts";
import { decodeRecords, type FundRecord, type RecordSummary } from "../../chain/fundRecords.ts";
import { fundCountRead, historySince } from "../../chain/summaries.ts";
import type { FeeState, NavPoint, UsdPrice } from "../../domain/valuation/index.ts";
import type { ReadClient } from "../../chain/readClient.ts";
import * as FeedProxy from "../../chain/deployments/abis/items/FeedProxy.ts";
import * as IERC20Metadata from "../../chain/deployments/abis/items/IERC20Metadata.ts";
import * as Multicall3 from "../../chain/deployments/abis/items/Multicall3.ts";

// Only what Discover calls: it loads them at start.
const feedAbi = [FeedProxy.latestRoundData, FeedProxy.decimals] as const;
const multicall3Abi = [Multicall3.getBlockNumber, Multicall3.getCurrentBlockTimestamp] as const;
const erc20Abi = [IERC20Metadata.decimals] as const;

export interface FundSummary {
  address: Address;
  name: string;
  symbol: string;
  /** Share decimals (asset decimals + the ERC-4626 offset). */
  decimals: number;
  mechanism: number;
  /** `feed` prices the asset in USD, also in the past: where its history is valued in a unit. */
  asset: { address: Address; symbol: string; decimals: number; usd: UsdPrice; feed: Address };
  pricesFresh: boolean;
  managerTokenSupply: bigint;
  /** No manager token: the fund's investors govern it with their shares. */
  investorGoverned: boolean;
  fees: FeeState;
  /** GAV in asset units. */
  tvl: bigint;
  /** Asset units per whole share, after a preview accrual (FundLens). */
  navPerShare: bigint;
  /** Asset units per whole manager token; 0 without manager tokens. */
  perManagerToken: bigint;
  /**
   * The fund's checkpoints every return window starts from (its first of the past year, the last
   * at or before each window's start, its last), exact: the returns computed from them equal
   * those computed from every checkpoint. Undefined when the history could not be read.
   */
  history?: NavPoint[];
  /** NAV per share over the past year, thinned and rounded for drawing (FundListLens). */
  trend: NavPoint[];
}

/** A fund of the registry the lens could not read (a reverting feed or token): shown by address. */
export interface BrokenFund {
  address: Address;
  /** Position in the registry. */
  index: number;
}

export interface DiscoverData {
  funds: FundSummary[];
  broken: BrokenFund[];
  block: bigint;
  timestamp: bigint;
  /** Prices of the units a value can also be shown in; undefined when the feed read failed. */
  units: { eth?: UsdPrice; btc?: UsdPrice };
  /** The feeds of those units on this chain. */
  unitFeeds: { eth: Address; btc: Address };
  /**
   * Funds of the registry after those read, still being read (they follow them in registry
   * order): 0 once the list is whole.
   */
  pending: number;
}

const unitReads = (chainId: SupportedChainId, token: "WETH" | "WBTC") => {
  const feed = addressOf(chainId, `${token}UsdFeed`);
  return [
    { address: feed, abi: feedAbi, functionName: "latestRoundData" },
    { address: feed, abi: feedAbi, functionName: "decimals" },
    { address: addressOf(chainId, token), abi: erc20Abi, functionName: "decimals" },
  ] as const;
};

type Result<T> = { status: "success"; result: T } | { status: "failure"; error: Error };

function unitPrice(r: readonly Result<unknown>[]): UsdPrice | undefined {
  if (r.some((x) => x.status !== "success")) return undefined;
  const [round, feedDecimals, decimals] = r.map((x) => (x as { result: unknown }).result) as [
    readonly bigint[],
    number,
    number,
  ];
  return round[1] > 0n ? { answer: round[1], feedDecimals, decimals } : undefined;
}

/**
 * Every fund of the registry. When it takes more than the first call, `onFirstPage` gets the list
 * as far as that call read it (`pending` > 0) before the other pages are asked for.
 */
export async function readDiscover(
  client: ReadClient,
  chainId: SupportedChainId,
  onFirstPage?: (partial: DiscoverData) => void,
): Promise<DiscoverData> {
  const multicall3 = contractAt(chainId, "Multicall3", multicall3Abi);
  const sinceDay = historySince(Date.now() / 1000);
  const r = await client.multicall({
    allowFailure: true,
    batchSize: 0, // one eth_call, however long its calldata
    contracts: [
      listPageRead(chainId, 0n, sinceDay),
      { ...multicall3, functionName: "getBlockNumber" },
      { ...multicall3, functionName: "getCurrentBlockTimestamp" },
      ...unitReads(chainId, "WETH"),
      ...unitReads(chainId, "WBTC"),
      fundCountRead(chainId),
    ],
  });
  const [first, block, timestamp] = r;
  const count = r[9];
  if (first.status !== "success") throw first.error;
  if (block.status !== "success" || timestamp.status !== "success") throw block.error ?? timestamp.error;
  if (count.status !== "success") throw count.error;
  const at = {
    block: block.result,
    timestamp: timestamp.result,
    units: { eth: unitPrice(r.slice(3, 6)), btc: unitPrice(r.slice(6, 9)) },
    unitFeeds: {
      eth: addressOf(chainId, "WETHUsdFeed"),
      btc: addressOf(chainId, "WBTCUsdFeed"),
    },
  };
  const [read, page] = first.result;
  const firstRecords = decodeRecords(page);
  if (onFirstPage && read < count.result) {
    onFirstPage({ ...at, ...listOf(firstRecords), pending: Number(count.result - read) });
  }
  const pages = pagesReader(chainId, sinceDay, block.result);
  const records = await completeList(first.result, count.result, pages, firstRecords);
  return { ...at, ...listOf(records), pending: 0 };
}

function listOf(records: FundRecord[]): Pick<DiscoverData, "funds" | "broken"> {
  return {
    broken: records.flatMap((record, index) => (record.summary ? [] : [{ address: record.fund, index }])),
    funds: records.flatMap((record) => (record.summary ? [toFund(record, record.summary)] : [])),
  };
}

function toFund(record: FundRecord, s: RecordSummary): FundSummary {
  return {
    address: record.fund,
    name: s.name,
    symbol: s.symbol,
    decimals: s.decimals,
    mechanism: s.mechanism,
    asset: {
      address: s.asset,
      symbol: s.assetSymbol,
      decimals: s.assetDecimals,
      usd: { answer: s.assetUsdPrice, feedDecimals: s.assetFeedDecimals, decimals: s.assetDecimals },
      feed: s.assetFeed,
    },
    pricesFresh: s.pricesFresh,
    managerTokenSupply: s.managerTokenSupply,
    investorGoverned: s.investorGoverned,
    fees: s.fees,
    tvl: s.nav,
    navPerShare: s.perShare,
    perManagerToken: s.perManagerToken,
    history: record.history?.returns,
    trend: record.history?.trend ?? [],
  };
}
