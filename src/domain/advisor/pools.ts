// What a trade gets at the pool against what it is worth at the feeds. The fund values its
// holdings by the feeds, so a swap in a pool that sits away from them (or that the trade itself
// moves: price impact) turns value into nothing. A trade is drafted only if that loss stays
// within the fund's slippage rule (`maxSlippageBps` of the value sent in); the largest amount
// that does is found exactly, on the pool's own integer formula.
import { BPS, convert, mulDiv, type GavRaw, type PairRaw } from "../valuation/index.ts";

/** `AmmPair.FEE_PER_MILLE`. */
export const FEE_PER_MILLE = 3n;

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** `AmmPair.getAmountOut`, to the wei. */
export function amountOut(pair: PairRaw, tokenIn: string, amountIn: bigint): bigint {
  const [rIn, rOut] = same(tokenIn, pair.token0) ? [pair.reserve0, pair.reserve1] : [pair.reserve1, pair.reserve0];
  const inWithFee = amountIn * (1000n - FEE_PER_MILLE);
  return (inWithFee * rOut) / (rIn * 1000n + inWithFee);
}

/** Value of `amount` of listed asset `i` in the denomination at the feeds' prices, as `Fund` values it. */
export function valueOf(raw: GavRaw, i: number, amount: bigint): bigint {
  const [a, d] = [raw.assets[i], raw.assets[0]];
  return i === 0
    ? amount
    : convert(amount, a.answer > 0n ? a.answer : 0n, a.decimals, a.feedDecimals, d.answer, d.decimals, d.feedDecimals);
}

/** Token units worth `value` of the denomination at the feeds' prices (`valueOf` inverted, rounded down). */
export function fromDenom(raw: GavRaw, i: number, value: bigint): bigint {
  const [a, d] = [raw.assets[i], raw.assets[0]];
  if (i === 0) return value;
  if (a.answer <= 0n) return 0n;
  return mulDiv(
    value,
    d.answer * 10n ** BigInt(a.decimals + a.feedDecimals),
    a.answer * 10n ** BigInt(d.decimals + d.feedDecimals),
  );
}

export type Side = "sell" | "buy";

export interface Quote {
  amountIn: bigint;
  /** What the pool pays, to the wei. */
  out: bigint;
  /** What goes in and what comes out, in the denomination at the feeds' prices. */
  valueIn: bigint;
  valueOut: bigint;
}

/** Selling listed asset `asset` for the denomination, or buying it with the denomination, in `pair`. */
export function quote(raw: GavRaw, pair: PairRaw, asset: number, side: Side, amountIn: bigint): Quote {
  const [from, to] = side === "sell" ? [asset, 0] : [0, asset];
  const out = amountIn > 0n ? amountOut(pair, raw.assets[from].token, amountIn) : 0n;
  return { amountIn, out, valueIn: valueOf(raw, from, amountIn), valueOut: valueOf(raw, to, out) };
}

/** Value lost against the feeds (negative: gained), in bps of the value sent in, rounded away from zero. */
export function lossBps(q: Quote): bigint {
  if (q.valueIn === 0n) return 0n;
  const loss = q.valueIn - q.valueOut;
  return loss >= 0n ? mulDiv(loss, BPS, q.valueIn, "ceil") : -mulDiv(-loss, BPS, q.valueIn, "ceil");
}

/** The fund's slippage rule applied to one trade: the value lost at feed prices within `limitBps` of the value sent. */
export const withinRule = (q: Quote, limitBps: bigint) =>
  q.out > 0n && q.valueIn - q.valueOut <= mulDiv(q.valueIn, limitBps, BPS);

/**
 * The largest amount in, up to `cap`, whose trade keeps to the rule (0 if none). The loss only grows with the amount
 * (each unit more moves the price further), so bisection finds the edge exactly.
 */
export function largestWithinRule(
  raw: GavRaw,
  pair: PairRaw,
  asset: number,
  side: Side,
  cap: bigint,
  limitBps: bigint,
): bigint {
  const ok = (x: bigint) => withinRule(quote(raw, pair, asset, side, x), limitBps);
  if (cap <= 0n) return 0n;
  if (ok(cap)) return cap;
  let [lo, hi] = [0n, cap];
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The pool's marginal price of the asset against its feed price, in bps (+300: the pool pays 3 % more than the feeds
 * for a sale and asks 3 % more for a purchase), before the fee.
 */
export function gapBps(raw: GavRaw, pair: PairRaw, asset: number): bigint {
  const token = raw.assets[asset].token;
  const [rAsset, rDenom] = same(token, pair.token0) ? [pair.reserve0, pair.reserve1] : [pair.reserve1, pair.reserve0];
  const feed = valueOf(raw, asset, rAsset);
  if (feed === 0n) return 0n;
  const d = rDenom - feed;
  return d >= 0n ? mulDiv(d, BPS, feed) : -mulDiv(-d, BPS, feed);
}

/** A probe small enough to show the pool's price without moving it: one part in 10⁹ of the reserve sent in. */
const probe = (x: bigint) => (x / 1_000_000_000n > 0n ? x / 1_000_000_000n : 1n);

/** What even the smallest trade loses against the feeds, in bps: the pool's gap and its fee, before impact. */
export function floorBps(raw: GavRaw, pair: PairRaw, asset: number, side: Side): bigint {
  const assetFirst = same(pair.token0, raw.assets[asset].token);
  const [rAsset, rDenom] = assetFirst ? [pair.reserve0, pair.reserve1] : [pair.reserve1, pair.reserve0];
  return lossBps(quote(raw, pair, asset, side, probe(side === "sell" ? rAsset : rDenom)));
}
