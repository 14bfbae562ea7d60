// What went into the LP tokens a fund still holds, from its LiquidityAdded and LiquidityRemoved
// events: the base of impermanent loss and of value against holding.
import { mulDiv } from "./math.ts";

export type LiquidityEvent = { kind: "add" | "remove"; amount0: bigint; amount1: bigint; liquidity: bigint };
export type LpBasis = { amount0: bigint; amount1: bigint; liquidity: bigint };

/**
 * Events in chain order. Adds sum up; a removal takes out the share of what was put in that its
 * liquidity is of the position (average cost), whatever amounts it returned — those reflect
 * today's prices, not the entry.
 */
export function lpBasis(events: readonly LiquidityEvent[]): LpBasis {
  const b: LpBasis = { amount0: 0n, amount1: 0n, liquidity: 0n };
  for (const e of events) {
    if (e.kind === "add") {
      b.amount0 += e.amount0;
      b.amount1 += e.amount1;
      b.liquidity += e.liquidity;
    } else if (b.liquidity > 0n) {
      const burnt = e.liquidity < b.liquidity ? e.liquidity : b.liquidity;
      b.amount0 -= mulDiv(b.amount0, burnt, b.liquidity);
      b.amount1 -= mulDiv(b.amount1, burnt, b.liquidity);
      b.liquidity -= burnt;
    }
  }
  return b;
}
