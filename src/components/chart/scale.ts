// The arithmetic of the plain SVG line chart: a rounded value domain with its ticks, evenly
// spread time ticks, and the point nearest the pointer. Display numbers only (points already
// converted for drawing); no money math here.

export interface Domain {
  min: number;
  max: number;
  ticks: number[];
}

/** 1, 2, 2.5 or 5 times a power of ten, the smallest of them at least `raw`. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw * (1 - 1e-12)) ?? 10;
  return step * power;
}

/** A domain around `values` on round steps, with about `count` ticks (a flat series gets room around it). */
export function niceDomain(values: readonly number[], count = 5): Domain {
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { min: 0, max: 1, ticks: [0, 1] };
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) / 100;
    lo -= pad;
    hi += pad;
  }
  const step = niceStep((hi - lo) / Math.max(1, count - 1));
  const min = Math.floor(lo / step) * step;
  const max = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Rounded to the step's own digits, so that 0.1 + 0.2 prints as 0.3.
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  for (let v = min; v <= max + step / 2; v += step) ticks.push(Number(v.toFixed(digits)));
  return { min, max, ticks };
}

/** `count` times from `from` to `to`, both ends included (one when they are equal). */
export function timeTicks(from: number, to: number, count: number): number[] {
  if (to <= from || count < 2) return [from];
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/** Index of the point whose `t` is nearest `t` in points sorted by `t`; -1 when there are none. */
export function nearestIndex(points: readonly { t: number }[], t: number): number {
  if (points.length === 0) return -1;
  let lo = 0;
  let hi = points.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid].t < t) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0 && t - points[lo - 1].t <= points[lo].t - t) return lo - 1;
  return lo;
}

/** The point a key moves to from `from` (-1: none yet), or undefined for keys the chart ignores. */
export function stepPoint(key: string, from: number, last: number, page: number): number | undefined {
  const start = from < 0 ? last : from;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case "ArrowLeft":
      return from < 0 ? last : clamp(start - 1);
    case "ArrowRight":
      return from < 0 ? last : clamp(start + 1);
    case "PageUp":
      return clamp(start - page);
    case "PageDown":
      return clamp(start + page);
    case "Home":
      return 0;
    case "End":
      return last;
    default:
      return undefined;
  }
}
