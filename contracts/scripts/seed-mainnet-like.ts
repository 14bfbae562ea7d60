// Seeds the second local chain (31338) with a smaller world whose year looks like mainnet's
// history: about 2.6M blocks, 12 s apart. Between seeded steps the clock moves by mining empty
// blocks at that interval (`hardhat_mine` with a count and an interval, see seed/context.ts),
// not by one jump. Three funds named apart from the first chain's ("Local Two …"): a USDC fund,
// a WETH fund under governance and a multi-asset fund traded by its algorithm; daily prices of
// every feed with the phase change, deposits and redemptions, weekly fee accruals and monthly
// claims. No VAM deals, no proposals beyond the one that lets the algorithm trade.
//   npx hardhat run contracts/scripts/seed-mainnet-like.ts --network localhost2   (after deploy.ts)
// Deterministic: a fixed PRNG seed; only the dates follow the wall clock.
import { formatUnits, getAddress, type Address } from "viem";
import { createContext, DAY } from "./seed/context.ts";
import { prng } from "../shared/prng.ts";
import { PHASE_CHANGE_DAY, PRICE_MODELS, pricePath } from "./seed/prices.ts";
import { pricePusher } from "./seed/feeds.ts";
import { createSchedule } from "./seed/schedule.ts";
import { createPool } from "./seed/amm.ts";
import { Mechanism, createFund, type FundDef, type SeededFund } from "./seed/funds.ts";
import { scheduleProposal } from "./seed/governance.ts";
import { approveAll, randomDeposit, randomRedeem, rebalance } from "./seed/activity.ts";
import { STRATEGY_TWO } from "./seed/strategies.ts";

const BLOCK_INTERVAL = 12n;
const FUNDS: FundDef[] = [
  {
    key: "stable",
    name: "Local Two Stable",
    symbol: "l2STABLE",
    denom: "USDC",
    mechanism: Mechanism.Institution,
    manager: "institution",
    assets: [["WETH", 2_000]],
    maxLpBps: 0,
    fees: [50, 1_000, 400],
    rewardsCap: "none",
    strategy: STRATEGY_TWO.stable,
  },
  {
    key: "ether",
    name: "Local Two Ether",
    symbol: "l2ETH",
    denom: "WETH",
    mechanism: Mechanism.Governance,
    manager: "timelock",
    assets: [["USDC", 4_000]],
    maxLpBps: 0,
    fees: [100, 1_500, 0],
    rewardsCap: "1000000",
    strategy: STRATEGY_TWO.ether,
  },
  {
    key: "multi",
    name: "Local Two Multi-Asset",
    symbol: "l2MULTI",
    denom: "USDC",
    mechanism: Mechanism.Algorithm,
    manager: "algorithm",
    assets: [
      ["WETH", 6_000],
      ["WBTC", 6_000],
    ],
    maxLpBps: 0,
    fees: [100, 2_000, 0],
    entryExit: [30, 30],
    rewardsCap: "none",
    strategy: STRATEGY_TWO.multi,
  },
];

const started = Date.now();
const ctx = await createContext({ blockInterval: BLOCK_INTERVAL });
const rng = prng(20261204n);
const s = createSchedule();
const DAYS = 365;
const HOUR = 3_600n;
const tEnd = BigInt(Math.floor(Date.now() / 1000));
const t0 = tEnd - BigInt(DAYS) * DAY - 12n * HOUR;
if ((await ctx.publicClient.getBlock()).timestamp >= t0) {
  throw new Error("The chain's clock is already past the start of the history to seed: restart the chain.");
}
const day = (d: number) => t0 + BigInt(d) * DAY;

const paths = Object.fromEntries(Object.entries(PRICE_MODELS).map(([k, m]) => [k, pricePath(m, DAYS, rng)]));
const pushPrices = pricePusher(ctx, paths, PHASE_CHANGE_DAY);
s.at(day(0), "prices day 0", pushPrices(0));

const symbols: Record<Address, string> = Object.fromEntries(
  Object.entries(ctx.tokens).map(([sym, t]) => [getAddress(t.address), sym]),
);
const usdWorth = async (symbol: string, usd: bigint) =>
  (usd * 10n ** BigInt(await ctx.tokens[symbol].read.decimals()) * 10n ** 8n) / paths[symbol][0];
const pairs: Record<string, any> = {};
const funds: Record<string, SeededFund> = {};
const FUND_ABI = await ctx.abi("Fund");
s.at(day(0) + 60n, "pools and funds", async () => {
  for (const b of ["WETH", "WBTC"]) {
    const depth = 200_000_000n; // USD per side
    pairs[b] = await createPool(
      ctx,
      ctx.tokens.USDC,
      ctx.tokens[b],
      await usdWorth("USDC", depth),
      await usdWorth(b, depth),
    );
  }
  await approveAll(ctx, Object.values(pairs));
  for (const def of FUNDS) funds[def.key] = await createFund(ctx, def);
  const multi = funds.multi;
  scheduleProposal(
    ctx,
    s,
    multi,
    day(0) + 2n * HOUR,
    Object.values(pairs).map((p) => ({
      target: multi.fund.address,
      abi: FUND_ABI,
      functionName: "addPair",
      args: [p.address],
    })),
    "# Approve trading pairs\n\nLets the algorithm trade through USDC/WETH and USDC/WBTC.",
    "executed",
  );
});

for (let d = 1; d <= DAYS; d++) {
  s.at(day(d), `prices day ${d}`, pushPrices(d));
  s.at(day(d) + 2n * HOUR, `investors day ${d}`, async () => {
    for (const f of Object.values(funds)) {
      if (d <= 5) await randomDeposit(ctx, f, rng, 3n);
      else if (rng.chance(25)) await randomDeposit(ctx, f, rng);
      if (d > 8 && rng.chance(8)) await randomRedeem(ctx, f, rng);
    }
  });
  if (d % 7 === 0)
    s.at(day(d) + 3n * HOUR, `accrue fees day ${d}`, async () => {
      for (const f of Object.values(funds)) await f.fund.write.accrueFees();
    });
  if (d % 30 === 15)
    s.at(day(d) + 4n * HOUR, `fee claims day ${d}`, async () => {
      for (const f of Object.values(funds)) await f.splitter.write.claim({ account: ctx.founder.account });
    });
  if (d >= 9 && (d - 9) % 7 === 0)
    s.at(day(d) + 6n * HOUR, `algorithm rebalance day ${d}`, async () => {
      // Momentum: hold what rose over the last 30 days, keep cash for what fell.
      const weight = (sym: string) => (paths[sym][d] > paths[sym][Math.max(0, d - 30)] ? 4_500n : 1_000n);
      await rebalance(ctx, funds.multi, { WETH: weight("WETH"), WBTC: weight("WBTC") }, pairs, symbols);
    });
}

let lastLog = 0;
await s.run(ctx, tEnd, (done, total) => {
  if (Date.now() - lastLog > 5_000) {
    lastLog = Date.now();
    const date = new Date(Number(ctx.now()) * 1000).toISOString().slice(0, 10);
    console.log(`  seeding… ${done}/${total} steps, chain time ${date}`);
  }
});
await ctx.setTime(BigInt(Math.floor(Date.now() / 1000)));
await pushPrices(DAYS)();

for (const f of Object.values(funds)) {
  const iv = await ctx.lens.read.intrinsicValues([f.fund.address]);
  const dec = Number(await f.asset.read.decimals());
  console.log(
    `  ${f.def.name.padEnd(24)} NAV ${formatUnits(iv.nav, dec)} ${f.def.denom}, per share ` +
      `${formatUnits(iv.perShare, dec)}  ${f.fund.address}`,
  );
}
const head = await ctx.publicClient.getBlockNumber();
console.log(`Seeded ${DAYS} days over ${head} blocks in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
