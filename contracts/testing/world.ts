// The world most contract tests start from: USDC, WETH and WBTC with feeds, a WETH/USDC pool,
// the factory, and one USDC fund set created through it with an institution as manager.
// Admin calls go through the fund's timelock by impersonation (`asTimelock`); the governance
// path itself is tested end to end in governance.test.ts.
import hre, { network } from "hardhat";
import { deployFundDeployer } from "../shared/fundDeployer.ts";
import { getAddress, parseUnits, type Address } from "viem";
import { isqrt } from "../shared/isqrt.js";

export const HEARTBEAT = 86_400;
export const YEAR = 365n * 86_400n;
export const Mechanism = { Governance: 0, Institution: 1, Algorithm: 2, Committee: 3 } as const;

/** `params` picks another network or overrides its config (e.g. an older hardfork) for one test. */
export async function deployWorld(params?: Parameters<typeof network.create>[0]) {
  const connection = await network.create(params);
  const { viem, networkHelpers } = connection;
  const publicClient = await viem.getPublicClient();
  const wallets = await viem.getWalletClients();
  const [deployer, manager, alice, bob, carol, founder, project] = wallets;

  const usdc = await viem.deployContract("MockERC20", ["USD Coin", "USDC", 6]);
  const weth = await viem.deployContract("MockERC20", ["Wrapped Ether", "WETH", 18]);
  const wbtc = await viem.deployContract("MockERC20", ["Wrapped BTC", "WBTC", 8]);
  const feed = (d: string) => viem.deployContract("LocalAggregator", [8, d, deployer.account.address]);
  const usdcFeed = await feed("USDC / USD");
  const wethFeed = await feed("ETH / USD");
  const wbtcFeed = await feed("BTC / USD");
  await usdcFeed.write.pushAnswer([100_000_000n]);
  await wethFeed.write.pushAnswer([3_000n * 10n ** 8n]);
  await wbtcFeed.write.pushAnswer([60_000n * 10n ** 8n]);

  const amm = await viem.deployContract("AmmFactory");
  await amm.write.createPair([weth.address, usdc.address]);
  const wethUsdc = await viem.getContractAt("AmmPair", await amm.read.getPair([weth.address, usdc.address]));
  // Deep, so that the fund's trades in tests move the price well within its 1 % slippage limit.
  await seedPool(wethUsdc.address, parseUnits("100000", 18), parseUnits("300000000", 6));

  // The fund's linked libraries (its valuation, in-kind exit and bookkeeping live there for its size).
  const FundValuation = (await viem.deployContract("FundValuation")).address;
  const libraries = {
    FundValuation,
    FundExit: (await viem.deployContract("FundExit")).address,
    FundAdmin: (await viem.deployContract("FundAdmin")).address,
    FundOps: (await viem.deployContract("FundOps", [], { libraries: { FundValuation } })).address,
  };
  const factory = await viem.deployContract("FundFactory", [
    (await deployFundDeployer(viem as never, (name) => hre.artifacts.readArtifact(name), libraries)).address,
    (await viem.deployContract("GovernorDeployer")).address,
    (await viem.deployContract("TimelockDeployer")).address,
    (await viem.deployContract("TokenDeployer")).address,
    amm.address,
  ]);
  const lens = await viem.deployContract("FundLens");

  const fundConfig = {
    name: "Evergreen Test Fund",
    symbol: "egTEST",
    asset: usdc.address,
    assetFeed: usdcFeed.address,
    assetHeartbeat: HEARTBEAT,
    assets: [
      { token: weth.address, feed: wethFeed.address, heartbeat: HEARTBEAT, maxWeightBps: 6_000 },
      { token: wbtc.address, feed: wbtcFeed.address, heartbeat: HEARTBEAT, maxWeightBps: 4_000 },
    ],
    maxLpBps: 3_000,
    managementBps: 200,
    performanceBps: 2_000,
    hurdleBps: 500,
    entryBps: 0,
    exitBps: 0,
    manager: manager.account.address,
    mechanism: Mechanism.Institution,
    owner: deployer.account.address, // replaced by the factory with the new timelock
  };
  const governanceParams = {
    tokenName: "Evergreen Test Manager",
    tokenSymbol: "mTEST",
    holders: [founder.account.address, alice.account.address],
    amounts: [parseUnits("900000", 18), parseUnits("100000", 18)],
    votingDelay: 86_400,
    votingPeriod: 5 * 86_400,
    proposalThreshold: parseUnits("10000", 18),
    quorumPercent: 4n,
    timelockDelay: 2n * 86_400n,
    rewardsCap: parseUnits("2000000", 18),
  };
  await factory.write.createFund([fundConfig, governanceParams]);
  const [set] = await factory.read.allFunds();
  const fund = await viem.getContractAt("Fund", set.fund);
  const managerToken = await viem.getContractAt("ManagerToken", set.managerToken);
  const splitter = await viem.getContractAt("FeeSplitter", set.feeSplitter);
  const governor = await viem.getContractAt("FundGovernor", set.governor);
  const timelock = await viem.getContractAt("TimelockController", set.timelock);
  const rewards = await viem.getContractAt("ContributionRewards", set.contributionRewards);

  /** Runs `fn` with a wallet client that sends as the fund's timelock. */
  async function asTimelock<T>(fn: (from: { account: Address }) => Promise<T>): Promise<T> {
    await networkHelpers.impersonateAccount(timelock.address);
    await networkHelpers.setBalance(timelock.address, 10n ** 20n);
    try {
      return await fn({ account: getAddress(timelock.address) });
    } finally {
      await networkHelpers.stopImpersonatingAccount(timelock.address);
    }
  }

  await asTimelock((from) => fund.write.addPair([wethUsdc.address], from));

  async function seedPool(pair: Address, amountWeth: bigint, amountUsdc: bigint) {
    const p = await viem.getContractAt("AmmPair", pair);
    await weth.write.mint([deployer.account.address, amountWeth]);
    await usdc.write.mint([deployer.account.address, amountUsdc]);
    await weth.write.approve([pair, amountWeth]);
    await usdc.write.approve([pair, amountUsdc]);
    const wethIs0 = getAddress(await p.read.token0()) === getAddress(weth.address);
    await p.write.addLiquidity(
      wethIs0 ? [amountWeth, amountUsdc, 0n, deployer.account.address] : [amountUsdc, amountWeth, 0n, deployer.account.address],
    );
  }

  /** Mints `assets` USDC to `who` and deposits them; returns the shares received. */
  async function deposit(who: (typeof wallets)[number], assets: bigint) {
    await usdc.write.mint([who.account.address, assets]);
    await usdc.write.approve([fund.address, assets], { account: who.account });
    const before = await fund.read.balanceOf([who.account.address]);
    await fund.write.deposit([assets, who.account.address], { account: who.account });
    return (await fund.read.balanceOf([who.account.address])) - before;
  }

  /** Moves the chain's clock forward by `seconds` and re-pushes every feed's last price. */
  async function skipFresh(seconds: bigint | number) {
    await networkHelpers.time.increase(seconds);
    for (const f of [usdcFeed, wethFeed, wbtcFeed]) {
      const [, answer] = await f.read.latestRoundData();
      await f.write.pushAnswer([answer]);
    }
  }

  /** Moves ETH's price to `usd8` (8 decimals): pushes the feed and arbitrages the WETH/USDC pool
   * to the same price, as the market would, so that fund trades are judged at a fair pool. */
  async function setEthPrice(usd8: bigint) {
    await wethFeed.write.pushAnswer([usd8]);
    const wethIs0 = getAddress(await wethUsdc.read.token0()) === getAddress(weth.address);
    const [r0, r1] = await wethUsdc.read.getReserves();
    const [rw, ru] = wethIs0 ? [r0, r1] : [r1, r0];
    const target = isqrt((rw * ru * 10n ** 20n) / usd8); // WETH reserve at the new price
    const [tokenIn, amount] = target < rw
      ? [usdc, ((rw * ru) / target - ru) * 1000n / 997n]
      : [weth, (target - rw) * 1000n / 997n];
    if (amount === 0n) return;
    await tokenIn.write.mint([deployer.account.address, amount]);
    await tokenIn.write.approve([wethUsdc.address, amount]);
    await wethUsdc.write.swap([tokenIn.address, amount, 0n, deployer.account.address]);
  }

  async function now() {
    return (await publicClient.getBlock()).timestamp;
  }

  return {
    connection, viem, networkHelpers, publicClient, wallets,
    deployer, manager, alice, bob, carol, founder, project,
    usdc, weth, wbtc, usdcFeed, wethFeed, wbtcFeed, amm, wethUsdc,
    factory, lens, fund, managerToken, splitter, governor, timelock, rewards,
    fundConfig, governanceParams, asTimelock, seedPool, deposit, skipFresh, setEthPrice, now,
  };
}

export type World = Awaited<ReturnType<typeof deployWorld>>;
