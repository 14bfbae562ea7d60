// Whether and how much the fund can buy back in its (share, asset) pool now: the pool's price
// against the NAV per share, and the largest buy whose price stays below it.
import { premiumPpm } from "../valuation/market.ts";
import { mulDiv, pow10, sqrt } from "../valuation/math.ts";

export interface SharePool {
  /** Shares in the pool (base units). */
  reserveShares: bigint;
  /** The fund's asset in the pool (base units). */
  reserveCash: bigint;
}

export type BuybackRoom =
  | { possible: false; reason: "no-pool" | "at-or-above"; price?: bigint; discountPpm?: bigint }
  | { possible: true; price: bigint; discountPpm: bigint; maxCash: bigint };

/**
 * The pool's price per whole share and its discount to `navPerShare` (asset units per whole
 * share). A buyback is possible only below NAV; `maxCash` is the cash that brings the pool's price
 * up to NAV (constant product, the 0.3 % fee ignored, so it errs low): every buy up to it pays on
 * average less than NAV. The fund's own check (virtual shares) is a hair stricter: stay below it.
 */
export function buybackRoom(pool: SharePool | undefined, navPerShare: bigint, shareDecimals: number): BuybackRoom {
  if (!pool || pool.reserveShares === 0n || navPerShare === 0n) return { possible: false, reason: "no-pool" };
  const one = pow10(shareDecimals);
  const price = mulDiv(pool.reserveCash, one, pool.reserveShares);
  const discountPpm = premiumPpm(price, navPerShare) ?? 0n;
  if (price >= navPerShare) return { possible: false, reason: "at-or-above", price, discountPpm };
  // Cash reserve at which the price reaches NAV: c² / k = NAV / one, so c = √(k × NAV / one).
  const k = pool.reserveCash * pool.reserveShares;
  const target = sqrt(mulDiv(k, navPerShare, one));
  return { possible: true, price, discountPpm, maxCash: target > pool.reserveCash ? target - pool.reserveCash : 0n };
}
