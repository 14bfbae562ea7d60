// A fund's record since its first NAV: how long it has run, what it returned in all and a year,
// the highest NAV per share it reached and its worst fall from a peak.
import { annualisedReturnPpm, maxDrawdownPpm, type NavPoint } from "../valuation/returns.ts";
import { sinceReturn } from "./benchmark.ts";

export type InceptionRecord = {
  /** Time of the first NAV per share. */
  inception: bigint;
  /** Return from the first point to the last, ppm. */
  returnPpm: bigint;
  /** That return as a compound yearly rate, ppm; undefined under 30 days (it would mislead). */
  annualPpm: bigint | undefined;
  /** The highest NAV per share and when (the first time it was reached). */
  peak: NavPoint;
  /** Largest fall from a running peak, ppm of the peak. */
  maxDrawdownPpm: bigint;
};

const MIN_ANNUALISED = 30n * 86_400n;

/** The record of a NAV-per-share series from its start (sorted by time); undefined with < 2 points. */
export function inceptionRecord(points: readonly NavPoint[]): InceptionRecord | undefined {
  const valued = points.filter((p) => p.navPerShare > 0n);
  if (valued.length < 2) return undefined;
  const [first, last] = [valued[0], valued[valued.length - 1]];
  const returnPpm = sinceReturn(valued, first.t);
  if (returnPpm === undefined) return undefined;
  const peak = valued.reduce((best, p) => (p.navPerShare > best.navPerShare ? p : best));
  return {
    inception: first.t,
    returnPpm,
    annualPpm: last.t - first.t >= MIN_ANNUALISED ? annualisedReturnPpm(valued) : undefined,
    peak,
    maxDrawdownPpm: maxDrawdownPpm(valued),
  };
}
