// How far each pool lets the fund move within its slippage rule, and what the model wanted
// beyond that. The optimiser plans inside these bounds (so the suggestion is one the pools can
// reach without losing more than the rule allows); what it would have done at the feeds' prices
// and cannot is listed as left out, with the reason.
import { BPS, heldOf, mulDiv, type GavRaw } from "../valuation/index.ts";
import { floorBps, fromDenom, gapBps, largestWithinRule, lossBps, quote, type Side } from "./pools.ts";
import type { Box } from "./qp.ts";
import { ratio, type Sleeve } from "./universe.ts";

export interface Reach {
  /** Index of the listed asset. */
  asset: number;
  /** The pool's price against the feeds, in bps. */
  gapBps: bigint;
  /** The most value (denomination, feed prices) that can be sold / bought within the rule. */
  sellValue: bigint;
  buyValue: bigint;
  /** What even the smallest trade loses, in bps (the pool's gap and fee, before impact). */
  sellFloorBps: bigint;
  buyFloorBps: bigint;
}

/** A trade the model wanted and the plan leaves out, because it would lose more than the rule allows. */
export interface LeftOut {
  side: Side;
  asset: number;
  /** What is left out, in the denomination at the feeds' prices. */
  value: bigint;
  /**
   * `pool-price`: the pool sits so far from the feeds that any trade breaks the rule; `price-impact`: the trade
   * moves the pool so far that beyond a part it breaks the rule.
   */
  reason: "pool-price" | "price-impact";
  /** The pool's price against the feeds, in bps. */
  gapBps: bigint;
  /** What the whole trade the model wanted would lose against the feeds, in bps of the value sent. */
  lossBps: bigint;
  /** The fund's slippage rule, in bps. */
  limitBps: bigint;
}

export function reachOf(raw: GavRaw, sleeve: Sleeve, limitBps: bigint): Reach[] {
  const cash = heldOf(raw.assets[0]);
  return sleeve.assets.flatMap((a) => {
    if (a.index === 0 || !a.tradable || !a.pair) return [];
    const held = heldOf(raw.assets[a.index]);
    const sell = largestWithinRule(raw, a.pair, a.index, "sell", held, limitBps);
    const buy = largestWithinRule(raw, a.pair, a.index, "buy", cash, limitBps);
    return [
      {
        asset: a.index,
        gapBps: gapBps(raw, a.pair, a.index),
        sellValue: quote(raw, a.pair, a.index, "sell", sell).valueIn,
        buyValue: quote(raw, a.pair, a.index, "buy", buy).valueOut,
        sellFloorBps: floorBps(raw, a.pair, a.index, "sell"),
        buyFloorBps: floorBps(raw, a.pair, a.index, "buy"),
      },
    ];
  });
}

/** The guidelines' box narrowed to what the pools allow: no weight moves further than its pool lets it. */
export function reachableBox(sleeve: Sleeve, reach: readonly Reach[]): Box {
  const lower = [...sleeve.box.lower];
  const upper = [...sleeve.box.upper];
  for (const r of reach) {
    const now = sleeve.current[r.asset];
    lower[r.asset] = Math.max(lower[r.asset], now - ratio(r.sellValue, sleeve.value));
    upper[r.asset] = Math.min(upper[r.asset], now + ratio(r.buyValue, sleeve.value));
    // An asset above its cap that its pool will not take stays where it is.
    if (upper[r.asset] < lower[r.asset]) upper[r.asset] = lower[r.asset];
  }
  return { lower, upper };
}

/**
 * The trades towards `ideal` (sleeve weights) that go beyond what each pool allows, worth more than `dustBps` of GAV.
 */
export function leftOutOf(
  raw: GavRaw,
  sleeve: Sleeve,
  reach: readonly Reach[],
  ideal: readonly number[],
  limitBps: bigint,
  dustBps: bigint,
): LeftOut[] {
  const dust = mulDiv(sleeve.gav, dustBps, BPS);
  const scaled = (w: number) => mulDiv(sleeve.value, BigInt(Math.round(Math.max(0, w) * 1e12)), 10n ** 12n);
  return reach.flatMap((r) => {
    const a = sleeve.assets[r.asset];
    const goal = scaled(ideal[r.asset]);
    const side: Side = goal < a.value ? "sell" : "buy";
    const wanted = side === "sell" ? a.value - goal : goal - a.value;
    const possible = side === "sell" ? r.sellValue : r.buyValue;
    if (wanted <= possible + dust) return [];
    // The whole trade the model wanted, at the pool as it is.
    const held = heldOf(raw.assets[r.asset]);
    const tokens = fromDenom(raw, r.asset, wanted);
    const amountIn = side === "sell" ? (tokens < held ? tokens : held) : wanted;
    const floor = side === "sell" ? r.sellFloorBps : r.buyFloorBps;
    return [
      {
        side,
        asset: r.asset,
        value: wanted - possible,
        reason: floor > limitBps ? "pool-price" : "price-impact",
        gapBps: r.gapBps,
        lossBps: lossBps(quote(raw, a.pair!, r.asset, side, amountIn)),
        limitBps,
      },
    ];
  });
}
