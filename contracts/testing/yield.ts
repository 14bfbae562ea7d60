// The yield positions' test world: the base world plus a rate guard, a USDC savings vault and a
// WETH staking vault (both seeded by outside depositors, first rates accepted), listed for the fund
// with a 1 % bound, and 1 M USDC of investors' money in the fund.
import { parseUnits, type Address } from "viem";
import { deployWorld, type World } from "./world.js";

export const BOUND_BPS = 100;
export const GUARD_DELAY = 3_600n;
export const usd = (n: number | string) => parseUnits(String(n), 6);
export const eth = (n: number | string) => parseUnits(String(n), 18);

export async function deployYieldWorld() {
  const w = await deployWorld();
  const op = w.deployer.account.address;
  const guard = await w.viem.deployContract("VaultRateGuard", [GUARD_DELAY]);
  const savings = await w.viem.deployContract("YieldVault", [w.usdc.address, "Savings USDC", "svUSDC", op]);
  const staking = await w.viem.deployContract("YieldVault", [w.weth.address, "Staked ETH", "stETH", op]);
  const outsider = w.wallets[8];
  await supply(w, outsider, savings.address, w.usdc.address, usd(1_000_000));
  await supply(w, outsider, staking.address, w.weth.address, eth(300));
  for (const v of [savings, staking]) await guard.write.poke([v.address]);
  for (const v of [savings, staking]) {
    await w.asTimelock((from) => w.fund.write.setVault([v.address, guard.address, BOUND_BPS, true], from));
  }
  await w.deposit(w.alice, usd(1_000_000));

  /** Pays `bps` of a vault's assets in as rewards (its rate grows by about that). */
  async function reward(vault: Address, token: Address, bps: bigint) {
    const v = await w.viem.getContractAt("YieldVault", vault);
    const t = await w.viem.getContractAt("MockERC20", token);
    const amount = ((await v.read.totalAssets()) * bps) / 10_000n;
    await t.write.mint([op, amount]);
    await t.write.approve([vault, amount]);
    await v.write.reward([amount]);
  }

  /** Pokes twice, `GUARD_DELAY` apart (feeds kept fresh), so that the guard accepts the vault's rate now. */
  async function accept(vault: Address) {
    await guard.write.poke([vault]);
    await w.skipFresh(GUARD_DELAY);
    await guard.write.poke([vault]);
  }

  return { ...w, guard, savings, staking, outsider, reward, accept };
}

/** Mints `amount` of `token` to `who` and deposits it into `vault`. */
export async function supply(w: World, who: World["alice"], vault: Address, token: Address, amount: bigint) {
  const t = await w.viem.getContractAt("MockERC20", token);
  await t.write.mint([who.account.address, amount]);
  await t.write.approve([vault, amount], { account: who.account });
  const v = await w.viem.getContractAt("YieldVault", vault);
  await v.write.deposit([amount, who.account.address], { account: who.account });
}

export type YieldWorld = Awaited<ReturnType<typeof deployYieldWorld>>;
