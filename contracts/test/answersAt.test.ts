// FundListLens.answersAt gives a feed's answer in force at given times, as a client finds it in the
// rounds of the feed's logs (mergePhases, then answerAt): Discover values past NAVs in USD with it
// instead of downloading every round, across the proxy's phases as the logs' reader walks them.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { network } from "hardhat";
import { parseEventLogs } from "viem";
import { mergePhases } from "../../src/domain/feeds/index.ts";
import { answerAt } from "../../src/domain/history/convert.ts";
import { revertsWith } from "../testing/attack.js";

const { viem, networkHelpers } = await network.create();
const usd8 = (x: bigint) => x * 10n ** 8n;

describe("FundListLens.answersAt", () => {
  let agg: any, proxy: any, lens: any;
  let rounds: { answer: bigint; updatedAt: bigint }[];

  before(async () => {
    const [owner] = await viem.getWalletClients();
    agg = await viem.deployContract("LocalAggregator", [8, "ETH / USD", owner.account.address]);
    proxy = await viem.deployContract("FeedProxy", [agg.address, owner.account.address]);
    lens = await viem.deployContract("FundListLens", [(await viem.deployContract("FundLens")).address]);
    // 120 rounds an hour to three days apart, the price wandering.
    let seed = 7n;
    const next = () => (seed = (seed * 1_103_515_245n + 12_345n) % 2_147_483_648n);
    for (let i = 0; i < 120; i++) {
      await networkHelpers.time.increase(Number(3_600n + (next() % 259_200n)));
      await agg.write.pushAnswer([usd8(2_000n + (next() % 2_000n))]);
    }
    const client = await viem.getPublicClient();
    const logs = parseEventLogs({
      abi: agg.abi,
      eventName: "AnswerUpdated",
      logs: await client.getLogs({ address: agg.address, fromBlock: 0n }),
    }) as any[];
    rounds = mergePhases(
      logs.map((l) => ({
        phaseId: 1,
        aggregatorRoundId: l.args.roundId,
        answer: l.args.current,
        updatedAt: l.args.updatedAt,
      })),
    );
    assert.equal(rounds.length, 120);
  });

  /** Times before the first round, at, just before and between rounds, after the last, in clusters. */
  function timesToAsk(): bigint[] {
    const ts = new Set<bigint>([rounds[0].updatedAt - 1n, rounds.at(-1)!.updatedAt + 86_400n]);
    for (const [i, r] of rounds.entries()) {
      if (i % 3 === 0) ts.add(r.updatedAt);
      if (i % 5 === 1) ts.add(r.updatedAt - 1n);
      if (i % 7 === 2) for (let k = 1n; k <= 4n; k++) ts.add(r.updatedAt + k * 600n);
    }
    return [...ts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  it("answers at each time as the client's search of the feed's logged rounds does, through the proxy or its aggregator", async () => {
    const times = timesToAsk();
    assert.ok(times.length > 100 && times.length <= 256);
    const expected = times.map((t) => answerAt(rounds, t) ?? 0n);
    assert.deepEqual(await lens.read.answersAt([proxy.address, times]), expected);
    assert.deepEqual(await lens.read.answersAt([agg.address, times]), expected);
    assert.equal(expected[0], 0n, "nothing before the first round");
    assert.equal(expected.at(-1), rounds.at(-1)!.answer);
  });

  it("stays well within a call's gas for the most times, clustered as a list's return points are", async () => {
    const last = rounds.at(-1)!.updatedAt;
    const times = Array.from({ length: 256 }, (_, i) => last - 400n * 86_400n + BigInt(i % 4) * 90n * 86_400n);
    times.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const client = await viem.getPublicClient();
    const gas = await client.estimateContractGas({
      address: lens.address,
      abi: lens.abi,
      functionName: "answersAt",
      args: [proxy.address, times],
    });
    assert.ok(gas < 3_000_000n, `${gas} gas`);
  });

  it("refuses times out of order or too many", async () => {
    const t = rounds[10].updatedAt;
    await revertsWith(lens.read.answersAt([proxy.address, [t, t - 1n]]), "BadTimes");
    await revertsWith(lens.read.answersAt([proxy.address, Array.from({ length: 257 }, () => t)]), "BadTimes");
  });

  it("walks the proxy's phases as the client merges their logs: a new aggregator's earlier rounds count, the old one's later rounds do not", async () => {
    const [owner] = await viem.getWalletClients();
    const second = await viem.deployContract("LocalAggregator", [8, "ETH / USD", owner.account.address]);
    // The next aggregator's first rounds come before the switch; the old one goes on after it.
    for (let i = 0; i < 3; i++) {
      await networkHelpers.time.increase(7_200);
      await second.write.pushAnswer([usd8(5_000n + BigInt(i))]);
      await networkHelpers.time.increase(3_600);
      await agg.write.pushAnswer([usd8(1_000n + BigInt(i))]);
    }
    await proxy.write.setAggregator([second.address]);
    for (let i = 0; i < 20; i++) {
      await networkHelpers.time.increase(86_400);
      await second.write.pushAnswer([usd8(6_000n + BigInt(i))]);
      if (i % 4 === 0) await agg.write.pushAnswer([usd8(1_500n + BigInt(i))]);
    }
    const client = await viem.getPublicClient();
    const logsOf = async (a: any, phaseId: number) =>
      (
        parseEventLogs({
          abi: a.abi,
          eventName: "AnswerUpdated",
          logs: await client.getLogs({ address: a.address, fromBlock: 0n }),
        }) as any[]
      ).map((l) => ({
        phaseId,
        aggregatorRoundId: l.args.roundId,
        answer: l.args.current,
        updatedAt: l.args.updatedAt,
      }));
    const merged = mergePhases([...(await logsOf(agg, 1)), ...(await logsOf(second, 2))]);
    const times = new Set<bigint>([merged[0].updatedAt - 1n]);
    for (const r of merged.slice(-40)) for (const d of [-1n, 0n, 1n, 5_000n]) times.add(r.updatedAt + d);
    for (let t = merged.at(-30)!.updatedAt; t < merged.at(-1)!.updatedAt + 86_400n; t += 3_600n) times.add(t);
    const asked = [...times].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 256);
    const expected = asked.map((t) => answerAt(merged, t) ?? 0n);
    assert.deepEqual(await lens.read.answersAt([proxy.address, asked]), expected);
    assert.ok(
      expected.some((x) => x >= usd8(5_000n) && x < usd8(5_003n)),
      "the new aggregator's rounds before the switch count",
    );
    assert.ok(!expected.some((x) => x >= usd8(1_500n) && x < usd8(1_600n)), "the old one's rounds after it do not");
  });
});
