// Risk beside the returns: how much a fund's NAV per share moved over the past year, its worst
// fall, and the return it paid per unit of that movement.
import { annualisedReturnPpm, DAY, maxDrawdownPpm, volatilityPpm, type NavPoint } from "../valuation/returns.ts";

export type Risk = {
  /** Annualised volatility of daily returns, ppm. */
  volatilityPpm: bigint;
  /** Largest fall from a running peak, ppm of the peak. */
  maxDrawdownPpm: bigint;
  /** Annualised return over the same span, ppm. */
  annualReturnPpm: bigint;
  /** Annualised return over volatility, with no risk-free rate (a ratio, not an amount). */
  sharpe: number;
  /** Days the statistics cover. */
  days: bigint;
};

/**
 * The risk of the last year of a NAV-per-share series ending now (sorted by time); undefined
 * with less than two weeks of history or no movement at all (no ratio to give).
 */
export function yearRisk(points: readonly NavPoint[], now: bigint): Risk | undefined {
  const span = points.filter((p) => p.t >= now - 365n * DAY && p.t <= now);
  if (span.length < 2 || span[span.length - 1].t - span[0].t < 14n * DAY) return undefined;
  const volatility = volatilityPpm(span);
  const annual = annualisedReturnPpm(span);
  if (volatility === undefined || volatility === 0n || annual === undefined) return undefined;
  return {
    volatilityPpm: volatility,
    maxDrawdownPpm: maxDrawdownPpm(span),
    annualReturnPpm: annual,
    sharpe: Number(annual) / Number(volatility),
    days: (span[span.length - 1].t - span[0].t) / DAY,
  };
}
