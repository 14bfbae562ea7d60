// Turns the world's fund into a multi-asset portfolio: several investors, a WBTC/USDC pool
// approved for the fund, and manager swaps from USDC into WETH and WBTC.
import { getAddress, parseUnits, type Address } from "viem";
import type { World } from "./world.js";

/** Creates and seeds a WBTC/USDC pool at 60,000 USDC per WBTC and approves it for the fund. */
export async function addWbtcPool(w: World): Promise<Address> {
  await w.amm.write.createPair([w.wbtc.address, w.usdc.address]);
  const pair = await w.amm.read.getPair([w.wbtc.address, w.usdc.address]);
  const p = await w.viem.getContractAt("AmmPair", pair);
  const [amountWbtc, amountUsdc] = [parseUnits("100", 8), parseUnits("6000000", 6)];
  const me = w.deployer.account.address;
  await w.wbtc.write.mint([me, amountWbtc]);
  await w.usdc.write.mint([me, amountUsdc]);
  await w.wbtc.write.approve([pair, amountWbtc]);
  await w.usdc.write.approve([pair, amountUsdc]);
  const wbtcIs0 = getAddress(await p.read.token0()) === getAddress(w.wbtc.address);
  await p.write.addLiquidity(wbtcIs0 ? [amountWbtc, amountUsdc, 0n, me] : [amountUsdc, amountWbtc, 0n, me]);
  await w.asTimelock((from) => w.fund.write.addPair([pair], from));
  return pair;
}

/** Manager swap of `amountIn` USDC into the other token of `pair`. */
export async function buyWithUsdc(w: World, pair: Address, amountIn: bigint) {
  await w.fund.write.swap([pair, w.usdc.address, amountIn, 0n], { account: w.manager.account });
}

/** Deposits from alice, bob and carol, then about 40 % of the fund in WETH and 23 % in WBTC. */
export async function setupPortfolio(w: World) {
  await w.deposit(w.alice, parseUnits("100000", 6));
  await w.deposit(w.bob, parseUnits("50000", 6));
  await w.deposit(w.carol, parseUnits("25000", 6));
  const wbtcUsdc = await addWbtcPool(w);
  await buyWithUsdc(w, w.wethUsdc.address, parseUnits("70000", 6));
  await buyWithUsdc(w, wbtcUsdc, parseUnits("40000", 6));
  return { wbtcUsdc };
}

/** Pushes a new USD price (8 decimals) to a feed. */
export async function setPrice(feed: World["wethFeed"], usd8: bigint) {
  await feed.write.pushAnswer([usd8]);
}
