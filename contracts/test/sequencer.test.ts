// On an L2, a fund priced through SequencerGuardedFeed refuses prices while the sequencer is
// down and for the grace period after it returns: nobody can enter or leave at a price the
// feed could not update (the attack: deposit at a frozen low price, redeem once it catches up),
// and investors can still leave in kind. The guard has no owner and no setter.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseUnits, type Address } from "viem";
import { deployWorld, HEARTBEAT, type World } from "../testing/world.js";

const GRACE = 3600n;
const deployUptime = (w: World) => w.viem.deployContract("MockSequencerUptime");

describe("SequencerGuardedFeed", () => {
  let w: World;
  let alice: Address;
  let uptime: Awaited<ReturnType<typeof deployUptime>>;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  const guards: Record<string, Address> = {};

  before(async () => {
    w = await deployWorld();
    alice = w.alice.account.address;
    uptime = await deployUptime(w);
    await uptime.write.report([false]);
    await w.networkHelpers.time.increase(GRACE + 1n);
    for (const [token, feed] of [
      [w.usdc, w.usdcFeed],
      [w.weth, w.wethFeed],
      [w.wbtc, w.wbtcFeed],
    ] as const) {
      const guard = await w.viem.deployContract("SequencerGuardedFeed", [feed.address, uptime.address, GRACE]);
      guards[token.address] = guard.address;
      await w.asTimelock((from) => w.fund.write.setFeed([token.address, guard.address, HEARTBEAT], from));
    }
    await w.skipFresh(1);
    await w.deposit(w.alice, parseUnits("10000", 6));
    await w.weth.write.mint([w.fund.address, parseUnits("1", 18)]);
    await w.usdc.write.mint([alice, parseUnits("10000", 6)]);
    await w.usdc.write.approve([w.fund.address, 2n ** 255n], { account: w.alice.account });
    base = await w.networkHelpers.takeSnapshot();
  });

  it("passes prices through while the sequencer is up past its grace period", async () => {
    await base.restore();
    assert.equal(await w.fund.read.pricesFresh(), true);
    const guard = await w.viem.getContractAt("SequencerGuardedFeed", guards[w.weth.address]);
    assert.deepEqual(await guard.read.latestRoundData(), await w.wethFeed.read.latestRoundData());
    assert.equal(await guard.read.decimals(), 8);
    const [roundId] = await w.wethFeed.read.latestRoundData();
    assert.deepEqual(await guard.read.getRoundData([roundId]), await w.wethFeed.read.getRoundData([roundId]));
  });

  it(
    "while the sequencer is down, a deposit at the frozen price is refused, and the in-kind exit stays " + "open",
    async () => {
      await base.restore();
      await uptime.write.report([true]);
      // The feed cannot update while the sequencer is down; on L1 ETH has doubled. The attack:
      // deposit now at the frozen price, redeem once the feed catches up.
      assert.equal(await w.fund.read.pricesFresh(), false);
      assert.equal(await w.fund.read.maxDeposit([alice]), 0n);
      const as = { account: w.alice.account };
      await assert.rejects(w.fund.write.deposit([parseUnits("1000", 6), alice], as), /StalePrice/);
      await assert.rejects(w.fund.write.redeem([1n, alice, alice], as), /StalePrice/);
      const shares = await w.fund.read.balanceOf([alice]);
      const wethBefore = await w.weth.read.balanceOf([alice]);
      await w.fund.write.redeemInKind([shares / 2n, alice, alice], as);
      assert.ok((await w.weth.read.balanceOf([alice])) > wethBefore, "the leaver took its slice of WETH");
    },
  );

  it("after the sequencer returns, prices stay refused for the grace period, then pass", async () => {
    await base.restore();
    await uptime.write.report([true]);
    await w.networkHelpers.time.increase(600);
    await uptime.write.report([false]);
    const [, , since] = await uptime.read.latestRoundData();
    await w.skipFresh(60); // the feed updates again, but the guard still waits
    const guard = await w.viem.getContractAt("SequencerGuardedFeed", guards[w.usdc.address]);
    await assert.rejects(guard.read.latestRoundData(), (e: any) => {
      assert.equal(e?.cause?.data?.errorName, "GracePeriodNotOver");
      assert.deepEqual(e.cause.data.args, [since + GRACE]);
      return true;
    });
    assert.equal(await w.fund.read.pricesFresh(), false);
    await w.networkHelpers.time.increaseTo(since + GRACE);
    await w.skipFresh(1);
    assert.equal(await w.fund.read.pricesFresh(), true);
    await w.fund.write.deposit([parseUnits("1000", 6), alice], { account: w.alice.account });
  });

  it(
    "refuses prices while the uptime feed has never reported, and cannot be built without a feed or a grace " +
      "period",
    async () => {
      const silent = await w.viem.deployContract("MockSequencerUptime");
      const guard = await w.viem.deployContract("SequencerGuardedFeed", [w.usdcFeed.address, silent.address, GRACE]);
      await assert.rejects(guard.read.latestRoundData(), /SequencerStatusUnknown/);
      await assert.rejects(
        w.viem.deployContract("SequencerGuardedFeed", [w.usdcFeed.address, silent.address, 0n]),
        /InvalidGuard/,
      );
      const fns = (await w.viem.getContractAt("SequencerGuardedFeed", guard.address)).abi.filter(
        (x) => x.type === "function",
      );
      assert.ok(
        fns.every((f) => f.stateMutability === "view" || f.stateMutability === "pure"),
        "no function changes the guard",
      );
    },
  );
});
