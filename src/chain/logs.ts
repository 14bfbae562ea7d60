// Event logs of many contracts, read in as few eth_getLogs calls as the provider allows and
// cached across reloads, so that a reload only asks for the blocks it has not seen.
import { BaseError, toEventSelector, type AbiEvent, type Address, type Hash, type Log, type PublicClient } from "viem";

export { browserStorage } from "../lib/browserStorage.ts";

export interface CachedLog<A> {
  address: Address;
  blockNumber: bigint;
  blockHash: Hash;
  logIndex: number;
  /** Absent in logs cached before it was kept. */
  transactionHash?: Hash;
  args: A;
}

export interface ReadLogsOptions {
  client: Pick<PublicClient, "getLogs">;
  chainId: number;
  event: AbiEvent;
  /** What the cache entry is about besides the event, e.g. the factory whose funds emit it. */
  scope: string;
  addresses: readonly Address[];
  fromBlock: bigint;
  toBlock: bigint;
  storage?: Pick<Storage, "getItem" | "setItem" | "removeItem"> | null;
}

type Entry<A> = { addresses: string[]; from: bigint; to: bigint; logs: CachedLog<A>[] };

// JSON has no bigint: they are stored as tagged decimal strings.
const replacer = (_: string, v: unknown) => (typeof v === "bigint" ? { $n: v.toString() } : v);
const reviver = (_: string, v: unknown) =>
  v && typeof v === "object" && "$n" in v && typeof v.$n === "string" ? BigInt(v.$n) : v;

const keyOf = (o: ReadLogsOptions) =>
  `evergreen:logs:${o.chainId}:${o.scope.toLowerCase()}:${toEventSelector(o.event)}`;

function load<A>(o: ReadLogsOptions): Entry<A> | undefined {
  try {
    const raw = o.storage?.getItem(keyOf(o));
    return raw ? (JSON.parse(raw, reviver) as Entry<A>) : undefined;
  } catch {
    return undefined; // a corrupt entry is only a cache miss
  }
}

function save<A>(o: ReadLogsOptions, e: Entry<A>) {
  try {
    o.storage?.setItem(keyOf(o), JSON.stringify(e, replacer));
  } catch {
    o.storage?.removeItem(keyOf(o)); // over quota: go without a cache rather than a stale one
  }
}

/** Whether the provider refused the request for its block range or result size. */
export function isRangeError(error: unknown): boolean {
  const hit = (e: unknown) => {
    const code = (e as { code?: unknown }).code;
    const text = `${(e as Error).message ?? ""} ${(e as BaseError).details ?? ""}`;
    return code === -32005 || /block range|too many|limit exceeded|query returned more than|response size|range is too large|max.*range/i.test(text);
  };
  return error instanceof BaseError ? error.walk(hit) !== null : error instanceof Error && hit(error);
}

/** One filter over `from..to` (optionally on indexed `args`), split into smaller ranges for as long as the provider refuses. */
export async function getLogsAdaptive<A>(
  o: Pick<ReadLogsOptions, "client" | "event"> & { args?: Record<string, unknown> },
  addresses: readonly Address[],
  from: bigint,
  to: bigint,
): Promise<CachedLog<A>[]> {
  const out: CachedLog<A>[] = [];
  let span = to - from + 1n;
  for (let cursor = from; cursor <= to; ) {
    const end = cursor + span - 1n < to ? cursor + span - 1n : to;
    try {
      const logs = (await o.client.getLogs({ address: [...addresses], event: o.event, args: o.args, fromBlock: cursor, toBlock: end, strict: true } as never)) as Log<bigint, number, false, AbiEvent, true>[];
      for (const l of logs) {
        out.push({ address: l.address, blockNumber: l.blockNumber!, blockHash: l.blockHash!, logIndex: l.logIndex!, transactionHash: l.transactionHash ?? undefined, args: l.args as A });
      }
      cursor = end + 1n;
    } catch (error) {
      if (span === 1n || !isRangeError(error)) throw error;
      span = (span + 1n) / 2n; // and keep the smaller span for the rest of the range
    }
  }
  return out;
}

const byPosition = <A>(a: CachedLog<A>, b: CachedLog<A>) =>
  a.blockNumber === b.blockNumber ? a.logIndex - b.logIndex : a.blockNumber < b.blockNumber ? -1 : 1;

/**
 * Every `event` log of `addresses` in `fromBlock..toBlock`, in chain order. With a cache, only
 * blocks after the cached ones are read, starting at the block of the last cached log: its
 * hash must come back unchanged, otherwise the chain was replaced (a restarted local world,
 * a reorg) and everything is read again.
 */
export async function readLogs<A>(o: ReadLogsOptions): Promise<CachedLog<A>[]> {
  const wanted = [...new Set(o.addresses.map((a) => a.toLowerCase() as Address))];
  if (wanted.length === 0) return [];
  let cached = load<A>(o);
  if (cached && (cached.from !== o.fromBlock || cached.to > o.toBlock)) cached = undefined;

  let logs: CachedLog<A>[] = [];
  if (cached) {
    const known = wanted.filter((a) => cached!.addresses.includes(a));
    const fresh = wanted.filter((a) => !cached!.addresses.includes(a));
    const anchor = cached.logs.at(-1);
    const resumeAt = anchor ? anchor.blockNumber : cached.to + 1n;
    const [tail, added] = await Promise.all([
      known.length && resumeAt <= o.toBlock ? getLogsAdaptive<A>(o, known, resumeAt, o.toBlock) : [],
      fresh.length ? getLogsAdaptive<A>(o, fresh, o.fromBlock, o.toBlock) : [],
    ]);
    const intact = !anchor || tail.some((l) => l.blockNumber === anchor.blockNumber && l.logIndex === anchor.logIndex && l.blockHash === anchor.blockHash);
    if (intact) {
      const old = cached.logs.filter((l) => known.includes(l.address.toLowerCase() as Address));
      logs = [...old, ...tail.filter((l) => !anchor || l.blockNumber > anchor.blockNumber), ...added];
    } else {
      cached = undefined;
    }
  }
  if (!cached) logs = await getLogsAdaptive<A>(o, wanted, o.fromBlock, o.toBlock);
  logs.sort(byPosition);
  save(o, { addresses: wanted, from: o.fromBlock, to: o.toBlock, logs });
  return logs;
}
