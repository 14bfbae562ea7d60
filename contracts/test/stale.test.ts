// A feed older than its heartbeat, of an asset the fund holds, stops every deposit and redeem
// path with StalePrice naming that feed, its last update and heartbeat, and leaves every
// balance as it was. (Feeds of assets the fund does not hold stop nothing: attacks.test.ts.)
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { getAddress, parseUnits, type Address } from "viem";
import { deployWorld, HEARTBEAT, type World } from "../testing/world.js";

const HB = BigInt(HEARTBEAT);

/** Matches a viem error whose decoded revert is StalePrice(feed, updatedAt, HEARTBEAT). */
function isStale(feed: Address, updatedAt: bigint) {
  return (e: any) => {
    const data = e?.cause?.data ?? e?.data;
    assert.equal(data?.errorName, "StalePrice", String(e?.shortMessage ?? e));
    const [f, u, h] = data.args;
    assert.equal(getAddress(f), getAddress(feed));
    assert.equal(u, updatedAt);
    assert.equal(h, HB);
    return true;
  };
}

describe("stale prices", () => {
  let w: World;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let alice: Address;

  before(async () => {
    w = await deployWorld();
    alice = w.alice.account.address;
    await w.deposit(w.alice, parseUnits("10000", 6));
    // A feed counts only for what the fund holds: hold some of every asset, so that each one does.
    await w.weth.write.mint([w.fund.address, parseUnits("1", 18)]);
    await w.wbtc.write.mint([w.fund.address, parseUnits("0.01", 8)]);
    await w.usdc.write.mint([alice, parseUnits("10000", 6)]);
    await w.usdc.write.approve([w.fund.address, 2n ** 255n], { account: w.alice.account });
    base = await w.networkHelpers.takeSnapshot();
  });

  const balances = async () =>
    Promise.all([
      w.usdc.read.balanceOf([alice]),
      w.fund.read.balanceOf([alice]),
      w.fund.read.totalSupply(),
      w.usdc.read.balanceOf([w.fund.address]),
      w.fund.read.balanceOf([w.splitter.address]),
    ]);

  for (const name of ["usdcFeed", "wethFeed", "wbtcFeed"] as const) {
    it(`${name} older than its heartbeat blocks deposits and redeems until refreshed`, async () => {
      await base.restore();
      const feed = w[name];
      await w.networkHelpers.time.increase(HB + 1n);
      for (const other of [w.usdcFeed, w.wethFeed, w.wbtcFeed]) {
        if (other.address !== feed.address) await other.write.pushAnswer([(await other.read.latestRoundData())[1]]);
      }
      const [, , , updatedAt] = await feed.read.latestRoundData();

      assert.equal(await w.fund.read.pricesFresh(), false);
      assert.equal(await w.fund.read.maxDeposit([alice]), 0n);
      assert.equal(await w.fund.read.maxMint([alice]), 0n);
      assert.equal(await w.fund.read.maxRedeem([alice]), 0n);
      assert.equal(await w.fund.read.maxWithdraw([alice]), 0n);

      const before = await balances();
      const shares = before[1] / 2n;
      const as = { account: w.alice.account };
      const attempts: [string, () => Promise<unknown>][] = [
        ["deposit", () => w.fund.write.deposit([parseUnits("100", 6), alice], as)],
        ["depositWithMin", () => w.fund.write.depositWithMin([parseUnits("100", 6), alice, 0n], as)],
        ["mint", () => w.fund.write.mint([parseUnits("100", 12), alice], as)],
        ["redeem", () => w.fund.write.redeem([shares, alice, alice], as)],
        ["redeemWithMin", () => w.fund.write.redeemWithMin([shares, alice, alice, 0n], as)],
        ["withdraw", () => w.fund.write.withdraw([parseUnits("100", 6), alice, alice], as)],
        ["accrueFees", () => w.fund.write.accrueFees()],
      ];
      for (const [op, send] of attempts) {
        await assert.rejects(send(), isStale(feed.address, updatedAt), op);
      }
      assert.deepEqual(await balances(), before);

      await feed.write.pushAnswer([(await feed.read.latestRoundData())[1]]);
      assert.equal(await w.fund.read.pricesFresh(), true);
      assert.equal(await w.fund.read.maxDeposit([alice]), 2n ** 256n - 1n);
      await w.fund.write.deposit([parseUnits("100", 6), alice], as);
      assert.ok((await w.fund.read.balanceOf([alice])) > before[1]);
      await w.fund.write.redeem([shares, alice, alice], as);
    });
  }

  it("treats a feed exactly heartbeat seconds old as fresh and one second more as stale", async () => {
    await base.restore();
    await w.wethFeed.write.pushAnswer([3_000n * 10n ** 8n]); // the oldest of the three
    const [, , , u] = await w.wethFeed.read.latestRoundData();
    for (const f of [w.usdcFeed, w.wbtcFeed]) await f.write.pushAnswer([(await f.read.latestRoundData())[1]]);
    const as = { account: w.alice.account };

    await w.networkHelpers.time.setNextBlockTimestamp(u + HB);
    assert.equal(await w.fund.read.pricesFresh({ blockTag: "pending" }), true);
    await w.fund.write.deposit([parseUnits("100", 6), alice], as);
    assert.equal(await w.now(), u + HB);

    await w.networkHelpers.time.setNextBlockTimestamp(u + HB + 1n);
    assert.equal(await w.fund.read.pricesFresh({ blockTag: "pending" }), false);
    const before = await balances();
    await assert.rejects(w.fund.write.deposit([parseUnits("100", 6), alice], as), isStale(w.wethFeed.address, u));
    assert.deepEqual(await balances(), before);
  });
});
