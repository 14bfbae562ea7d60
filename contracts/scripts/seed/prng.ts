// A small deterministic PRNG (mulberry32), so the seeded world is the same on every run.
export function createRng(seed: number) {
  let a = seed >>> 0;
  function next(): number {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  return {
    /** Uniform integer in [0, n). */
    int: (n: number) => next() % n,
    /** Uniform bigint in [lo, hi]. */
    between: (lo: bigint, hi: bigint) => lo + (BigInt(next()) * (hi - lo + 1n)) / 4294967296n,
    /** Approximately standard normal, scaled by 1e6 (Irwin–Hall with 12 uniforms). */
    normalE6: () => {
      let s = 0n;
      for (let i = 0; i < 12; i++) s += BigInt(next() % 1_000_000);
      return s - 6_000_000n;
    },
    chance: (percent: number) => next() % 100 < percent,
  };
}
export type Rng = ReturnType<typeof createRng>;
