// A committee's trade as a decision's call: the fund's `swap` through one of its pairs, with the
// minimum out from the pool's quote less a slippage allowance, all in bigint.
import { parsePercent } from "../governance/percent.ts";

/** The minimum amount out for a quote `out` with at most `slippage` (a percent text) lost; undefined when unusable. */
export function minOut(out: bigint, slippage: string): bigint | undefined {
  const p = parsePercent(slippage);
  if (!p.ok || p.value > 5_000n) return undefined;
  return (out * (10_000n - p.value)) / 10_000n;
}

/** The other token of a pair (`token0`, `token1`) for `tokenIn`. */
export function otherToken<A extends string>(pair: { token0: A; token1: A }, tokenIn: A): A {
  return pair.token0.toLowerCase() === tokenIn.toLowerCase() ? pair.token1 : pair.token0;
}
