// Pools for buyback tests: the fund's share against its asset, and the manager token against the
// fund's share, seeded by a holder at a chosen price.
import { getAddress, type Address } from "viem";
import type { World } from "./world.js";

type Wallet = World["alice"];
const ONE_SHARE = 10n ** 12n; // the test fund's shares have 12 decimals (USDC's 6 + the offset)

/** NAV per whole share, as the fund's event and the lens compute it (no preview accrual). */
export async function navPerShare(w: World) {
  return ((await w.fund.read.totalAssets()) * ONE_SHARE) / (await w.fund.read.totalSupply());
}

/** Creates the (share, USDC) pair and has `lp` seed it with `shares` at `priceBps` of the NAV per
 * share (the USDC it needs is minted to it); returns the pair. */
export async function addSharePool(w: World, lp: Wallet, shares: bigint, priceBps: bigint) {
  await w.amm.write.createPair([w.fund.address, w.usdc.address]);
  const pool = await w.viem.getContractAt("AmmPair", await w.amm.read.getPair([w.fund.address, w.usdc.address]));
  const cash = (shares * (await navPerShare(w)) * priceBps) / 10_000n / ONE_SHARE;
  await w.usdc.write.mint([lp.account.address, cash]);
  await w.usdc.write.approve([pool.address, cash], { account: lp.account });
  await w.fund.write.approve([pool.address, shares], { account: lp.account });
  const shareIs0 = getAddress(await pool.read.token0()) === getAddress(w.fund.address);
  await pool.write.addLiquidity([shareIs0 ? shares : cash, shareIs0 ? cash : shares, 0n, lp.account.address], {
    account: lp.account,
  });
  return pool;
}

/** The pool's (cash, shares) reserves. */
export async function poolReserves(w: World, pool: Address) {
  const p = await w.viem.getContractAt("AmmPair", pool);
  const [r0, r1] = await p.read.getReserves();
  return getAddress(await p.read.token0()) === getAddress(w.usdc.address) ? { cash: r0, shares: r1 } : { cash: r1, shares: r0 };
}

/** Swaps `amount` of `tokenIn` (the fund's share or USDC) in `pool` as `who`; `mint` first mints
 * the USDC to it. */
export async function trade(w: World, who: Wallet, pool: Address, tokenIn: Address, amount: bigint, mint = false) {
  if (mint) await w.usdc.write.mint([who.account.address, amount]);
  const t = await w.viem.getContractAt("MockERC20", tokenIn);
  await t.write.approve([pool, amount], { account: who.account });
  const p = await w.viem.getContractAt("AmmPair", pool);
  await p.write.swap([tokenIn, amount, 0n, who.account.address], { account: who.account });
}
