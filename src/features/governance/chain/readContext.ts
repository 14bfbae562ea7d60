// What the words of a fund's proposals and the templates' checks need: the fund's settings
// now, its listed assets and pairs, the governor's parameters, and the metadata of every
// token, pair and deal the actions mention. Multicalls at one block; the reads that may fail go apart
// from those that must not.
import { erc20Abi, type Address } from "viem";
import {
  isInvestorGoverned,
  type DescribeContext,
  type FundSet,
  type Guideline,
  type PrimaryPosition,
  type References,
  type Settings,
  type TokenMeta,
} from "../../../domain/governance/index.ts";
import { multicallGroups } from "../../../chain/multicallGroups.ts";
import type { SupportedChainId } from "../../../chain/index.ts";
import { fundAbi, governorAbi, pairAbi, rewardsAbi, strategyAbi, timelockAbi, tokenAbi } from "./abis.ts";
import { readDeals, type DealRead } from "./readDeal.ts";
import type { ReadClient } from "../../../chain/readClient.ts";

export interface GovernanceParams {
  votingDelay: bigint;
  votingPeriod: bigint;
  threshold: bigint;
  quorumPercent: bigint;
  timelockDelay: bigint;
  clockMode: string;
}

export interface FundContext {
  set: FundSet;
  describe: DescribeContext;
  settings: Settings;
  denomination: Address;
  /** Listed assets in the fund's order (denomination first), with their metadata. */
  assets: (TokenMeta & { address: Address })[];
  pairs: Address[];
  deals: Map<string, DealRead>;
  params: GovernanceParams;
  /**
   * What votes: the manager token, or an investor-governed fund's shares (its symbol, decimals and
   * supply; votes are delegated on the fund's share ledger).
   */
  managerToken: TokenMeta & { supply: bigint };
  /** The fund has no manager token: its investors vote with their shares. */
  investorGoverned: boolean;
  /** Undefined for an investor-governed fund, which has no contribution rewards. */
  rewards?: { cap: bigint; awarded: bigint };
  /** The strategy statement now (version 0: none); undefined where the chain has no registry or it did not answer. */
  strategy?: { text: string; version: number };
}

const lower = (a: Address) => a.toLowerCase() as Address;

export async function readFundContext(
  client: ReadClient,
  chainId: SupportedChainId,
  set: FundSet,
  refs: References,
): Promise<FundContext> {
  const blockNumber = await client.getBlockNumber();
  const F = { address: set.fund, abi: fundAbi } as const;
  const G = { address: set.governor, abi: governorAbi } as const;
  const investorGoverned = isInvestorGoverned(set);
  // An investor-governed fund's shares vote: their symbol, decimals and supply are the fund's own.
  const T = { address: investorGoverned ? set.fund : set.managerToken, abi: tokenAbi } as const;
  const R = { address: set.contributionRewards, abi: rewardsAbi } as const;
  const [
    [assets, pairs, primaryList],
    fees,
    maxLpBps,
    manager,
    mechanism,
    maxManagement,
    maxPerformance,
    maxHurdle,
    denomination,
    tokenSymbol,
    tokenDecimals,
    tokenSupply,
    votingDelay,
    votingPeriod,
    threshold,
    quorumPercent,
    clockMode,
    timelockDelay,
    entryBps,
    exitBps,
    limits,
    maxEntryExit,
    maxSlippage,
  ] = await client.multicall({
    allowFailure: false,
    blockNumber,
    contracts: [
      { ...F, functionName: "registry" },
      { ...F, functionName: "feeState" },
      { ...F, functionName: "maxLpBps" },
      { ...F, functionName: "manager" },
      { ...F, functionName: "mechanism" },
      { ...F, functionName: "MAX_MANAGEMENT_BPS" },
      { ...F, functionName: "MAX_PERFORMANCE_BPS" },
      { ...F, functionName: "MAX_HURDLE_BPS" },
      { ...F, functionName: "asset" },
      { ...T, functionName: "symbol" },
      { ...T, functionName: "decimals" },
      { ...T, functionName: "totalSupply" },
      { ...G, functionName: "votingDelay" },
      { ...G, functionName: "votingPeriod" },
      { ...G, functionName: "proposalThreshold" },
      { ...G, functionName: "quorumNumerator" },
      { ...G, functionName: "CLOCK_MODE" },
      { address: set.timelock, abi: timelockAbi, functionName: "getMinDelay" },
      { ...F, functionName: "entryBps" },
      { ...F, functionName: "exitBps" },
      { ...F, functionName: "limits" },
      { ...F, functionName: "MAX_ENTRY_EXIT_BPS" },
      { ...F, functionName: "MAX_SLIPPAGE_BPS" },
    ],
  });
  const allPairs = [...new Set([...pairs, ...refs.pairs].map(lower))];
  const listed = new Set(assets.map(lower));
  const atCost = primaryList.map(lower).filter((t) => !listed.has(t));

  // The listed assets' guidelines must read; a pair's tokens and what the fund holds of an asset may not.
  const [configs, optional, deals, rewards] = await Promise.all([
    client.multicall({
      allowFailure: false,
      blockNumber,
      contracts: assets.map((t) => ({ ...F, functionName: "assetConfig", args: [t] }) as const),
    }),
    multicallGroups(
      client,
      {
        token0s: allPairs.map((p) => ({ address: p, abi: pairAbi, functionName: "token0" }) as const),
        token1s: allPairs.map((p) => ({ address: p, abi: pairAbi, functionName: "token1" }) as const),
        // What the fund holds of each asset for itself: delisting needs none.
        balances: assets.map(
          (t) => ({ address: t, abi: erc20Abi, functionName: "balanceOf", args: [set.fund] }) as const,
        ),
        reserved: assets.map((t) => ({ ...F, functionName: "reserved", args: [t] }) as const),
        // Primary tokens valued at cost (those that gained a feed are listed assets): for a mark-down.
        primaryCosts: atCost.map((t) => ({ ...F, functionName: "primaryCost", args: [t] }) as const),
        primaryBalances: atCost.map(
          (t) => ({ address: t, abi: erc20Abi, functionName: "balanceOf", args: [set.fund] }) as const,
        ),
        primaryReserved: atCost.map((t) => ({ ...F, functionName: "reserved", args: [t] }) as const),
        // The statement a restatement starts from.
        statement: set.strategyRegistry
          ? [
              {
                address: set.strategyRegistry,
                abi: strategyAbi,
                functionName: "statementOf",
                args: [set.fund],
              } as const,
            ]
          : [],
      },
      { allowFailure: true, blockNumber },
    ),
    readDeals(client, chainId, refs.deals, blockNumber),
    investorGoverned
      ? undefined
      : client
          .multicall({
            allowFailure: false,
            blockNumber,
            contracts: [
              { ...R, functionName: "cap" },
              { ...R, functionName: "totalAwarded" },
            ],
          })
          .then(([cap, awarded]) => ({ cap, awarded })),
  ]);
  const guidelines = new Map<string, Guideline>(
    assets.map((t, i) => [lower(t), { allowed: configs[i].allowed, maxWeightBps: configs[i].maxWeightBps }]),
  );
  const pairMap = new Map<string, { token0: Address; token1: Address }>();
  allPairs.forEach((p, i) => {
    const [t0, t1] = [optional.token0s[i], optional.token1s[i]];
    if (t0.status === "success" && t1.status === "success") pairMap.set(p, { token0: t0.result, token1: t1.result });
  });
  const held = new Map<string, bigint>(
    assets.map((t, i) => {
      const [balance, reserved] = [optional.balances[i], optional.reserved[i]];
      // A balance that cannot be read is not known to be zero.
      if (balance.status !== "success") return [lower(t), 1n];
      const kept = reserved.status === "success" ? reserved.result : 0n;
      return [lower(t), balance.result > kept ? balance.result - kept : 0n];
    }),
  );

  const tokenList = [
    ...new Set(
      [
        ...assets,
        ...refs.tokens,
        ...[...pairMap.values()].flatMap((p) => [p.token0, p.token1]),
        ...[...deals.values()].flatMap((d) => [d.asset, d.projectToken]),
        ...atCost,
      ].map(lower),
    ),
  ];
  const tokens = await readTokenMeta(client, tokenList, blockNumber);
  const primaries = new Map<string, PrimaryPosition>();
  atCost.forEach((t, i) => {
    const [cost, balance, reserved, meta] = [
      optional.primaryCosts[i],
      optional.primaryBalances[i],
      optional.primaryReserved[i],
      tokens.get(t),
    ];
    if (cost.status !== "success" || !meta) return;
    const [paid, received, markWad, markedAt] = cost.result;
    const kept = reserved.status === "success" ? reserved.result : 0n;
    // As the valuation: a balanceOf that reverts counts what the deals delivered.
    const held = balance.status === "success" ? (balance.result > kept ? balance.result - kept : 0n) : received;
    primaries.set(t, {
      paid,
      received,
      held,
      ...meta,
      ...(markedAt > 0n ? { mark: { wad: markWad, at: markedAt } } : {}),
    });
  });

  const settings: Settings = {
    guidelines,
    fees: {
      managementBps: Number(fees.managementBps),
      performanceBps: Number(fees.performanceBps),
      hurdleBps: Number(fees.hurdleBps),
    },
    entryExit: { entryBps, exitBps },
    maxLpBps,
    maxSlippageBps: limits.maxSlippageBps,
    minCashBps: limits.minCashBps,
    manager,
    mechanism,
    denomination,
    approvedPairs: pairs.map(lower),
    held,
    primaries,
  };
  const managerToken = { symbol: tokenSymbol, decimals: tokenDecimals, supply: tokenSupply };
  const caps = {
    managementBps: Number(maxManagement),
    performanceBps: Number(maxPerformance),
    hurdleBps: Number(maxHurdle),
    entryExitBps: Number(maxEntryExit),
    slippageBps: Number(maxSlippage),
  };
  return {
    set,
    describe: { set, tokens, pairs: pairMap, deals, managerToken, caps, current: settings, denomination },
    settings,
    denomination,
    assets: assets.map((t) => ({ address: t, ...(tokens.get(lower(t)) ?? { symbol: t.slice(0, 8), decimals: 18 }) })),
    pairs: pairs.map(lower),
    deals,
    params: {
      votingDelay: BigInt(votingDelay),
      votingPeriod: BigInt(votingPeriod),
      threshold,
      quorumPercent,
      clockMode,
      timelockDelay,
    },
    managerToken,
    investorGoverned,
    ...(rewards ? { rewards } : {}),
    strategy: statementNow(optional.statement[0]),
  };
}

function statementNow(
  r: { status: "success"; result: readonly [string, Address, bigint, number] } | { status: "failure" } | undefined,
) {
  return r?.status === "success" ? { text: r.result[0], version: r.result[3] } : undefined;
}

/** Symbol and decimals by lower-case address; a token that does not answer is left out. */
export async function readTokenMeta(
  client: ReadClient,
  list: readonly Address[],
  blockNumber?: bigint,
): Promise<Map<string, TokenMeta>> {
  const r = await multicallGroups(
    client,
    {
      symbols: list.map((t) => ({ address: t, abi: erc20Abi, functionName: "symbol" }) as const),
      decimals: list.map((t) => ({ address: t, abi: erc20Abi, functionName: "decimals" }) as const),
    },
    { allowFailure: true, blockNumber },
  );
  const tokens = new Map<string, TokenMeta>();
  list.forEach((t, i) => {
    const [symbol, decimals] = [r.symbols[i], r.decimals[i]];
    if (symbol.status === "success" && decimals.status === "success")
      tokens.set(lower(t), { symbol: symbol.result, decimals: decimals.result });
  });
  return tokens;
}
