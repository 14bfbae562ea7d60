// The seven seeded funds: one of each kind the product serves, with different denominations,
// fees, hurdles, guidelines and decision mechanisms.
import { maxUint256, parseUnits } from "viem";
import { HEARTBEAT, type Ctx } from "./context.ts";
import { STRATEGY } from "./strategies.ts";

export const Mechanism = { Governance: 0, Institution: 1, Algorithm: 2, Committee: 3 } as const;

export interface FundDef {
  key: string;
  name: string;
  symbol: string;
  denom: string;
  mechanism: number;
  manager: "timelock" | "institution" | "algorithm";
  assets: [symbol: string, maxWeightBps: number][];
  maxLpBps: number;
  fees: [mgmtBps: number, perfBps: number, hurdleBps: number];
  /** Entry and exit fees in bps, paid to the fund (anti-dilution); 0 where not given. */
  entryExit?: [entryBps: number, exitBps: number];
  rewardsCap: string; // manager tokens, or "none" for no cap (ContributionRewards.NO_CAP; a cap of 0 is refused)
  /** What the creator states as the fund's strategy, before the first deposit. */
  strategy: string;
}

export const FUNDS: FundDef[] = [
  {
    key: "stable",
    name: "Evergreen Stable Yield",
    symbol: "egSTABLE",
    denom: "USDC",
    mechanism: Mechanism.Institution,
    manager: "institution",
    assets: [["DAI", 6_000]],
    maxLpBps: 4_000,
    fees: [50, 1_000, 400],
    rewardsCap: "none",
    strategy: STRATEGY.stable,
  },
  {
    key: "ether",
    name: "Evergreen Ether",
    symbol: "egETH",
    denom: "WETH",
    mechanism: Mechanism.Governance,
    manager: "timelock",
    assets: [["USDC", 4_000]],
    maxLpBps: 2_000,
    fees: [100, 1_500, 0],
    rewardsCap: "2000000",
    strategy: STRATEGY.ether,
  },
  {
    key: "btceth",
    name: "BTC/ETH Balanced",
    symbol: "egBTCETH",
    denom: "WBTC",
    mechanism: Mechanism.Institution,
    manager: "institution",
    assets: [["WETH", 6_000]],
    maxLpBps: 3_000,
    fees: [150, 2_000, 500],
    rewardsCap: "none",
    strategy: STRATEGY.btceth,
  },
  {
    key: "defi",
    name: "DeFi Blue Chips",
    symbol: "egDEFI",
    denom: "USDC",
    mechanism: Mechanism.Governance,
    manager: "timelock",
    assets: [
      ["WETH", 3_500],
      ["UNI", 2_500],
      ["AAVE", 2_500],
      ["LINK", 2_500],
    ],
    maxLpBps: 1_000,
    fees: [200, 2_000, 800],
    entryExit: [25, 25],
    rewardsCap: "1500000",
    strategy: STRATEGY.defi,
  },
  {
    key: "ventures",
    name: "Primary Ventures",
    symbol: "egVC",
    denom: "USDC",
    mechanism: Mechanism.Governance,
    manager: "timelock",
    assets: [["WETH", 3_000]],
    maxLpBps: 0,
    fees: [200, 2_500, 1_000],
    rewardsCap: "3000000",
    strategy: STRATEGY.ventures,
  },
  {
    key: "algo",
    name: "Algorithmic Momentum",
    symbol: "egALGO",
    denom: "USDC",
    mechanism: Mechanism.Algorithm,
    manager: "algorithm",
    assets: [
      ["WETH", 7_000],
      ["WBTC", 7_000],
    ],
    maxLpBps: 0,
    fees: [100, 2_000, 0],
    entryExit: [50, 50],
    rewardsCap: "none",
    strategy: STRATEGY.algo,
  },
  {
    // Created with governance as manager; a proposal hands it to its elected committee (seed/committee.ts).
    key: "committee",
    name: "Committee Growth",
    symbol: "egCOMM",
    denom: "USDC",
    mechanism: Mechanism.Governance,
    manager: "timelock",
    assets: [
      ["WETH", 5_000],
      ["WBTC", 4_000],
    ],
    maxLpBps: 0,
    fees: [150, 1_500, 0],
    rewardsCap: "1000000",
    strategy: STRATEGY.committee,
  },
];

export async function createFund(ctx: Ctx, def: FundDef) {
  const feed = (s: string) => ctx.feeds[s].address;
  const manager =
    def.manager === "institution" ? ctx.institution : def.manager === "algorithm" ? ctx.algoKeeper : ctx.deployer;
  const config = {
    name: def.name,
    symbol: def.symbol,
    asset: ctx.tokens[def.denom].address,
    assetFeed: feed(def.denom),
    assetHeartbeat: HEARTBEAT,
    assets: def.assets.map(([s, maxWeightBps]) => ({
      token: ctx.tokens[s].address,
      feed: feed(s),
      heartbeat: HEARTBEAT,
      maxWeightBps,
    })),
    maxLpBps: def.maxLpBps,
    managementBps: def.fees[0],
    performanceBps: def.fees[1],
    hurdleBps: def.fees[2],
    entryBps: def.entryExit?.[0] ?? 0,
    exitBps: def.entryExit?.[1] ?? 0,
    manager: manager.account.address, // the factory puts the timelock here for governance funds
    mechanism: def.mechanism,
    owner: ctx.deployer.account.address, // replaced by the factory with the fund's timelock
  };
  const [alice, bob, carol] = [ctx.alice, ctx.bob, ctx.carol];
  const governance = {
    tokenName: `${def.name} Manager`,
    tokenSymbol: `m${def.symbol.slice(2)}`,
    holders: [ctx.founder.account.address, alice.account.address, bob.account.address, carol.account.address],
    amounts: ["600000", "200000", "100000", "100000"].map((a) => parseUnits(a, 18)),
    votingDelay: 86_400,
    votingPeriod: 4 * 86_400,
    proposalThreshold: parseUnits("10000", 18),
    quorumPercent: 4n,
    timelockDelay: 2n * 86_400n,
    rewardsCap: def.rewardsCap === "none" ? maxUint256 : parseUnits(def.rewardsCap, 18),
  };
  await ctx.factory.write.createFund([config, governance], { account: ctx.deployer.account });
  const all = await ctx.factory.read.allFunds();
  const set = all[all.length - 1];
  // The creator states the strategy while the fund has no shares: later only governance may restate it.
  await ctx.strategies.write.state([set.fund, def.strategy], { account: ctx.deployer.account });
  const fund = await ctx.at("Fund", set.fund);
  const managerToken = await ctx.at("ManagerToken", set.managerToken);
  // Founder and Alice vote themselves, Bob lends his votes to Alice, Carol never delegates
  // (so the dApp has an undelegated holder to warn).
  await managerToken.write.delegate([ctx.founder.account.address], { account: ctx.founder.account });
  await managerToken.write.delegate([alice.account.address], { account: alice.account });
  await managerToken.write.delegate([alice.account.address], { account: bob.account });
  return {
    def,
    set,
    fund,
    asset: ctx.tokens[def.denom],
    managerToken,
    splitter: await ctx.at("FeeSplitter", set.feeSplitter),
    governor: await ctx.at("FundGovernor", set.governor),
    timelock: set.timelock,
    rewards: await ctx.at("ContributionRewards", set.contributionRewards),
    manager: def.manager === "timelock" ? null : manager,
  };
}
export type SeededFund = Awaited<ReturnType<typeof createFund>>;
