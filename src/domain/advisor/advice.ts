// The whole advice for one fund, from raw reads: the sleeve it may move, the model estimated
// from the feeds' daily rounds, the efficient frontier and the suggested allocation.
import type { GavRaw } from "../valuation/index.ts";
import { estimate, type Estimate } from "./estimate.ts";
import { dailyReturns, type Rounds } from "./history.ts";
import { evaluate, frontier, maxSharpe, minVariance, targetRisk, type Objective, type Portfolio } from "./optimise.ts";
import { sleeveOf, type Guideline, type Sleeve } from "./universe.ts";

/** Fewer daily returns than this say nothing about covariances. */
export const MIN_DAYS = 30;

export interface AdviceInput {
  raw: GavRaw;
  guidelines: readonly Guideline[];
  /** Rounds of each listed asset's feed, in the order of `raw.assets`. */
  rounds: readonly Rounds[];
  lookbackDays: number;
  objective: Objective;
  /** Annualised volatility for the target-risk objective; the fund's current volatility when absent. */
  targetVol?: number;
}

export type Advice =
  | { kind: "empty" }
  | { kind: "short-history"; days: number }
  | {
      kind: "ok";
      sleeve: Sleeve;
      model: Estimate;
      frontier: Portfolio[];
      minVariance: Portfolio;
      current: Portfolio;
      suggestion: Portfolio;
      /** Each listed asset on its own (the frontier chart's dots). */
      assets: { ret: number; vol: number }[];
    };

export function advise(input: AdviceInput): Advice {
  const sleeve = sleeveOf(input.raw, input.guidelines);
  if (!sleeve) return { kind: "empty" };
  const returns = dailyReturns(input.rounds, input.raw.timestamp, input.lookbackDays);
  if (returns.length < MIN_DAYS) return { kind: "short-history", days: returns.length };
  const model = estimate(returns, input.raw.assets.length);
  const least = minVariance(model, sleeve.box);
  const current = evaluate(model, sleeve.current);
  const suggestion =
    input.objective === "min-variance"
      ? least
      : input.objective === "max-sharpe"
        ? maxSharpe(model, sleeve.box)
        : targetRisk(model, sleeve.box, input.targetVol ?? current.vol);
  return {
    kind: "ok",
    sleeve,
    model,
    frontier: frontier(model, sleeve.box),
    minVariance: least,
    current,
    suggestion,
    assets: model.mu.map((ret, i) => ({ ret, vol: Math.sqrt(model.cov[i][i]) })),
  };
}
