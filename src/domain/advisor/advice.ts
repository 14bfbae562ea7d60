// The whole advice for one fund, from raw reads: the sleeve it may move, the model estimated
// from the feeds' daily rounds, the efficient frontier and the suggested allocation. The
// suggestion is solved within what the pools allow under the fund's slippage rule; what the
// model would have done at the feeds' prices beyond that is reported as left out.
import type { GavRaw } from "../valuation/index.ts";
import { estimate, type Estimate } from "./estimate.ts";
import { dailyReturns, type Rounds } from "./history.ts";
import { evaluate, frontier, maxSharpe, minVariance, targetRisk, type Objective, type Portfolio } from "./optimise.ts";
import type { Box } from "./qp.ts";
import { leftOutOf, reachableBox, reachOf, type LeftOut, type Reach } from "./reach.ts";
import { sleeveOf, type Guideline, type Sleeve, type VaultInput } from "./universe.ts";
import { vaultRounds } from "./vaults.ts";

/** Trades below this share of GAV (bps) are not worth their gas: neither planned nor reported as left out. */
export const DUST_BPS = 10n;

/** Fewer daily returns than this say nothing about covariances. */
export const MIN_DAYS = 30;

export interface AdviceInput {
  raw: GavRaw;
  guidelines: readonly Guideline[];
  /** Rounds of each listed asset's feed, in the order of `raw.assets`. */
  rounds: readonly Rounds[];
  /**
   * The vaults the fund allows, with the rates their guard accepted: each becomes an asset priced at its asset's feed
   * times its rate. One without an accepted rate cannot be estimated and stays as it is.
   */
  vaults?: readonly VaultInput[];
  lookbackDays: number;
  objective: Objective;
  /** Annualised volatility for the target-risk objective; the fund's current volatility when absent. */
  targetVol?: number;
  /** `Fund.maxSlippageBps`: no trade may lose more than this, in bps of the value sent, against the feeds. */
  maxSlippageBps: bigint;
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
      /** The objective within what the pools allow under the slippage rule. */
      suggestion: Portfolio;
      /** The objective at the feeds' prices, as if every trade were free. */
      ideal: Portfolio;
      /** Each pool's price against the feeds and how far it lets each weight move. */
      reach: Reach[];
      /** What `ideal` would trade beyond the pools' reach, and why. */
      leftOut: LeftOut[];
      /** Each listed asset, then each of the sleeve's vaults, on its own (the frontier chart's dots). */
      assets: { ret: number; vol: number; retSd: number }[];
    };

export function advise(input: AdviceInput): Advice {
  const sleeve = sleeveOf(input.raw, input.guidelines, input.vaults);
  if (!sleeve) return { kind: "empty" };
  const rates = new Map((input.vaults ?? []).map((v) => [v.index, v.rates]));
  const rounds = [
    ...input.rounds,
    ...sleeve.vaults.map((v) => vaultRounds(input.rounds[v.asset], rates.get(v.index) ?? [])),
  ];
  const returns = dailyReturns(rounds, input.raw.timestamp, input.lookbackDays);
  if (returns.length < MIN_DAYS) return { kind: "short-history", days: returns.length };
  const model = estimate(returns, rounds.length);
  const current = evaluate(model, sleeve.current);
  const solve = (box: Box) =>
    input.objective === "min-variance"
      ? minVariance(model, box)
      : input.objective === "max-sharpe"
        ? maxSharpe(model, box)
        : targetRisk(model, box, input.targetVol ?? current.vol);
  const limit = input.maxSlippageBps;
  const reach = reachOf(input.raw, sleeve, limit);
  const box = reachableBox(sleeve, reach);
  const ideal = solve(sleeve.box);
  return {
    kind: "ok",
    sleeve,
    model,
    frontier: frontier(model, box),
    minVariance: minVariance(model, box),
    current,
    suggestion: solve(box),
    ideal,
    reach,
    leftOut: leftOutOf(input.raw, sleeve, reach, ideal.weights, limit, DUST_BPS),
    assets: model.mu.map((ret, i) => {
      const vol = Math.sqrt(model.cov[i][i]);
      return { ret, vol, retSd: Math.sqrt(model.uncertainty) * vol };
    }),
  };
}
