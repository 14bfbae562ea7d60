// Seeds the local world with a year of history that ends now: eight funds of different kinds (one
// investor-governed, without a manager token),
// daily prices with a crash, deposits and redemptions, fee accruals and claims, rebalances and
// LP positions, proposals in every state, committee decisions in every state, VAM deals in every
// state, contribution rewards in every category, pools for an investor token and a manager token,
// and yield positions (a savings vault, a staking vault with a slashing, a lending market) held by
// two funds.
//   npx hardhat run contracts/scripts/seed.ts --network localhost   (after deploy.ts)
// Deterministic: a fixed PRNG seed; only the dates follow the wall clock.
import { formatUnits, getAddress, parseUnits, type Abi, type Address } from "viem";
import { createContext, DAY } from "./seed/context.ts";
import { prng } from "../shared/prng.ts";
import { PHASE_CHANGE_DAY, PRICE_MODELS, pricePath } from "./seed/prices.ts";
import { pricePusher } from "./seed/feeds.ts";
import { createSchedule } from "./seed/schedule.ts";
import { createPool, addLiquidity, arbitrage } from "./seed/amm.ts";
import { FUNDS, createFund, type SeededFund } from "./seed/funds.ts";
import { scheduleProposal, executedAt, type Action } from "./seed/governance.ts";
import {
  approveAll,
  deposit,
  randomDeposit,
  randomRedeem,
  rebalance,
  provideLiquidity,
  holdingValues,
} from "./seed/activity.ts";
import { DEALS, createDeal, scheduleReports, type SeededDeal } from "./seed/vam.ts";
import { VENTURES_RESTATED } from "./seed/strategies.ts";
import { schedulePicks } from "./seed/picks.ts";
import { deployCommittee, scheduleCommittee } from "./seed/committee.ts";
import { scheduleYield } from "./seed/yield.ts";
import { DISTRIBUTION_DAYS_BEFORE_END, scheduleDistribution } from "./seed/distributions.ts";
import { createCommons, scheduleCommons } from "./seed/commons.ts";
import { scheduleRevenueBuyback } from "./seed/revenue.ts";
import { strategyDescription } from "../../src/domain/governance/strategy.ts";

const started = Date.now();
const ctx = await createContext();
const rng = prng(20261124n);
// Committee Growth draws from its own sequence, so the other funds' histories do not depend on it.
const committeeRng = prng(20261205n);
const s = createSchedule();
const DAYS = 365;
const latest = (await ctx.publicClient.getBlock()).timestamp;
const tEnd = BigInt(Math.floor(Date.now() / 1000));
// Day 365's steps run up to eight hours after its prices; end the history at "now".
const t0 = tEnd - BigInt(DAYS) * DAY - 12n * 3_600n;
if (latest >= t0) {
  throw new Error(
    "The chain's clock is already past the start of the history to seed. Start the chain with " +
      "`npm run dev` (it starts it a year back), or restart it.",
  );
}
const day = (d: number) => t0 + BigInt(d) * DAY;
const HOUR = 3_600n;

// ─── prices ───
const paths = Object.fromEntries(Object.entries(PRICE_MODELS).map(([k, m]) => [k, pricePath(m, DAYS, rng)]));
const pushPrices = pricePusher(ctx, paths, PHASE_CHANGE_DAY);
s.at(day(0), "prices day 0", pushPrices(0));

// ─── pools, funds and their set-up ───
const symbols: Record<Address, string> = Object.fromEntries(
  Object.entries(ctx.tokens).map(([sym, t]) => [getAddress(t.address), sym]),
);
const usdWorth = async (symbol: string, usd: bigint) =>
  (usd * 10n ** BigInt(await ctx.tokens[symbol].read.decimals()) * 10n ** 8n) / paths[symbol][0];
const pairs: Record<string, any> = {};
const funds: Record<string, SeededFund> = {};
s.at(day(0) + 60n, "pools and funds", async () => {
  for (const [a, b] of [
    ["USDC", "WETH"],
    ["USDC", "WBTC"],
    ["WETH", "WBTC"],
    ["USDC", "UNI"],
    ["USDC", "AAVE"],
    ["USDC", "LINK"],
    ["USDC", "DAI"],
  ]) {
    // USD per side: deep markets; the stable pool less so, so the fund's LP share earns a yield.
    const depth = parseUnits(b === "DAI" ? "40000000" : "400000000", 0);
    pairs[`${a}/${b}`] = await createPool(
      ctx,
      ctx.tokens[a],
      ctx.tokens[b],
      await usdWorth(a, depth),
      await usdWorth(b, depth),
    );
  }
  await approveAll(ctx, Object.values(pairs));
  for (const def of FUNDS) funds[def.key] = await createFund(ctx, def);
  const committee = await deployCommittee(ctx, funds.committee);
  scheduleCommittee({ ctx, s, f: funds.committee, committee, day, tEnd, pairs, symbols, fundAbi: FUND_ABI });
  // The investor-governed fund, after the managed ones (their registry indices stay as they were).
  const commons = await createCommons(ctx);
  scheduleCommons(ctx, s, commons, day, tEnd, pairs["USDC/WETH"], FUND_ABI, () =>
    arbitrage(ctx, pairs["USDC/WETH"], symbols),
  );
});

const FUND_PAIRS: Record<string, string[]> = {
  stable: ["USDC/DAI"],
  ether: ["USDC/WETH"],
  btceth: ["WETH/WBTC"],
  defi: ["USDC/WETH", "USDC/UNI", "USDC/AAVE", "USDC/LINK"],
  ventures: ["USDC/WETH"],
  algo: ["USDC/WETH", "USDC/WBTC"],
  committee: ["USDC/WETH", "USDC/WBTC"],
};
const FUND_ABI = await ctx.abi("Fund");
s.at(day(0) + HOUR, "set-up proposals", async () => {
  for (const def of FUNDS) {
    const f = funds[def.key];
    const actions: Action[] = FUND_PAIRS[def.key].map((p) => ({
      target: f.fund.address,
      abi: FUND_ABI,
      functionName: "addPair",
      args: [pairs[p].address],
    }));
    scheduleProposal(
      ctx,
      s,
      f,
      day(0) + 2n * HOUR,
      actions,
      `# Approve trading pairs\n\nLets the manager trade through ${FUND_PAIRS[def.key].join(", ")}.`,
      "executed",
    );
  }
});

// ─── investors ───
for (let d = 1; d <= DAYS; d++) {
  s.at(day(d), `prices day ${d}`, pushPrices(d));
  s.at(day(d) + 2n * HOUR, `investors day ${d}`, async () => {
    for (const def of FUNDS) {
      const f = funds[def.key];
      const rng_ = def.key === "committee" ? committeeRng : rng;
      if (d <= 5) await randomDeposit(ctx, f, rng_, def.key === "ventures" ? 12n : 3n);
      else if (rng_.chance(30)) await randomDeposit(ctx, f, rng_);
      if (d > 8 && rng_.chance(d >= 179 && d <= 185 ? 45 : 10)) await randomRedeem(ctx, f, rng_);
    }
  });
  s.at(day(d) + 150n * 60n, `stablecoin flow day ${d}`, async () => {
    // Traders moving between USDC and DAI: the pool's fees are the stable fund's yield.
    const pair = pairs["USDC/DAI"];
    const usdc = ctx.tokens.USDC;
    const amount = rng.between(parseUnits("4000000", 6), parseUnits("8000000", 6));
    const dai = await pair.read.getAmountOut([usdc.address, amount]);
    await pair.write.swap([usdc.address, amount, 0n, ctx.deployer.account.address]);
    await pair.write.swap([ctx.tokens.DAI.address, dai, 0n, ctx.deployer.account.address]);
    await arbitrage(ctx, pair, symbols); // and back to the feeds' prices, where funds may trade
  });
  if (d % 7 === 0)
    s.at(day(d) + 3n * HOUR, `accrue fees day ${d}`, async () => {
      for (const f of Object.values(funds)) await f.fund.write.accrueFees();
    });
  // A keeper credits the fee shares that arrived to the holders of the day (five days after the month's
  // claims, which pay what is credited, and off the days the manager-token pool is priced).
  if (d % 30 === 20)
    s.at(day(d) + 4n * HOUR, `fee distribution day ${d}`, async () => {
      for (const f of Object.values(funds)) await f.splitter.write.distribute();
    });
  if (d % 30 === 15)
    s.at(day(d) + 4n * HOUR, `fee claims day ${d}`, async () => {
      for (const f of Object.values(funds)) {
        await f.splitter.write.claim({ account: ctx.founder.account });
        if (d % 90 === 45) await f.splitter.write.claim({ account: ctx.alice.account });
      }
    });
}

// ─── managers ───
async function topUpLiquidity(f: SeededFund, pair: any, other: any, targetBps: bigint) {
  const { byToken, gav } = await holdingValues(f);
  const lpBps = ((byToken.get(pair.address.toLowerCase()) ?? 0n) * 10_000n) / gav;
  if (targetBps - lpBps > 300n) await provideLiquidity(ctx, f, pair, other, targetBps - lpBps, symbols);
}
const denomPair = (f: SeededFund, sym: string) => pairs[FUND_PAIRS[f.def.key].find((p) => p.includes(sym))!];
for (let d = 9; d <= DAYS; d++) {
  if ((d - 9) % 30 === 0)
    s.at(day(d) + 5n * HOUR, `institution rebalance day ${d}`, async () => {
      const stable = funds.stable;
      await rebalance(ctx, stable, { DAI: 3_500n }, { DAI: denomPair(stable, "DAI") }, symbols);
      const btceth = funds.btceth;
      await rebalance(ctx, btceth, { WETH: 4_000n }, { WETH: denomPair(btceth, "WETH") }, symbols);
      // Keep the LP positions near their share of a growing fund.
      await topUpLiquidity(stable, denomPair(stable, "DAI"), ctx.tokens.DAI, 3_000n);
      await topUpLiquidity(btceth, denomPair(btceth, "WETH"), ctx.tokens.WETH, 1_500n);
    });
  if ((d - 9) % 7 === 0)
    s.at(day(d) + 6n * HOUR, `algorithm rebalance day ${d}`, async () => {
      // Momentum: hold what rose over the last 30 days, keep cash for what fell.
      const f = funds.algo;
      const weight = (sym: string) => (paths[sym][d] > paths[sym][Math.max(0, d - 30)] ? 4_500n : 1_000n);
      await rebalance(
        ctx,
        f,
        { WETH: weight("WETH"), WBTC: weight("WBTC") },
        { WETH: denomPair(f, "WETH"), WBTC: denomPair(f, "WBTC") },
        symbols,
      );
    });
}

// ─── governance ───
const swapAction = async (f: SeededFund, pairKey: string, tokenIn: any, bps: bigint): Promise<Action> => {
  const bal = await tokenIn.read.balanceOf([f.fund.address]);
  const amountIn = (bal * bps) / 10_000n;
  const out = await pairs[pairKey].read.getAmountOut([tokenIn.address, amountIn]);
  return {
    target: f.fund.address,
    abi: FUND_ABI,
    functionName: "swap",
    args: [pairs[pairKey].address, tokenIn.address, amountIn, (out * 80n) / 100n],
  };
};
const feeAction = (f: SeededFund, m: number, p: number, h: number): Action => ({
  target: f.fund.address,
  abi: FUND_ABI,
  functionName: "setFees",
  args: [m, p, h],
});
const arbAll = (keys: string[]) => async () => {
  for (const k of keys) await arbitrage(ctx, pairs[k], symbols);
};

s.at(day(3), "initial allocation proposal (DeFi)", async () => {
  const f = funds.defi;
  const usdc = ctx.tokens.USDC;
  const cash = await usdc.read.balanceOf([f.fund.address]);
  const actions: Action[] = [];
  for (const [sym, bps] of [
    ["WETH", 3_000n],
    ["UNI", 1_800n],
    ["AAVE", 1_800n],
    ["LINK", 1_800n],
  ] as const) {
    const amountIn = (cash * bps) / 10_000n;
    const out = await pairs[`USDC/${sym}`].read.getAmountOut([usdc.address, amountIn]);
    actions.push({
      target: f.fund.address,
      abi: FUND_ABI,
      functionName: "swap",
      args: [pairs[`USDC/${sym}`].address, usdc.address, amountIn, (out * 70n) / 100n],
    });
  }
  scheduleProposal(
    ctx,
    s,
    f,
    day(3) + 60n,
    actions,
    "# Initial allocation\n\nBuy WETH, UNI, AAVE and LINK with the first deposits.",
    "executed",
    arbAll(FUND_PAIRS.defi),
  );
});
s.at(day(20), "contribution awards proposal (Ether)", async () => {
  const f = funds.ether;
  const rewardsAbi = f.rewards.abi;
  const memos = [
    "Initiated the fund and wrote its guidelines",
    "Seed investment in the first week",
    "Cornerstone commitment of 500 WETH",
    "Quarterly risk review by Northwind Capital",
    "Momentum signal research",
    "Investment committee seat, year one",
    "Research threads that brought in investors",
    "Audit of the fund contracts",
  ];
  const actions: Action[] = memos.map((memo, category) => ({
    target: f.rewards.address,
    abi: rewardsAbi,
    functionName: "award",
    args: [
      ctx.contributors[category % ctx.contributors.length].account.address,
      parseUnits(String(20_000 + 5_000 * category), 18),
      category,
      Number(executedAt(day(20))),
      category % 2 === 0 ? 0 : Number(180n * DAY),
      memo,
    ],
  }));
  scheduleProposal(
    ctx,
    s,
    f,
    day(20) + 60n,
    actions,
    "# Contribution rewards, first year\n\nLabor vouchers for everyone who built the fund.",
    "executed",
  );
});
for (const d of [60, 150, 300])
  s.at(day(d) + 7n * HOUR, `contributors claim day ${d}`, async () => {
    const r = funds.ether.rewards;
    const n = Number(await r.read.awardCount());
    for (let id = 0; id < n; id++) {
      const a = await r.read.getAward([BigInt(id)]);
      if ((await r.read.vested([BigInt(id)])) > a.claimed) await r.write.claim([BigInt(id)]);
    }
  });
s.at(day(30), "rebalance proposal (Ether)", async () => {
  const f = funds.ether;
  scheduleProposal(
    ctx,
    s,
    f,
    day(30) + 60n,
    [await swapAction(f, "USDC/WETH", ctx.tokens.WETH, 2_000n)],
    "# Rebalance: hold 20 % in USDC\n\nSell a fifth of the WETH for USDC to fund redemptions.",
    "executed",
    arbAll(["USDC/WETH"]),
  );
});
s.at(day(180), "rebalance proposal (DeFi)", async () => {
  const f = funds.defi;
  scheduleProposal(
    ctx,
    s,
    f,
    day(180) + 60n,
    [await swapAction(f, "USDC/UNI", ctx.tokens.UNI, 3_000n)],
    "# Trim UNI after the crash\n\nSell 30 % of the UNI position for USDC.",
    "executed",
    arbAll(["USDC/UNI"]),
  );
});
s.at(day(120), "fee change proposal (Ether)", async () => {
  const f = funds.ether;
  scheduleProposal(
    ctx,
    s,
    f,
    day(120) + 60n,
    [feeAction(f, 80, 1_500, 0)],
    "# Lower the management fee to 0.8 %",
    "executed",
  );
});
s.at(day(100), "guideline proposal (Ventures)", async () => {
  const f = funds.ventures;
  scheduleProposal(
    ctx,
    s,
    f,
    day(100) + 60n,
    [
      {
        target: f.fund.address,
        abi: FUND_ABI,
        functionName: "setGuideline",
        args: [ctx.tokens.WETH.address, true, 2_000],
      },
    ],
    "# Cap WETH at 20 %\n\nThe venture fund keeps its liquid reserve mostly in USDC.",
    "executed",
  );
});
// Governance restates Primary Ventures' strategy once its WETH cap is lower than the creator's statement says.
s.at(day(110), "restate the strategy (Ventures)", async () => {
  const f = funds.ventures;
  const registry = ctx.strategies;
  scheduleProposal(
    ctx,
    s,
    f,
    day(110) + 60n,
    [
      {
        target: registry.address,
        abi: registry.abi as Abi,
        functionName: "state",
        args: [f.fund.address, VENTURES_RESTATED],
      },
    ],
    strategyDescription("Restate the strategy: WETH at most 20 %", "", VENTURES_RESTATED),
    "executed",
  );
});
// The proposals that end in each state today.
s.at(day(335), "proposals ending defeated/queued/succeeded/active", async () => {
  const f = funds.ether;
  const guideline = (bps: number): Action => ({
    target: f.fund.address,
    abi: FUND_ABI,
    functionName: "setGuideline",
    args: [ctx.tokens.USDC.address, true, bps],
  });
  scheduleProposal(
    ctx,
    s,
    f,
    day(335) + 60n,
    [feeAction(f, 100, 2_000, 0)],
    "# Raise the performance fee to 20 %",
    "defeated",
  );
  scheduleProposal(
    ctx,
    s,
    f,
    day(345) + 60n,
    [{ target: f.fund.address, abi: FUND_ABI, functionName: "setMaxLpBps", args: [2_500] }],
    "# Allow LP positions up to 25 %\n\nTo provide WETH/USDC liquidity with part of the reserve.",
    "queued",
  );
  scheduleProposal(ctx, s, f, day(352) + 60n, [guideline(5_000)], "# Allow up to 50 % in USDC", "succeeded");
  scheduleProposal(
    ctx,
    s,
    f,
    tEnd - 2n * DAY,
    [feeAction(f, 80, 1_500, 300)],
    "# Introduce a 3 % hurdle rate\n\nPerformance fees only above 3 % a year.",
    "active",
  );
});

// ─── yield: savings and staking vaults, the lending market ───
await scheduleYield(ctx, s, day, DAYS, funds);

// ─── VAM deals ───
const deals: SeededDeal[] = [];
s.at(day(10), "VAM deals", async () => {
  const f = funds.ventures;
  for (const plan of DEALS.filter((p) => p.startDay === 10)) deals.push(await createDeal(ctx, f, plan));
  scheduleReports(ctx, s, deals, t0, day(12), tEnd, rng);
  scheduleProposal(
    ctx,
    s,
    f,
    day(12),
    deals.map((d) => ({
      target: f.fund.address,
      abi: FUND_ABI,
      functionName: "approveVamDeal",
      args: [d.deal.address],
    })),
    "# Approve four primary-market deals\n\nNova, Helix, Orbit and Lumen, each with a TVL-linked second tranche.",
    "executed",
  );
});
const dealOf = (key: string) => deals.find((x) => x.plan.key === key)!;
/** Feeds every report so far into the deal's stored condition, so that exercising it stays one cheap call. */
async function feedAll(d: SeededDeal) {
  while ((await d.deal.read.nextRound()) <= (await d.oracle.read.roundCount())) await d.deal.write.advance([500n]);
}
const asProject = { account: ctx.projectTeam.account };
// Settlement moves no token: each side claims its own leg, the fund's by anyone through the fund.
s.at(day(30), "Lumen and Orbit claim their first tranche", async () => {
  for (const key of ["active", "exercisable"]) await dealOf(key).deal.write.claimProjectAssets(asProject);
});
s.at(day(72), "exercise Helix tranche 2", async () => {
  const d = dealOf("exercised");
  if (!(await d.deal.read.exercisable())) throw new Error("the Helix deal should be exercisable by day 72");
  await feedAll(d);
  await d.deal.write.exercise();
});
s.at(day(73), "Helix legs claimed", async () => {
  const d = dealOf("exercised");
  await funds.ventures.fund.write.claimVamDeal([d.deal.address]);
  await d.deal.write.claimProjectAssets(asProject);
});
s.at(day(145), "expire Nova deal", () => dealOf("expired").deal.write.expire());
s.at(day(146), "Nova legs claimed", async () => {
  const d = dealOf("expired");
  await funds.ventures.fund.write.claimVamDeal([d.deal.address]);
  await d.deal.write.claimProjectAssets(asProject);
  await d.deal.write.claimProjectTokens(asProject);
});
// An expired deal's tokens stay at full cost until governance marks them down: Nova missed its TVL target.
s.at(day(150), "Nova mark-down proposal (Ventures)", async () => {
  const f = funds.ventures;
  scheduleProposal(
    ctx,
    s,
    f,
    day(150) + 60n,
    // 0.05 USDC a whole NOVA: 0.05e6 USDC units per 1e18 NOVA units, × 1e18 (bought at 0.20).
    [
      {
        target: f.fund.address,
        abi: FUND_ABI,
        functionName: "impairPrimary",
        args: [dealOf("expired").token.address, 50_000n],
      },
    ],
    "# Mark NOVA down to 0.05 USDC a token\n\nNova's deal expired without reaching its TVL target and its token " +
      "has no market: count it at a quarter of what the fund paid.",
    "executed",
  );
});
s.at(day(200), "lapsing deal", async () => {
  const f = funds.ventures;
  const lapsing = await createDeal(ctx, f, DEALS.find((p) => p.key === "lapsed")!);
  deals.push(lapsing);
  scheduleProposal(
    ctx,
    s,
    f,
    day(200) + 60n,
    [{ target: f.fund.address, abi: FUND_ABI, functionName: "approveVamDeal", args: [lapsing.deal.address] }],
    "# Approve the Quasar Yield deal\n\n300 000 USDC now, 450 000 USDC more if Quasar's TVL holds above USD " +
      "50 M for 30 days.",
    "defeated",
  );
});
s.at(day(360), "pending deal", async () => {
  const f = funds.ventures;
  const pending = await createDeal(ctx, f, DEALS.find((p) => p.key === "pending")!);
  deals.push(pending);
  scheduleProposal(
    ctx,
    s,
    f,
    tEnd - 6n * HOUR,
    [{ target: f.fund.address, abi: FUND_ABI, functionName: "approveVamDeal", args: [pending.deal.address] }],
    "# Approve the Tidal Bridge deal\n\n300 000 USDC now, 450 000 USDC more if Tidal's TVL holds above USD 50 " +
      "M for 60 days.",
    "pending",
  );
});

// ─── KOL picks ───
schedulePicks(ctx, s, day, funds, dealOf);

// ─── markets for the fund's own tokens ───
s.at(day(200) + 8n * HOUR, "investor-token pool", async () => {
  const f = funds.stable;
  await deposit(ctx, f, ctx.deployer, parseUnits("2000000", 6));
  const shares = await f.fund.read.balanceOf([ctx.deployer.account.address]);
  const value = await f.fund.read.convertToAssets([shares]);
  await ctx.amm.write.createPair([f.fund.address, ctx.tokens.USDC.address]);
  const pool = await ctx.at("AmmPair", await ctx.amm.read.getPair([f.fund.address, ctx.tokens.USDC.address]));
  // trades at a 0.4 % premium
  await addLiquidity(ctx, pool, f.fund, ctx.tokens.USDC, shares, (value * 1_004n) / 1_000n);
});
// DeFi Blue Chips' share trades at a 15 % discount in its pool: governance (the fund's manager)
// sets a buyback limit and buys back 10 000 USDC of shares, which the fund burns.
s.at(day(220) + 8n * HOUR, "discounted investor-token pool", async () => {
  const f = funds.defi;
  await deposit(ctx, f, ctx.deployer, parseUnits("1000000", 6));
  const shares = await f.fund.read.balanceOf([ctx.deployer.account.address]);
  const value = await f.fund.read.convertToAssets([shares]);
  await ctx.amm.write.createPair([f.fund.address, ctx.tokens.USDC.address]);
  const pool = await ctx.at("AmmPair", await ctx.amm.read.getPair([f.fund.address, ctx.tokens.USDC.address]));
  await ctx.tokens.USDC.write.mint([ctx.deployer.account.address, (value * 85n) / 100n]);
  await addLiquidity(ctx, pool, f.fund, ctx.tokens.USDC, shares, (value * 85n) / 100n);
  scheduleProposal(
    ctx,
    s,
    f,
    day(221),
    [
      { target: f.fund.address, abi: FUND_ABI, functionName: "setBuybackLimit", args: [200] },
      { target: f.fund.address, abi: FUND_ABI, functionName: "buyback", args: [parseUnits("10000", 6), 0n] },
    ],
    "# Buy back investor tokens\n\nThe share trades about 15 % below its intrinsic value in its USDC pool. Allow " +
      "buybacks of up to 2 % of the supply per 30 days, and spend 10 000 USDC of the fund's cash on its own shares " +
      "there, to be burnt: every remaining share gains the discount.",
    "executed",
  );
});
// A pool cannot claim fee shares: governance excludes it from the fee distribution before it
// holds any manager token, so none of the fees is ever locked in it.
s.at(day(200) + 9n * HOUR, "manager-token pair", async () => {
  const f = funds.ether;
  await ctx.amm.write.createPair([f.managerToken.address, ctx.tokens.WETH.address]);
  const pair = await ctx.amm.read.getPair([f.managerToken.address, ctx.tokens.WETH.address]);
  scheduleProposal(
    ctx,
    s,
    f,
    day(200) + 10n * HOUR,
    [{ target: f.splitter.address, abi: f.splitter.abi as Abi, functionName: "setExcluded", args: [pair, true] }],
    "# Exclude the mETH/WETH pool from fee sharing\n\nA pool cannot claim: its part of the fees would be " +
      "locked for good. Excluded, its manager tokens earn nothing and the fees go to the holders who can claim.",
    "executed",
  );
});
s.at(day(210) + 8n * HOUR, "manager-token pool", async () => {
  const f = funds.ether;
  const pair = await ctx.amm.read.getPair([f.managerToken.address, ctx.tokens.WETH.address]);
  if (!(await f.splitter.read.isExcluded([pair])))
    throw new Error("the manager-token pool should be excluded from fees before it is funded");
  const [iv] = [await ctx.lens.read.intrinsicValues([f.fund.address])];
  const amount = parseUnits("50000", 18);
  // The market prices the fee stream at 1.5 times what has accrued so far.
  const weth = (iv.perManagerToken * amount * 3n) / (2n * 10n ** 18n);
  await ctx.tokens.WETH.write.mint([ctx.founder.account.address, weth]);
  const pool = await ctx.at("AmmPair", pair);
  await addLiquidity(ctx, pool, f.managerToken, ctx.tokens.WETH, amount, weth > 0n ? weth : 1n, ctx.founder);
});

// ─── manager-token revenue by buyback, through governance ───
scheduleRevenueBuyback(ctx, s, () => funds.ventures, day(280) + 8n * HOUR);

// ─── a distribution to investors, through governance ───
scheduleDistribution(ctx, s, () => funds.defi, FUND_ABI as Abi, tEnd - DISTRIBUTION_DAYS_BEFORE_END);

// ─── run, then bring the clock level with the wall clock ───
let lastLog = 0;
await s.run(ctx, tEnd, (done, total) => {
  if (Date.now() - lastLog > 5_000) {
    lastLog = Date.now();
    console.log(
      `  seeding… ${done}/${total} steps, chain time ${new Date(Number(ctx.now()) * 1000).toISOString().slice(0, 10)}`,
    );
  }
});
await ctx.setTime(BigInt(Math.floor(Date.now() / 1000)));
await pushPrices(DAYS)();
for (const d of deals) {
  if ((await d.deal.read.state()) !== 1) continue;
  await d.oracle.write.report([(await d.oracle.read.latestRoundData())[1]]);
  await feedAll(d);
}

for (const f of Object.values(funds)) {
  const iv = await ctx.lens.read.intrinsicValues([f.fund.address]);
  const dec = Number(await f.asset.read.decimals());
  console.log(
    `  ${f.def.name.padEnd(24)} NAV ${formatUnits(iv.nav, dec)} ${f.def.denom}, per share ` +
      `${formatUnits(iv.perShare, dec)}  ${f.fund.address}`,
  );
}
console.log(`Seeded ${DAYS} days in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
