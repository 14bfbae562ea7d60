// Event logs of many contracts, read in as few eth_getLogs calls as the provider allows and
// cached across reloads, so that a reload only asks for the blocks it has not seen.
import {
  encodeEventTopics,
  formatLog,
  numberToHex,
  parseEventLogs,
  type AbiEvent,
  type Address,
  type Hash,
  type Hex,
  type PublicClient,
  type RpcLog,
} from "viem";
import { createLimiter, type Limiter } from "../lib/limiter.ts";
import { mergeRange, planRange, settledEntry, wantedOf, type RangeEntry } from "./logCache/range.ts";
import type { HistoryStore } from "./logCache/store.ts";
import {
  isRangeError,
  isTooManyResults,
  isTransient,
  learnedSpan,
  learnSpan,
  providerKey,
  retryAfterMs,
  suggestedSpan,
} from "./providerLimits.ts";

export { historyStore } from "./logCache/store.ts";

export interface CachedLog<A> {
  address: Address;
  blockNumber: bigint;
  blockHash: Hash;
  logIndex: number;
  transactionHash?: Hash;
  /** The event's name: a filter over several events tells them apart by it. */
  eventName?: string;
  args: A;
}

type Topics = (Hex | Hex[] | null)[];

export interface ReadLogsOptions {
  client: Pick<PublicClient, "request">;
  chainId: number;
  event: AbiEvent;
  /** Indexed arguments the logs must match. */
  args?: Record<string, unknown>;
  /** Several events in one filter (topic 0 any of theirs), with the topics given: replaces `event` and `args`. */
  events?: { abi: readonly AbiEvent[]; topics: Topics };
  /** What the cache entry is about besides the filter, e.g. the factory whose funds emit it. */
  scope: string;
  addresses: readonly Address[];
  fromBlock: bigint;
  toBlock: bigint;
  /** Where settled history is kept across reloads; none: read everything. */
  store?: HistoryStore | null;
}

type LogClient = Pick<PublicClient, "request">;
type Filter = Pick<ReadLogsOptions, "event" | "args" | "events"> & { client: LogClient };

const topicsOf = (o: Filter): Topics =>
  o.events?.topics ?? (encodeEventTopics({ abi: [o.event], eventName: o.event.name, args: o.args } as never) as Topics);

// Public providers take a few requests at once; more only earn HTTP 429s.
const IN_PARALLEL = 4;
const ATTEMPTS = 6;
const FIRST_PAUSE_MS = 250;
const LONGEST_PAUSE_MS = 4000;
const limiters = new Map<unknown, Limiter>();
function limiterOf(client: object): Limiter {
  let limiter = limiters.get(providerKey(client));
  if (!limiter) limiters.set(providerKey(client), (limiter = createLimiter(IN_PARALLEL)));
  return limiter;
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One eth_getLogs, sent again while the provider is only busy or briefly failing: after the pause
 * it asks for (Retry-After), else a doubling one.
 */
async function requestLogs(o: Filter, addresses: readonly Address[], from: bigint, to: bigint): Promise<RpcLog[]> {
  const topics = topicsOf(o);
  const params = { address: [...addresses], topics, fromBlock: numberToHex(from), toBlock: numberToHex(to) };
  for (let attempt = 1; ; attempt++) {
    try {
      // No retries in the transport: a refused range is split at once rather than sent again as it was.
      return await limiterOf(o.client)(() =>
        o.client.request({ method: "eth_getLogs", params: [params] }, { retryCount: 0 }),
      );
    } catch (error) {
      if (attempt >= ATTEMPTS || isRangeError(error) || !isTransient(error)) throw error;
      await pause(Math.min(retryAfterMs(error) ?? FIRST_PAUSE_MS * 2 ** (attempt - 1), LONGEST_PAUSE_MS));
    }
  }
}

function decoded<A>(o: Filter, raw: RpcLog[]): CachedLog<A>[] {
  const abi = o.events?.abi ?? [o.event];
  return parseEventLogs({ abi, logs: raw.map((l) => formatLog(l)), strict: true }).map((l) => ({
    address: l.address,
    blockNumber: l.blockNumber!,
    blockHash: l.blockHash!,
    logIndex: l.logIndex!,
    transactionHash: l.transactionHash ?? undefined,
    eventName: l.eventName,
    args: l.args as A,
  }));
}

/** `from..to` in ranges of `span` blocks, read in parallel (within the provider's share), in order. */
async function readInSpans<A>(o: Filter, addresses: readonly Address[], from: bigint, to: bigint, span: bigint) {
  const ranges: [bigint, bigint][] = [];
  for (let a = from; a <= to; a += span) ranges.push([a, a + span - 1n < to ? a + span - 1n : to]);
  const parts = await Promise.all(ranges.map(([a, b]) => readRange<A>(o, addresses, a, b)));
  return parts.flat();
}

async function readRange<A>(
  o: Filter,
  addresses: readonly Address[],
  from: bigint,
  to: bigint,
): Promise<CachedLog<A>[]> {
  try {
    return decoded<A>(o, await requestLogs(o, addresses, from, to));
  } catch (error) {
    if (from === to || !isRangeError(error)) throw error;
    const size = to - from + 1n;
    const hint = suggestedSpan(error);
    const span = hint !== undefined && hint < size ? hint : (size + 1n) / 2n;
    // Too many results is about this range only; a block-range limit holds for every later read.
    if (isTooManyResults(error)) return readInSpans<A>(o, addresses, from, to, span);
    learnSpan(o.client, span);
    return readInSpans<A>(o, addresses, from, to, learnedSpan(o.client)!);
  }
}

/**
 * One filter over `from..to` (optionally on indexed `args`), in ranges the provider accepts: the
 * first refusal teaches the client's limit (from the figure in the refusal, else by halving), and
 * later reads start from it, a few ranges at a time.
 */
export async function getLogsAdaptive<A>(
  o: Filter,
  addresses: readonly Address[],
  from: bigint,
  to: bigint,
): Promise<CachedLog<A>[]> {
  if (from > to || addresses.length === 0) return [];
  return readInSpans<A>(o, addresses, from, to, learnedSpan(o.client) ?? to - from + 1n);
}

const keyOf = (o: ReadLogsOptions) => `${logsPrefix(o.chainId)}${o.scope.toLowerCase()}:${JSON.stringify(topicsOf(o))}`;
const logsPrefix = (chainId: number) => `evergreen:logs:${chainId}:`;
/** A key of other settled history of `chainId`, forgotten with its logs when the chain was replaced. */
export const historyKey = (chainId: number, ...parts: (string | bigint)[]) =>
  `${logsPrefix(chainId)}${parts.map(String).join(":").toLowerCase()}`;
const markKey = (chainId: number) => `evergreen:chain:${chainId}`;
type Mark = { blockNumber: bigint; hash: Hash };

// Once a page: whether the chain under the store is the one it was written from (a restarted
// local world has other block hashes), by the hash of one block the store remembers.
const checked = new WeakMap<HistoryStore, Map<number, Promise<boolean>>>();
function sameChain(o: ReadLogsOptions, store: HistoryStore, mark: Mark | undefined): Promise<boolean> {
  const id = o.chainId;
  if (!checked.has(store)) checked.set(store, new Map());
  const memo = checked.get(store)!;
  let p = memo.get(id);
  if (!p) {
    p = (async () => {
      if (!mark) return true;
      const block = (await o.client.request({
        method: "eth_getBlockByNumber",
        params: [numberToHex(mark.blockNumber), false],
      } as never)) as { hash?: Hash } | null;
      if (block?.hash === mark.hash) return true;
      await Promise.all([store.clear(logsPrefix(o.chainId)), store.clear(markKey(o.chainId))]);
      return false;
    })();
    p.catch(() => memo.delete(id));
    memo.set(id, p);
  }
  return p;
}

/**
 * Every log of the filter for `addresses` in `fromBlock..toBlock`, in chain order. With a store,
 * only the blocks after its settled range are read (and any address it does not cover, from
 * the start); what is settled after the read is stored for the next.
 */
export async function readLogs<A>(o: ReadLogsOptions): Promise<CachedLog<A>[]> {
  const wanted = wantedOf(o.addresses);
  if (wanted.length === 0) return [];
  const store = o.store;
  const key = keyOf(o);
  // The entry and the chain's mark at once, so that the check and the reads leave in the same tick.
  const [entry, mark] = store
    ? await Promise.all([
        store.get<RangeEntry<CachedLog<A>>>(key).catch(() => undefined),
        store.get<Mark>(markKey(o.chainId)).catch(() => undefined),
      ])
    : [];
  const plan = planRange(entry, wanted, o.fromBlock, o.toBlock);
  const read = (p: typeof plan) => Promise.all(p.reads.map((r) => getLogsAdaptive<A>(o, r.addresses, r.from, r.to)));
  // The chain is checked beside the first reads (one round trip on a batching client).
  const [same, parts] = await Promise.all([store && entry ? sameChain(o, store, mark) : true, read(plan)]);
  const fresh = same ? plan : planRange<CachedLog<A>>(undefined, wanted, o.fromBlock, o.toBlock);
  const logs = mergeRange(fresh.kept, same ? parts : await read(fresh));
  const keep = settledEntry(wanted, o.fromBlock, o.toBlock, logs, same && entry ? entry.to : undefined);
  if (store && keep) await remember(store, o.chainId, key, keep).catch(() => undefined); // a store that fails: a miss
  return logs;
}

/** Stores `entry`, and the first settled log's block as the chain's mark if it has none yet. */
async function remember<A>(store: HistoryStore, chainId: number, key: string, entry: RangeEntry<CachedLog<A>>) {
  await store.set(key, entry);
  const first = entry.logs[0];
  if (first && !(await store.get<Mark>(markKey(chainId))))
    await store.set(markKey(chainId), { blockNumber: first.blockNumber, hash: first.blockHash } satisfies Mark);
}
