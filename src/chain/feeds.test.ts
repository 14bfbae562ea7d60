import { describe, expect, it } from "vitest";
import { encodeAbiParameters, encodeEventTopics, numberToHex, type AbiEvent, type Address } from "viem";
import { proxyRoundId } from "../domain/feeds/index.ts";
import { aggregatorAbi, feedPhases, knownPhases, readFeedHistory } from "./feeds.ts";
import { memoryStore } from "./logCache/store.ts";

const answerUpdated = aggregatorAbi.find((i) => i.type === "event" && i.name === "AnswerUpdated") as AbiEvent;

const FEED = "0x00000000000000000000000000000000000000f0" as Address;
const A = "0x00000000000000000000000000000000000000a1" as Address;
const B = "0x00000000000000000000000000000000000000b2" as Address;
type Answer = { current: bigint; roundId: bigint; updatedAt: bigint };
type Call = { functionName: string; args?: readonly unknown[] };

/**
 * A proxy whose phase 1 (aggregator A) recorded a round every 10th block up to block 100; at
 * `switchAt` (when given) B becomes phase 2 and records every 10th block from there, while A
 * records one more round (never the proxy's answer). The proxy itself emits no AnswerUpdated.
 */
function fakeChain(switchAt?: bigint) {
  const logs: { address: Address; blockNumber: bigint; args: Answer }[] = [];
  const log = (address: Address, blockNumber: bigint, current: bigint, roundId: bigint) =>
    logs.push({ address, blockNumber, args: { current, roundId, updatedAt: blockNumber * 12n } });
  for (let b = 10n; b <= 100n; b += 10n) log(A, b, b, b / 10n);
  if (switchAt !== undefined) {
    for (let b = switchAt; b <= switchAt + 50n; b += 10n) log(B, b, 1_000n + b, (b - switchAt) / 10n + 1n);
    log(A, switchAt + 5n, 7n, 11n);
  }
  const client = {
    multicall: async ({ contracts, blockNumber }: { contracts: Call[]; blockNumber: bigint }) =>
      contracts.map((c) => {
        const phases = switchAt !== undefined && blockNumber >= switchAt ? 2 : 1;
        if (c.functionName === "phaseId") return phases;
        const id = c.args![0] as number;
        return id === 1 ? A : id === 2 && phases === 2 ? B : "0x0000000000000000000000000000000000000000";
      }),
    // eth_getLogs, answered with raw logs as a node sends them.
    request: async ({
      method,
      params: [q],
    }: {
      method: string;
      params: [{ address: Address[]; fromBlock: `0x${string}`; toBlock: `0x${string}` }];
    }) =>
      // The cache's check that the chain is the one it was written from: a block's hash.
      method === "eth_getBlockByNumber"
        ? { hash: `0x${BigInt(q as unknown as string).toString(16)}` }
        : logs
            .filter((l) => q.address.map((a) => a.toLowerCase()).includes(l.address))
            .filter((l) => l.blockNumber >= BigInt(q.fromBlock) && l.blockNumber <= BigInt(q.toBlock))
            .map((l) => ({
              address: l.address,
              blockNumber: numberToHex(l.blockNumber),
              blockHash: `0x${l.blockNumber.toString(16)}`,
              logIndex: numberToHex(l.address === A ? 0 : 1),
              transactionHash: `0x${"cd".repeat(32)}`,
              transactionIndex: "0x0",
              removed: false,
              topics: encodeEventTopics({
                abi: [answerUpdated],
                args: { current: l.args.current, roundId: l.args.roundId },
              } as never),
              data: encodeAbiParameters([{ type: "uint256" }], [l.args.updatedAt]),
            })),
  };
  return client as never;
}

describe("readFeedHistory", () => {
  it("merges the AnswerUpdated logs of every phase's aggregator into proxy rounds, in order", async () => {
    const client = fakeChain(150n);
    const rounds = await readFeedHistory({ client, chainId: 1, feed: FEED, fromBlock: 0n, toBlock: 300n });
    expect(rounds.map((r) => r.roundId)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => proxyRoundId(1, BigInt(i + 1))),
      ...Array.from({ length: 6 }, (_, i) => proxyRoundId(2, BigInt(i + 1))),
    ]);
    expect(rounds[10]).toEqual({ roundId: proxyRoundId(2, 1n), answer: 1_150n, updatedAt: 1_800n });
    expect(rounds.some((r) => r.answer === 7n)).toBe(false); // A's round after the switch
  });

  it("adds a new phase's rounds to a history cached before the phase change", async () => {
    const store = memoryStore();
    const client = fakeChain(150n);
    const before = await readFeedHistory({ client, chainId: 1, feed: FEED, fromBlock: 0n, toBlock: 120n, store });
    expect(before).toHaveLength(10);
    const after = await readFeedHistory({ client, chainId: 1, feed: FEED, fromBlock: 0n, toBlock: 300n, store });
    expect(after).toHaveLength(16);
    expect(after.at(-1)).toEqual({ roundId: proxyRoundId(2, 6n), answer: 1_200n, updatedAt: 2_400n });
  });
});

describe("feedPhases and knownPhases", () => {
  const agg = (n: number) => `0x${n.toString(16).padStart(40, "0")}` as Address;
  const ZERO = agg(0);
  /** A proxy whose phases are served by `aggs` (phase 1 first); a phase past them reads as zero. */
  const proxy = (aggs: Address[]) =>
    ({
      multicall: async ({ contracts }: { contracts: { functionName: string; args?: readonly number[] }[] }) =>
        contracts.map((c) => (c.functionName === "phaseId" ? aggs.length : (aggs[c.args![0] - 1] ?? ZERO))),
    }) as never;
  const phases = (...ids: number[]) => ids.map((phaseId) => ({ phaseId, aggregator: agg(phaseId) }));

  it("reads every phase, beyond those read ahead too, and leaves out the empty ones", async () => {
    expect(await feedPhases(proxy([agg(1), ZERO, agg(3)]), FEED)).toEqual(phases(1, 3));
    const ten = Array.from({ length: 10 }, (_, i) => (i === 4 ? ZERO : agg(i + 1)));
    expect(await feedPhases(proxy(ten), FEED)).toEqual(phases(1, 2, 3, 4, 6, 7, 8, 9, 10));
  });

  it("takes the phases read ahead beside other reads, unless one failed or there are more", () => {
    const settled = (values: unknown[]) => values.map((result) => ({ status: "success" as const, result }));
    expect(knownPhases(settled([3, agg(1), ZERO, agg(3), ZERO, ZERO, ZERO, ZERO, ZERO]))).toEqual(phases(1, 3));
    expect(knownPhases(settled([9, ...Array.from({ length: 8 }, (_, i) => agg(i + 1))]))).toBeUndefined();
    const failed = [...settled([1]), { status: "failure" as const, error: new Error("x") }];
    expect(knownPhases(failed)).toBeUndefined();
  });
});
