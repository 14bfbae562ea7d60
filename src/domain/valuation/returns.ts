// Performance statistics of a NAV-per-share history. Returns and drawdowns are exact bigint
// ppm. Annualisation and volatility need powers, logarithms and square roots of *ratios*, so
// they (and only they) use Number/Math; no amount ever goes through a Number.
import { YEAR } from "./math.ts";
import { PPM } from "./impermanentLoss.ts";

export type NavPoint = { t: bigint; navPerShare: bigint };
export const DAY = 86_400n;

/** `b / a − 1` in ppm, rounded toward −∞. */
const growthPpm = (a: bigint, b: bigint) => {
  const x = (b - a) * PPM;
  return x >= 0n ? x / a : -((-x + a - 1n) / a);
};

/** The last point at or before `t` (the first point if none is). Points sorted by time. */
function at(points: NavPoint[], t: bigint): NavPoint {
  let p = points[0];
  for (const q of points) if (q.t <= t) p = q;
  return p;
}

/** Return from `from` to `to` (default: the last point), in ppm; undefined without two points. */
export function windowReturnPpm(points: NavPoint[], from: bigint, to?: bigint) {
  if (points.length < 2) return undefined;
  const [a, b] = [at(points, from), at(points, to ?? points[points.length - 1].t)];
  return a.navPerShare === 0n || b.t <= a.t ? undefined : growthPpm(a.navPerShare, b.navPerShare);
}

const ratio = (a: bigint, b: bigint) => Number((b * 10n ** 12n) / a) / 1e12; // b / a, 12 digits

/** Compound annual growth rate between the first and last point, in ppm (Number statistics). */
export function annualisedReturnPpm(points: NavPoint[]) {
  if (points.length < 2) return undefined;
  const [a, b] = [points[0], points[points.length - 1]];
  if (a.navPerShare === 0n || b.t <= a.t) return undefined;
  const years = Number(b.t - a.t) / Number(YEAR);
  return BigInt(Math.round((ratio(a.navPerShare, b.navPerShare) ** (1 / years) - 1) * 1e6));
}

/** One point per day: the last of each UTC day. */
export function daily(points: NavPoint[]): NavPoint[] {
  const out: NavPoint[] = [];
  for (const p of points) {
    if (out.length > 0 && out[out.length - 1].t / DAY === p.t / DAY) out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

/**
 * Annualised volatility of daily log returns (sample standard deviation × √365), in ppm.
 * Days without a point are skipped: each return is over the days between two points and is
 * scaled to one day by √(days).
 */
export function volatilityPpm(points: NavPoint[]) {
  const d = daily(points).filter((p) => p.navPerShare > 0n);
  const r: number[] = [];
  for (let i = 1; i < d.length; i++) {
    const days = Number(d[i].t / DAY - d[i - 1].t / DAY);
    r.push(Math.log(ratio(d[i - 1].navPerShare, d[i].navPerShare)) / Math.sqrt(days));
  }
  if (r.length < 2) return undefined;
  const mean = r.reduce((s, x) => s + x, 0) / r.length;
  const variance = r.reduce((s, x) => s + (x - mean) ** 2, 0) / (r.length - 1);
  return BigInt(Math.round(Math.sqrt(variance * 365) * 1e6));
}

/** Largest fall from a running peak, in ppm of the peak (exact, rounded down). */
export function maxDrawdownPpm(points: NavPoint[]) {
  let peak = 0n;
  let worst = 0n;
  for (const p of points) {
    if (p.navPerShare > peak) peak = p.navPerShare;
    else if (peak > 0n) {
      const dd = ((peak - p.navPerShare) * PPM) / peak;
      if (dd > worst) worst = dd;
    }
  }
  return worst;
}
