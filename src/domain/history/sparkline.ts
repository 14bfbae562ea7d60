// The polyline of a small inline chart. Pixel coordinates are Numbers; the scaling of each
// value is done in bigint first, so no amount passes through a float.
import { daily, type NavPoint } from "../valuation/returns.ts";

export type Sparkline = { points: string; trend: "up" | "down" | "flat" };

const STEPS = 1_000n; // vertical resolution before the conversion to pixels

/** Daily points of `series` (the last `maxPoints` days) scaled into a `width × height` box. */
export function sparkline(
  series: readonly NavPoint[],
  width: number,
  height: number,
  maxPoints = 365,
): Sparkline | undefined {
  const d = daily([...series]).slice(-maxPoints);
  if (d.length < 2) return undefined;
  let lo = d[0].navPerShare;
  let hi = lo;
  for (const p of d) {
    if (p.navPerShare < lo) lo = p.navPerShare;
    if (p.navPerShare > hi) hi = p.navPerShare;
  }
  const t0 = d[0].t;
  const span = d[d.length - 1].t - t0 || 1n;
  const range = hi - lo;
  const xy = d.map((p) => {
    const x = (Number(((p.t - t0) * STEPS) / span) / Number(STEPS)) * width;
    const y =
      range === 0n ? height / 2 : height - (Number(((p.navPerShare - lo) * STEPS) / range) / Number(STEPS)) * height;
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const [first, last] = [d[0].navPerShare, d[d.length - 1].navPerShare];
  return { points: xy.join(" "), trend: last > first ? "up" : last < first ? "down" : "flat" };
}
