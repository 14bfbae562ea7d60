import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { mergeRange, planRange, REORG_DEPTH, settledEntry, wantedOf, type Positioned } from "./range.ts";

const A = "0x00000000000000000000000000000000000000aa" as Address;
const B = "0x00000000000000000000000000000000000000bb" as Address;
const log = (address: Address, blockNumber: bigint, logIndex = 0): Positioned => ({ address, blockNumber, logIndex });

describe("planRange", () => {
  const entry = { addresses: [A], from: 0n, to: 100n, logs: [log(A, 10n), log(A, 90n)] };

  it("reads everything without an entry, and nothing for no address or an empty range", () => {
    expect(planRange(undefined, [A], 0n, 50n)).toEqual({ kept: [], reads: [{ addresses: [A], from: 0n, to: 50n }] });
    expect(planRange(entry, [], 0n, 50n).reads).toEqual([]);
    expect(planRange(entry, [A], 60n, 50n).reads).toEqual([]);
  });

  it("reads the covered addresses after the entry and new ones from the start", () => {
    expect(planRange(entry, [A, B], 0n, 150n)).toEqual({
      kept: entry.logs,
      reads: [
        { addresses: [A], from: 101n, to: 150n },
        { addresses: [B], from: 0n, to: 150n },
      ],
    });
    expect(planRange(entry, [A], 0n, 100n)).toEqual({ kept: entry.logs, reads: [] });
  });

  it("does not use an entry of another start or one past the block read to (another chain)", () => {
    expect(planRange(entry, [A], 5n, 150n)).toEqual({ kept: [], reads: [{ addresses: [A], from: 5n, to: 150n }] });
    expect(planRange(entry, [A], 0n, 99n)).toEqual({ kept: [], reads: [{ addresses: [A], from: 0n, to: 99n }] });
  });

  it("keeps only the cached logs of the addresses asked for", () => {
    const both = { ...entry, addresses: [A, B], logs: [log(A, 10n), log(B, 20n)] };
    expect(planRange(both, [B], 0n, 100n).kept).toEqual([log(B, 20n)]);
  });
});

describe("mergeRange", () => {
  it("orders by block and log index and drops a log read twice", () => {
    const merged = mergeRange([log(A, 10n), log(A, 20n, 1)], [[log(B, 20n, 0), log(A, 20n, 1)], [log(B, 5n)]]);
    expect(merged.map((l) => [l.blockNumber, l.logIndex])).toEqual([
      [5n, 0],
      [10n, 0],
      [20n, 0],
      [20n, 1],
    ]);
  });
});

describe("settledEntry", () => {
  it("keeps the logs at or below the settled block", () => {
    const to = 1000n;
    const kept = settledEntry([A], 0n, to, [log(A, 10n), log(A, to - REORG_DEPTH), log(A, to - REORG_DEPTH + 1n)]);
    expect(kept).toEqual({ addresses: [A], from: 0n, to: to - REORG_DEPTH, logs: [log(A, 10n), log(A, 936n)] });
  });

  it("keeps nothing before a block is settled, and never less than what was settled before", () => {
    expect(settledEntry([A], 0n, REORG_DEPTH - 1n, [])).toBeUndefined();
    expect(settledEntry([A], 0n, 1010n, [], 990n)?.to).toBe(990n);
  });
});

describe("wantedOf", () => {
  it("lower-cases and drops repeats", () => {
    expect(wantedOf([A.toUpperCase() as Address, A])).toEqual([A]);
  });
});
