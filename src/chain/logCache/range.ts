// What a cached range of event logs lets a read skip, and what of a read may be kept: pure, so
// that the rules are tested without a node or a browser store. Only settled blocks are kept (a
// reorg does not reach that deep), so a later read asks for the blocks after the cached range.
import type { Address } from "viem";

/** Blocks this far below the block read to are taken as settled (two epochs on Ethereum). */
export const REORG_DEPTH = 64n;

/** Where a log sits in the chain: enough to order, merge and cache it. */
export interface Positioned {
  address: Address;
  blockNumber: bigint;
  logIndex: number;
}

/** Every log of `addresses` (lower-case) in `from..to`, `to` a settled block when it was written. */
export interface RangeEntry<L extends Positioned> {
  addresses: string[];
  from: bigint;
  to: bigint;
  logs: L[];
}

/** One eth_getLogs filter's addresses over a block range. */
export interface RangeRead {
  addresses: Address[];
  from: bigint;
  to: bigint;
}

export interface RangePlan<L extends Positioned> {
  /** The cached logs still valid for the request (of the addresses asked for). */
  kept: L[];
  /** What must still be read. */
  reads: RangeRead[];
}

const lower = (a: string) => a.toLowerCase() as Address;

/** The distinct addresses of a request, lower-case. */
export const wantedOf = (addresses: readonly Address[]): Address[] => [...new Set(addresses.map(lower))];

/**
 * What to read for `wanted` over `from..to` given `entry`: an entry of another start, or one that
 * reaches past `to` (the chain is shorter than when it was written: another chain) is not used;
 * addresses it covers are read from its end on, the others from `from`.
 */
export function planRange<L extends Positioned>(
  entry: RangeEntry<L> | undefined,
  wanted: readonly Address[],
  from: bigint,
  to: bigint,
): RangePlan<L> {
  if (wanted.length === 0 || from > to) return { kept: [], reads: [] };
  if (!entry || entry.from !== from || entry.to > to)
    return { kept: [], reads: [{ addresses: [...wanted], from, to }] };
  const known = wanted.filter((a) => entry.addresses.includes(a));
  const fresh = wanted.filter((a) => !entry.addresses.includes(a));
  const reads: RangeRead[] = [];
  if (known.length && entry.to < to) reads.push({ addresses: known, from: entry.to + 1n, to });
  if (fresh.length) reads.push({ addresses: fresh, from, to });
  return { kept: entry.logs.filter((l) => known.includes(lower(l.address))), reads };
}

export const byPosition = (a: Positioned, b: Positioned) =>
  a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1;

/** The kept logs and those read, in chain order, each once. */
export function mergeRange<L extends Positioned>(kept: readonly L[], read: readonly (readonly L[])[]): L[] {
  const seen = new Set<string>();
  const out: L[] = [];
  for (const l of [...kept, ...read.flat()].sort(byPosition)) {
    const id = `${l.blockNumber}:${l.logIndex}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(l);
  }
  return out;
}

/**
 * The entry worth storing after reading `from..to`: its settled part, or nothing when none is settled yet.
 * `settledBefore` is the end of the entry the read resumed, settled already.
 */
export function settledEntry<L extends Positioned>(
  wanted: readonly Address[],
  from: bigint,
  to: bigint,
  logs: readonly L[],
  settledBefore?: bigint,
  depth = REORG_DEPTH,
): RangeEntry<L> | undefined {
  const settled = settledBefore !== undefined && settledBefore > to - depth ? settledBefore : to - depth;
  if (settled < from) return undefined;
  return { addresses: [...wanted], from, to: settled, logs: logs.filter((l) => l.blockNumber <= settled) };
}
