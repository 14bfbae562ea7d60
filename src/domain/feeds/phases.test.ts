import { describe, expect, it } from "vitest";
import { mergePhases, type PhaseRound } from "./phases.ts";
import { proxyRoundId } from "./roundId.ts";

const r = (phaseId: number, aggregatorRoundId: bigint, updatedAt: bigint, answer = 100n + updatedAt): PhaseRound => ({
  phaseId,
  aggregatorRoundId,
  answer,
  updatedAt,
});

describe("mergePhases", () => {
  it("orders rounds by phase, then by the aggregator's round, whatever order they came in", () => {
    const merged = mergePhases([r(2, 2n, 50n), r(1, 2n, 20n), r(2, 1n, 40n), r(1, 1n, 10n), r(1, 3n, 30n)]);
    expect(merged.map((m) => m.roundId)).toEqual([
      proxyRoundId(1, 1n),
      proxyRoundId(1, 2n),
      proxyRoundId(1, 3n),
      proxyRoundId(2, 1n),
      proxyRoundId(2, 2n),
    ]);
    expect(merged.map((m) => m.updatedAt)).toEqual([10n, 20n, 30n, 40n, 50n]);
    expect(merged[3].answer).toBe(140n);
  });

  it("drops an old aggregator's rounds reported after the next phase began", () => {
    const merged = mergePhases([r(1, 1n, 10n), r(1, 2n, 20n), r(2, 1n, 25n), r(1, 3n, 30n), r(2, 2n, 35n)]);
    expect(merged.map((m) => m.updatedAt)).toEqual([10n, 20n, 25n, 35n]);
  });

  it("drops empty slots and repeats (a round read twice from overlapping reads)", () => {
    const merged = mergePhases([r(1, 1n, 10n), r(1, 1n, 10n), r(1, 2n, 0n), r(1, 3n, 30n)]);
    expect(merged.map((m) => m.roundId)).toEqual([proxyRoundId(1, 1n), proxyRoundId(1, 3n)]);
  });

  it("skips a phase that recorded nothing and keeps times from going back", () => {
    const merged = mergePhases([r(1, 1n, 10n), r(3, 1n, 30n), r(3, 2n, 40n)]);
    expect(merged.map((m) => m.roundId)).toEqual([proxyRoundId(1, 1n), proxyRoundId(3, 1n), proxyRoundId(3, 2n)]);
    const times = merged.map((m) => m.updatedAt);
    expect([...times].sort((a, b) => (a < b ? -1 : 1))).toEqual(times);
  });

  it("is empty for no rounds", () => {
    expect(mergePhases([])).toEqual([]);
  });
});
