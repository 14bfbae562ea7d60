import { describe, expect, it } from "vitest";
import { encodeAbiParameters, numberToHex, parseAbiItem, toEventSelector, type Address } from "viem";
import { REORG_DEPTH } from "./logCache/range.ts";
import { memoryStore } from "./logCache/store.ts";
import { getLogsAdaptive, readLogs } from "./logs.ts";

const event = parseAbiItem("event NavRecorded(uint256 gav, uint256 totalSupply, uint256 timestamp)");
const A = "0x00000000000000000000000000000000000000aa" as Address;
const B = "0x00000000000000000000000000000000000000bb" as Address;

type Params = { address: Address[]; topics: unknown[]; fromBlock: `0x${string}`; toBlock: `0x${string}` };
type Request = { method: string; params: [Params] };

/**
 * A node with a log of A at every 10th block and of B at every 25th, refusing ranges over
 * `maxSpan` with `refusal` (a provider's wording).
 */
function fakeNode(maxSpan: bigint, hashSalt = "0", refusal = `query exceeds max block range ${maxSpan}`) {
  const calls: [bigint, bigint, Address[]][] = [];
  const topics: unknown[][] = [];
  const client = {
    request: async ({ method, params: [q] }: Request, options?: { retryCount?: number }) => {
      // The cache's check that the chain is the one it was written from.
      if (method === "eth_getBlockByNumber") return { hash: `0x${hashSalt}${BigInt(q as never).toString(16)}` };
      expect(method).toBe("eth_getLogs");
      expect(options?.retryCount).toBe(0);
      const [fromBlock, toBlock] = [BigInt(q.fromBlock), BigInt(q.toBlock)];
      calls.push([fromBlock, toBlock, q.address]);
      topics.push(q.topics);
      if (toBlock - fromBlock + 1n > maxSpan) throw Object.assign(new Error(refusal), { code: -32005 });
      const out: unknown[] = [];
      const log = (address: Address, b: bigint, logIndex: number) => ({
        address,
        blockNumber: numberToHex(b),
        blockHash: `0x${hashSalt}${b.toString(16)}`,
        logIndex: numberToHex(logIndex),
        transactionHash: `0x${"ab".repeat(32)}`,
        transactionIndex: "0x0",
        removed: false,
        topics: [toEventSelector(event)],
        data: encodeAbiParameters([{ type: "uint256" }, { type: "uint256" }, { type: "uint256" }], [b, 1n, 2n]),
      });
      for (let b = fromBlock; b <= toBlock; b++) {
        if (q.address.includes(A) && b % 10n === 0n) out.push(log(A, b, 0));
        if (q.address.includes(B) && b % 25n === 0n) out.push(log(B, b, 1));
      }
      return out;
    },
  };
  return { client: client as never, calls, topics };
}

describe("getLogsAdaptive", () => {
  it("splits a refused range by the limit the refusal names, and returns every log once, in order", async () => {
    const node = fakeNode(100n);
    const logs = await getLogsAdaptive<{ gav: bigint }>({ client: node.client, event }, [A], 0n, 999n);
    expect(logs.map((l) => l.blockNumber)).toEqual(Array.from({ length: 100 }, (_, i) => BigInt(i * 10)));
    expect(logs[3].args.gav).toBe(30n);
    // 1 refusal, then 10 ranges of 100 blocks
    expect(node.calls.length).toBe(11);
  });
  it("learns the limit once per client: later reads start within it", async () => {
    const node = fakeNode(100n);
    await getLogsAdaptive({ client: node.client, event }, [A], 0n, 999n);
    const before = node.calls.length;
    await getLogsAdaptive({ client: node.client, event }, [A, B], 0n, 499n);
    expect(node.calls.slice(before).map((c) => c[1] - c[0] + 1n)).toEqual([100n, 100n, 100n, 100n, 100n]);
  });
  it("halves the range when the refusal names no limit", async () => {
    const node = fakeNode(100n, "0", "Request exceeds defined limit");
    const logs = await getLogsAdaptive({ client: node.client, event }, [A], 0n, 999n);
    expect(logs).toHaveLength(100);
    // 4 refusals (1000 → 500 → 250 → 125 → 63), then 16 ranges of 63 blocks; each refusal is of a
    // range in flight, so refusals happen in parallel at most once per width
    expect(node.calls.filter((c) => c[1] - c[0] + 1n > 100n).length).toBeLessThanOrEqual(1 + 2 + 4 + 8);
    expect(node.calls.filter((c) => c[1] - c[0] + 1n <= 100n).length).toBe(16);
  });
  it("splits a range with too many results without narrowing later reads", async () => {
    const node = fakeNode(500n, "0", "query returned more than 10000 results");
    await getLogsAdaptive({ client: node.client, event }, [A], 0n, 999n);
    const before = node.calls.length;
    await getLogsAdaptive({ client: node.client, event }, [A], 0n, 299n);
    expect(node.calls.slice(before).map((c) => c.slice(0, 2))).toEqual([[0n, 299n]]);
  });
  it("passes the indexed-argument filter with every split range", async () => {
    const node = fakeNode(100n);
    const owner = { gav: 5n };
    const indexed = parseAbiItem("event NavRecorded(uint256 indexed gav, uint256 totalSupply, uint256 timestamp)");
    await getLogsAdaptive({ client: node.client, event: indexed, args: owner }, [A], 0n, 299n);
    expect(node.topics.length).toBe(node.calls.length);
    expect(node.topics.every((t) => t[1] === numberToHex(5n, { size: 32 }))).toBe(true);
  });
  it("sends a request again after a rate-limit refusal, and rethrows errors that are not about the range", async () => {
    let calls = 0;
    const busy = {
      request: async () => {
        if (++calls === 1) throw Object.assign(new Error("Too Many Requests"), { code: 429 });
        return [];
      },
    } as never;
    expect(await getLogsAdaptive({ client: busy, event }, [A], 0n, 10n)).toEqual([]);
    expect(calls).toBe(2);
    const down = {
      request: async () => {
        throw new Error("connection refused");
      },
    } as never;
    await expect(getLogsAdaptive({ client: down, event }, [A], 0n, 10n)).rejects.toThrow("connection refused");
  });
});

describe("readLogs", () => {
  const base = { chainId: 31337, event, scope: "0xfactory", fromBlock: 0n };
  const blocks = (logs: { blockNumber: bigint }[]) => logs.map((l) => l.blockNumber);

  it("reads only the blocks after the settled range on the second read, bigints intact", async () => {
    const store = memoryStore();
    const node = fakeNode(10_000n);
    const first = await readLogs<{ gav: bigint }>({
      ...base,
      client: node.client,
      store,
      addresses: [A, B],
      toBlock: 1000n,
    });
    expect(first.map((l) => [l.address, l.blockNumber]).slice(0, 5)).toEqual([
      [A, 0n],
      [B, 0n],
      [A, 10n],
      [A, 20n],
      [B, 25n],
    ]);
    expect(first).toHaveLength(101 + 41);
    const second = await readLogs<{ gav: bigint }>({
      ...base,
      client: node.client,
      store,
      addresses: [A, B],
      toBlock: 1030n,
    });
    // settled: 64 blocks below the block read to
    expect(node.calls.at(-1)!.slice(0, 2)).toEqual([1000n - REORG_DEPTH + 1n, 1030n]);
    expect(blocks(second).slice(-4)).toEqual([1010n, 1020n, 1025n, 1030n]);
    expect(second.length).toBe(first.length + 4);
    expect(typeof second[0].args.gav).toBe("bigint");
  });

  it("reads a newly listed address from the start, the others from where they were", async () => {
    const store = memoryStore();
    const node = fakeNode(10_000n);
    await readLogs({ ...base, client: node.client, store, addresses: [A], toBlock: 500n });
    const all = await readLogs({ ...base, client: node.client, store, addresses: [A, B], toBlock: 600n });
    expect(node.calls.slice(1).map((c) => c.slice(0, 2))).toEqual([
      [437n, 600n],
      [0n, 600n],
    ]);
    expect(blocks(all.filter((l) => l.address === B)).slice(0, 3)).toEqual([0n, 25n, 50n]);
    expect(all.filter((l) => l.address === A)).toHaveLength(61);
  });

  it("reads everything again when the chain under the store was replaced", async () => {
    const store = memoryStore();
    await readLogs({ ...base, client: fakeNode(10_000n, "1").client, store, addresses: [A], toBlock: 500n });
    const other = fakeNode(10_000n, "2");
    const logs = await readLogs<{ gav: bigint }>({
      ...base,
      client: other.client,
      store,
      addresses: [A],
      toBlock: 700n,
    });
    expect(other.calls.map((c) => c.slice(0, 2))).toEqual([
      [437n, 700n],
      [0n, 700n],
    ]);
    expect(logs.every((l) => l.blockHash.startsWith("0x2"))).toBe(true);
    expect(logs).toHaveLength(71);
  });

  it("reads everything again on a chain shorter than the stored range", async () => {
    const store = memoryStore();
    await readLogs({ ...base, client: fakeNode(10_000n).client, store, addresses: [A], toBlock: 500n });
    const again = fakeNode(10_000n);
    await readLogs({ ...base, client: again.client, store, addresses: [A], toBlock: 200n });
    expect(again.calls.map((c) => c.slice(0, 2))).toEqual([[0n, 200n]]);
  });

  it("keeps nothing while no block is settled, and a failing store is only a miss", async () => {
    const store = memoryStore();
    const node = fakeNode(10_000n);
    await readLogs({ ...base, client: node.client, store, addresses: [A], toBlock: 20n });
    await readLogs({ ...base, client: node.client, store, addresses: [A], toBlock: 30n });
    expect(node.calls.map((c) => c.slice(0, 2))).toEqual([
      [0n, 20n],
      [0n, 30n],
    ]);
    const broken = { get: () => Promise.reject(new Error("blocked")), set: () => Promise.reject(new Error("full")) };
    const logs = await readLogs({
      ...base,
      client: node.client,
      store: { ...store, ...broken },
      addresses: [A],
      toBlock: 200n,
    });
    expect(logs).toHaveLength(21);
  });

  it("reads several events in one filter and names each log's event", async () => {
    const store = memoryStore();
    const node = fakeNode(10_000n);
    const topics = [[toEventSelector(event)]];
    const logs = await readLogs({
      ...base,
      client: node.client,
      store,
      addresses: [A],
      toBlock: 100n,
      events: { abi: [event], topics },
    });
    expect(node.topics[0]).toEqual(topics);
    expect(logs.every((l) => l.eventName === "NavRecorded")).toBe(true);
  });
});
