// Investors' deposits and redemptions, managers' trades, fee accruals and claims.
import { maxUint256, parseUnits, type Address } from "viem";
import type { Ctx } from "./context.ts";
import type { SeededFund } from "./funds.ts";
import type { Prng as Rng } from "../../shared/prng.ts";
import { arbitrage } from "./amm.ts";

const TICKET: Record<string, [string, string]> = { USDC: ["5000", "250000"], WETH: ["2", "80"], WBTC: ["0.1", "4"] };

export async function deposit(ctx: Ctx, f: SeededFund, who: any, amount: bigint) {
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
 * asset) with swaps through `pairs` against the denomination asset, after aligning the pools
 * with the feeds. Trades stay a little inside the guidelines.
 */
export async function rebalance(ctx: Ctx, f: SeededFund, targets: Record<string, bigint>, pairs: Record<string, any>, symbols: Record<Address, string>) {
  const denom = f.asset.address.toLowerCase();
  for (const [symbol, bps] of Object.entries(targets)) {
    const pair = pairs[symbol];
    await arbitrage(ctx, pair, symbols);
    const token = ctx.tokens[symbol];
    const { byToken, gav } = await holdingValues(f);
    const current = byToken.get(token.address.toLowerCase()) ?? 0n;
    const want = (gav * bps) / 10_000n;
    const opts = { account: f.manager!.account };
    if (want > current) {
      const cash = byToken.get(denom) ?? 0n;
      const amountIn = want - current < cash ? want - current : cash;
      if (amountIn * 200n > gav) await f.fund.write.swap([pair.address, f.asset.address, amountIn, 0n], opts);
    } else if (current - want > 0n) {
      const bal = await token.read.balanceOf([f.fund.address]);
      const amountIn = (bal * (current - want)) / current;
      if ((current - want) * 200n > gav) await f.fund.write.swap([pair.address, token.address, amountIn, 0n], opts);
    }
  }
}

/** Puts `bps` of GAV into an LP position of `pair`, half from each side (the fund must hold both). */
export async function provideLiquidity(ctx: Ctx, f: SeededFund, pair: any, other: any, bps: bigint, symbols: Record<Address, string>) {
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
