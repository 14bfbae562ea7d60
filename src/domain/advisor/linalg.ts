// Small dense linear algebra for the optimiser (a fund lists a handful of assets): plain
// arrays of floats, Gaussian elimination with partial pivoting.
export type Vec = number[];
export type Mat = number[][];

export const dot = (a: Vec, b: Vec) => a.reduce((s, x, i) => s + x * b[i], 0);
export const matVec = (m: Mat, v: Vec): Vec => m.map((row) => dot(row, v));
export const quad = (m: Mat, v: Vec) => dot(v, matVec(m, v));
export const sum = (v: Vec) => v.reduce((s, x) => s + x, 0);

/** Solves `a x = b`; undefined when `a` is singular to working precision. */
export function solve(a: Mat, b: Vec): Vec | undefined {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  const scale = Math.max(...a.flat().map(Math.abs), 0);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    if (Math.abs(m[p][c]) <= scale * 1e-14 || m[p][c] === 0) return undefined;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      if (f !== 0) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let k = r + 1; k < n; k++) s -= m[r][k] * x[k];
    x[r] = s / m[r][r];
  }
  return x;
}
