// What every seed step works with: the clients, the deployed contracts, the cast of accounts
// and a clock that lets steps happen at chosen times.
import hre from "hardhat";
import { getAddress, type Address } from "viem";

export const DAY = 86_400n;
export const HEARTBEAT = 26 * 3_600; // feeds are pushed daily in the seed and hourly by the keeper

export interface ContextOptions {
  /**
   * Seconds between blocks when the clock moves forward: `setTime` first mines empty blocks this
   * far apart (as on mainnet, 12), so that history spans a real chain's block count. Without it
   * the clock jumps in one block.
   */
  blockInterval?: bigint;
}

/** Connects to the network given with `--network` (localhost when none is given). */
export async function createContext({ blockInterval }: ContextOptions = {}) {
  const connection = await hre.network.create(hre.globalOptions.network ?? "localhost");
  const { viem, networkHelpers } = connection;
  const publicClient = await viem.getPublicClient();
  const wallets = await viem.getWalletClients();
  const chainId = await publicClient.getChainId();
  const { deployment } = await import(`../../../src/chain/deployments/${chainId}.ts`);
  const addr = (label: string): Address => getAddress(deployment.contracts[label].address);

  const [deployer, alice, bob, carol, dave, erin, institution, algoKeeper, projectTeam, founder] = wallets;
  const contributors = wallets.slice(10, 14);
  // Five KOLs who publish picks (accounts 14–18 of the dev node's twenty).
  const kols = wallets.slice(14, 19);
  const at = <N extends string>(name: N, address: Address) =>
    viem.getContractAt(name as never, address) as never as Promise<any>;

  const tokens: Record<string, any> = {};
  const feeds: Record<string, any> = {};
  for (const symbol of ["USDC", "DAI", "WETH", "WBTC", "UNI", "AAVE", "LINK"]) {
    tokens[symbol] = await at("MockERC20", addr(symbol));
    feeds[symbol] = await at("FeedProxy", addr(`${symbol}UsdFeed`));
  }
  /** The aggregator behind a feed's proxy now: where its next round goes. */
  const aggregatorOf = async (symbol: string) => at("LocalAggregator", await feeds[symbol].read.aggregator());

  let clock = 0n;
  /** Makes the next transactions happen at `t` (unix seconds), or just after the last ones. */
  async function setTime(t: bigint) {
    let latest = (await publicClient.getBlock()).timestamp;
    // hardhat_mine reserves empty blocks without building them: millions cost a few milliseconds.
    // The first of them follows the last block by a second or so, the rest are `blockInterval`
    // apart; one interval is left free before `t`.
    const gap = blockInterval ? (t - latest) / blockInterval - 1n : 0n;
    if (gap > 0n) {
      await networkHelpers.mine(gap, { interval: blockInterval });
      latest = (await publicClient.getBlock()).timestamp;
    }
    if (t > latest) await networkHelpers.time.setNextBlockTimestamp(t);
    clock = t > latest ? t : latest;
  }

  return {
    viem,
    networkHelpers,
    publicClient,
    chainId,
    deployment,
    addr,
    at,
    deployer,
    alice,
    bob,
    carol,
    dave,
    erin,
    institution,
    algoKeeper,
    projectTeam,
    founder,
    contributors,
    kols,
    investors: [alice, bob, carol, dave, erin],
    tokens,
    feeds,
    aggregatorOf,
    factory: await at("FundFactory", addr("FundFactory")),
    lens: await at("FundLens", addr("FundLens")),
    amm: await at("AmmFactory", addr("AmmFactory")),
    strategies: await at("StrategyRegistry", addr("StrategyRegistry")),
    picks: await at("PickRegistry", addr("PickRegistry")),
    abi: async (name: string) => (await hre.artifacts.readArtifact(name)).abi,
    setTime,
    now: () => clock,
  };
}
export type Ctx = Awaited<ReturnType<typeof createContext>>;
