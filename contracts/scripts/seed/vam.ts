// Primary-market deals of the venture fund, one in each state the product shows (pending,
// lapsed, active, exercisable, exercised, expired), each with its project's TVL oracle.
import { parseUnits } from "viem";
import { DAY, type Ctx } from "./context.ts";
import type { SeededFund } from "./funds.ts";
import type { Schedule } from "./schedule.ts";
import type { Prng as Rng } from "../../shared/prng.ts";

const TARGET = parseUnits("50000000", 8); // USD 50 M, 8 decimals like the price feeds
const MAX_GAP = 3n * DAY;
const REPORT_EVERY = 2n * DAY;

export interface DealPlan {
  key: string;
  project: [name: string, symbol: string];
  /** Whether TVL reports on day `d` (days since the seed's start) are at or above target. */
  above: (d: number) => boolean;
  window: bigint;
  duration: bigint;
  startDay: number; // when the project escrows (the fund's approval, once executed, starts the deal)
  /** How long after the project escrows the deal may still start. */
  startWithin: bigint;
}

export const DEALS: DealPlan[] = [
  {
    key: "expired",
    project: ["Nova Protocol", "NOVA"],
    above: () => false,
    window: 120n * DAY,
    duration: 30n * DAY,
    startDay: 10,
    startWithin: 30n * DAY,
  },
  {
    key: "exercised",
    project: ["Helix Finance", "HLX"],
    above: (d) => d >= 40 && d <= 80,
    window: 200n * DAY,
    duration: 30n * DAY,
    startDay: 10,
    startWithin: 30n * DAY,
  },
  {
    key: "exercisable",
    project: ["Orbit Lending", "ORB"],
    above: (d) => d >= 334,
    window: 400n * DAY,
    duration: 31n * DAY,
    startDay: 10,
    startWithin: 30n * DAY,
  },
  {
    key: "active",
    project: ["Lumen DEX", "LUM"],
    above: (d) => d >= 250 && d <= 262,
    window: 420n * DAY,
    duration: 45n * DAY,
    startDay: 10,
    startWithin: 30n * DAY,
  },
  // Its approval was voted down; the project never took its escrow back.
  {
    key: "lapsed",
    project: ["Quasar Yield", "QSR"],
    above: () => false,
    window: 180n * DAY,
    duration: 30n * DAY,
    startDay: 200,
    startWithin: 14n * DAY,
  },
  {
    key: "pending",
    project: ["Tidal Bridge", "TDL"],
    above: () => false,
    window: 365n * DAY,
    duration: 60n * DAY,
    startDay: 360,
    startWithin: 30n * DAY,
  },
];

export async function createDeal(ctx: Ctx, fund: SeededFund, plan: DealPlan) {
  const token = await ctx.viem.deployContract("MockERC20", [plan.project[0], plan.project[1], 18]);
  const oracle = await ctx.viem.deployContract("TvlOracle", [
    8,
    `${plan.project[0]} TVL (USD)`,
    fund.timelock,
    ctx.deployer.account.address,
  ]);
  const usdc = (n: string) => parseUnits(n, 6);
  const terms = {
    fund: fund.fund.address,
    project: ctx.projectTeam.account.address,
    asset: fund.asset.address,
    projectToken: token.address,
    n1: usdc("300000"),
    p1: parseUnits("1500000", 18),
    n2: usdc("450000"),
    p2: parseUnits("1500000", 18),
    target: TARGET,
    window: plan.window,
    duration: plan.duration,
    maxGap: MAX_GAP,
    oracle: oracle.address,
    startBy: ctx.now() + plan.startWithin,
  };
  const deal = await ctx.viem.deployContract("VamDeal", [terms], { client: { wallet: ctx.projectTeam } });
  const escrow = terms.p1 + terms.p2;
  await token.write.mint([ctx.projectTeam.account.address, escrow]);
  await token.write.approve([deal.address, escrow], { account: ctx.projectTeam.account });
  await deal.write.escrowProject({ account: ctx.projectTeam.account });
  return { plan, token, oracle, deal };
}
export type SeededDeal = Awaited<ReturnType<typeof createDeal>>;

/** Every other day from `from`, each oracle reports a TVL around the target as its plan says. */
export function scheduleReports(
  _ctx: Ctx,
  s: Schedule,
  deals: SeededDeal[],
  t0: bigint,
  from: bigint,
  tEnd: bigint,
  rng: Rng,
) {
  for (let t = from; t <= tEnd; t += REPORT_EVERY) {
    const day = Number((t - t0) / DAY);
    s.at(t + 600n, `TVL reports day ${day}`, async () => {
      for (const d of deals) {
        const base = d.plan.above(day) ? TARGET + TARGET / 10n : TARGET - TARGET / 4n;
        const wiggle = (TARGET * rng.between(0n, 80n)) / 1000n; // up to 8 % above the base
        await d.oracle.write.report([base + wiggle]);
      }
    });
  }
}
