// One fund's raw reads (the inputs of the valuation engine) plus what its page labels them
// with, pinned to one block: a block number, then three multicalls (each one eth_call).
import type { Address, PublicClient } from "viem";
import type { FundRaw, UsdPrice } from "../domain/valuation/index.ts";
import { erc20Abi, fundAbi } from "./abis.ts";
import { abiOf, contractOf } from "./contracts.ts";

const chainId = 31337;
const lens = contractOf(chainId, "FundLens");
const factory = contractOf(chainId, "FundFactory");
const multicall3 = contractOf(chainId, "Multicall3");
const feedAbi = abiOf(chainId, "MockAggregator");
const pairAbi = abiOf(chainId, "AmmPair");
const dealAbi = abiOf(chainId, "VamDeal");

export class NoSuchFund extends Error {}

export type TokenInfo = { symbol: string; decimals: number };
export type AssetGuideline = { allowed: boolean; maxWeightBps: number; heartbeat: number };

export interface FundRead {
  block: bigint;
  raw: FundRaw;
  name: string;
  symbol: string;
  decimals: number;
  mechanism: number;
  manager: Address;
  set: { fund: Address; managerToken: Address; feeSplitter: Address; governor: Address; timelock: Address };
  asset: TokenInfo & { address: Address; usd: UsdPrice };
  /** Symbol and decimals of every token the fund holds or prices, by lower-case address. */
  tokens: Map<string, TokenInfo>;
  guidelines: Map<string, AssetGuideline>;
  maxLpBps: number;
  units: { eth?: UsdPrice; btc?: UsdPrice };
}

type R = { status: "success"; result: unknown } | { status: "failure"; error: Error };
const ok = <T,>(r: R): T => {
  if (r.status !== "success") throw r.error;
  return r.result as T;
};

const unitReads = (token: "WETH" | "WBTC") => {
  const feed = contractOf(chainId, `${token}UsdFeed`).address;
  return [
    { address: feed, abi: feedAbi, functionName: "latestRoundData" },
    { address: feed, abi: feedAbi, functionName: "decimals" },
  ] as const;
};
const unitPrice = (r: R[], decimals: number): UsdPrice | undefined => {
  if (r.some((x) => x.status !== "success")) return undefined;
  const round = ok<readonly bigint[]>(r[0]);
  return round[1] > 0n ? { answer: round[1], feedDecimals: Number(ok<number>(r[1])), decimals } : undefined;
};

export async function readFundRaw(client: PublicClient, fund: Address): Promise<FundRead> {
  const blockNumber = await client.getBlockNumber();
  const call = (contracts: readonly unknown[]) =>
    client.multicall({ allowFailure: true, blockNumber, contracts: contracts as never }) as Promise<R[]>;
  const F = { address: fund, abi: fundAbi } as const;

  // 1: the lens's summaries (is it a fund of the factory?), the registry, fee state, supply.
  const a = await call([
    { ...lens, functionName: "summaries", args: [factory.address] },
    { ...multicall3, functionName: "getCurrentBlockTimestamp" },
    { ...F, functionName: "registry" },
    { ...F, functionName: "feeState" },
    { ...F, functionName: "totalSupply" },
    { ...F, functionName: "maxLpBps" },
    ...unitReads("WETH"),
    ...unitReads("WBTC"),
  ]);
  type Summary = {
    set: FundRead["set"]; name: string; symbol: string; decimals: number; asset: Address; assetSymbol: string;
    assetDecimals: number; assetUsdPrice: bigint; assetFeedDecimals: number; mechanism: number; manager: Address;
    managerTokenSupply: bigint;
  };
  const s = ok<Summary[]>(a[0]).find((x) => x.set.fund.toLowerCase() === fund.toLowerCase());
  if (!s) throw new NoSuchFund(fund);
  const timestamp = ok<bigint>(a[1]);
  const [assets, pairs, primaries, deals] = ok<readonly [Address[], Address[], Address[], Address[]]>(a[2]);
  const fees = ok<FundRaw["fees"]>(a[3]);
  const totalSupply = ok<bigint>(a[4]);

  // 2: per holding: configs, balances, reserves, deals, symbols; the splitter's unclaimed shares.
  const tokenList = [...new Set([...assets, ...primaries].map((t) => t.toLowerCase() as Address))];
  const b = await call([
    ...assets.flatMap((t) => [{ ...F, functionName: "assetConfig", args: [t] }, { address: t, abi: erc20Abi, functionName: "balanceOf", args: [fund] }]),
    ...pairs.flatMap((p) => [
      { address: p, abi: pairAbi, functionName: "token0" },
      { address: p, abi: pairAbi, functionName: "token1" },
      { address: p, abi: erc20Abi, functionName: "balanceOf", args: [fund] },
      { address: p, abi: erc20Abi, functionName: "totalSupply" },
      { address: p, abi: pairAbi, functionName: "getReserves" },
    ]),
    ...primaries.map((t) => ({ address: t, abi: erc20Abi, functionName: "balanceOf", args: [fund] })),
    ...deals.flatMap((d) => [
      { address: d, abi: dealAbi, functionName: "projectToken" },
      { address: d, abi: dealAbi, functionName: "fundEscrowed" },
      { address: d, abi: dealAbi, functionName: "settled" },
    ]),
    ...tokenList.flatMap((t) => [{ address: t, abi: erc20Abi, functionName: "symbol" }, { address: t, abi: erc20Abi, functionName: "decimals" }]),
    { ...F, functionName: "balanceOf", args: [s.set.feeSplitter] },
  ]);
  let i = 0;
  type Config = { feed: Address; heartbeat: number; decimals: number; feedDecimals: number; allowed: boolean; maxWeightBps: number };
  const configs = assets.map((token) => ({ token, config: ok<Config>(b[i++]), balance: ok<bigint>(b[i++]) }));
  const pairRaw = pairs.map((pair) => {
    const [token0, token1, lpBalance, lpSupply] = [ok<Address>(b[i++]), ok<Address>(b[i++]), ok<bigint>(b[i++]), ok<bigint>(b[i++])];
    const [reserve0, reserve1] = ok<readonly bigint[]>(b[i++]);
    return { pair, token0, token1, lpBalance, lpSupply, reserve0, reserve1 };
  });
  const primaryRaw = primaries.map((token) => ({ token, balance: ok<bigint>(b[i++]) }));
  const dealRaw = deals.map((deal) => {
    const [projectToken, fundEscrowed] = [ok<Address>(b[i++]), ok<bigint>(b[i++])];
    const [assetsPaid, tokensReceived] = ok<readonly bigint[]>(b[i++]);
    return { deal, projectToken, fundEscrowed, assetsPaid, tokensReceived };
  });
  const tokens = new Map<string, TokenInfo>(tokenList.map((t) => [t, { symbol: ok<string>(b[i++]), decimals: Number(ok<number>(b[i++])) }]));
  const splitterBalance = ok<bigint>(b[i++]);

  // 3: the feeds' latest rounds.
  const c = await call(configs.map((x) => ({ address: x.config.feed, abi: feedAbi, functionName: "latestRoundData" })));
  const raw: FundRaw = {
    timestamp,
    assets: configs.map((x, k) => {
      const round = ok<readonly bigint[]>(c[k]);
      return {
        token: x.token, balance: x.balance, decimals: Number(x.config.decimals), feedDecimals: Number(x.config.feedDecimals),
        answer: round[1], updatedAt: round[3], heartbeat: BigInt(x.config.heartbeat),
      };
    }),
    pairs: pairRaw,
    primaries: primaryRaw,
    deals: dealRaw,
    fees: { managementBps: fees.managementBps, performanceBps: fees.performanceBps, hurdleBps: fees.hurdleBps, hwm: fees.hwm, hwmTime: fees.hwmTime, lastAccrual: fees.lastAccrual },
    totalSupply,
    splitterBalance,
    managerTokenSupply: s.managerTokenSupply,
  };
  const wethDec = tokens.get(contractOf(chainId, "WETH").address.toLowerCase())?.decimals ?? 18;
  const wbtcDec = tokens.get(contractOf(chainId, "WBTC").address.toLowerCase())?.decimals ?? 8;
  return {
    block: blockNumber,
    raw,
    name: s.name,
    symbol: s.symbol,
    decimals: Number(s.decimals),
    mechanism: Number(s.mechanism),
    manager: s.manager,
    set: s.set,
    asset: {
      address: s.asset, symbol: s.assetSymbol, decimals: Number(s.assetDecimals),
      usd: { answer: s.assetUsdPrice, feedDecimals: Number(s.assetFeedDecimals), decimals: Number(s.assetDecimals) },
    },
    tokens,
    guidelines: new Map(configs.map((x) => [x.token.toLowerCase(), { allowed: x.config.allowed, maxWeightBps: Number(x.config.maxWeightBps), heartbeat: Number(x.config.heartbeat) }])),
    maxLpBps: Number(ok<number>(a[5])),
    units: { eth: unitPrice(a.slice(6, 8), wethDec), btc: unitPrice(a.slice(8, 10), wbtcDec) },
  };
}
