// Pools for the funds' swaps and LP positions, kept at the feeds' prices by arbitrage.
import { getAddress, type Address } from "viem";
import type { Ctx } from "./context.ts";
import { isqrt } from "../../shared/isqrt.ts";

export async function createPool(ctx: Ctx, a: any, b: any, amountA: bigint, amountB: bigint) {
  await ctx.amm.write.createPair([a.address, b.address]);
  const pair = await ctx.at("AmmPair", await ctx.amm.read.getPair([a.address, b.address]));
  await addLiquidity(ctx, pair, a, b, amountA, amountB);
  return pair;
}

export async function addLiquidity(
  ctx: Ctx,
  pair: any,
  a: any,
  b: any,
  amountA: bigint,
  amountB: bigint,
  from = ctx.deployer,
) {
  for (const [t, amt] of [
    [a, amountA],
    [b, amountB],
  ] as const) {
    if (from === ctx.deployer && (await isMintable(ctx, t))) await t.write.mint([from.account.address, amt]);
    await t.write.approve([pair.address, amt], { account: from.account });
  }
  const aIs0 = getAddress(await pair.read.token0()) === getAddress(a.address);
  await pair.write.addLiquidity(
    aIs0 ? [amountA, amountB, 0n, from.account.address] : [amountB, amountA, 0n, from.account.address],
    {
      account: from.account,
    },
  );
}

async function isMintable(ctx: Ctx, token: any) {
  return Object.values(ctx.tokens).some((t: any) => t.address === token.address);
}

/** Swaps against `pair` until its price matches the feeds' (up to the fee), as an arbitrageur would. */
export async function arbitrage(ctx: Ctx, pair: any, symbols: Record<Address, string>) {
  const [t0, t1] = [getAddress(await pair.read.token0()), getAddress(await pair.read.token1())];
  const [r0, r1]: [bigint, bigint] = await pair.read.getReserves();
  const price = async (s: string) => (await ctx.feeds[s].read.latestRoundData())[1] as bigint;
  const [s0, s1] = [symbols[t0], symbols[t1]];
  const [p0, p1] = [await price(s0), await price(s1)];
  const [d0, d1] = [BigInt(await ctx.tokens[s0].read.decimals()), BigInt(await ctx.tokens[s1].read.decimals())];
  // Fair reserves: r0' · p0 / 10^d0 = r1' · p1 / 10^d1 with r0' · r1' = r0 · r1.
  const target0 = isqrt((r0 * r1 * p1 * 10n ** d0) / (p0 * 10n ** d1));
  const [tokenIn, amountIn] =
    target0 > r0 ? [s0, ((target0 - r0) * 1000n) / 997n] : [s1, (((r0 * r1) / target0 - r1) * 1000n) / 997n];
  if (amountIn <= 0n) return;
  // The deployer holds a large float of every token and has approved every pair (approveAll).
  await pair.write.swap([ctx.tokens[tokenIn].address, amountIn, 0n, ctx.deployer.account.address]);
}
