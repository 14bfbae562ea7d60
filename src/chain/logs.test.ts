import { describe, expect, it } from "vitest";
import { parseAbiItem, type Address } from "viem";
import { getLogsAdaptive, readLogs } from "./logs.ts";

const event = parseAbiItem("event NavRecorded(uint256 gav, uint256 totalSupply, uint256 timestamp)");
const A = "0x00000000000000000000000000000000000000aa" as Address;
const B = "0x00000000000000000000000000000000000000bb" as Address;

type Log = { address: Address; blockNumber: bigint; blockHash: `0x${string}`; logIndex: number; args: { gav: bigint } };

/** A node with a log of A at every 10th block and of B at every 25th, refusing ranges over `maxSpan`. */
function fakeNode(maxSpan: bigint, hashSalt = "0") {
  const calls: [bigint, bigint, Address[]][] = [];
  const client = {
    getLogs: async ({ address, fromBlock, toBlock }: { address: Address[]; fromBlock: bigint; toBlock: bigint }) => {
      calls.push([fromBlock, toBlock, address]);
      if (toBlock - fromBlock + 1n > maxSpan) throw Object.assign(new Error("query exceeds max block range 100"), { code: -32005 });
      const out: Log[] = [];
      for (let b = fromBlock; b <= toBlock; b++) {
        const hash = `0x${hashSalt}${b.toString(16)}` as const;
        if (address.includes(A) && b % 10n === 0n) out.push({ address: A, blockNumber: b, blockHash: hash, logIndex: 0, args: { gav: b } });
        if (address.includes(B) && b % 25n === 0n) out.push({ address: B, blockNumber: b, blockHash: hash, logIndex: 1, args: { gav: b } });
      }
      return out;
    },
  };
  return { client: client as never, calls };
}

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

describe("getLogsAdaptive", () => {
  it("halves the range while the node refuses it and returns every log once, in order", async () => {
    const node = fakeNode(100n);
    const logs = await getLogsAdaptive<{ gav: bigint }>({ client: node.client, event }, [A], 0n, 999n);
    expect(logs.map((l) => l.blockNumber)).toEqual(Array.from({ length: 100 }, (_, i) => BigInt(i * 10)));
    // 4 refusals (1000 → 500 → 250 → 125 → 63), then 16 ranges of 63 blocks
    expect(node.calls.length).toBe(20);
  });
  it("passes the indexed-argument filter with every split range", async () => {
    const node = fakeNode(100n);
    const seen: unknown[] = [];
    const client = { getLogs: async (q: { args?: unknown; address: Address[]; fromBlock: bigint; toBlock: bigint }) => (seen.push(q.args), (node.client as { getLogs: (x: typeof q) => Promise<Log[]> }).getLogs(q)) } as never;
    const owner = { owner: A };
    const logs = await getLogsAdaptive({ client, event, args: owner }, [A], 0n, 299n);
    expect(logs).toHaveLength(30);
    expect(seen.length).toBe(node.calls.length);
    expect(seen.every((a) => a === owner)).toBe(true);
  });
  it("rethrows errors that are not about the range", async () => {
    const client = { getLogs: async () => { throw new Error("connection refused"); } } as never;
    await expect(getLogsAdaptive({ client, event }, [A], 0n, 10n)).rejects.toThrow("connection refused");
  });
});

describe("readLogs", () => {
  const base = { chainId: 31337, event, scope: "0xfactory", fromBlock: 0n };

  it("reads only new blocks on the second read, bigints intact through storage", async () => {
    const storage = memoryStorage();
    const node = fakeNode(10_000n);
    const first = await readLogs<{ gav: bigint }>({ ...base, client: node.client, storage, addresses: [A, B], toBlock: 100n });
    expect(first.map((l) => [l.address, l.blockNumber])).toEqual([
      [A, 0n], [B, 0n], [A, 10n], [A, 20n], [B, 25n], [A, 30n], [A, 40n], [A, 50n], [B, 50n], [A, 60n], [A, 70n], [B, 75n], [A, 80n], [A, 90n], [A, 100n], [B, 100n],
    ]);
    const second = await readLogs<{ gav: bigint }>({ ...base, client: node.client, storage, addresses: [A, B], toBlock: 130n });
    // resumes at the last cached log's block, to check its hash
    expect(node.calls.at(-1)!.slice(0, 2)).toEqual([100n, 130n]);
    expect(second.map((l) => l.blockNumber).slice(-4)).toEqual([110n, 120n, 125n, 130n]);
    expect(second.length).toBe(first.length + 4);
    expect(typeof second[0].args.gav).toBe("bigint");
  });

  it("reads a newly listed address from the start, the others from where they were", async () => {
    const storage = memoryStorage();
    const node = fakeNode(10_000n);
    await readLogs({ ...base, client: node.client, storage, addresses: [A], toBlock: 50n });
    const all = await readLogs({ ...base, client: node.client, storage, addresses: [A, B], toBlock: 60n });
    expect(node.calls.slice(1).map((c) => c.slice(0, 2))).toEqual([[50n, 60n], [0n, 60n]]);
    expect(all.filter((l) => l.address === B).map((l) => l.blockNumber)).toEqual([0n, 25n, 50n]);
  });

  it("reads everything again when the chain under the cache was replaced", async () => {
    const storage = memoryStorage();
    await readLogs({ ...base, client: fakeNode(10_000n, "1").client, storage, addresses: [A], toBlock: 50n });
    const other = fakeNode(10_000n, "2");
    const logs = await readLogs<{ gav: bigint }>({ ...base, client: other.client, storage, addresses: [A], toBlock: 70n });
    expect(other.calls.map((c) => c.slice(0, 2))).toEqual([[50n, 70n], [0n, 70n]]);
    expect(logs.every((l) => l.blockHash.startsWith("0x2"))).toBe(true);
    // a chain shorter than the cache is another chain too
    const again = fakeNode(10_000n, "2");
    await readLogs({ ...base, client: again.client, storage, addresses: [A], toBlock: 20n });
    expect(again.calls.map((c) => c.slice(0, 2))).toEqual([[0n, 20n]]);
  });

  it("survives a corrupt entry", async () => {
    const storage = memoryStorage();
    storage.setItem(`evergreen:logs:31337:0xfactory:${"0x"}`, "{");
    for (const k of storage.m.keys()) storage.m.set(k, "{not json");
    const logs = await readLogs({ ...base, client: fakeNode(10_000n).client, storage, addresses: [A], toBlock: 20n });
    expect(logs).toHaveLength(3);
  });
});
