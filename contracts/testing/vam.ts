// VAM deal fixtures: the world plus a project token and its TVL oracle, and deals on them,
// either with the world's Fund or with a plain wallet standing in as the fund (to test the
// deal alone).
import { parseUnits, type Address } from "viem";
import { deployWorld, type World } from "./world.js";

export const HOUR = 3_600n;
export const DAY = 86_400n;
export const State = { Pending: 0, Active: 1, Exercised: 2, Expired: 3 } as const;
export const WHOLE = 10n ** 18n;
export const TARGET = 5_000_000n * 10n ** 8n;
export const FUND_ASSETS = parseUnits("1000000", 6);
export const AMOUNTS = {
  n1: parseUnits("100000", 6),
  n2: parseUnits("250000", 6),
  p1: parseUnits("40000", 18),
  p2: parseUnits("60000", 18),
};

export async function vamWorld() {
  const w = await deployWorld();
  const reporter = w.carol;
  const token = await w.viem.deployContract("MockERC20", ["Project Token", "PRJ", 18]);
  const oracle = await w.viem.deployContract("TvlOracle", [8, "PRJ TVL", w.deployer.account.address, reporter.account.address]);
  await w.deposit(w.alice, FUND_ASSETS);
  // A wallet that stands in for the fund when a test needs the deal alone.
  const fundWallet = w.manager;
  await w.usdc.write.mint([fundWallet.account.address, FUND_ASSETS]);
  return { w, reporter, token, oracle, fundWallet };
}
export type VamEnv = Awaited<ReturnType<typeof vamWorld>>;

export type TermsIn = {
  fund: Address; project: Address; asset: Address; projectToken: Address;
  n1: bigint; p1: bigint; n2: bigint; p2: bigint;
  target: bigint; window: bigint; duration: bigint; maxGap: bigint; oracle: Address; startBy: bigint;
};

/** Default terms on the env's token and oracle: the world's Fund, a 30-day window, 30 days to start. */
export async function terms(env: VamEnv, over: Partial<TermsIn> = {}): Promise<TermsIn> {
  const { w, token, oracle } = env;
  return {
    fund: w.fund.address, project: w.project.account.address, asset: w.usdc.address, projectToken: token.address,
    ...AMOUNTS, target: TARGET, window: 30n * DAY, duration: 7n * DAY, maxGap: DAY, oracle: oracle.address,
    startBy: (await w.now()) + 30n * DAY,
    ...over,
  };
}

/** Deploys a deal and, unless told not to, has the project escrow p1 + p2 (minted to it). */
export async function deployDeal(env: VamEnv, t: TermsIn, escrow = true) {
  const { w } = env;
  const deal = await w.viem.deployContract("VamDeal", [t]);
  const project = await w.viem.getContractAt("MockERC20", t.projectToken);
  await project.write.mint([w.project.account.address, t.p1 + t.p2]);
  await project.write.approve([deal.address, t.p1 + t.p2], { account: w.project.account });
  if (escrow) await deal.write.escrowProject({ account: w.project.account });
  return deal;
}
export type Deal = Awaited<ReturnType<typeof deployDeal>>;

/** The fund wallet approves and starts the deal; returns the start time. */
export async function startAsWallet(env: VamEnv, deal: Deal) {
  const { fundWallet, w } = env;
  const asset = await w.viem.getContractAt("MockERC20", await deal.read.asset());
  await asset.write.approve([deal.address, await deal.read.fundCommitment()], { account: fundWallet.account });
  await deal.write.start({ account: fundWallet.account });
  return BigInt(await deal.read.startedAt());
}

/** The world's Fund approves (and so starts) the deal through its timelock; returns the start time. */
export async function approveByFund(w: World, deal: Deal) {
  await w.asTimelock((from) => w.fund.write.approveVamDeal([deal.address], from));
  return BigInt(await deal.read.startedAt());
}

/** The reporter reports `tvl` at time `t` (its own block). */
export async function reportAt(env: VamEnv, t: bigint, tvl: bigint) {
  await env.w.networkHelpers.time.setNextBlockTimestamp(t);
  await env.oracle.write.report([tvl], { account: env.reporter.account });
}

/** Reports above target at `start + k·step` for k = 1..count, then returns the last time. */
export async function qualify(env: VamEnv, start: bigint, count: number, step: bigint) {
  let t = start;
  for (let k = 0; k < count; k++) await reportAt(env, (t += step), TARGET * 2n);
  return t;
}

export async function balanceOf(w: World, token: Address, who: Address) {
  return (await w.viem.getContractAt("MockERC20", token)).read.balanceOf([who]);
}
