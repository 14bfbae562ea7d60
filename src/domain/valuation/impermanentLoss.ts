// Impermanent loss of an LP position since entry (DESIGN §3): what the position is worth in
// the pool now against what the tokens put in would be worth if held, at today's feed prices.
import { fairLpUsd, usdWad, type UsdPrice } from "./gav.ts";
import { mulDiv } from "./math.ts";

export const PPM = 1_000_000n;

export type LpPosition = { lp: bigint; lpSupply: bigint; reserve0: bigint; reserve1: bigint };
export type IlInput = {
  amount0: bigint; // token0 units added (sum over the LiquidityAdded events)
  amount1: bigint;
  price0: UsdPrice; // today's
  price1: UsdPrice;
  position: LpPosition; // today's
};

export type Il = {
  valueInPoolUsd: bigint; // fair value of the position now (WAD), swap fees included
  valueIfHeldUsd: bigint; // amount0 × p0 + amount1 × p1 now (WAD)
  valueExFeesUsd: bigint; // the entry liquidity at today's prices: 2√(u0·u1), no fees
  feesUsd: bigint; // valueInPool − valueExFees (can be a few wei negative from rounding)
  ilPpm: bigint; // valueInPool / valueIfHeld − 1, ppm, rounded down
  priceIlPpm: bigint; // valueExFees / valueIfHeld − 1 = 2√r/(1+r) − 1, ppm, rounded down, ≤ 0
};

/** `x / y − 1` in ppm, rounded toward −∞ (x, y ≥ 0). */
export const ratioPpm = (x: bigint, y: bigint) => (y === 0n ? 0n : mulDiv(x, PPM, y) - PPM);

const usd = (amount: bigint, p: UsdPrice) => usdWad(amount, p.answer, p.decimals, p.feedDecimals);

export function impermanentLoss({ amount0, amount1, price0, price1, position: q }: IlInput): Il {
  const valueInPoolUsd = fairLpUsd(usd(q.reserve0, price0), usd(q.reserve1, price1), q.lp, q.lpSupply);
  const [u0, u1] = [usd(amount0, price0), usd(amount1, price1)];
  const valueIfHeldUsd = u0 + u1;
  const valueExFeesUsd = fairLpUsd(u0, u1, 1n, 1n);
  return {
    valueInPoolUsd,
    valueIfHeldUsd,
    valueExFeesUsd,
    feesUsd: valueInPoolUsd - valueExFeesUsd,
    ilPpm: ratioPpm(valueInPoolUsd, valueIfHeldUsd),
    priceIlPpm: ratioPpm(valueExFeesUsd, valueIfHeldUsd),
  };
}
