// From target weights to the swaps that reach them, in integers. The optimiser's weights are
// floats (estimates); they become 1e18 fixed point once, and from there every amount is
// bigint arithmetic on the chain's balances, the feeds' answers and the pools' reserves, with
// each token's decimals — what goes on chain (amountIn, minOut) never passes through a float.
// The swaps are simulated one by one with the valuation engine and the pair's
// constant-product formula, checked with the rules `Fund` applies after a manager operation —
// no weight (look-through) may end above its limit and higher than before, the GAV lost at
// the feeds' prices stays within `maxSlippageBps` of the value sent in, and a trade that spends
// cash leaves at least `minCashBps` of GAV in cash — and ordered sells first so that each step passes.
// On top of the contract's rules each trade on its own keeps to the slippage rule: what comes out,
// at the feeds' prices, is worth at least the value sent in less `maxSlippageBps` (the contract
// counts the fund's share of the pool it trades in, which can hide a loss to the other LPs'
// gain). A trade that would lose more is cut to what keeps to it; the rest is left out.
import type { SwapAction } from "../../lib/rebalanceDraft.ts";
import type { Address } from "viem";
import {
  BPS,
  guidelineWeightsBps,
  heldOf,
  mulDiv,
  valuation,
  WAD,
  type GavRaw,
  type PairRaw,
} from "../valuation/index.ts";
import { spendableCash } from "./cash.ts";
import { amountOut, FEE_PER_MILLE, floorBps, fromDenom, gapBps, valueOf } from "./pools.ts";
import type { LeftOut } from "./reach.ts";
import type { Guideline, Sleeve } from "./universe.ts";

export { amountOut, FEE_PER_MILLE };

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * `AmmPair` inverted: the least `amountIn` for which `getAmountOut` pays at least `out`; undefined if the pool cannot
 * pay it.
 */
export function amountIn(pair: PairRaw, tokenIn: string, out: bigint): bigint | undefined {
  const [rIn, rOut] = same(tokenIn, pair.token0) ? [pair.reserve0, pair.reserve1] : [pair.reserve1, pair.reserve0];
  if (out >= rOut) return undefined;
  return (rIn * out * 1000n) / ((rOut - out) * (1000n - FEE_PER_MILLE)) + 1n;
}

/** Float weights → 1e18 fixed point summing to exactly 1e18 (the rounding remainder goes to the denomination). */
export function toWad(weights: readonly number[]): bigint[] {
  const out = weights.map((w) => BigInt(Math.floor(Math.max(0, w) * 1e12)) * 10n ** 6n);
  out[0] += WAD - out.reduce((s, x) => s + x, 0n);
  if (out[0] < 0n) throw new Error("weights add up to more than 1");
  return out;
}

export interface PlannedSwap extends SwapAction {
  side: "sell" | "buy";
  /** Index of the asset sold or bought (never the denomination). */
  asset: number;
  /** What the pool pays today, before the slippage allowance. */
  quote: bigint;
  /**
   * What goes in and what comes out, at the feeds' prices in the denomination (their gap is the pool's price against
   * the feeds).
   */
  valueIn: bigint;
  valueOut: bigint;
  /** The pool's price of the asset against its feed before the swap, in bps (`gapBps`). */
  gapBps: bigint;
}

/**
 * The rule a step would break: `weight` (an asset's look-through weight or the LP total, the
 * guideline), `value` (the GAV lost, in bps of the value sent in, above `maxSlippageBps`), `loss`
 * (the trade's own loss against the feeds, likewise) or `cash` (cash left, in bps of GAV, below
 * `minCashBps`). `asset` is the token concerned.
 */
export type Breach = {
  rule: "weight" | "value" | "loss" | "cash";
  asset: string;
  weightBps: bigint;
  limitBps: bigint;
};

/** The fund's limits on manager operations, from its guidelines. */
export interface FundLimits {
  maxLpBps: number;
  /** `Fund.maxSlippageBps`: the GAV a trade may lose at feed prices, in bps of the value sent in. */
  maxSlippageBps: bigint;
  /** `Fund.minCashBps`: the cash a trade that spends cash must leave, in bps of GAV. */
  minCashBps: bigint;
}

export type Plan =
  | {
      ok: true;
      swaps: PlannedSwap[];
      beforeBps: bigint[];
      afterBps: bigint[];
      leftOut: LeftOut[];
      /** The fund and its pools after the swaps, as simulated. */
      after: GavRaw;
    }
  | { ok: false; breach: Breach };

export interface PlanOptions {
  /** Minimum-out allowance under today's quote, in bps. */
  slippageBps: bigint;
  /** Trades smaller than this share of GAV (bps) are not worth their gas and are left out. */
  dustBps: bigint;
}

/** `Fund._weights`: each listed asset's weight with look-through, then all LP positions together, in bps of GAV. */
export const weightsBps = (raw: GavRaw): bigint[] => guidelineWeightsBps(raw);

/** `Fund._checkGuidelines`: the first weight that ends above its limit and higher than before. */
export function breachOf(
  before: bigint[],
  after: bigint[],
  raw: GavRaw,
  guidelines: readonly Guideline[],
  maxLpBps: number,
  pair: string,
): Breach | undefined {
  const n = raw.assets.length;
  for (let i = 0; i < n; i++) {
    const limit = BigInt(guidelines[i].maxWeightBps);
    if (after[i] > limit && after[i] > before[i])
      return { rule: "weight", asset: raw.assets[i].token, weightBps: after[i], limitBps: limit };
  }
  if (after[n] > BigInt(maxLpBps) && after[n] > before[n])
    return { rule: "weight", asset: pair, weightBps: after[n], limitBps: BigInt(maxLpBps) };
  return undefined;
}

/** `Fund`'s value-kept rule: `gavBefore − gavAfter ≤ valueIn × maxSlippageBps / BPS` (feed prices). */
export function valueBreachOf(
  gavBefore: bigint,
  gavAfter: bigint,
  valueIn: bigint,
  maxSlippageBps: bigint,
  tokenIn: string,
): Breach | undefined {
  if (gavAfter >= gavBefore || gavBefore - gavAfter <= mulDiv(valueIn, maxSlippageBps, BPS)) return undefined;
  const lostBps = valueIn === 0n ? BPS : mulDiv(gavBefore - gavAfter, BPS, valueIn, "ceil");
  return { rule: "value", asset: tokenIn, weightBps: lostBps, limitBps: maxSlippageBps };
}

/** The slippage rule on the trade itself: `valueIn − valueOut ≤ valueIn × maxSlippageBps / BPS` (feed prices). */
export function lossBreachOf(s: PlannedSwap, maxSlippageBps: bigint): Breach | undefined {
  if (s.valueIn - s.valueOut <= mulDiv(s.valueIn, maxSlippageBps, BPS)) return undefined;
  const lostBps = s.valueIn === 0n ? BPS : mulDiv(s.valueIn - s.valueOut, BPS, s.valueIn, "ceil");
  return { rule: "loss", asset: s.tokenIn, weightBps: lostBps, limitBps: maxSlippageBps };
}

/** `Fund`'s minimum cash after an operation that lowered cash: `cash × BPS ≥ gav × minCashBps`. */
export function cashBreachOf(before: GavRaw, after: GavRaw, gavAfter: bigint, minCashBps: bigint): Breach | undefined {
  const [c0, c1] = [heldOf(before.assets[0]), heldOf(after.assets[0])];
  if (c1 >= c0 || c1 * BPS >= gavAfter * minCashBps) return undefined;
  return {
    rule: "cash",
    asset: after.assets[0].token,
    weightBps: gavAfter === 0n ? 0n : mulDiv(c1, BPS, gavAfter),
    limitBps: minCashBps,
  };
}

/** The state after a swap: the fund's balances and the pair's reserves move. */
export function applySwap(raw: GavRaw, s: SwapAction, out: bigint): GavRaw {
  return {
    ...raw,
    assets: raw.assets.map((a) =>
      same(a.token, s.tokenIn)
        ? { ...a, balance: a.balance - s.amountIn }
        : same(a.token, s.tokenOut)
          ? { ...a, balance: a.balance + out }
          : a,
    ),
    pairs: raw.pairs.map((p) => {
      if (!same(p.pair, s.pair)) return p;
      return same(p.token0, s.tokenIn)
        ? { ...p, reserve0: p.reserve0 + s.amountIn, reserve1: p.reserve1 - out }
        : { ...p, reserve0: p.reserve0 - out, reserve1: p.reserve1 + s.amountIn };
    }),
  };
}

interface Candidate {
  side: "sell" | "buy";
  asset: number;
  pair: PairRaw;
  amountIn: bigint;
}

/**
 * Swaps that move the sleeve's listed assets to `target` (1e18 weights within the sleeve, indexed as the sleeve's:
 * the listed assets first; the vaults' weights that may follow are not the swaps' business).
 */
export function planSwaps(
  raw: GavRaw,
  sleeve: Sleeve,
  guidelines: readonly Guideline[],
  limits: FundLimits,
  target: readonly bigint[],
  o: PlanOptions,
): Plan {
  const dust = mulDiv(sleeve.gav, o.dustBps, BPS);
  const goal = target.map((w) => mulDiv(sleeve.value, w, WAD));
  const denom = raw.assets[0].token;
  const sells: Candidate[] = [];
  const buys: { asset: number; pair: PairRaw; want: bigint }[] = [];
  for (const a of sleeve.assets) {
    if (a.index === 0 || !a.tradable || !a.pair) continue;
    const balance = raw.assets[a.index].balance;
    if (a.value > goal[a.index] + dust) {
      const amountIn = goal[a.index] === 0n ? balance : mulDiv(balance, a.value - goal[a.index], a.value);
      sells.push({ side: "sell", asset: a.index, pair: a.pair, amountIn });
    } else if (goal[a.index] > a.value + dust)
      buys.push({ asset: a.index, pair: a.pair, want: goal[a.index] - a.value });
  }
  // Sell what is furthest above its limit first: its own sale is the only step that lowers it.
  const excess = (i: number) => sleeve.assets[i].weightBps - BigInt(guidelines[i].maxWeightBps);
  sells.sort((a, b) => (excess(b.asset) > excess(a.asset) ? 1 : excess(b.asset) < excess(a.asset) ? -1 : 0));

  const swaps: PlannedSwap[] = [];
  const leftOut: LeftOut[] = [];
  const beforeBps = weightsBps(raw);
  let state = raw;
  const attempt = (c: Candidate, amount: bigint) => {
    const tokenIn = c.side === "sell" ? raw.assets[c.asset].token : denom;
    const tokenOut = c.side === "sell" ? denom : raw.assets[c.asset].token;
    const pair = state.pairs.find((p) => same(p.pair, c.pair.pair))!;
    const quote = amount > 0n ? amountOut(pair, tokenIn, amount) : 0n;
    if (quote === 0n) return undefined;
    const swap: SwapAction = {
      pair: pair.pair as Address,
      tokenIn: tokenIn as Address,
      tokenOut: tokenOut as Address,
      amountIn: amount,
      minOut: (quote * (BPS - o.slippageBps)) / BPS,
    };
    const next = applySwap(state, swap, quote);
    const [from, to] = c.side === "sell" ? [c.asset, 0] : [0, c.asset];
    const planned: PlannedSwap = {
      ...swap,
      side: c.side,
      asset: c.asset,
      quote,
      valueIn: valueOf(state, from, amount),
      valueOut: valueOf(state, to, quote),
      gapBps: gapBps(state, pair, c.asset),
    };
    const [before, after] = [valuation(state), valuation(next)];
    const breach =
      breachOf(
        guidelineWeightsBps(state, before),
        guidelineWeightsBps(next, after),
        next,
        guidelines,
        limits.maxLpBps,
        pair.pair,
      ) ??
      lossBreachOf(planned, limits.maxSlippageBps) ??
      valueBreachOf(before.gav, after.gav, planned.valueIn, limits.maxSlippageBps, tokenIn) ??
      cashBreachOf(state, next, after.gav, limits.minCashBps);
    return { planned, next, breach };
  };
  /**
   * The largest amount up to `c.amountIn` that passes the rule (more of a trade only moves weights further), if worth
   * its gas.
   */
  const largestPassing = (c: Candidate) => {
    let [lo, hi] = [0n, c.amountIn];
    while (hi - lo > 1n) {
      const mid = (lo + hi) / 2n;
      if (attempt(c, mid)?.breach) hi = mid;
      else lo = mid;
    }
    const r = attempt(c, lo);
    if (!r || r.breach) return undefined;
    const value = c.side === "sell" ? r.planned.valueIn : r.planned.valueOut;
    return mulDiv(value, BPS, valuation(state).gav) >= o.dustBps ? r : undefined;
  };
  /** Records what a trade cut to keep to the slippage rule leaves out, if worth its gas. */
  const leave = (c: Candidate, whole: PlannedSwap, part: PlannedSwap | undefined) => {
    const value = whole.valueIn - (part?.valueIn ?? 0n);
    if (mulDiv(value, BPS, valuation(state).gav) < o.dustBps) return;
    const pair = state.pairs.find((p) => same(p.pair, c.pair.pair))!;
    const floor = floorBps(state, pair, c.asset, c.side);
    leftOut.push({
      side: c.side,
      asset: c.asset,
      value,
      reason: floor > limits.maxSlippageBps ? "pool-price" : "price-impact",
      gapBps: gapBps(state, pair, c.asset),
      lossBps: mulDiv(whole.valueIn - whole.valueOut, BPS, whole.valueIn, "ceil"),
      limitBps: limits.maxSlippageBps,
    });
  };
  const run = (list: Candidate[]): Breach | undefined => {
    const left = [...list];
    // Partial sells progress by at least the dust each round; the bound only guards the loop.
    for (let round = 0; left.length > 0 && round < 64; round++) {
      let firstBreach: Breach | undefined;
      let progressed = false;
      const k = left.findIndex((c) => {
        const r = attempt(c, c.amountIn);
        if (!r) return true; // nothing to trade
        if (!r.breach) {
          swaps.push(r.planned);
          state = r.next;
          return true;
        }
        // Each trade costs the pool's fee, which lowers GAV and so lifts every other weight; a
        // weight already at its limit then breaches. The trade shrinks to what passes.
        const part = largestPassing(c);
        if (r.breach.rule === "loss") leave(c, r.planned, part?.planned);
        if (c.side === "buy" || r.breach.rule === "value" || r.breach.rule === "loss") {
          // A buy that cannot be made within the limits is left out: its cash stays in the
          // denomination, which has no limit. A trade the pool is too shallow or too far from the
          // feeds for (it would lose more than the slippage limit at the feeds' prices) is made as
          // far as it keeps value; the rest waits until arbitrage has brought the pool back.
          if (part) {
            swaps.push(part.planned);
            state = part.next;
          }
          return true;
        }
        if (!part) {
          firstBreach ??= r.breach;
          return false;
        }
        // A sell made in part keeps the rest for later, when other sells may have made room.
        swaps.push(part.planned);
        state = part.next;
        c.amountIn -= part.planned.amountIn;
        progressed = true;
        return false;
      });
      if (k < 0) {
        if (progressed) continue;
        return firstBreach;
      }
      left.splice(k, 1);
    }
    return left.length > 0 ? attempt(left[0], left[0].amountIn)?.breach : undefined;
  };
  const sellBreach = run(sells);
  if (sellBreach) return { ok: false, breach: sellBreach };
  // Each buy pays what the pool asks for tokens worth its share at the feeds' prices (the
  // fund values them by the feeds; a pool away from them would over- or undershoot), and the
  // buys spend at most the cash the sells left (scaled down together if they would overdraw it).
  const priced = buys.map((b) => {
    const pair = state.pairs.find((p) => same(p.pair, b.pair.pair))!;
    return { ...b, pair, amountIn: amountIn(pair, denom, fromDenom(raw, b.asset, b.want)) ?? 0n };
  });
  // Buys spend the cash above the fund's minimum (the rule is checked exactly on each step).
  const cash = spendableCash(state, limits.minCashBps);
  const wanted = priced.reduce((s, b) => s + b.amountIn, 0n);
  const scaled = priced
    .map((b) => ({
      side: "buy" as const,
      asset: b.asset,
      pair: b.pair,
      amountIn: wanted > cash ? mulDiv(b.amountIn, cash, wanted) : b.amountIn,
    }))
    .filter((b) => b.amountIn > 0n)
    .sort((a, b) => (b.amountIn > a.amountIn ? 1 : b.amountIn < a.amountIn ? -1 : 0));
  run(scaled); // never a breach: a buy that cannot pass is left out
  return { ok: true, swaps, beforeBps, afterBps: weightsBps(state), leftOut, after: state };
}
