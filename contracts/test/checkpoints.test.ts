// Daily NAV checkpoints (issue 17, "history in one call"): each fund keeps, in one storage word a
// day, the values of the day's first NavRecorded, so that a chart drawn from checkpoints equals a
// chart drawn from the logs at the same points (FundListLens reads them: fundList.test.ts).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseEventLogs, parseUnits } from "viem";
import { navSeries } from "../../src/domain/history/navSeries.ts";
import { revertsWith } from "../testing/attack.js";
import { allCheckpoints, dayOf, fromLog, navLogs, toDay, today, unpack } from "../testing/checkpoints.js";
import { deployWorld, type World } from "../testing/world.js";

const usdc = (s: string) => parseUnits(s, 6);
const SHARE_DECIMALS = 12; // USDC's 6 + the fund's offset of 6

/** The first NavRecorded of each UTC day, as the client reads it. */
async function firstOfEachDay(w: World) {
  const seen = new Set<bigint>();
  return (await navLogs(w)).filter((l) => !seen.has(dayOf(l.timestamp)) && !!seen.add(dayOf(l.timestamp)));
}

async function gasOf(w: World, hash: `0x${string}`) {
  return (await w.publicClient.getTransactionReceipt({ hash })).gasUsed;
}

describe("NAV checkpoints", () => {
  it("keeps one per UTC day with a NAV record, holding that day's first NavRecorded to the wei", async () => {
    const w = await deployWorld();
    const [alice, bob] = [w.alice.account.address, w.bob.account.address];
    const d = (await today(w)) + 1n;
    await toDay(w, d);
    await w.deposit(w.alice, usdc("100000"));
    await w.deposit(w.bob, usdc("5000"));
    await w.fund.write.accrueFees();
    const bobShares = await w.fund.read.balanceOf([bob]);
    await w.fund.write.redeem([bobShares / 2n, bob, bob], { account: w.bob.account });
    // The next day: a withdrawal first, then a mint.
    await toDay(w, d + 1n, 50_000n);
    await w.fund.write.withdraw([usdc("1000"), alice, alice], { account: w.alice.account });
    await w.usdc.write.mint([alice, usdc("10000")]);
    await w.usdc.write.approve([w.fund.address, usdc("10000")], { account: w.alice.account });
    await w.fund.write.mint([parseUnits("1000", SHARE_DECIMALS), alice], { account: w.alice.account });
    // A day with a trade and an in-kind exit only: neither records the NAV, so no checkpoint.
    await toDay(w, d + 2n);
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("1000"), 0n], { account: w.manager.account });
    await w.fund.write.redeemInKind([bobShares / 4n, bob, bob], { account: w.bob.account });
    // A day with no operation at all, then one with two accruals late in the day.
    await toDay(w, d + 4n, 86_000n);
    await w.fund.write.accrueFees();
    await w.fund.write.accrueFees();

    const first = await firstOfEachDay(w);
    assert.deepEqual(
      first.map((l) => dayOf(l.timestamp)),
      [d, d + 1n, d + 4n],
    );
    const got = await allCheckpoints(w.fund);
    assert.deepEqual(
      got,
      first.map((l) => fromLog(l, SHARE_DECIMALS)),
    );
    assert.equal(await w.fund.read.checkpointCount(), 3n);
    // The client's own NAV series from the logs, at the checkpoints' points, is the checkpoints' NAV.
    const series = navSeries(await navLogs(w), SHARE_DECIMALS);
    for (const c of got) {
      assert.equal(series.find((p) => p.t === c.time)!.navPerShare, c.navPerShare);
    }
    // The lens unpacks the same words.
    const viaLens = await w.lens.read.checkpointsOf([w.fund.address, 0n, 10n]);
    assert.deepEqual(
      viaLens.map((c) => ({ time: c.time, navPerShare: c.navPerShare, totalAssets: c.totalAssets })),
      got,
    );
    // The first checkpoint on or after a day: a day without one gives the next one's index.
    const index = (day: bigint) => w.fund.read.checkpointIndex([day]);
    assert.deepEqual(await Promise.all([0n, d, d + 1n, d + 2n, d + 3n, d + 4n, d + 5n].map(index)), [
      0n,
      0n,
      1n,
      2n,
      2n,
      2n,
      3n,
    ]);
  });

  it("writes one storage word on a day's first NAV record and nothing more however many follow", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, usdc("100000"));
    // The deposits of the gas table (gas.test.ts's world): the first of a new day, then two more.
    await w.skipFresh(86_400);
    const deposits: bigint[] = [];
    for (const who of [w.bob, w.carol, w.bob]) {
      const a = usdc("1000");
      await w.usdc.write.mint([who.account.address, a]);
      await w.usdc.write.approve([w.fund.address, a], { account: who.account });
      deposits.push(await gasOf(w, await w.fund.write.deposit([a, who.account.address], { account: who.account })));
    }
    console.log(
      `    deposit gas: first of the day ${deposits[0]} (a new holder; 233,089 before checkpoints), ` +
        `later that day ${deposits[1]} (a new holder; 215,989 before) and ${deposits[2]} (198,889 before)`,
    );

    // A hundred accruals in one day: one checkpoint; every accrual after the first costs the same.
    const d = (await today(w)) + 1n;
    await toDay(w, d);
    const count = await w.fund.read.checkpointCount();
    const gas: bigint[] = [];
    for (let i = 0; i < 100; i++) gas.push(await gasOf(w, await w.fund.write.accrueFees()));
    assert.equal(await w.fund.read.checkpointCount(), count + 1n);
    assert.equal(await today(w), d, "all on one day");
    assert.deepEqual(new Set(gas.slice(1)), new Set([gas[1]]), "every later accrual costs the same");
    const extra = gas[0] - gas[1];
    console.log(`    accrueFees gas: first of the day ${gas[0]}, later ${gas[1]}: the checkpoint costs ${extra}`);
    // A new storage word (22,100) and the day's mark in a slot already read (2,900), with the packing.
    assert.ok(extra > 25_000n && extra < 27_000n, `the checkpoint cost ${extra}`);
    const [word] = await w.fund.read.checkpoints([count, 1n, 1n]);
    assert.equal(dayOf(unpack(word).time), d);
  });

  it("an attacker who records a day's first NAV after a donation or a price move it controls gains nothing", async () => {
    const w = await deployWorld();
    const carol = w.carol.account.address;
    await w.deposit(w.alice, usdc("1000000"));
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("300000"), 0n], { account: w.manager.account });
    await w.usdc.write.mint([carol, usdc("10000")]);
    const d = (await today(w)) + 1n;
    await toDay(w, d);
    const before = {
      carolUsdc: await w.usdc.read.balanceOf([carol]),
      fundUsdc: await w.usdc.read.balanceOf([w.fund.address]),
      supply: await w.fund.read.totalSupply(),
      aliceShares: await w.fund.read.balanceOf([w.alice.account.address]),
      count: await w.fund.read.checkpointCount(),
    };

    // First thing of the day: a donation, then the public accrual, then a price spike and another.
    await w.usdc.write.transfer([w.fund.address, usdc("10000")], { account: w.carol.account });
    const hash = await w.fund.write.accrueFees({ account: w.carol.account });
    const receipt = await w.publicClient.getTransactionReceipt({ hash });
    const [fees] = parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "FeesAccrued" });
    const [nav] = parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "NavRecorded" });
    const block = await w.publicClient.getBlock({ blockNumber: receipt.blockNumber });
    assert.equal(await w.fund.read.checkpointCount(), before.count + 1n);
    const [word] = await w.fund.read.checkpoints([before.count, 1n, 1n]);
    // It records what the fund is worth, with the block's own time: nothing else.
    assert.deepEqual(unpack(word), fromLog(nav.args, SHARE_DECIMALS));
    assert.equal(unpack(word).time, block.timestamp);
    // No value moved to the caller: the donation stays in the fund, only fee shares were minted.
    assert.equal(await w.fund.read.balanceOf([carol]), 0n);
    assert.equal(await w.usdc.read.balanceOf([carol]), before.carolUsdc - usdc("10000"));
    assert.equal(await w.usdc.read.balanceOf([w.fund.address]), before.fundUsdc + usdc("10000"));
    assert.equal(await w.fund.read.totalSupply(), before.supply + fees.args.feeShares);
    assert.equal(await w.fund.read.balanceOf([w.alice.account.address]), before.aliceShares);

    // Written once: a price move, more accruals and investor operations later that day change nothing.
    const [, eth] = await w.wethFeed.read.latestRoundData();
    await w.setEthPrice((eth * 120n) / 100n);
    await w.fund.write.accrueFees({ account: w.carol.account });
    await w.deposit(w.bob, usdc("50000"));
    await w.setEthPrice(eth);
    await w.fund.write.accrueFees({ account: w.carol.account });
    assert.equal(await today(w), d, "still the same day");
    assert.equal(await w.fund.read.checkpointCount(), before.count + 1n);
    assert.deepEqual(await w.fund.read.checkpoints([before.count, 1n, 1n]), [word]);

    // Never back-dated: no function takes a time, and the next day's checkpoint comes after.
    await toDay(w, d + 1n);
    await w.fund.write.accrueFees({ account: w.carol.account });
    const all = await allCheckpoints(w.fund);
    assert.equal(all.length, Number(before.count) + 2);
    for (let i = 1; i < all.length; i++) assert.ok(dayOf(all[i].time) > dayOf(all[i - 1].time), "days increase");
    assert.deepEqual(all.at(-2), unpack(word), "the earlier day's checkpoint is unchanged");
  });

  it("reads are bounded: a range past the end is empty, a count is cut at the last, stride 0 is refused", async () => {
    const w = await deployWorld();
    const d = (await today(w)) + 1n;
    await w.deposit(w.alice, usdc("1000"));
    for (let i = 1n; i <= 6n; i++) {
      await toDay(w, d + i);
      await w.fund.write.accrueFees();
    }
    const words = await w.fund.read.checkpoints([0n, 100n, 1n]);
    assert.equal(words.length, 7);
    assert.deepEqual(await w.fund.read.checkpoints([7n, 1n, 1n]), []);
    assert.deepEqual(await w.fund.read.checkpoints([1_000n, 10n, 1n]), []);
    assert.deepEqual(await w.fund.read.checkpoints([2n, 0n, 1n]), []);
    assert.deepEqual(await w.fund.read.checkpoints([5n, 10n, 1n]), words.slice(5));
    assert.deepEqual(await w.fund.read.checkpoints([1n, 10n, 3n]), [words[1], words[4]]);
    assert.deepEqual(await w.fund.read.checkpoints([1n, 1n, 3n]), [words[1]]);
    assert.deepEqual(await w.fund.read.checkpoints([6n, 10n, 100n]), [words[6]]);
    assert.deepEqual(await w.fund.read.checkpoints([0n, 10n, 2n ** 255n]), [words[0]]);
    assert.deepEqual(await w.lens.read.checkpointsOf([w.fund.address, 9n, 3n]), []);
    await revertsWith(w.fund.read.checkpoints([0n, 1n, 0n]), "InvalidStride");
  });
});
