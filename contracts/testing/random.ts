// Test-only helpers: a seeded PRNG on bigint and custom-error decoding for viem writes.
import { BaseError, ContractFunctionRevertedError } from "viem";

/** xorshift64* on bigint: fixed seeds give the same case sequence on every run. */
export function prng(seed: bigint) {
  const M = (1n << 64n) - 1n;
  let s = (seed * 0x9e3779b97f4a7c15n + 1n) & M;
  function next(): bigint {
    s ^= s >> 12n;
    s ^= (s << 25n) & M;
    s ^= s >> 27n;
    return (s * 0x2545f4914f6cdd1dn) & M;
  }
  /** Uniform-ish in [lo, hi] (inclusive). */
  function between(lo: bigint, hi: bigint): bigint {
    if (hi <= lo) return lo;
    const span = hi - lo + 1n;
    return lo + ((next() << 64n) | next()) % span;
  }
  return {
    next,
    between,
    int: (lo: number, hi: number) => Number(between(BigInt(lo), BigInt(hi))),
    chance: (pct: number) => Number(next() % 100n) < pct,
    pick: <T>(xs: readonly T[]): T => xs[Number(next() % BigInt(xs.length))],
  };
}

export type Revert = { name: string; args: readonly unknown[] };

/** Awaits `p` and returns the custom error it reverted with; fails if it did not revert with one. */
export async function reverts(p: Promise<unknown>): Promise<Revert> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BaseError) {
      const r = e.walk((x) => x instanceof ContractFunctionRevertedError);
      if (r instanceof ContractFunctionRevertedError && r.data?.errorName) {
        return { name: r.data.errorName, args: r.data.args ?? [] };
      }
    }
    throw new Error(`reverted without a decodable custom error: ${(e as Error).message}`);
  }
  throw new Error("expected a revert, but the call succeeded");
}

/** Awaits `p`: the custom error if it reverted with one, else null. */
export async function outcome(p: Promise<unknown>): Promise<Revert | null> {
  try {
    await p;
    return null;
  } catch (e) {
    if (e instanceof BaseError) {
      const r = e.walk((x) => x instanceof ContractFunctionRevertedError);
      if (r instanceof ContractFunctionRevertedError && r.data?.errorName) {
        return { name: r.data.errorName, args: r.data.args ?? [] };
      }
    }
    throw e;
  }
}

/**
 * Fixes the next block's timestamp (one second after the latest) and returns read options for
 * that pending block, so a preview is evaluated at exactly the time the next transaction runs
 * (fees accrue per second, so a preview at the latest block would be off by a second's fee).
 */
export async function pinNext(w: {
  publicClient: { getBlock: () => Promise<{ timestamp: bigint }> };
  networkHelpers: { time: { setNextBlockTimestamp: (t: bigint) => Promise<void> } };
}) {
  const t = (await w.publicClient.getBlock()).timestamp + 1n;
  await w.networkHelpers.time.setNextBlockTimestamp(t);
  return { blockTag: "pending" as const };
}
