// The description of a network Evergreen is deployed to: its chain id, the assets funds may hold
// with the Chainlink proxy that prices each in USD, and, on an L2, the sequencer-uptime feed.
// `npm run deploy:remote` checks it against the chain before it deploys anything.
import { getAddress, isAddress, parseAbi, type Address, type PublicClient } from "viem";

export interface NetworkAsset {
  symbol: string;
  token: Address;
  /** The Chainlink proxy (AggregatorV3Interface) of the asset's USD price. */
  feed: Address;
  /** Seconds after which the feed's answer counts as stale (its published heartbeat). */
  heartbeat: number;
}

export interface NetworkConfig {
  name: string;
  chainId: number;
  assets: NetworkAsset[];
  /** Chainlink's L2 sequencer-uptime feed, where the chain has one: prices are then guarded by it. */
  sequencerUptimeFeed?: Address;
  /** Seconds after the sequencer returns during which prices are still refused (default 3600). */
  sequencerGracePeriod?: number;
}

const address = (value: unknown, where: string): Address => {
  // Mixed case must carry a valid checksum: a mistyped address is refused, not deployed against.
  if (typeof value !== "string" || !isAddress(value, { strict: true }))
    throw new Error(`${where}: "${String(value)}" is not an address`);
  return getAddress(value);
};

/** The config in `json`, checked in full; throws naming the first field that is wrong. */
export function parseNetworkConfig(json: unknown, chainId: number): NetworkConfig {
  const c = json as Partial<Record<keyof NetworkConfig, unknown>>;
  if (typeof c?.name !== "string" || !c.name) throw new Error("name: missing");
  if (c.chainId !== chainId)
    throw new Error(`chainId: the config is for ${String(c.chainId)}, the RPC serves ${chainId}`);
  if (!Array.isArray(c.assets) || c.assets.length === 0) throw new Error("assets: at least one asset is needed");
  const seen = new Set<string>();
  const assets = c.assets.map((a: Partial<Record<keyof NetworkAsset, unknown>>, i): NetworkAsset => {
    const where = `assets[${i}]`;
    if (typeof a.symbol !== "string" || !/^[A-Z][A-Z0-9.]{1,10}$/.test(a.symbol))
      throw new Error(`${where}.symbol: "${String(a.symbol)}" is not a token symbol`);
    if (seen.has(a.symbol)) throw new Error(`${where}.symbol: ${a.symbol} is listed twice`);
    seen.add(a.symbol);
    if (!Number.isInteger(a.heartbeat) || (a.heartbeat as number) <= 0)
      throw new Error(`${where}.heartbeat: a positive number of seconds is needed`);
    return {
      symbol: a.symbol,
      token: address(a.token, `${where}.token`),
      feed: address(a.feed, `${where}.feed`),
      heartbeat: a.heartbeat as number,
    };
  });
  const sequencer =
    c.sequencerUptimeFeed === undefined ? undefined : address(c.sequencerUptimeFeed, "sequencerUptimeFeed");
  const grace = c.sequencerGracePeriod ?? 3600;
  if (!Number.isInteger(grace) || (grace as number) <= 0)
    throw new Error("sequencerGracePeriod: a positive number of seconds is needed");
  return {
    name: c.name,
    chainId,
    assets,
    ...(sequencer ? { sequencerUptimeFeed: sequencer, sequencerGracePeriod: grace as number } : {}),
  };
}

const erc20 = parseAbi(["function symbol() view returns (string)", "function decimals() view returns (uint8)"]);
const feedAbi = parseAbi([
  "function decimals() view returns (uint8)",
  "function latestRoundData() view returns (uint80, int256, uint256, uint256, uint80)",
]);

/**
 * What the chain says about the config: each token answers with its symbol, each feed with a
 * positive price. Returns the problems found, in words (empty when the config is right).
 */
export async function checkOnChain(
  client: PublicClient,
  config: NetworkConfig,
  multicall3: Address,
): Promise<string[]> {
  const problems: string[] = [];
  if (!(await client.getCode({ address: multicall3 }))) problems.push(`Multicall3 is not deployed at ${multicall3}`);
  for (const a of config.assets) {
    try {
      const symbol = await client.readContract({ address: a.token, abi: erc20, functionName: "symbol" });
      await client.readContract({ address: a.token, abi: erc20, functionName: "decimals" });
      if (symbol !== a.symbol) problems.push(`${a.symbol}: the token at ${a.token} calls itself ${symbol}`);
    } catch {
      problems.push(`${a.symbol}: ${a.token} is not an ERC-20 token on this chain`);
    }
    try {
      const [, answer] = await client.readContract({ address: a.feed, abi: feedAbi, functionName: "latestRoundData" });
      if (answer <= 0n) problems.push(`${a.symbol}: the feed at ${a.feed} answers ${answer}, not a price`);
    } catch {
      problems.push(`${a.symbol}: ${a.feed} is not a price feed on this chain`);
    }
  }
  if (config.sequencerUptimeFeed) {
    try {
      await client.readContract({ address: config.sequencerUptimeFeed, abi: feedAbi, functionName: "latestRoundData" });
    } catch {
      problems.push(`sequencerUptimeFeed: ${config.sequencerUptimeFeed} is not a feed on this chain`);
    }
  }
  return problems;
}
