// Test-only helpers: the shared seeded PRNG and custom-error decoding for viem writes.
import { BaseError, ContractFunctionRevertedError } from "viem";

export { prng } from "../shared/prng.js";

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
