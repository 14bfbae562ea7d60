// What the words of a fund's proposals and the templates' checks need: the fund's settings
// now, its listed assets and pairs, the governor's parameters, and the metadata of every
// token, pair and deal the actions mention. Three multicalls at one block.
import { erc20Abi, type Address, type PublicClient } from "viem";
import type { DescribeContext, Fees, FundSet, Guideline, Limits, References, Settings, TokenMeta } from "../../../domain/governance/index.ts";
import { fundAbi, governorAbi, maybe, ok, pairAbi, rewardsAbi, timelockAbi, tokenAbi, type MulticallResult } from "./abis.ts";
import { readDeals, type DealRead } from "./readDeal.ts";

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
  managerToken: TokenMeta & { supply: bigint };
  rewards: { cap: bigint; awarded: bigint };
}

const lower = (a: string) => a.toLowerCase();

export async function readFundContext(client: PublicClient, set: FundSet, refs: References): Promise<FundContext> {
  const blockNumber = await client.getBlockNumber();
  const call = async (contracts: readonly unknown[]) => (await client.multicall({ allowFailure: true, blockNumber, contracts: contracts as never })) as MulticallResult[];
  const F = { address: set.fund, abi: fundAbi } as const;
  const G = { address: set.governor, abi: governorAbi } as const;
  const T = { address: set.managerToken, abi: tokenAbi } as const;
  const R = { address: set.contributionRewards, abi: rewardsAbi } as const;
  const a = await call([
    { ...F, functionName: "registry" }, { ...F, functionName: "feeState" }, { ...F, functionName: "maxLpBps" }, { ...F, functionName: "manager" },
    { ...F, functionName: "mechanism" }, { ...F, functionName: "MAX_MANAGEMENT_BPS" }, { ...F, functionName: "MAX_PERFORMANCE_BPS" },
    { ...F, functionName: "MAX_HURDLE_BPS" }, { ...F, functionName: "asset" },
    { ...T, functionName: "symbol" }, { ...T, functionName: "decimals" }, { ...T, functionName: "totalSupply" },
    { ...G, functionName: "votingDelay" }, { ...G, functionName: "votingPeriod" }, { ...G, functionName: "proposalThreshold" },
    { ...G, functionName: "quorumNumerator" }, { ...G, functionName: "CLOCK_MODE" },
    { address: set.timelock, abi: timelockAbi, functionName: "getMinDelay" },
    { ...R, functionName: "cap" }, { ...R, functionName: "totalAwarded" },
    { ...F, functionName: "entryBps" }, { ...F, functionName: "exitBps" }, { ...F, functionName: "limits" },
    { ...F, functionName: "MAX_ENTRY_EXIT_BPS" }, { ...F, functionName: "MAX_SLIPPAGE_BPS" },
  ]);
  const [assets, pairs] = ok<readonly [Address[], Address[]]>(a[0]);
  const fees = ok<Fees & Record<string, unknown>>(a[1]);
  const allPairs = [...new Set([...pairs, ...refs.pairs].map(lower))] as Address[];

  const [b, deals] = await Promise.all([
    call([
      ...assets.map((t) => ({ ...F, functionName: "assetConfig", args: [t] })),
      ...allPairs.flatMap((p) => [{ address: p, abi: pairAbi, functionName: "token0" }, { address: p, abi: pairAbi, functionName: "token1" }]),
      // What the fund holds of each asset for itself: delisting needs none.
      ...assets.flatMap((t) => [{ address: t, abi: erc20Abi, functionName: "balanceOf", args: [set.fund] }, { ...F, functionName: "reserved", args: [t] }]),
    ]),
    readDeals(client, refs.deals, blockNumber),
  ]);
  const guidelines = new Map<string, Guideline>(assets.map((t, i) => {
    const c = ok<{ allowed: boolean; maxWeightBps: number }>(b[i]);
    return [lower(t), { allowed: c.allowed, maxWeightBps: Number(c.maxWeightBps) }];
  }));
  const pairMap = new Map<string, { token0: Address; token1: Address }>();
  allPairs.forEach((p, i) => {
    const [t0, t1] = [maybe<Address>(b[assets.length + 2 * i]), maybe<Address>(b[assets.length + 2 * i + 1])];
    if (t0 && t1) pairMap.set(p, { token0: t0, token1: t1 });
  });

  const heldAt = assets.length + 2 * allPairs.length;
  const held = new Map<string, bigint>(assets.map((t, i) => {
    // A balance that cannot be read is not known to be zero.
    const [balance, reserved] = [maybe<bigint>(b[heldAt + 2 * i]), maybe<bigint>(b[heldAt + 2 * i + 1]) ?? 0n];
    return [lower(t), balance === undefined ? 1n : balance > reserved ? balance - reserved : 0n];
  }));

  const tokenList = [...new Set([
    ...assets, ...refs.tokens, ...[...pairMap.values()].flatMap((p) => [p.token0, p.token1]),
    ...[...deals.values()].flatMap((d) => [d.asset, d.projectToken]),
  ].map(lower))] as Address[];
  const tokens = await readTokenMeta(client, tokenList, blockNumber);

  const limits = ok<Limits>(a[22]);
  const settings: Settings = {
    guidelines,
    fees: { managementBps: Number(fees.managementBps), performanceBps: Number(fees.performanceBps), hurdleBps: Number(fees.hurdleBps) },
    entryExit: { entryBps: Number(ok<number>(a[20])), exitBps: Number(ok<number>(a[21])) },
    maxLpBps: Number(ok<number>(a[2])),
    maxSlippageBps: Number(limits.maxSlippageBps),
    minCashBps: Number(limits.minCashBps),
    manager: ok<Address>(a[3]),
    mechanism: Number(ok<number>(a[4])),
    denomination: ok<Address>(a[8]),
    approvedPairs: pairs.map(lower),
    held,
  };
  const managerToken = { symbol: ok<string>(a[9]), decimals: Number(ok<number>(a[10])), supply: ok<bigint>(a[11]) };
  const caps = {
    managementBps: Number(ok<bigint>(a[5])), performanceBps: Number(ok<bigint>(a[6])), hurdleBps: Number(ok<bigint>(a[7])),
    entryExitBps: Number(ok<bigint>(a[23])), slippageBps: Number(ok<bigint>(a[24])),
  };
  return {
    set,
    describe: { set, tokens, pairs: pairMap, deals, managerToken, caps, current: settings },
    settings,
    denomination: ok<Address>(a[8]),
    assets: assets.map((t) => ({ address: t, ...(tokens.get(lower(t)) ?? { symbol: t.slice(0, 8), decimals: 18 }) })),
    pairs: pairs.map(lower) as Address[],
    deals,
    params: {
      votingDelay: BigInt(ok<number>(a[12])), votingPeriod: BigInt(ok<number>(a[13])), threshold: ok<bigint>(a[14]),
      quorumPercent: ok<bigint>(a[15]), clockMode: ok<string>(a[16]), timelockDelay: ok<bigint>(a[17]),
    },
    managerToken,
    rewards: { cap: ok<bigint>(a[18]), awarded: ok<bigint>(a[19]) },
  };
}

/** Symbol and decimals by lower-case address; a token that does not answer is left out. */
export async function readTokenMeta(client: PublicClient, list: readonly Address[], blockNumber?: bigint): Promise<Map<string, TokenMeta>> {
  const r = (await client.multicall({
    allowFailure: true,
    blockNumber,
    contracts: list.flatMap((t) => [{ address: t, abi: erc20Abi, functionName: "symbol" }, { address: t, abi: erc20Abi, functionName: "decimals" }]) as never,
  })) as MulticallResult[];
  const tokens = new Map<string, TokenMeta>();
  list.forEach((t, i) => {
    const [symbol, decimals] = [maybe<string>(r[2 * i]), maybe<number>(r[2 * i + 1])];
    if (symbol !== undefined && decimals !== undefined) tokens.set(lower(t), { symbol, decimals: Number(decimals) });
  });
  return tokens;
}
