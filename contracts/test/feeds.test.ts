// The local world's feeds are shaped like Chainlink's: a proxy in front of aggregators (phases),
// whose round ids carry the phase in their upper 16 bits, and aggregators that emit Chainlink's
// events. Only the proxy's owner starts a phase, only an aggregator's owner pushes a round.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { network } from "hardhat";
import { getAddress, parseEventLogs, zeroAddress } from "viem";

const { viem, networkHelpers } = await network.create();
const id = (phase: bigint, round: bigint) => (phase << 64n) | round;
const usd8 = (x: bigint) => x * 10n ** 8n;

/** Asserts that `p` reverts with the custom error `name`. */
async function revertsWith(p: Promise<unknown>, name: string) {
  await assert.rejects(p, (e: any) => {
    const text = `${e?.shortMessage ?? ""} ${e?.message ?? ""}`;
    assert.ok(text.includes(name), `expected ${name}, got ${e?.shortMessage ?? e}`);
    return true;
  });
}

describe("feed proxy and aggregators", () => {
  const wallets = viem.getWalletClients();
  let owner: Awaited<typeof wallets>[number];
  let attacker: Awaited<typeof wallets>[number];
  let first: any, second: any, proxy: any;
  let base: Awaited<ReturnType<typeof networkHelpers.takeSnapshot>>;

  before(async () => {
    [owner, attacker] = await wallets;
    first = await viem.deployContract("LocalAggregator", [8, "ETH / USD", owner.account.address]);
    for (const p of [3_000n, 3_100n, 3_050n]) await first.write.pushAnswer([usd8(p)]);
    proxy = await viem.deployContract("FeedProxy", [first.address, owner.account.address]);
    second = await viem.deployContract("LocalAggregator", [8, "ETH / USD", owner.account.address]);
    base = await networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  it("answers as phase 1 through the first aggregator, with the phase in the round id", async () => {
    assert.equal(await proxy.read.phaseId(), 1);
    assert.equal(getAddress(await proxy.read.aggregator()), getAddress(first.address));
    assert.equal(getAddress(await proxy.read.phaseAggregators([1])), getAddress(first.address));
    assert.equal(await proxy.read.phaseAggregators([2]), zeroAddress);
    const [roundId, answer, , , answeredIn] = await proxy.read.latestRoundData();
    assert.equal(roundId, id(1n, 3n));
    assert.equal(answeredIn, id(1n, 3n));
    assert.equal(answer, usd8(3_050n));
    assert.equal((await proxy.read.getRoundData([id(1n, 2n)]))[1], usd8(3_100n));
    assert.equal(await proxy.read.decimals(), 8);
    assert.equal(await proxy.read.description(), "ETH / USD");
    assert.equal(await proxy.read.version(), 4n);
  });

  it("jumps its round ids at a phase change and keeps the old phase readable", async () => {
    await second.write.pushAnswer([usd8(3_200n)]);
    const hash = await proxy.write.setAggregator([second.address]);
    const receipt = await (await viem.getPublicClient()).waitForTransactionReceipt({ hash });
    const [started] = parseEventLogs({ abi: proxy.abi, logs: receipt.logs, eventName: "PhaseStarted" }) as any[];
    assert.equal(started.args.phaseId, 2);
    assert.equal(getAddress(started.args.previous), getAddress(first.address));
    assert.equal(getAddress(started.args.aggregator), getAddress(second.address));

    assert.equal(await proxy.read.phaseId(), 2);
    assert.equal(getAddress(await proxy.read.aggregator()), getAddress(second.address));
    assert.equal(getAddress(await proxy.read.phaseAggregators([1])), getAddress(first.address));
    const [latestId, latest] = await proxy.read.latestRoundData();
    assert.equal(latestId, id(2n, 1n));
    assert.equal(latest, usd8(3_200n));
    // The old phase's rounds by their proxy ids, answered by the old aggregator.
    const [oldId, oldAnswer, , oldUpdatedAt, oldAnsweredIn] = await proxy.read.getRoundData([id(1n, 3n)]);
    assert.equal(oldId, id(1n, 3n));
    assert.equal(oldAnsweredIn, id(1n, 3n));
    assert.equal(oldAnswer, usd8(3_050n));
    assert.equal(oldUpdatedAt, (await first.read.getRoundData([3n]))[3]);
    // Rounds pushed to the new aggregator count on from 1 in phase 2.
    await second.write.pushAnswer([usd8(3_300n)]);
    assert.equal((await proxy.read.latestRoundData())[0], id(2n, 2n));
  });

  it("reverts for rounds and phases that do not exist", async () => {
    await revertsWith(proxy.read.getRoundData([id(1n, 4n)]), "RoundNotFound");
    await revertsWith(proxy.read.getRoundData([id(1n, 0n)]), "RoundNotFound");
    await revertsWith(proxy.read.getRoundData([id(2n, 1n)]), "PhaseNotFound");
    await revertsWith(proxy.read.getRoundData([3n]), "PhaseNotFound"); // an aggregator id is no proxy id
    await revertsWith(proxy.write.setAggregator([first.address]), "InvalidAggregator");
    await revertsWith(proxy.write.setAggregator([zeroAddress]), "InvalidAggregator");
  });

  it("emits Chainlink's NewRound and AnswerUpdated with the aggregator's own round ids", async () => {
    const client = await viem.getPublicClient();
    const hash = await first.write.pushAnswer([usd8(2_900n)]);
    const receipt = await client.waitForTransactionReceipt({ hash });
    const block = await client.getBlock({ blockNumber: receipt.blockNumber });
    const logs = parseEventLogs({ abi: first.abi, logs: receipt.logs }) as any[];
    assert.deepEqual(
      logs.map((l) => l.eventName),
      ["NewRound", "AnswerUpdated"],
    );
    const startedBy = getAddress(owner.account.address);
    assert.deepEqual(logs[0].args, { roundId: 4n, startedBy, startedAt: block.timestamp });
    assert.deepEqual(logs[1].args, { current: usd8(2_900n), roundId: 4n, updatedAt: block.timestamp });
    assert.equal(await first.read.latestRound(), 4n);
  });

  it("lets nobody but the owners start a phase or push a round", async () => {
    const as = { account: attacker.account };
    await revertsWith(proxy.write.setAggregator([second.address], as), "OwnableUnauthorizedAccount");
    await revertsWith(first.write.pushAnswer([usd8(1n)], as), "OwnableUnauthorizedAccount");
    await revertsWith(first.write.pushRound([usd8(1n), 1n], as), "OwnableUnauthorizedAccount");
    // An aggregator the attacker owns changes nothing while the proxy does not point at it.
    const own = await viem.deployContract("LocalAggregator", [8, "ETH / USD", attacker.account.address]);
    await own.write.pushAnswer([usd8(1n)], as);
    assert.equal((await proxy.read.latestRoundData())[1], usd8(3_050n));
    assert.equal(await proxy.read.phaseId(), 1);
  });

  it("refuses rounds that are not positive, back-dated or from the future", async () => {
    const now = BigInt(await networkHelpers.time.latest());
    await revertsWith(first.write.pushAnswer([0n]), "NonPositiveAnswer");
    await revertsWith(first.write.pushRound([usd8(1n), now + 1_000n]), "RoundOutOfOrder");
    await revertsWith(first.write.pushRound([usd8(1n), 1n]), "RoundOutOfOrder");
  });
});
