// The seeded world's price feeds are Chainlink-shaped and their history reads whole across the
// phase change: the app's two readers (the aggregators' AnswerUpdated logs, and a walk back
// through the proxy's round ids) agree round for round, every round each aggregator recorded
// while it served is there, ids jump at the change, and times never go back.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { createPublicClient, defineChain, getAddress, http, type Address } from "viem";
import { deployment } from "../../src/chain/deployments/31337.ts";
import { aggregatorAbi, feedAbi, feedPhases, readFeedHistory, type Phase } from "../../src/chain/feeds.ts";
import { walkFeedRounds } from "../../src/chain/feedWalk.ts";
import { parseRoundId, type FeedRound } from "../../src/domain/feeds/index.ts";

const url = process.env.VITE_RPC_URL ?? "http://127.0.0.1:8545";
const chain = defineChain({
  id: 31337,
  name: "local",
  nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
  rpcUrls: { default: { http: [url] } },
  contracts: { multicall3: { address: deployment.contracts.Multicall3.address } },
});
const client = createPublicClient({ chain, transport: http(url) });
const feeds = (["WETH", "USDC"] as const).map((s) => ({
  symbol: s,
  feed: deployment.contracts[`${s}UsdFeed`].address as Address,
}));
const fromBlock = BigInt(deployment.deployedOnBlock);

describe("Chainlink-shaped feeds of the seeded world", () => {
  let blockNumber = 0n;
  before(async () => {
    blockNumber = await client.getBlockNumber();
  });

  for (const { symbol, feed } of feeds) {
    describe(symbol, () => {
      let phases: Phase[] = [];
      let logged: FeedRound[] = [];
      let walked: FeedRound[] = [];
      before(async () => {
        phases = await feedPhases(client, feed, blockNumber);
        [logged, walked] = await Promise.all([
          readFeedHistory({ client, chainId: 31337, feed, fromBlock, toBlock: blockNumber }),
          walkFeedRounds(client, feed, { blockNumber, since: 0n, firstStep: 500n }),
        ]);
      });

      it("has two phases, the proxy answering from the second aggregator", async () => {
        assert.equal(phases.length, 2);
        assert.deepEqual(
          phases.map((p) => p.phaseId),
          [1, 2],
        );
        const proxy = { address: feed, abi: feedAbi, blockNumber } as const;
        const current = await client.readContract({ ...proxy, functionName: "aggregator" });
        assert.equal(getAddress(current), getAddress(phases[1].aggregator));
        const [latestId, latest] = await client.readContract({ ...proxy, functionName: "latestRoundData" });
        assert.equal(parseRoundId(latestId).phaseId, 2);
        assert.deepEqual(logged.at(-1), { roundId: latestId, answer: latest, updatedAt: logged.at(-1)!.updatedAt });
      });

      it("reads the same history from the logs and from the round walk", () => {
        assert.ok(logged.length >= 365, `${logged.length} rounds`);
        assert.deepEqual(walked, logged);
      });

      it("holds every round of both phases, in order, ids jumping once at the change", async () => {
        for (const { phaseId, aggregator } of phases) {
          const at = { address: aggregator, abi: aggregatorAbi, blockNumber } as const;
          const [last] = await client.readContract({ ...at, functionName: "latestRoundData" });
          const ofPhase = logged.map((r) => parseRoundId(r.roundId)).filter((p) => p.phaseId === phaseId);
          const ids = ofPhase.map((p) => p.aggregatorRoundId);
          const every = Array.from({ length: Number(last) }, (_, i) => BigInt(i + 1));
          assert.deepEqual(ids, every, `phase ${phaseId} complete`);
        }
        let jumps = 0;
        for (let i = 1; i < logged.length; i++) {
          assert.ok(logged[i].roundId > logged[i - 1].roundId, `round ${i} after ${i - 1}`);
          assert.ok(logged[i].updatedAt >= logged[i - 1].updatedAt, `time of round ${i}`);
          if (logged[i].roundId !== logged[i - 1].roundId + 1n) jumps++;
        }
        assert.equal(jumps, 1);
      });

      it("answers an old phase's round through the proxy by its proxy id", async () => {
        const old = logged.find((r) => parseRoundId(r.roundId).phaseId === 1)!;
        const proxy = { address: feed, abi: feedAbi, blockNumber } as const;
        const read = { ...proxy, functionName: "getRoundData", args: [old.roundId] } as const;
        const [id, answer, , updatedAt] = await client.readContract(read);
        assert.deepEqual({ roundId: id, answer, updatedAt }, old);
      });
    });
  }
});
