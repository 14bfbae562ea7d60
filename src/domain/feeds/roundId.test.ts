import { describe, expect, it } from "vitest";
import { parseRoundId, proxyRoundId } from "./roundId.ts";

describe("proxy round ids", () => {
  it("put the phase in the bits above the aggregator's 64", () => {
    expect(proxyRoundId(1, 1n)).toBe(18446744073709551617n); // 2^64 + 1, as mainnet's phase 1 round 1
    expect(proxyRoundId(2, 5n)).toBe((2n << 64n) + 5n);
  });

  it("round-trip through parseRoundId, also at the edges", () => {
    for (const [phase, round] of [
      [1, 1n],
      [7, 123_456n],
      [65_535, (1n << 64n) - 1n],
      [0, 0n],
    ] as const) {
      expect(parseRoundId(proxyRoundId(phase, round))).toEqual({ phaseId: phase, aggregatorRoundId: round });
    }
  });

  it("read a phase-6 id as phase 6, not as a huge round", () => {
    expect(parseRoundId(110680464442257317303n)).toEqual({ phaseId: 6, aggregatorRoundId: 7_607n });
  });

  it("refuse phases and rounds that do not fit", () => {
    expect(() => proxyRoundId(65_536, 1n)).toThrow(RangeError);
    expect(() => proxyRoundId(1, 1n << 64n)).toThrow(RangeError);
    expect(() => proxyRoundId(1, -1n)).toThrow(RangeError);
  });
});
