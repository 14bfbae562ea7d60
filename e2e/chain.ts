// Reads the local world straight from the node, as the page under test should.
import { createPublicClient, encodeFunctionResult, erc20Abi, http, type Address } from "viem";
import { abiOf, contractOf } from "../src/chain/contracts.ts";
import { readSummaries } from "../src/chain/summaries.ts";
import { gavUsdWad, usdIn, type UsdPrice } from "../src/domain/valuation/index.ts";

export const rpcUrl = process.env.VITE_RPC_URL ?? "http://127.0.0.1:8545";
// No cached block number: tests revert the chain, and a cached latest block may no longer exist.
export const client = createPublicClient({ transport: http(rpcUrl), cacheTime: 0 });
/** The second local chain (31338): fewer funds, a mainnet-like block count. */
export const rpcUrl2 = process.env.VITE_RPC_URLS_31338?.split(",")[0] ?? "http://127.0.0.1:8555";
export const client2 = createPublicClient({ transport: http(rpcUrl2), cacheTime: 0 });

const fundAbi = abiOf("Fund");

/** The account the world's keeper sends from (the deployer, Hardhat's account #0). */
export const KEEPER: Address = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

/**
 * Holds the world's keeper off for the rest of a test that runs in a chain snapshot (whose
 * revert gives the balance back): with no ether for gas, its rounds, exercises and expiries
 * fail, so a test that moves the clock sees only its own transactions.
 */
/** A raw JSON-RPC call to the local node, for its test methods (clock, mining, snapshots). */
export async function rpc<T = unknown>(method: string, params: unknown[] = []): Promise<T> {
  const res = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = (await res.json()) as { result?: T; error?: { message: string } };
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result as T;
}

/** Moves the chain's clock on by `seconds` and mines a block, as voting delays and periods need. */
export async function advance(seconds: number | bigint) {
  await rpc("evm_increaseTime", [Number(seconds)]);
  await rpc("evm_mine");
}

export async function pauseKeeper() {
  await client.request({ method: "hardhat_setBalance", params: [KEEPER, "0x0"] } as never);
}
const lens = contractOf(31337, "FundLens");
const factory = contractOf(31337, "FundFactory");
const listLens = contractOf(31337, "FundListLens");

export async function allFunds() {
  return client.readContract({ ...factory, functionName: "allFunds" });
}

export async function fundName(fund: Address) {
  return client.readContract({ address: fund, abi: fundAbi, functionName: "name" });
}

/** TVL and NAV per share of a fund with its asset's decimals and symbol, read at one block. */
export async function fundAmounts(fund: Address, at_?: bigint) {
  const blockNumber = at_ ?? (await client.getBlockNumber());
  const at = { blockNumber } as const;
  const asset = await client.readContract({ address: fund, abi: fundAbi, functionName: "asset", ...at });
  const [tvl, intrinsic, symbol, decimals] = await Promise.all([
    client.readContract({ address: fund, abi: fundAbi, functionName: "totalAssets", ...at }),
    client.readContract({ ...lens, functionName: "intrinsicValues", args: [fund], ...at }),
    client.readContract({ address: asset, abi: erc20Abi, functionName: "symbol", ...at }),
    client.readContract({ address: asset, abi: erc20Abi, functionName: "decimals", ...at }),
  ]);
  return { tvl, navPerShare: intrinsic.perShare, symbol, decimals };
}

/** Every fund the lens can read, as it summarises it, with its TVL in USD (WAD) by the engine. */
export async function fundSummaries() {
  // Uncached: a block number cached before a test reverted the chain may no longer exist.
  const list = (await readSummaries(client, 31337, await client.getBlockNumber({ cacheTime: 0 }))).filter((s) => s.ok);
  return list.map((s, index) => {
    const price: UsdPrice = { answer: s.assetUsdPrice, feedDecimals: s.assetFeedDecimals, decimals: s.assetDecimals };
    return {
      index,
      address: s.set.fund,
      name: s.name,
      symbol: s.symbol,
      mechanism: s.mechanism,
      assetSymbol: s.assetSymbol,
      assetDecimals: s.assetDecimals,
      fees: s.fees,
      tvl: s.intrinsic.nav,
      tvlUsd: gavUsdWad(s.intrinsic.nav, price),
    };
  });
}
export type ChainFund = Awaited<ReturnType<typeof fundSummaries>>[number];

/** The price of ETH or BTC as the denomination switch uses it. */
export async function unitPrice(token: "WETH" | "WBTC"): Promise<UsdPrice> {
  const feed = { ...contractOf(31337, `${token}UsdFeed`), abi: abiOf("FeedProxy") };
  const [round, feedDecimals, decimals] = await Promise.all([
    client.readContract({ ...feed, functionName: "latestRoundData" }),
    client.readContract({ ...feed, functionName: "decimals" }),
    client.readContract({ address: contractOf(31337, token).address, abi: erc20Abi, functionName: "decimals" }),
  ]);
  return { answer: round[1], feedDecimals, decimals };
}
export { usdIn };

/** The aggregator behind `token`'s feed in `fund` (a local one the keeper pushes to) and the feed's last answer. */
export async function feedRound(fund: Address, token: Address) {
  const feedAbi = abiOf("FeedProxy");
  const { feed } = await client.readContract({
    address: fund,
    abi: fundAbi,
    functionName: "assetConfig",
    args: [token],
  });
  const [, answer] = await client.readContract({ address: feed, abi: feedAbi, functionName: "latestRoundData" });
  const aggregator = await client.readContract({ address: feed, abi: feedAbi, functionName: "aggregator" });
  return { aggregator, answer };
}

/** `Fund.holdings()` entries the compare view lists (anything held or valued). */
export async function heldCount(fund: Address) {
  const [list] = await client.readContract({ address: fund, abi: fundAbi, functionName: "holdings" });
  return list.filter((h) => h.balance > 0n || h.value > 0n).length;
}

/**
 * What Multicall3.aggregate3 returns for Discover's one read on a registry without funds: no
 * summaries, a block, feeds that did not answer, and a fund count of 0.
 */
export function emptyRegistryAnswer() {
  const multicall = contractOf(31337, "Multicall3");
  const ok = (returnData: `0x${string}`) => ({ success: true, returnData });
  return encodeFunctionResult({
    abi: multicall.abi,
    functionName: "aggregate3",
    result: [
      ok(encodeFunctionResult({ abi: listLens.abi, functionName: "page", result: [0n, "0x"] })),
      ok(encodeFunctionResult({ abi: multicall.abi, functionName: "getBlockNumber", result: 1n })),
      ok(encodeFunctionResult({ abi: multicall.abi, functionName: "getCurrentBlockTimestamp", result: 1n })),
      ...Array.from({ length: 6 }, () => ({ success: false, returnData: "0x" as const })),
      ok(encodeFunctionResult({ abi: factory.abi, functionName: "fundCount", result: 0n })),
    ],
  });
}
