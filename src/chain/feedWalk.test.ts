import { describe, expect, it } from "vitest";
import type { Address } from "viem";
import { parseRoundId, proxyRoundId } from "../domain/feeds/index.ts";
import { walkFeedRounds } from "./feedWalk.ts";

const FEED = "0x00000000000000000000000000000000000000f0" as Address;
const A = "0x00000000000000000000000000000000000000a1" as Address;
const B = "0x00000000000000000000000000000000000000b2" as Address;
const ZERO = "0x0000000000000000000000000000000000000000";
type Round = { answer: bigint; updatedAt: bigint };

/**
 * A proxy with two phases as a chain would answer it: phase 1's aggregator A recorded a round a
 * day from t = 100 and two more after the proxy moved on to B at t = 1_000 (never the proxy's
 * answer); B recorded rounds from t = 1_000. `missing` rounds revert, as an aggregator's gaps do.
 */
function fakeChain(missing: bigint[] = []) {
  const daily = Array.from({ length: 9 }, (_, i) => ({ answer: 10n + BigInt(i), updatedAt: 100n * BigInt(i + 1) }));
  const a: Round[] = [...daily, { answer: 90n, updatedAt: 1_100n }, { answer: 91n, updatedAt: 1_200n }];
  const b: Round[] = Array.from({ length: 6 }, (_, i) => ({
    answer: 50n + BigInt(i),
    updatedAt: 1_000n + 50n * BigInt(i),
  }));
  const aggregators: Record<number, [Address, Round[]]> = { 1: [A, a], 2: [B, b] };
  const asked: bigint[] = [];
  const roundData = (phase: number, k: bigint) => {
    const rounds = aggregators[phase]?.[1];
    const exists = rounds && k >= 1n && k <= BigInt(rounds.length) && !missing.includes(proxyRoundId(phase, k));
    if (!exists) throw new Error("RoundNotFound");
    const r = rounds[Number(k) - 1];
    const id = proxyRoundId(phase, k);
    return [id, r.answer, r.updatedAt, r.updatedAt, id] as const;
  };
  const client = {
    multicall: async ({ contracts }: { contracts: { functionName: string; args?: readonly unknown[] }[] }) =>
      contracts.map((c) => {
        if (c.functionName === "phaseId") return 2;
        if (c.functionName === "phaseAggregators") return aggregators[c.args![0] as number]?.[0] ?? ZERO;
        const id = c.args![0] as bigint;
        asked.push(id);
        const { phaseId, aggregatorRoundId } = parseRoundId(id);
        try {
          return { status: "success", result: roundData(phaseId, aggregatorRoundId) };
        } catch (error) {
          return { status: "failure", error };
        }
      }),
    readContract: async ({ address }: { address: Address }) => {
      if (address === FEED) return roundData(2, BigInt(b.length));
      const [, rounds] = Object.values(aggregators).find(([x]) => x === address)!;
      return [BigInt(rounds.length), 0n, 0n, 0n, BigInt(rounds.length)];
    },
  };
  return { client: client as never, asked, a, b };
}

describe("walkFeedRounds", () => {
  it("reads every round of both phases in order, without the old aggregator's late rounds", async () => {
    const { client, a, b } = fakeChain();
    const rounds = await walkFeedRounds(client, FEED, { since: 0n, firstStep: 2n });
    expect(rounds).toEqual([
      ...a.slice(0, 9).map((r, i) => ({ roundId: proxyRoundId(1, BigInt(i + 1)), ...r })),
      ...b.map((r, i) => ({ roundId: proxyRoundId(2, BigInt(i + 1)), ...r })),
    ]);
  });

  it("stops once it covers `since`, in the current phase when that reaches back far enough", async () => {
    const { client, asked } = fakeChain();
    const rounds = await walkFeedRounds(client, FEED, { since: 1_120n, firstStep: 2n });
    // Steps may reach further back than needed: what counts is that `since` is covered.
    expect(rounds[0].updatedAt <= 1_120n).toBe(true);
    expect(rounds.filter((r) => r.updatedAt > 1_120n).map((r) => r.updatedAt)).toEqual([1_150n, 1_200n, 1_250n]);
    expect(asked.every((id) => parseRoundId(id).phaseId === 2)).toBe(true);
  });

  it("crosses into the old phase when the new one starts after `since`, and asks for no round twice", async () => {
    const { client, asked } = fakeChain();
    const rounds = await walkFeedRounds(client, FEED, { since: 750n, firstStep: 1n });
    expect(rounds[0]).toEqual({ roundId: proxyRoundId(1, 7n), answer: 16n, updatedAt: 700n });
    expect(rounds.at(-1)!.roundId).toBe(proxyRoundId(2, 6n));
    expect(new Set(asked).size).toBe(asked.length);
  });

  it("leaves out rounds an aggregator cannot answer", async () => {
    const { client } = fakeChain([proxyRoundId(2, 3n), proxyRoundId(1, 1n)]);
    const rounds = await walkFeedRounds(client, FEED, { since: 0n, firstStep: 3n });
    expect(rounds.map((r) => r.roundId)).not.toContain(proxyRoundId(2, 3n));
    expect(rounds).toHaveLength(9 + 6 - 2);
  });
});
