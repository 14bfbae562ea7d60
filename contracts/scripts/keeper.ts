// Keeps the local world alive while it runs:
// - pushes a price round to every feed's current aggregator (behind its proxy) before it goes
//   stale (hourly, a small random walk), then arbitrages every pool of two priced tokens back to
//   the feeds, as a market would (funds may trade only close to the feeds' prices);
// - reports each active VAM deal's project TVL every two hours, continuing its trend;
// - feeds each active deal's new reports into its stored condition (bounded steps), exercises
//   tranche 2 of any deal whose condition has held for a grace period (the automatic American
//   option; the grace leaves a freshly exercisable deal to be exercised by hand first), and
//   expires deals whose window has closed;
// - claims the fund's leg of every settled deal for it (`Fund.claimVamDeal`, open to anyone);
// - pokes the vault rate guard for the world's vaults with each price round, so that a vault's
//   rate (the lending market's grows every second) stays accepted and its 7 and 30 day rates read on;
// - mines a block when nothing else happened, so that time-based views (fee previews,
//   staleness) move with the wall clock.
//   npx hardhat run contracts/scripts/keeper.ts --network localhost
import { getAddress, type Address } from "viem";
import { createContext } from "./seed/context.ts";
import { arbitrage } from "./seed/amm.ts";
import { prng } from "../shared/prng.ts";

const INTERVAL_MS = Number(process.env.EVERGREEN_KEEPER_INTERVAL_MS ?? 15_000);
const PRICE_EVERY = 3_600n;
const TVL_EVERY = 7_200n;
const GRACE = BigInt(process.env.EVERGREEN_KEEPER_GRACE_S ?? 86_400);
const State = { Active: 1, Exercised: 2, Expired: 3 } as const;
/** Reports fed per `advance` call: far inside a block's gas. */
const ADVANCE_STEP = 500n;

const ctx = await createContext();
const rng = prng(BigInt(process.env.EVERGREEN_KEEPER_SEED ?? 7));
const keeper = ctx.deployer.account.address;

/** Every deal a fund still lists (it drops a deal once it claimed its leg), with that fund. */
async function deals() {
  const out = [];
  for (const set of await ctx.factory.read.allFunds()) {
    const fund = await ctx.at("Fund", set.fund);
    const [, , , dealAddresses] = await fund.read.registry();
    for (const a of dealAddresses) out.push({ fund, deal: await ctx.at("VamDeal", a) });
  }
  return out;
}

/** A step of a random walk: `value` moved by up to ±`bps` basis points. */
function walk(value: bigint, bps: bigint) {
  const move = rng.between(0n, 2n * bps) - bps;
  const next = (value * (10_000n + move)) / 10_000n;
  return next > 0n ? next : value;
}

const symbols: Record<Address, string> = Object.fromEntries(
  Object.entries(ctx.tokens).map(([symbol, t]) => [getAddress((t as { address: Address }).address), symbol]),
);

/** Pools of two tokens that both have feeds, brought back to the feeds' prices. */
async function arbitrageAll() {
  for (const address of await ctx.amm.read.allPairs()) {
    const pair = await ctx.at("AmmPair", address);
    const [t0, t1] = [getAddress(await pair.read.token0()), getAddress(await pair.read.token1())];
    if (!symbols[t0] || !symbols[t1]) continue;
    for (const t of [t0, t1]) {
      const token = ctx.tokens[symbols[t]];
      if ((await token.read.allowance([keeper, address])) < 10n ** 30n)
        await token.write.approve([address, 2n ** 255n]);
    }
    await arbitrage(ctx, pair, symbols);
  }
}

/** Pokes the rate guard for every vault the deployment records (none on a chain without them). */
async function pokeVaults() {
  const contracts = ctx.deployment.contracts as Record<string, { address: Address; artifact: string }>;
  const guard = contracts.VaultRateGuard;
  if (!guard) return;
  const g = await ctx.at("VaultRateGuard", guard.address);
  for (const c of Object.values(contracts)) {
    if (c.artifact !== "YieldVault" && c.artifact !== "LendingMarket") continue;
    try {
      await g.write.poke([c.address]);
    } catch (e) {
      console.error(`keeper: cannot poke the rate of ${c.address}: ${(e as Error).message.split("\n")[0]}`);
    }
  }
}

async function tick() {
  const now = (await ctx.publicClient.getBlock()).timestamp;
  let sent = 0;
  for (const [symbol, feed] of Object.entries(ctx.feeds)) {
    const [, answer, , updatedAt] = await feed.read.latestRoundData();
    if (now - updatedAt < PRICE_EVERY) continue;
    const stable = symbol === "USDC" || symbol === "DAI";
    await (await ctx.aggregatorOf(symbol)).write.pushAnswer([walk(answer, stable ? 2n : 40n)]);
    sent++;
  }
  if (sent > 0) {
    await arbitrageAll();
    await pokeVaults();
  }
  for (const { fund, deal } of await deals()) {
    const state = await deal.read.state();
    if (state === State.Exercised || state === State.Expired) {
      // A leg in a paused token waits for it; the other deals go on.
      try {
        await fund.write.claimVamDeal([deal.address]);
        console.log(`claimed the fund's leg of VAM deal ${deal.address}`);
        sent++;
      } catch (e) {
        console.error(
          `keeper: the fund's leg of ${deal.address} cannot be claimed yet: ${(e as Error).message.split("\n")[0]}`,
        );
      }
      continue;
    }
    if (state !== State.Active) continue;
    const end = await deal.read.windowEnd();
    if (now > end) {
      await deal.write.expire();
      console.log(`expired VAM deal ${deal.address}`);
      sent++;
      continue;
    }
    const oracle = await ctx.at("TvlOracle", await deal.read.oracle());
    if (getAddress(await oracle.read.reporter()) === getAddress(keeper) && (await oracle.read.roundCount()) > 0n) {
      const [, tvl, , updatedAt] = await oracle.read.latestRoundData();
      if (now - updatedAt >= TVL_EVERY) {
        await oracle.write.report([walk(tvl, 150n)]);
        sent++;
      }
    }
    // Keep the stored condition level with the reports, so that exercising stays cheap.
    if (
      (await deal.read.nextRound()) <= (await oracle.read.roundCount()) &&
      (await ctx.publicClient.getBlock()).timestamp <= end
    ) {
      await deal.write.advance([ADVANCE_STEP]);
      sent++;
    }
    if (await deal.read.exercisable()) {
      const scan = await deal.read.scan();
      if (now >= scan.longestStart + (await deal.read.duration()) + GRACE) {
        await deal.write.exercise();
        console.log(`exercised tranche 2 of VAM deal ${deal.address}`);
        sent++;
      }
    }
  }
  if (sent === 0) await ctx.networkHelpers.mine();
}

console.log(`Keeper running every ${INTERVAL_MS / 1000} s as ${keeper}.`);
for (;;) {
  try {
    await tick();
  } catch (e) {
    // A failed round (e.g. the node restarting) is retried at the next tick.
    console.error(`keeper: ${(e as Error).message.split("\n")[0]}`);
  }
  await new Promise((r) => setTimeout(r, INTERVAL_MS));
}
