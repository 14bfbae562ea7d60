// One fund's raw reads (the inputs of the valuation engine) plus what its page labels them
// with, all at one block, in two eth_calls. The first runs at the latest block and returns its
// number with the lens's inputs of the fund; the second, pinned to that block, holds the
// optional reads: the pools trading the fund's tokens, the unit prices and the manager's funds. As the fund does,
// the lens counts a holding's balance that cannot be read as 0 (and flags it) and a feed that
// cannot be read as stale: one bad token or feed must not hide the fund or its in-kind exit.
import { BaseError, ContractFunctionRevertedError, zeroAddress, type Address, type PublicClient } from "viem";
import type { ManagedFund } from "../domain/history/index.ts";
import type { FundRaw, NavPoint, UsdPrice } from "../domain/valuation/index.ts";
import { addressOf, contractAt, deploymentOf, type SupportedChainId } from "./addresses.ts";
import { decodeHistory } from "./fundRecords.ts";
import { fundHistoryRead, managedByRead } from "./fundList.ts";
import { historySince } from "./summaries.ts";
import * as Fund from "./deployments/abis/items/Fund.ts";
import * as FundFactory from "./deployments/abis/items/FundFactory.ts";
import * as FundLens from "./deployments/abis/items/FundLens.ts";
import * as IERC20Metadata from "./deployments/abis/items/IERC20Metadata.ts";
import * as Multicall3 from "./deployments/abis/items/Multicall3.ts";
import * as StrategyRegistry from "./deployments/abis/items/StrategyRegistry.ts";
import { feedAbi, knownPhases, phaseReads, type Phase } from "./feeds.ts";

// Only what this read calls (the page loads it at start), and the lens's refusal it tells apart.
const lensAbi = [FundLens.inputs, FundLens.pools, FundLens.UnknownFund] as const;
const factoryAbi = [FundFactory.creatorOf] as const;
const fundAbi = [Fund.owner, Fund.distributor] as const;
const multicall3Abi = [Multicall3.getBlockNumber, Multicall3.getCurrentBlockTimestamp] as const;
const strategyRegistryAbi = [StrategyRegistry.statementOf] as const;
const erc20Abi = [IERC20Metadata.decimals] as const;

export class NoSuchFund extends Error {}

export type TokenInfo = { symbol: string; name: string; decimals: number };
export type AssetGuideline = { allowed: boolean; maxWeightBps: number; heartbeat: number };
/** A pool trading the fund's investor or manager token against `quote`, reserves oriented. */
export type MarketPool = {
  pool: Address;
  token: "investor" | "manager";
  quote: Address;
  reserveToken: bigint;
  reserveQuote: bigint;
};

export interface FundRead {
  block: bigint;
  raw: FundRaw;
  name: string;
  symbol: string;
  decimals: number;
  mechanism: number;
  manager: Address;
  set: { fund: Address; managerToken: Address; feeSplitter: Address; governor: Address; timelock: Address };
  /** Holders governance excluded from the fee distribution (pools, bridges). */
  excludedHolders: readonly Address[];
  asset: TokenInfo & { address: Address; feed: Address; usd: UsdPrice };
  /** Symbol, name and decimals of every token the fund holds or prices, by lower-case address. */
  tokens: Map<string, TokenInfo>;
  guidelines: Map<string, AssetGuideline>;
  /** The listed vaults' guard, bound and whether the manager may deposit, by lower-case address. */
  vaultGuidelines: Map<string, { asset: Address; guard: Address; maxMoveBps: number; allowed: boolean }>;
  maxLpBps: number;
  /** The caps the fund enforces, in bps: its fees, its entry and exit fees, its slippage limit. */
  caps: { management: bigint; performance: bigint; hurdle: bigint; entryExit: bigint; slippage: bigint };
  units: { eth?: UsdPrice; btc?: UsdPrice };
  /** The fund's distributor, whose events say how its NAV per share fell with each distribution. */
  distributor?: Address;
  /** The past year's checkpoints every return window starts from (exact, as a total return); undefined if unread. */
  checkpoints?: NavPoint[];
  /** Where the units' prices come from on this chain: ETH's and BTC's wrapped tokens and feeds. */
  unitSources: Record<"eth" | "btc", { token: Address; feed: Address }>;
  pools: MarketPool[];
  /**
   * The phases of the asset's, ETH's and BTC's feeds (by lower-case feed address), read in the same
   * call, so that their past rounds are read at once beside the fund's own history.
   */
  feedPhases: Map<string, Phase[]>;
  /**
   * The registry's funds naming the same manager (this one included), when the manager is not the
   * fund's own timelock: undefined when it is, null when the read failed.
   */
  managed?: { funds: ManagedFund[]; more: boolean } | null;
  /** The strategy statement (version 0: none), the fund's creator and owner; undefined if unread. */
  strategy?: FundStrategy;
}

export interface FundStrategy {
  text: string;
  author: Address;
  statedAt: bigint;
  version: number;
  creator?: Address;
  owner?: Address;
}

const lower = (a: Address) => a.toLowerCase() as Address;

/** The statement, who created the fund and who owns it now; where no registry is deployed, a call that fails. */
const strategyReads = (chainId: SupportedChainId, fund: Address, factory: Address) => {
  const registry = (deploymentOf(chainId).contracts as Record<string, { address: Address } | undefined>)
    .StrategyRegistry?.address;
  return [
    { address: registry ?? zeroAddress, abi: strategyRegistryAbi, functionName: "statementOf", args: [fund] },
    { address: factory, abi: factoryAbi, functionName: "creatorOf", args: [fund] },
    { address: fund, abi: fundAbi, functionName: "owner" },
  ] as const;
};
const unitReads = (chainId: SupportedChainId, token: "WETH" | "WBTC") => {
  const feed = addressOf(chainId, `${token}UsdFeed`);
  return [
    { address: feed, abi: feedAbi, functionName: "latestRoundData" },
    { address: feed, abi: feedAbi, functionName: "decimals" },
    { address: addressOf(chainId, token), abi: erc20Abi, functionName: "decimals" },
  ] as const;
};

type Settled<T> = { status: "success"; result: T } | { status: "failure"; error: Error };
const settled = <T>(r: Settled<T>): T | undefined => (r.status === "success" ? r.result : undefined);

function unitPrice(
  round: Settled<readonly [bigint, bigint, bigint, bigint, bigint]>,
  feedDecimals: Settled<number>,
  decimals: Settled<number>,
): UsdPrice | undefined {
  const [r, f, d] = [settled(round), settled(feedDecimals), settled(decimals)];
  return r && f !== undefined && d !== undefined && r[1] > 0n
    ? { answer: r[1], feedDecimals: f, decimals: d }
    : undefined;
}

function statementOf(
  s: readonly [string, Address, bigint, number] | undefined,
  creator: Address | undefined,
  owner: Address | undefined,
): FundStrategy | undefined {
  if (!s) return undefined;
  const [text, author, statedAt, version] = s;
  const known = (a: Address | undefined) => (a && a !== zeroAddress ? a : undefined);
  return { text, author, statedAt, version, creator: known(creator), owner: known(owner) };
}

/** Whether `e` is the lens saying the registry does not hold the fund. */
function isUnknownFund(e: unknown): boolean {
  const revert = e instanceof BaseError ? e.walk((x) => x instanceof ContractFunctionRevertedError) : undefined;
  return revert instanceof ContractFunctionRevertedError && revert.data?.errorName === "UnknownFund";
}

export async function readFundRaw(
  client: Pick<PublicClient, "multicall">,
  chainId: SupportedChainId,
  fund: Address,
): Promise<FundRead> {
  const lens = contractAt(chainId, "FundLens", lensAbi);
  const factory = contractAt(chainId, "FundFactory", factoryAbi);
  const multicall3 = contractAt(chainId, "Multicall3", multicall3Abi);
  const amm = addressOf(chainId, "AmmFactory");
  // 1: the block, its time and the lens's inputs of the fund; every read must succeed.
  // batchSize 0: one eth_call per multicall, however many reads it holds.
  const [blockNumber, timestamp, v] = await client
    .multicall({
      allowFailure: false,
      batchSize: 0,
      contracts: [
        { ...multicall3, functionName: "getBlockNumber" },
        { ...multicall3, functionName: "getCurrentBlockTimestamp" },
        { ...lens, functionName: "inputs", args: [factory.address, fund] },
      ],
    })
    .catch((e: unknown) => {
      throw isUnknownFund(e) ? new NoSuchFund(fund) : e;
    });

  // 2 (optional, at the same block): the pools trading either of the fund's tokens against an
  // asset it can price, and the units a value can also be shown in.
  const quotes = [
    ...new Set([
      ...v.assets.map((a) => lower(a.token)),
      lower(addressOf(chainId, "WETH")),
      lower(addressOf(chainId, "WBTC")),
    ]),
  ];
  const sinceDay = historySince(Number(timestamp));
  const feeds = [
    ...new Set([
      lower(v.assets[0].config.feed),
      lower(addressOf(chainId, "WETHUsdFeed")),
      lower(addressOf(chainId, "WBTCUsdFeed")),
    ]),
  ];
  // A fund decided by its own timelock has no manager of its own to look up (no fund names zero).
  const ownGovernance = lower(v.manager) === lower(v.set.timelock);
  const [
    pools,
    ethRound,
    ethFeedDecimals,
    ethDecimals,
    btcRound,
    btcFeedDecimals,
    btcDecimals,
    history,
    managedBy,
    statement,
    creator,
    owner,
    distributor,
    ...phases
  ] = await client.multicall({
    allowFailure: true,
    batchSize: 0,
    blockNumber,
    contracts: [
      { ...lens, functionName: "pools", args: [amm, [fund, v.set.managerToken], quotes] },
      ...unitReads(chainId, "WETH"),
      ...unitReads(chainId, "WBTC"),
      // The checkpoints of the past year every return window starts from: the returns every page shows.
      fundHistoryRead(chainId, fund, sinceDay),
      managedByRead(chainId, ownGovernance ? zeroAddress : v.manager),
      // The strategy statement and its provenance: the Overview's first section.
      ...strategyReads(chainId, fund, factory.address),
      { address: fund, abi: fundAbi, functionName: "distributor" },
      // Typed apart: the tuple of results above keeps its element types.
      ...(feeds.flatMap(phaseReads) as unknown as []),
    ],
  });
  const feedPhases = new Map<string, Phase[]>();
  feeds.forEach((feed, i) => {
    const n = phaseReads(feed).length;
    const known = knownPhases((phases as unknown as Parameters<typeof knownPhases>[0]).slice(i * n, (i + 1) * n));
    if (known) feedPhases.set(feed, known);
  });

  const raw: FundRaw = {
    timestamp,
    assets: v.assets.map((a) => ({
      token: a.token,
      balance: a.balance,
      reserved: a.reserved,
      decimals: a.config.decimals,
      feedDecimals: a.config.feedDecimals,
      answer: a.answer,
      updatedAt: a.updatedAt,
      heartbeat: BigInt(a.config.heartbeat),
      ...(a.balanceFailed ? { balanceFailed: true } : {}),
    })),
    pairs: v.pairs.map((p) => ({
      pair: p.pair,
      token0: p.token0,
      token1: p.token1,
      lpBalance: p.lpBalance,
      reserved: p.reserved,
      lpSupply: p.lpSupply,
      reserve0: p.reserve0,
      reserve1: p.reserve1,
    })),
    primaries: v.primaries.map((p) => ({
      token: p.token,
      balance: p.balance,
      reserved: p.reserved,
      paid: p.paid,
      received: p.received,
      ...(p.balanceFailed ? { balanceFailed: true } : {}),
      ...(p.markedAt > 0n ? { mark: { wad: p.markWad, at: p.markedAt } } : {}),
    })),
    vaults: v.vaults.map((x) => ({
      vault: x.vault,
      asset: x.config.asset,
      shares: x.balance,
      reserved: x.reserved,
      assets: x.assets,
      within: x.within,
      maxMoveBps: x.config.maxMoveBps,
      ...(x.balanceFailed ? { balanceFailed: true } : {}),
    })),
    deals: v.deals.map((d) => ({
      deal: d.deal,
      projectToken: d.projectToken,
      fundEscrowed: d.fundEscrowed,
      fundPart: d.fundPart,
      ...(d.escrowFailed ? { escrowFailed: true } : {}),
    })),
    fees: {
      managementBps: v.fees.managementBps,
      performanceBps: v.fees.performanceBps,
      hurdleBps: v.fees.hurdleBps,
      hwm: v.fees.hwm,
      hwmTime: v.fees.hwmTime,
      lastAccrual: v.fees.lastAccrual,
    },
    totalSupply: v.totalSupply,
    splitterBalance: v.splitterBalance,
    splitterUncredited: v.uncreditedFeeShares,
    managerTokenSupply: v.managerTokenSupply,
    entryBps: BigInt(v.entryBps),
    exitBps: BigInt(v.exitBps),
    maxSlippageBps: BigInt(v.limits.maxSlippageBps),
    minCashBps: BigInt(v.limits.minCashBps),
    claimingSupply: v.claimingSupply,
  };
  const tokens = new Map<string, TokenInfo>([
    ...[...v.assets, ...v.primaries].map(
      (t) => [lower(t.token), { symbol: t.symbol, name: t.name, decimals: t.decimals }] as const,
    ),
    ...v.vaults.map((x) => [lower(x.vault), { symbol: x.symbol, name: x.symbol, decimals: x.decimals }] as const),
  ]);
  const denomination = v.assets[0];
  // A failed lookup only means no market is known: it must not hide the fund.
  const market: MarketPool[] = (settled(pools) ?? []).map((p) => ({
    pool: p.pair,
    token: lower(p.token) === lower(fund) ? "investor" : "manager",
    quote: lower(p.quote),
    reserveToken: p.reserveToken,
    reserveQuote: p.reserveQuote,
  }));
  return {
    block: blockNumber,
    raw,
    name: v.name,
    symbol: v.symbol,
    decimals: v.decimals,
    mechanism: v.mechanism,
    manager: v.manager,
    set: v.set,
    excludedHolders: v.excludedHolders,
    asset: {
      address: v.asset,
      symbol: denomination.symbol,
      name: denomination.name,
      decimals: denomination.decimals,
      feed: denomination.config.feed,
      usd: {
        answer: denomination.answer,
        feedDecimals: denomination.config.feedDecimals,
        decimals: denomination.decimals,
      },
    },
    tokens,
    guidelines: new Map(
      v.assets.map((a) => [
        lower(a.token),
        { allowed: a.config.allowed, maxWeightBps: a.config.maxWeightBps, heartbeat: a.config.heartbeat },
      ]),
    ),
    vaultGuidelines: new Map(
      v.vaults.map((x) => [
        lower(x.vault),
        { asset: x.config.asset, guard: x.config.guard, maxMoveBps: x.config.maxMoveBps, allowed: x.config.allowed },
      ]),
    ),
    maxLpBps: v.limits.maxLpBps,
    caps: v.caps,
    units: {
      eth: unitPrice(ethRound, ethFeedDecimals, ethDecimals),
      btc: unitPrice(btcRound, btcFeedDecimals, btcDecimals),
    },
    unitSources: {
      eth: { token: addressOf(chainId, "WETH"), feed: addressOf(chainId, "WETHUsdFeed") },
      btc: { token: addressOf(chainId, "WBTC"), feed: addressOf(chainId, "WBTCUsdFeed") },
    },
    pools: market,
    ...(distributor.status === "success" && distributor.result !== zeroAddress
      ? { distributor: distributor.result }
      : {}),
    checkpoints: history.status === "success" ? decodeHistory(history.result)?.returns : undefined,
    feedPhases,
    managed: ownGovernance
      ? undefined
      : managedBy.status === "success"
        ? {
            funds: managedBy.result[0].map((m) => ({
              fund: m.fund,
              ok: m.ok,
              name: m.name,
              firstTime: BigInt(m.firstTime),
              firstNav: m.firstNav,
              navPerShare: m.navPerShare,
            })),
            more: managedBy.result[1],
          }
        : null,
    strategy: statementOf(settled(statement), settled(creator), settled(owner)),
  };
}
