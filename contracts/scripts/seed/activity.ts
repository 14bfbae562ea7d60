// Investors' deposits and redemptions, managers' trades, fee accruals and claims.
import { maxUint256, parseUnits, type Address } from "viem";
import type { Ctx } from "./context.ts";
import type { SeededFund } from "./funds.ts";
import type { Prng as Rng } from "../../shared/prng.ts";
import { arbitrage } from "./amm.ts";

const TICKET: Record<string, [string, string]> = { USDC: ["5000", "250000"], WETH: ["2", "80"], WBTC: ["0.1", "4"] };

export async function deposit(_ctx: Ctx, f: SeededFund, who: any, amount: bigint) {
  await f.asset.write.mint([who.account.address, amount]);
  await f.asset.write.approve([f.fund.address, amount], { account: who.account });
  const min = ((await f.fund.read.previewDeposit([amount])) * 995n) / 1000n; // 0.5 % slippage guard
  await f.fund.write.depositWithMin([amount, who.account.address, min], { account: who.account });
}

export async function randomDeposit(ctx: Ctx, f: SeededFund, rng: Rng, scale = 1n) {
  const who = rng.pick(ctx.investors);
  const [lo, hi] = TICKET[f.def.denom];
  const dec = Number(await f.asset.read.decimals());
  await deposit(ctx, f, who, rng.between(parseUnits(lo, dec), parseUnits(hi, dec)) * scale);
}

/** Redeems part of a random investor's position, no more than the fund holds in cash. */
export async function randomRedeem(ctx: Ctx, f: SeededFund, rng: Rng, maxPercent = 40n) {
  const holders = [];
  for (const w of ctx.investors) if ((await f.fund.read.balanceOf([w.account.address])) > 0n) holders.push(w);
  if (holders.length === 0) return;
  const who = rng.pick(holders);
  let shares = ((await f.fund.read.balanceOf([who.account.address])) * rng.between(5n, maxPercent)) / 100n;
  const cash = await f.asset.read.balanceOf([f.fund.address]);
  const assets = await f.fund.read.previewRedeem([shares]);
  if (assets > cash / 2n) shares = (shares * (cash / 2n)) / (assets + 1n);
  if (shares === 0n) return;
  const min = ((await f.fund.read.previewRedeem([shares])) * 995n) / 1000n;
  await f.fund.write.redeemWithMin([shares, who.account.address, who.account.address, min], { account: who.account });
}

/** Values of the fund's holdings by token, from the fund's own breakdown. */
export async function holdingValues(f: SeededFund) {
  const [list, gav] = await f.fund.read.holdings();
  const byToken = new Map<string, bigint>();
  for (const h of list) byToken.set(h.token.toLowerCase(), h.value);
  return { byToken, gav: gav as bigint };
}

/**
 * Moves the fund toward `targets` (bps of GAV per token, the rest stays in the denomination
 * asset) with swaps through `pairs` against the denomination asset. Like a careful desk, it
 * splits a large order into slices of at most 0.5 % of the pool, letting arbitrage bring the
 * pool back to the feeds' price between slices, so price impact stays small.
 */
export async function rebalance(
  ctx: Ctx,
  f: SeededFund,
  targets: Record<string, bigint>,
  pairs: Record<string, any>,
  symbols: Record<Address, string>,
) {
  for (const [symbol, bps] of Object.entries(targets)) {
    for (let slice = 0; slice < 12; slice++) {
      if (!(await rebalanceSlice(ctx, f, ctx.tokens[symbol], bps, pairs[symbol], symbols))) break;
    }
  }
}

/** One slice of a rebalance; false when the holding is within 0.5 % of GAV of its target. */
async function rebalanceSlice(
  ctx: Ctx,
  f: SeededFund,
  token: any,
  bps: bigint,
  pair: any,
  symbols: Record<Address, string>,
) {
  await arbitrage(ctx, pair, symbols);
  const { byToken, gav } = await holdingValues(f);
  const current = byToken.get(token.address.toLowerCase()) ?? 0n;
  const want = (gav * bps) / 10_000n;
  const gap = want > current ? want - current : current - want;
  if (gap * 200n <= gav) return false;
  const buying = want > current;
  const tokenIn = buying ? f.asset : token;
  const [r0, r1]: [bigint, bigint] = await pair.read.getReserves();
  const reserveIn = (await pair.read.token0()).toLowerCase() === tokenIn.address.toLowerCase() ? r0 : r1;
  let amountIn: bigint;
  if (buying) {
    const cash = byToken.get(f.asset.address.toLowerCase()) ?? 0n;
    amountIn = gap < cash ? gap : cash;
  } else {
    amountIn = ((await token.read.balanceOf([f.fund.address])) * gap) / current;
  }
  if (amountIn > reserveIn / 200n) amountIn = reserveIn / 200n;
  await f.fund.write.swap([pair.address, tokenIn.address, amountIn, 0n], { account: f.manager!.account });
  return true;
}

/** Puts `bps` of GAV into an LP position of `pair`, half from each side (the fund must hold both). */
export async function provideLiquidity(
  ctx: Ctx,
  f: SeededFund,
  pair: any,
  other: any,
  bps: bigint,
  symbols: Record<Address, string>,
) {
  await arbitrage(ctx, pair, symbols);
  const { byToken, gav } = await holdingValues(f);
  const half = (gav * bps) / 20_000n;
  const otherValue = byToken.get(other.address.toLowerCase()) ?? 0n;
  const otherBal = await other.read.balanceOf([f.fund.address]);
  const otherAmount = otherValue === 0n ? 0n : (otherBal * half) / otherValue;
  const denomIs0 = (await pair.read.token0()).toLowerCase() === f.asset.address.toLowerCase();
  // Offer a little more of the denomination asset; the pair takes what matches its ratio.
  const [a0, a1] = denomIs0 ? [(half * 11n) / 10n, otherAmount] : [otherAmount, (half * 11n) / 10n];
  await f.fund.write.addLiquidity([pair.address, a0, a1, 0n], { account: f.manager!.account });
}

/** Gives the deployer (the arbitrageur) a float of every token, approved to every pair. */
export async function approveAll(ctx: Ctx, pairs: any[]) {
  for (const t of Object.values(ctx.tokens) as any[]) {
    await t.write.mint([ctx.deployer.account.address, 10n ** 36n]);
    for (const pair of pairs) await t.write.approve([pair.address, maxUint256]);
  }
}
