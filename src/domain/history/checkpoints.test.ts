import { describe, expect, it } from "vitest";
import { checkpointSeries, unpackCheckpoint } from "./checkpoints.ts";

// The contract's packing: time | nav << 40 | gav << 136.
const pack = (t: bigint, nav: bigint, gav: bigint) => t | (nav << 40n) | (gav << 136n);

describe("unpackCheckpoint", () => {
  it("reads the three fields of the contract's word", () => {
    const t = 1_764_000_000n;
    const nav = 1_023_456_789_012n;
    const gav = 12_345_678_901_234_567_890n;
    expect(unpackCheckpoint(pack(t, nav, gav))).toEqual({ t, navPerShare: nav, gav });
    const max = pack((1n << 40n) - 1n, (1n << 96n) - 1n, (1n << 120n) - 1n);
    expect(unpackCheckpoint(max)).toEqual({
      t: (1n << 40n) - 1n,
      navPerShare: (1n << 96n) - 1n,
      gav: (1n << 120n) - 1n,
    });
  });
});

describe("checkpointSeries", () => {
  it("leaves out days without shares and values that did not fit", () => {
    const words = [pack(10n, 0n, 0n), pack(20n, 1_000n, 5_000n), pack(30n, (1n << 96n) - 1n, (1n << 120n) - 1n)];
    expect(checkpointSeries(words)).toEqual({
      nav: [{ t: 20n, navPerShare: 1_000n }],
      tvl: [
        { t: 10n, v: 0n },
        { t: 20n, v: 5_000n },
      ],
    });
  });
});
