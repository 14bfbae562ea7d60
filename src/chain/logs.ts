// Event logs of many contracts, read in as few eth_getLogs calls as the provider allows and
// cached across reloads, so that a reload only asks for the blocks it has not seen.
import {
  encodeEventTopics,
  formatLog,
  numberToHex,
  parseEventLogs,
  toEventSelector,
  type AbiEvent,
  type Address,
  type Hash,
  type PublicClient,
  type RpcLog,
} from "viem";
import { createLimiter, type Limiter } from "../lib/limiter.ts";
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
  client: Pick<PublicClient, "request">;
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

type LogClient = Pick<PublicClient, "request">;
type Filter = Pick<ReadLogsOptions, "event"> & { client: LogClient; args?: Record<string, unknown> };

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
  const topics = encodeEventTopics({ abi: [o.event], eventName: o.event.name, args: o.args } as never);
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
  return parseEventLogs({ abi: [o.event], logs: raw.map((l) => formatLog(l)), strict: true }).map((l) => ({
    address: l.address,
    blockNumber: l.blockNumber!,
    blockHash: l.blockHash!,
    logIndex: l.logIndex!,
    transactionHash: l.transactionHash ?? undefined,
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
    const intact =
      !anchor ||
      tail.some(
        (l) =>
          l.blockNumber === anchor.blockNumber && l.logIndex === anchor.logIndex && l.blockHash === anchor.blockHash,
      );
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
