import { describe, expect, it } from "vitest";
import { readSummaries, restOfSummaries, SUMMARY_PAGE, type LensSummary } from "./summaries.ts";

const summary = (i: number, ok = true) => ({ ok, name: `Fund ${i}` }) as unknown as LensSummary;

/** A lens over `n` funds that returns at most `perCall` summaries a call, the third one flagged. */
function fakeLens(n: number, perCall: number) {
  const calls: { from: bigint; count: bigint; blockNumber?: bigint }[] = [];
  const client = {
    readContract: async ({
      functionName,
      args,
      blockNumber,
    }: {
      functionName: string;
      args?: readonly unknown[];
      blockNumber?: bigint;
    }) => {
      if (functionName === "fundCount") return BigInt(n);
      const [, from, count] = args as [string, bigint, bigint];
      calls.push({ from, count, blockNumber });
      const end = Math.min(n, Number(from) + Math.min(Number(count), perCall));
      return Array.from({ length: Math.max(0, end - Number(from)) }, (_, k) =>
        summary(Number(from) + k, Number(from) + k !== 2),
      );
    },
  };
  return { client: client as never, calls };
}

describe("fund summaries", () => {
  it("read on from where the lens stopped, at one block, until the registry is complete", async () => {
    const { client, calls } = fakeLens(7, 3);
    const all = await readSummaries(client, 31337, 42n);
    expect(all.map((s) => s.name)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `Fund ${i}`));
    expect(all.map((s) => s.ok)).toEqual([true, true, false, true, true, true, true]); // flagged, not dropped
    expect(calls).toEqual([0n, 3n, 6n].map((from) => ({ from, count: SUMMARY_PAGE, blockNumber: 42n })));
  });

  it("complete a first page read elsewhere, and need no call when it has everything", async () => {
    const { client, calls } = fakeLens(2, 50);
    expect(await restOfSummaries(client, 31337, [summary(0), summary(1)], 2n, 1n)).toHaveLength(2);
    expect(calls).toEqual([]);
  });

  it("fail in words, rather than loop, when the lens can read no fund at all", async () => {
    const { client } = fakeLens(3, 0);
    await expect(readSummaries(client, 31337, 1n)).rejects.toThrow("too little gas");
  });
});
