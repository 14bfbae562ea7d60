// Expected returns and covariances from daily returns, shrunk because a year of crypto
// returns is too short to trust the sample: Ledoit–Wolf (2004, "Honey, I shrunk the sample
// covariance matrix") towards constant correlation, and the means towards zero excess return
// under a conjugate normal prior (`shrinkToZero`), which also says how uncertain they stay. Assets whose returns never move
// (the fund's own unit) are riskless: zero mean, zero variance, outside both shrinkages.
import type { Mat, Vec } from "./linalg.ts";
import type { Model } from "./optimise.ts";

export const PERIODS_PER_YEAR = 365; // crypto trades every day

export interface Estimate extends Model {
  /** Observations (days) behind the estimate. */
  days: number;
  /** Ledoit–Wolf intensity: 0 keeps the sample covariance, 1 takes the constant-correlation target. */
  covShrinkage: number;
  /** How far the means moved towards the prior's 0: 0 keeps the sample means, 1 takes the prior's. */
  meanShrinkage: number;
  /** The posterior covariance of the expected returns, as a multiple of `cov`. */
  uncertainty: number;
  sampleMu: Vec;
}

const mean = (xs: Vec) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Ledoit–Wolf shrinkage of the covariance of `x` (T × N, demeaned) towards constant correlation. */
export function ledoitWolf(x: Mat): { cov: Mat; intensity: number } {
  const t = x.length;
  const n = x[0]?.length ?? 0;
  const s: Mat = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => x.reduce((a, r) => a + r[i] * r[j], 0) / t),
  );
  if (n < 2) return { cov: s, intensity: 0 };
  const sd = s.map((r, i) => Math.sqrt(r[i]));
  let rbar = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) rbar += s[i][j] / (sd[i] * sd[j]);
  rbar /= (n * (n - 1)) / 2;
  const f = s.map((r, i) => r.map((v, j) => (i === j ? v : rbar * sd[i] * sd[j])));
  // π: asymptotic variance of the sample entries; ρ: their covariance with the target's; γ: the target's
  // misspecification.
  let pi = 0;
  let rho = 0;
  let gamma = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const pij = x.reduce((a, r) => a + (r[i] * r[j] - s[i][j]) ** 2, 0) / t;
      pi += pij;
      gamma += (f[i][j] - s[i][j]) ** 2;
      if (i === j) rho += pij;
      else {
        const thetaII = x.reduce((a, r) => a + (r[i] * r[i] - s[i][i]) * (r[i] * r[j] - s[i][j]), 0) / t;
        const thetaJJ = x.reduce((a, r) => a + (r[j] * r[j] - s[j][j]) * (r[i] * r[j] - s[i][j]), 0) / t;
        rho += (rbar / 2) * ((sd[j] / sd[i]) * thetaII + (sd[i] / sd[j]) * thetaJJ);
      }
    }
  }
  const intensity = gamma > 0 ? Math.max(0, Math.min(1, (pi - rho) / gamma / t)) : 0;
  return { cov: s.map((r, i) => r.map((v, j) => intensity * f[i][j] + (1 - intensity) * v)), intensity };
}

/**
 * A priori each asset's Sharpe ratio is 0 ± `PRIOR_SHARPE` a year: nothing is expected to beat holding the unit, and
 * long-run Sharpe ratios of whole asset classes rarely leave ±0.5. As a conjugate normal prior on the annual means,
 * μ ~ N(0, τ²Σ), against sample means m ~ N(μ, Σ/T) over T years, the posterior is
 * N(k·m, (k/T)·Σ) with k = τ² / (τ² + 1/T): every mean shrinks by the same factor towards 0, and the uncertainty left
 * in any portfolio's expected return is √(k/T) times its volatility.
 */
export const PRIOR_SHARPE = 0.5;

/** The posterior of the means after `years` of data: `mu = k·m`, its covariance `uncertainty·Σ`. */
export function shrinkToZero(m: Vec, years: number, tau = PRIOR_SHARPE): { mu: Vec; k: number; uncertainty: number } {
  if (years <= 0) return { mu: m.map(() => 0), k: 0, uncertainty: tau * tau };
  const k = (tau * tau) / (tau * tau + 1 / years);
  return { mu: m.map((x) => k * x), k, uncertainty: k / years };
}

/** The annualised model behind the advice, from daily returns (rows: days, columns: assets). */
export function estimate(returns: Mat, assets: number): Estimate {
  const t = returns.length;
  const cols = Array.from({ length: assets }, (_, i) => returns.map((r) => r[i]));
  const sampleDaily = cols.map((c) => (t > 0 ? mean(c) : 0));
  const risky = cols.flatMap((c, i) => (t > 1 && c.some((x) => x !== c[0]) ? [i] : []));
  const x = returns.map((r) => risky.map((i) => r[i] - sampleDaily[i]));
  const lw = risky.length > 0 ? ledoitWolf(x) : { cov: [], intensity: 0 };
  const posterior = shrinkToZero(
    risky.map((i) => sampleDaily[i] * PERIODS_PER_YEAR),
    t / PERIODS_PER_YEAR,
  );
  const mu = new Array<number>(assets).fill(0);
  const cov: Mat = Array.from({ length: assets }, () => new Array<number>(assets).fill(0));
  risky.forEach((i, a) => {
    mu[i] = posterior.mu[a];
    risky.forEach((j, b) => (cov[i][j] = lw.cov[a][b] * PERIODS_PER_YEAR));
  });
  return {
    mu,
    cov,
    days: t,
    covShrinkage: lw.intensity,
    meanShrinkage: 1 - posterior.k,
    uncertainty: posterior.uncertainty,
    sampleMu: sampleDaily.map((x, i) => (risky.includes(i) ? x * PERIODS_PER_YEAR : 0)),
  };
}
