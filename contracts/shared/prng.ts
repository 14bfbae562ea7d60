// One deterministic PRNG (xorshift64* on bigint) for the seed and the randomised tests:
// fixed seeds give the same world and the same cases on every run.
const MASK = (1n << 64n) - 1n;

export function prng(seed: bigint) {
  let s = (seed * 0x9e3779b97f4a7c15n + 1n) & MASK;
  function next(): bigint {
    s ^= s >> 12n;
    s ^= (s << 25n) & MASK;
    s ^= s >> 27n;
    return (s * 0x2545f4914f6cdd1dn) & MASK;
  }
  /** Uniform in [lo, hi] (inclusive). */
  function between(lo: bigint, hi: bigint): bigint {
    if (hi <= lo) return lo;
    return lo + (((next() << 64n) | next()) % (hi - lo + 1n));
  }
  return {
    next,
    between,
    int: (lo: number, hi: number) => Number(between(BigInt(lo), BigInt(hi))),
    chance: (percent: number) => Number(next() % 100n) < percent,
    pick: <T>(xs: readonly T[]): T => xs[Number(next() % BigInt(xs.length))],
    /** Approximately standard normal, scaled by 1e6 (sum of 12 uniforms, minus 6). */
    normalE6: () => {
      let sum = 0n;
      for (let i = 0; i < 12; i++) sum += next() % 1_000_000n;
      return sum - 6_000_000n;
    },
  };
}
export type Prng = ReturnType<typeof prng>;
