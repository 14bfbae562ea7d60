// One fund's raw reads (the inputs of the valuation engine) plus what its page labels them
// with, all at one block: three multicalls, each one eth_call. The first runs at the latest
// block and returns its number, which pins the other two. As the fund does, a holding's
// balance that cannot be read counts 0 (and its line is stale), a feed that cannot be read
// is stale: one bad token or feed must not hide the fund or its in-kind exit.
import type { Address, PublicClient } from "viem";
import type { FundRaw, UsdPrice } from "../domain/valuation/index.ts";
import { erc20Abi, fundAbi } from "./abis.ts";
import { abiOf, contractOf } from "./contracts.ts";

const chainId = 31337;
const lens = contractOf(chainId, "FundLens");
const factory = contractOf(chainId, "FundFactory");
const multicall3 = contractOf(chainId, "Multicall3");
const amm = contractOf(chainId, "AmmFactory");
const feedAbi = abiOf(chainId, "FeedProxy");
const pairAbi = abiOf(chainId, "AmmPair");
const dealAbi = abiOf(chainId, "VamDeal");
const ZERO = "0x0000000000000000000000000000000000000000";

export class NoSuchFund extends Error {}

export type TokenInfo = { symbol: string; name: string; decimals: number };
export type AssetGuideline = { allowed: boolean; maxWeightBps: number; heartbeat: number };
/** A pool trading the fund's investor or manager token against `quote`, reserves oriented. */
export type MarketPool = { pool: Address; token: "investor" | "manager"; quote: Address; reserveToken: bigint; reserveQuote: bigint };

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
  maxLpBps: number;
  /** The caps the fund enforces, in bps: its fees, its entry and exit fees, its slippage limit. */
  caps: { management: bigint; performance: bigint; hurdle: bigint; entryExit: bigint; slippage: bigint };
  units: { eth?: UsdPrice; btc?: UsdPrice };
  pools: MarketPool[];
}

type R = { status: "success"; result: unknown } | { status: "failure"; error: Error };
const ok = <T,>(r: R): T => {
  if (r.status !== "success") throw r.error;
  return r.result as T;
};
const lower = (a: string) => a.toLowerCase() as Address;
type Limits = { maxLpBps: number; maxSlippageBps: number; minCashBps: number };
/** A token's `balanceOf(fund)`: a revert counts 0 and marks the holding. */
const balanceOf = (r: R) => (r.status === "success" ? { balance: r.result as bigint, balanceFailed: false } : { balance: 0n, balanceFailed: true });

const unitTokens = { eth: contractOf(chainId, "WETH").address, btc: contractOf(chainId, "WBTC").address };
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

export async function readFundRaw(client: Pick<PublicClient, "multicall">, fund: Address): Promise<FundRead> {
  // batchSize 0: one eth_call per multicall, however many reads it holds.
  const call = (contracts: readonly unknown[], blockNumber?: bigint) =>
    client.multicall({ allowFailure: true, batchSize: 0, ...(blockNumber === undefined ? {} : { blockNumber }), contracts: contracts as never }) as Promise<R[]>;
  const F = { address: fund, abi: fundAbi } as const;

  // 1: the block, is it a fund of the factory, the lens's summary of it, the registry, fee state, supply.
  const a = await call([
    { ...multicall3, functionName: "getBlockNumber" },
    { ...multicall3, functionName: "getCurrentBlockTimestamp" },
    { ...lens, functionName: "summaryOf", args: [factory.address, fund] },
    { ...F, functionName: "registry" },
    { ...F, functionName: "feeState" },
    { ...F, functionName: "totalSupply" },
    { ...F, functionName: "maxLpBps" },
    ...unitReads("WETH"),
    ...unitReads("WBTC"),
    { ...F, functionName: "MAX_MANAGEMENT_BPS" },
    { ...F, functionName: "MAX_PERFORMANCE_BPS" },
    { ...F, functionName: "MAX_HURDLE_BPS" },
    { ...F, functionName: "entryBps" },
    { ...F, functionName: "exitBps" },
    { ...F, functionName: "limits" },
    { ...F, functionName: "MAX_ENTRY_EXIT_BPS" },
    { ...F, functionName: "MAX_SLIPPAGE_BPS" },
    { ...factory, functionName: "indexOf", args: [fund] },
  ]);
  const blockNumber = ok<bigint>(a[0]);
  const timestamp = ok<bigint>(a[1]);
  type Summary = {
    set: FundRead["set"]; name: string; symbol: string; decimals: number; asset: Address; assetSymbol: string;
    assetDecimals: number; assetUsdPrice: bigint; assetFeedDecimals: number; mechanism: number; manager: Address;
    managerTokenSupply: bigint; claimingSupply: bigint; uncreditedFeeShares: bigint; excludedHolders: readonly Address[];
  };
  if (ok<bigint>(a[a.length - 1]) === 0n) throw new NoSuchFund(fund);
  const s = ok<Summary>(a[2]);
  const [assets, pairs, primaries, deals] = ok<readonly [Address[], Address[], Address[], Address[]]>(a[3]);
  const fees = ok<FundRaw["fees"]>(a[4]);
  const totalSupply = ok<bigint>(a[5]);

  // 2: per holding: configs, balances, reserves, deals, token names; the splitter's unclaimed
  // shares; the pools trading either of the fund's tokens against an asset it can price.
  const tokenList = [...new Set([...assets, ...primaries].map(lower))];
  const quotes = [...new Set([...assets.map(lower), lower(unitTokens.eth), lower(unitTokens.btc)])];
  const poolKeys = (["investor", "manager"] as const).flatMap((token) => quotes.map((quote) => ({ token, quote })));
  const b = await call([
    ...assets.flatMap((t) => [
      { ...F, functionName: "assetConfig", args: [t] },
      { address: t, abi: erc20Abi, functionName: "balanceOf", args: [fund] },
      { ...F, functionName: "reserved", args: [t] },
    ]),
    ...pairs.flatMap((p) => [
      { address: p, abi: pairAbi, functionName: "token0" },
      { address: p, abi: pairAbi, functionName: "token1" },
      { address: p, abi: erc20Abi, functionName: "balanceOf", args: [fund] },
      { address: p, abi: erc20Abi, functionName: "totalSupply" },
      { address: p, abi: pairAbi, functionName: "getReserves" },
      { ...F, functionName: "reserved", args: [p] },
    ]),
    ...primaries.flatMap((t) => [
      { address: t, abi: erc20Abi, functionName: "balanceOf", args: [fund] },
      { ...F, functionName: "reserved", args: [t] },
      { ...F, functionName: "primaryCost", args: [t] },
    ]),
    ...deals.flatMap((d) => [
      { address: d, abi: dealAbi, functionName: "projectToken" },
      { address: d, abi: dealAbi, functionName: "fundEscrowed" },
      { address: d, abi: dealAbi, functionName: "fundPart" },
    ]),
    ...tokenList.flatMap((t) => [
      { address: t, abi: erc20Abi, functionName: "symbol" },
      { address: t, abi: erc20Abi, functionName: "name" },
      { address: t, abi: erc20Abi, functionName: "decimals" },
    ]),
    { ...F, functionName: "balanceOf", args: [s.set.feeSplitter] },
    ...poolKeys.map((k) => ({ ...amm, functionName: "getPair", args: [k.token === "investor" ? fund : s.set.managerToken, k.quote] })),
  ], blockNumber);
  let i = 0;
  type Config = { feed: Address; heartbeat: number; decimals: number; feedDecimals: number; allowed: boolean; maxWeightBps: number };
  const configs = assets.map((token) => {
    const [config, bal, reserved] = [ok<Config>(b[i++]), b[i++], ok<bigint>(b[i++])];
    return { token, config, reserved, ...balanceOf(bal) };
  });
  const pairRaw = pairs.map((pair) => {
    const [token0, token1, lpBalance, lpSupply] = [ok<Address>(b[i++]), ok<Address>(b[i++]), ok<bigint>(b[i++]), ok<bigint>(b[i++])];
    const [reserve0, reserve1] = ok<readonly bigint[]>(b[i++]);
    return { pair, token0, token1, lpBalance, reserved: ok<bigint>(b[i++]), lpSupply, reserve0, reserve1 };
  });
  const primaryRaw = primaries.map((token) => {
    const [bal, reserved] = [balanceOf(b[i++]), ok<bigint>(b[i++])];
    const [paid, received] = ok<readonly bigint[]>(b[i++]);
    return { token, balance: bal.balance, reserved, paid, received, ...(bal.balanceFailed ? { balanceFailed: true } : {}) };
  });
  // As the fund has it: a deal that cannot say its escrow is stale, one that cannot say its part gives none in kind.
  const dealRaw = deals.map((deal) => {
    const [token, escrow, part] = [b[i++], b[i++], b[i++]];
    const projectToken = token.status === "success" ? (token.result as Address) : ZERO; // a label only
    return {
      deal, projectToken, fundEscrowed: escrow.status === "success" ? (escrow.result as bigint) : 0n,
      fundPart: part.status === "success" ? (part.result as bigint) : 0n, ...(escrow.status === "success" ? {} : { escrowFailed: true }),
    };
  });
  const tokens = new Map<string, TokenInfo>(
    tokenList.map((t) => [t, { symbol: ok<string>(b[i++]), name: ok<string>(b[i++]), decimals: Number(ok<number>(b[i++])) }]),
  );
  const splitterBalance = ok<bigint>(b[i++]);
  // A failed lookup only means no market is known: it must not hide the fund.
  const pools = poolKeys
    .map((k) => {
      const r = b[i++];
      return { ...k, pool: r.status === "success" ? (r.result as Address) : ZERO };
    })
    .filter((p) => p.pool !== ZERO);

  // 3: the feeds' latest rounds and the pools' reserves.
  const c = await call([
    ...configs.map((x) => ({ address: x.config.feed, abi: feedAbi, functionName: "latestRoundData" })),
    ...pools.flatMap((p) => [{ address: p.pool, abi: pairAbi, functionName: "token0" }, { address: p.pool, abi: pairAbi, functionName: "getReserves" }]),
  ], blockNumber);
  const raw: FundRaw = {
    timestamp,
    assets: configs.map((x, k) => {
      // A feed that reverts is stale: read as no answer at time 0, as the fund reads it.
      const round = c[k].status === "success" ? (c[k].result as readonly bigint[]) : [0n, 0n, 0n, 0n];
      return {
        token: x.token, balance: x.balance, reserved: x.reserved, decimals: Number(x.config.decimals), feedDecimals: Number(x.config.feedDecimals),
        answer: round[1], updatedAt: round[3], heartbeat: BigInt(x.config.heartbeat), ...(x.balanceFailed ? { balanceFailed: true } : {}),
      };
    }),
    pairs: pairRaw,
    primaries: primaryRaw,
    deals: dealRaw,
    fees: { managementBps: fees.managementBps, performanceBps: fees.performanceBps, hurdleBps: fees.hurdleBps, hwm: fees.hwm, hwmTime: fees.hwmTime, lastAccrual: fees.lastAccrual },
    totalSupply,
    splitterBalance,
    splitterUncredited: s.uncreditedFeeShares,
    managerTokenSupply: s.managerTokenSupply,
    entryBps: BigInt(ok<number>(a[14])),
    exitBps: BigInt(ok<number>(a[15])),
    maxSlippageBps: BigInt(ok<Limits>(a[16]).maxSlippageBps),
    minCashBps: BigInt(ok<Limits>(a[16]).minCashBps),
    claimingSupply: s.claimingSupply,
  };
  const market: MarketPool[] = [];
  pools.forEach((p, k) => {
    const [token0, reserves] = [c[configs.length + 2 * k], c[configs.length + 2 * k + 1]];
    if (token0.status !== "success" || reserves.status !== "success") return;
    const [r0, r1] = reserves.result as readonly bigint[];
    const quoteIs0 = lower(token0.result as Address) === p.quote;
    market.push({ pool: p.pool, token: p.token, quote: p.quote, reserveToken: quoteIs0 ? r1 : r0, reserveQuote: quoteIs0 ? r0 : r1 });
  });
  const wethDec = tokens.get(lower(unitTokens.eth))?.decimals ?? 18;
  const wbtcDec = tokens.get(lower(unitTokens.btc))?.decimals ?? 8;
  const assetInfo = tokens.get(lower(s.asset));
  return {
    block: blockNumber,
    raw,
    name: s.name,
    symbol: s.symbol,
    decimals: Number(s.decimals),
    mechanism: Number(s.mechanism),
    manager: s.manager,
    set: s.set,
    excludedHolders: s.excludedHolders,
    asset: {
      address: s.asset, symbol: s.assetSymbol, name: assetInfo?.name ?? s.assetSymbol, decimals: Number(s.assetDecimals),
      feed: configs[0].config.feed,
      usd: { answer: s.assetUsdPrice, feedDecimals: Number(s.assetFeedDecimals), decimals: Number(s.assetDecimals) },
    },
    tokens,
    guidelines: new Map(configs.map((x) => [lower(x.token), { allowed: x.config.allowed, maxWeightBps: Number(x.config.maxWeightBps), heartbeat: Number(x.config.heartbeat) }])),
    maxLpBps: Number(ok<number>(a[6])),
    caps: { management: ok<bigint>(a[11]), performance: ok<bigint>(a[12]), hurdle: ok<bigint>(a[13]), entryExit: ok<bigint>(a[17]), slippage: ok<bigint>(a[18]) },
    units: { eth: unitPrice(a.slice(7, 9), wethDec), btc: unitPrice(a.slice(9, 11), wbtcDec) },
    pools: market,
  };
}
