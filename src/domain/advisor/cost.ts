// Whether the trades pay for themselves. Every swap loses its pool's fee and price impact
// against the feeds' prices; that loss comes off the first year's expected return. For maximum
// Sharpe, the objective that trades on expected returns, a move whose Sharpe ratio net of that
// cost is no better than staying put is not worth drafting. The risk objectives (minimum
// variance, target risk) buy a change of risk, not of return: their cost is shown, not judged.
import type { Objective, Portfolio } from "./optimise.ts";
import { sharpe } from "./optimise.ts";
import type { PlannedSwap } from "./plan.ts";
import { ratio } from "./universe.ts";

/** What the swaps lose together against the feeds' prices, in the denomination (negative: they gain). */
export const tradingCost = (swaps: readonly PlannedSwap[]) => swaps.reduce((s, x) => s + x.valueIn - x.valueOut, 0n);

/** The portfolio with the trades' cost taken off its first year's expected return (`value`: the sleeve's value). */
export function netOfCost(p: Portfolio, cost: bigint, value: bigint): Portfolio {
  const drag = cost >= 0n ? ratio(cost, value) : -ratio(-cost, value);
  return { ...p, ret: p.ret - drag };
}

/** For maximum Sharpe, whether the suggestion net of the trades' cost beats the current portfolio. */
export function worthTrading(objective: Objective, current: Portfolio, net: Portfolio): boolean {
  if (objective !== "max-sharpe") return true;
  return sharpe(net) > sharpe(current);
}
