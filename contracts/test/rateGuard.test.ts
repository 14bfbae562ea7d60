// VaultRateGuard: the first reading is accepted at once; a new rate is accepted only once it held,
// within the tolerance, for the delay between two pokes; a rate that keeps moving restarts the delay;
// anyone may poke; a vault that cannot be read is refused; withinBound reads the bound both ways.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { revertsWith } from "../testing/attack.js";
import { deployYieldWorld, GUARD_DELAY, type YieldWorld } from "../testing/yield.js";

describe("vault rate guard", () => {
  let w: YieldWorld;
  let base: Awaited<ReturnType<YieldWorld["networkHelpers"]["takeSnapshot"]>>;
  before(async () => {
    w = await deployYieldWorld();
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());
  const accepted = async () => (await w.guard.read.accepted([w.savings.address]))[0];
  const rate = async () => (await w.guard.read.rateOf([w.savings.address]))[0];

  it("accepts a rate that held for the delay, not before, whoever pokes", async () => {
    const r0 = await accepted();
    await w.reward(w.savings.address, w.usdc.address, 50n);
    const r1 = await rate();
    await w.guard.write.poke([w.savings.address], { account: w.bob.account });
    assert.equal(await accepted(), r0);
    const [, since] = await w.guard.read.pending([w.savings.address]);
    await w.networkHelpers.time.setNextBlockTimestamp(since + GUARD_DELAY - 1n);
    await w.guard.write.poke([w.savings.address], { account: w.carol.account });
    assert.equal(await accepted(), r0);
    await w.guard.write.poke([w.savings.address], { account: w.alice.account }); // one second later
    assert.equal(await accepted(), r1);
  });

  it("restarts the delay when the rate moves beyond the tolerance, and keeps it within", async () => {
    await w.reward(w.savings.address, w.usdc.address, 50n);
    await w.guard.write.poke([w.savings.address]);
    const [, first] = await w.guard.read.pending([w.savings.address]);
    await w.reward(w.savings.address, w.usdc.address, 5n); // within 0.1 %: the same pending rate
    await w.guard.write.poke([w.savings.address]);
    assert.equal((await w.guard.read.pending([w.savings.address]))[1], first);
    await w.reward(w.savings.address, w.usdc.address, 30n); // beyond: a new pending rate, a new delay
    await w.guard.write.poke([w.savings.address]);
    const [, second] = await w.guard.read.pending([w.savings.address]);
    assert.ok(second > first);
    await w.networkHelpers.time.setNextBlockTimestamp(first + GUARD_DELAY);
    await w.guard.write.poke([w.savings.address]);
    assert.notEqual(await accepted(), await rate(), "the moved rate waits for its own delay");
  });

  it("bounds the move both ways and refuses an unreadable vault", async () => {
    assert.equal(await w.guard.read.withinBound([w.savings.address, 100n]), true);
    await w.savings.write.slash([99n]);
    assert.equal(await w.guard.read.withinBound([w.savings.address, 100n]), true);
    await w.savings.write.slash([5n]);
    assert.equal(await w.guard.read.withinBound([w.savings.address, 100n]), false);
    assert.equal(await w.guard.read.withinBound([w.usdc.address, 100n]), false); // not a vault
    await revertsWith(w.guard.write.poke([w.usdc.address]), "UnreadableVault", [w.usdc.address]);
  });
});
