// Helpers for the attack tests: pools and deals set up as an attacker or a project would, and
// revert matching on decoded custom errors.
import assert from "node:assert/strict";
import { getAddress, type Address } from "viem";
import type { World } from "./world.js";

/** Rejects unless `p` reverts with the custom error `name` (and, if given, exactly `args`). */
export async function revertsWith(p: Promise<unknown>, name: string, args?: readonly unknown[]) {
  await assert.rejects(p, (e: any) => {
    const data = e?.cause?.data ?? e?.data;
    assert.equal(data?.errorName, name, String(e?.shortMessage ?? e));
    if (args) {
      const norm = (v: unknown) => (typeof v === "string" && v.startsWith("0x") && v.length === 42 ? getAddress(v) : v);
      assert.deepEqual(data.args.map(norm), args.map(norm));
    }
    return true;
  });
}

/** Creates the pair of `tokenA`/`tokenB` in the project's AMM, seeds it and approves it for the fund. */
export async function addPool(w: World, tokenA: Address, tokenB: Address, amountA: bigint, amountB: bigint) {
  await w.amm.write.createPair([tokenA, tokenB]);
  const pair = await w.viem.getContractAt("AmmPair", await w.amm.read.getPair([tokenA, tokenB]));
  await seed(w, pair.address, tokenA, tokenB, amountA, amountB);
  await w.asTimelock((from) => w.fund.write.addPair([pair.address], from));
  return pair;
}

/** Adds liquidity to `pair` from the deployer (tokens minted for it). */
export async function seed(w: World, pair: Address, tokenA: Address, tokenB: Address, amountA: bigint, amountB: bigint) {
  const p = await w.viem.getContractAt("AmmPair", pair);
  for (const [token, amount] of [[tokenA, amountA], [tokenB, amountB]] as const) {
    const t = await w.viem.getContractAt("MockERC20", token);
    await t.write.mint([w.deployer.account.address, amount]);
    await t.write.approve([pair, amount]);
  }
  const aIs0 = getAddress(await p.read.token0()) === getAddress(tokenA);
  await p.write.addLiquidity([aIs0 ? amountA : amountB, aIs0 ? amountB : amountA, 0n, w.deployer.account.address]);
}

/**
 * Swaps in `pair` from `who`'s own (freshly minted) tokens, as an attacker moving the pool;
 * returns the amount out.
 */
export async function pushPool(w: World, who: World["alice"], pair: Address, tokenIn: Address, amountIn: bigint) {
  const t = await w.viem.getContractAt("MockERC20", tokenIn);
  const p = await w.viem.getContractAt("AmmPair", pair);
  await t.write.mint([who.account.address, amountIn]);
  return swapOwn(w, who, p.address, tokenIn, amountIn);
}

/** Swaps `amountIn` of `tokenIn` that `who` already holds; returns the amount out. */
export async function swapOwn(w: World, who: World["alice"], pair: Address, tokenIn: Address, amountIn: bigint) {
  const t = await w.viem.getContractAt("MockERC20", tokenIn);
  const p = await w.viem.getContractAt("AmmPair", pair);
  await t.write.approve([pair, amountIn], { account: who.account });
  const out = await p.read.getAmountOut([tokenIn, amountIn]);
  await p.write.swap([tokenIn, amountIn, 0n, who.account.address], { account: who.account });
  return out;
}

export interface DealTerms {
  n1: bigint;
  p1: bigint;
  n2: bigint;
  p2: bigint;
}

/**
 * A test-only VAM deal (MockVamDeal) in the project token `token`, funded by the project and
 * started by the fund's governance through `approveVamDeal`.
 */
export async function startDeal(w: World, token: Address, t: DealTerms) {
  const deal = await w.viem.deployContract("MockVamDeal", [
    w.fund.address, w.usdc.address, token, w.project.account.address, t.n1, t.p1, t.n2, t.p2,
  ]);
  const prj = await w.viem.getContractAt("MockERC20", token);
  await prj.write.mint([w.project.account.address, t.p1 + t.p2]);
  await prj.write.approve([deal.address, t.p1 + t.p2], { account: w.project.account });
  await w.asTimelock((from) => w.fund.write.approveVamDeal([deal.address], from));
  return deal;
}

/** Holders' USDC, WETH and WBTC balances. */
export async function tokenBalances(w: World, who: Address) {
  return Promise.all([w.usdc.read.balanceOf([who]), w.weth.read.balanceOf([who]), w.wbtc.read.balanceOf([who])]);
}
