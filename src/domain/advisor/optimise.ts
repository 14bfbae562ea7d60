// Long-only mean-variance allocation within the guidelines' box: minimum variance, the
// efficient frontier, maximum Sharpe ratio and a target volatility. The risk-free asset is the
// fund's own unit (its return there is zero), so the Sharpe ratio is μ/σ.
import { dot, quad, type Mat, type Vec } from "./linalg.ts";
import { solveQp, type Box } from "./qp.ts";

export interface Model {
  /** Expected returns, annualised. */
  mu: Vec;
  /** Covariance matrix of returns, annualised. */
  cov: Mat;
  /** The covariance of the estimated `mu` as a multiple of `cov` (0 or absent: the means are taken as known). */
  uncertainty?: number;
}

export interface Portfolio {
  weights: Vec;
  ret: number;
  vol: number;
  /** The standard error of `ret`: one standard deviation of the estimate's posterior. */
  retSd: number;
}

export function evaluate(m: Model, weights: Vec): Portfolio {
  const vol = Math.sqrt(Math.max(0, quad(m.cov, weights)));
  return { weights, ret: dot(m.mu, weights), vol, retSd: Math.sqrt(m.uncertainty ?? 0) * vol };
}

export const sharpe = (p: Portfolio) => (p.vol > 0 ? p.ret / p.vol : 0);

/** The trade-off `max τ·μᵀw − ½ wᵀΣw`: τ = 0 is minimum variance, larger τ takes more risk. */
export const tradeOff = (m: Model, box: Box, tau: number) =>
  evaluate(
    m,
    solveQp(
      m.cov,
      m.mu.map((x) => tau * x),
      box,
    ),
  );

export const minVariance = (m: Model, box: Box) => tradeOff(m, box, 0);

/** The highest expected return: fill the best assets up to their caps. */
export function maxReturn(m: Model, box: Box): Portfolio {
  const w = [...box.lower];
  let left = 1 - w.reduce((s, x) => s + x, 0);
  for (const i of m.mu.map((_, i) => i).sort((a, b) => m.mu[b] - m.mu[a])) {
    const add = Math.min(box.upper[i] - w[i], left);
    w[i] += add;
    left -= add;
  }
  return evaluate(m, w);
}

/** The range of τ that spans the frontier, from where it leaves minimum variance to where it reaches maximum return. */
function tauRange(m: Model, box: Box) {
  const scaleVar = Math.max(1e-12, ...m.cov.map((r, i) => r[i]));
  const scaleMu = Math.max(1e-12, ...m.mu.map(Math.abs));
  const base = scaleVar / scaleMu;
  const top = maxReturn(m, box).ret;
  let hi = base;
  for (let k = 0; k < 60 && tradeOff(m, box, hi).ret < top - 1e-9 * Math.max(1, Math.abs(top)); k++) hi *= 2;
  return { lo: base * 1e-4, hi };
}

/** Points of the efficient frontier from minimum variance to maximum return. */
export function frontier(m: Model, box: Box, points = 40): Portfolio[] {
  const { lo, hi } = tauRange(m, box);
  const out = [minVariance(m, box)];
  for (let k = 0; k < points; k++) {
    const p = tradeOff(m, box, lo * (hi / lo) ** (k / (points - 1)));
    const last = out[out.length - 1];
    if (Math.abs(p.vol - last.vol) > 1e-9 || Math.abs(p.ret - last.ret) > 1e-9) out.push(p);
  }
  return out;
}

/** The riskiest frontier portfolio whose volatility is at most `vol` (bisection on τ: risk grows with τ). */
export function targetRisk(m: Model, box: Box, vol: number): Portfolio {
  const least = minVariance(m, box);
  if (vol <= least.vol) return least;
  let { lo, hi } = tauRange(m, box);
  const top = tradeOff(m, box, hi);
  if (vol >= top.vol) return top;
  for (let k = 0; k < 20 && tradeOff(m, box, lo).vol > vol; k++) lo /= 1000;
  let [a, b] = [Math.log(lo), Math.log(hi)];
  let best = least;
  for (let k = 0; k < 80 && b - a > 1e-9; k++) {
    const mid = (a + b) / 2;
    const p = tradeOff(m, box, Math.exp(mid));
    if (p.vol <= vol) [a, best] = [mid, p];
    else b = mid;
  }
  return best;
}

/**
 * Maximum Sharpe ratio along the frontier (golden-section search on log τ: the frontier is
 * concave, so μ/σ rises then falls). Where several points share the best ratio — holding cash
 * scales risk and return together — the one with the least cash is taken. When nothing is
 * expected to beat cash the ratio means nothing, and minimum variance is the answer.
 */
export function maxSharpe(m: Model, box: Box): Portfolio {
  const { lo, hi } = tauRange(m, box);
  const at = (x: number) => tradeOff(m, box, Math.exp(x));
  const better = (p: Portfolio, q: Portfolio) => sharpe(p) > sharpe(q) + 1e-12 * Math.max(1, Math.abs(sharpe(q)));
  const phi = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [Math.log(lo), Math.log(hi)];
  let [x1, x2] = [b - phi * (b - a), a + phi * (b - a)];
  let [p1, p2] = [at(x1), at(x2)];
  for (let k = 0; k < 90 && b - a > 1e-9; k++) {
    if (better(p1, p2)) {
      [b, x2, p2] = [x2, x1, p1];
      x1 = b - phi * (b - a);
      p1 = at(x1);
    } else {
      [a, x1, p1] = [x1, x2, p2];
      x2 = a + phi * (b - a);
      p2 = at(x2);
    }
  }
  const least = minVariance(m, box);
  const best = [least, better(p1, p2) ? p1 : p2, at(Math.log(hi))].reduce((b, p) =>
    better(p, b) || (!better(b, p) && p.vol > b.vol) ? p : b,
  );
  return best.ret > 0 ? best : least;
}

export const objectives = ["min-variance", "max-sharpe", "target-risk"] as const;
export type Objective = (typeof objectives)[number];
