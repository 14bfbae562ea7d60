// The long-only allocation problem every objective reduces to:
//   minimise ½ wᵀQw − cᵀw  subject to  Σw = 1,  lower ≤ w ≤ upper,
// solved exactly (up to rounding) by a primal active-set method (Nocedal & Wright, §16.5).
// Q is a covariance matrix (positive semi-definite); a tiny ridge makes it definite so the
// solution is unique even when an asset is riskless (the fund's own unit of account).
import { solve, sum, type Mat, type Vec } from "./linalg.ts";

export interface Box {
  lower: Vec;
  upper: Vec;
}

const Bound = { Free: 0, Lower: 1, Upper: 2 } as const;
type Bound = (typeof Bound)[keyof typeof Bound];

/** A feasible start: every weight at its lower bound, the rest poured in up to the caps in order. */
function start({ lower, upper }: Box): Vec {
  const w = [...lower];
  let left = 1 - sum(lower);
  for (let i = 0; i < w.length && left > 0; i++) {
    const add = Math.min(upper[i] - w[i], left);
    w[i] += add;
    left -= add;
  }
  if (left > 1e-12) throw new Error("infeasible: the caps add up to less than 100 %");
  return w;
}

export function feasible({ lower, upper }: Box) {
  return lower.every((l, i) => l >= 0 && l <= upper[i] + 1e-15) && sum(lower) <= 1 + 1e-12 && sum(upper) >= 1 - 1e-12;
}

export function solveQp(q: Mat, c: Vec, box: Box): Vec {
  const n = c.length;
  const ridge = 1e-12 * Math.max(1e-12, ...q.map((row, i) => row[i]));
  const Q = q.map((row, i) => row.map((x, j) => (i === j ? x + ridge : x)));
  const { lower, upper } = box;
  const w = start(box);
  // Fixed weights never enter the working set's free part.
  const state: Bound[] = w.map((_, i) => (upper[i] - lower[i] <= 0 ? Bound.Lower : Bound.Free));
  const scale = Math.max(1e-300, ...Q.map((row, i) => row[i]), ...c.map(Math.abs));
  for (let iter = 0; iter < 200 * (n + 1); iter++) {
    const free = state.flatMap((s, i) => (s === Bound.Free ? [i] : []));
    const g = Q.map((row, i) => row.reduce((s, x, j) => s + x * w[j], 0) - c[i]);
    // Equality-constrained step on the free weights: [Q_FF 1; 1ᵀ 0][p; s] = [−g_F; 0].
    const k = free.length;
    let p = new Array<number>(k).fill(0);
    let nu = 0;
    if (k > 0) {
      const kkt = free.map((i) => [...free.map((j) => Q[i][j]), 1]);
      kkt.push([...free.map(() => 1), 0]);
      const x = solve(kkt, [...free.map((i) => -g[i]), 0]);
      if (!x) throw new Error("singular optimality system");
      p = x.slice(0, k);
      nu = -x[k];
    }
    const stepSize = Math.max(0, ...p.map(Math.abs));
    if (stepSize <= 1e-13) {
      // Stationary on the working set: a bound with a negative multiplier is released.
      let worst = -1e-12 * scale;
      let release = -1;
      state.forEach((s, i) => {
        if (s === Bound.Free || upper[i] - lower[i] <= 0) return;
        const lambda = s === Bound.Lower ? g[i] - nu : nu - g[i];
        if (lambda < worst) [worst, release] = [lambda, i];
      });
      if (release < 0) return tidy(w, box);
      state[release] = Bound.Free;
      continue;
    }
    // Ratio test: the longest step along p that stays within the bounds.
    let alpha = 1;
    let block = -1;
    free.forEach((i, j) => {
      const to = p[j] < 0 ? (lower[i] - w[i]) / p[j] : p[j] > 0 ? (upper[i] - w[i]) / p[j] : Infinity;
      if (to < alpha) [alpha, block] = [Math.max(0, to), i];
    });
    free.forEach((i, j) => (w[i] += alpha * p[j]));
    // A lone free weight stays free: the budget pins it, and the working set stays independent.
    if (block >= 0 && k > 1) {
      const j = free.indexOf(block);
      state[block] = p[j] < 0 ? Bound.Lower : Bound.Upper;
      w[block] = p[j] < 0 ? lower[block] : upper[block];
    }
  }
  throw new Error("the optimiser did not converge");
}

/** Clamps rounding dust back into the box and onto the budget. */
function tidy(w: Vec, { lower, upper }: Box): Vec {
  const out = w.map((x, i) => Math.min(upper[i], Math.max(lower[i], x)));
  let residual = 1 - sum(out);
  for (let i = 0; i < out.length && residual !== 0; i++) {
    const room = residual > 0 ? upper[i] - out[i] : lower[i] - out[i];
    const move = residual > 0 ? Math.min(room, residual) : Math.max(room, residual);
    out[i] += move;
    residual -= move;
  }
  return out;
}
