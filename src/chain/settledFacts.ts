// Facts of settled blocks that never change (a block's time, a view's answer at a block): taken
// from the history store, the missing ones read together (one round trip on a batching client)
// and stored for the next visit.
import { REORG_DEPTH } from "./logCache/range.ts";
import type { HistoryStore } from "./logCache/store.ts";
import { historyKey } from "./logs.ts";

export interface FactsOptions<T> {
  chainId: number;
  /** What the facts are, e.g. "block-time": part of the stored key. */
  kind: string;
  /** The block each fact is about, by the fact's own key (e.g. a block number, or "fund:block:shares"). */
  blocks: ReadonlyMap<string, bigint>;
  /** The latest block: facts of the last REORG_DEPTH blocks are read every time, not stored. */
  latest: bigint;
  store: HistoryStore | null;
  read: (key: string, block: bigint) => Promise<T>;
}

export async function settledFacts<T>(o: FactsOptions<T>): Promise<Map<string, T>> {
  const keys = [...o.blocks.keys()];
  const stored = await Promise.all(
    keys.map((k) => o.store?.get<T>(historyKey(o.chainId, o.kind, k)).catch(() => undefined)),
  );
  const missing = keys.filter((_, i) => stored[i] === undefined);
  const read = await Promise.all(missing.map((k) => o.read(k, o.blocks.get(k)!)));
  const out = new Map(keys.flatMap((k, i) => (stored[i] === undefined ? [] : [[k, stored[i] as T] as const])));
  missing.forEach((k, i) => {
    out.set(k, read[i]);
    if (o.blocks.get(k)! <= o.latest - REORG_DEPTH)
      void o.store?.set(historyKey(o.chainId, o.kind, k), read[i]).catch(() => undefined);
  });
  return out;
}
