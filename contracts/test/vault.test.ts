// Deposit/redeem safety: no round trip pays out more than it put in, the first-depositor
// inflation attack costs the attacker more than it takes, slippage guards and cash limits.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseUnits } from "viem";
import { deployWorld, type World } from "../testing/world.js";
import { pinNext, prng, reverts, outcome } from "../testing/random.js";

const usd = (n: number | string) => parseUnits(String(n), 6);

describe("vault deposit/redeem safety", () => {
  let w: World;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  before(async () => {
    w = await deployWorld();
    base = await w.networkHelpers.takeSnapshot();
  });

  /** Random prior state: other depositors, a manager swap into WETH, time with fees, a WETH price move. */
  async function randomState(r: ReturnType<typeof prng>) {
    for (const who of [w.alice, w.bob, w.carol]) {
      if (r.chance(70)) await w.deposit(who, r.between(1n, usd(2_000_000)));
    }
    const cash = await w.usdc.read.balanceOf([w.fund.address]);
    if (cash > 0n && r.chance(75)) {
      const amountIn = r.between(1n, (cash * 55n) / 100n);
      // A guideline breach (slippage) is a legitimate refusal; the state then stays all-cash.
      const res = await outcome(
        w.fund.write.swap([w.wethUsdc.address, w.usdc.address, amountIn, 0n], { account: w.manager.account }),
      );
      if (res) assert.equal(res.name, "GuidelineBreached");
    }
    if (r.chance(80)) await w.skipFresh(r.between(1n, 2n * 365n * 86_400n));
    if (r.chance(50)) await w.fund.write.accrueFees();
    if (r.chance(80)) await w.wethFeed.write.pushAnswer([(3_000n * 10n ** 8n * r.between(30n, 300n)) / 100n]);
  }

  it("deposit then redeem-all, and mint then withdraw-max, never return more than paid (30 cases)", async () => {
    const tester = w.wallets[9];
    const me = tester.account.address;
    for (let i = 0; i < 30; i++) {
      await base.restore();
      const r = prng(1000n + BigInt(i));
      await randomState(r);
      const state = await w.networkHelpers.takeSnapshot();

      // deposit X, redeem every share
      const x = r.chance(20) ? r.between(1n, 1_000n) : r.between(1n, usd(5_000_000));
      await w.usdc.write.mint([me, x]);
      await w.usdc.write.approve([w.fund.address, x], { account: tester.account });
      let at = await pinNext(w);
      const expectShares = await w.fund.read.previewDeposit([x], at);
      await w.fund.write.deposit([x, me], { account: tester.account });
      const shares = await w.fund.read.balanceOf([me]);
      assert.equal(shares, expectShares, `case ${i}: previewDeposit`);
      const cashBefore = await w.usdc.read.balanceOf([me]);
      if (shares > 0n) {
        at = await pinNext(w);
        const expectOut = await w.fund.read.previewRedeem([shares], at);
        await w.fund.write.redeem([shares, me, me], { account: tester.account });
        const out = (await w.usdc.read.balanceOf([me])) - cashBefore;
        assert.equal(out, expectOut, `case ${i}: previewRedeem`);
        assert.ok(out <= x, `case ${i}: deposited ${x}, redeemed ${out}`);
      }

      // mint S shares, withdraw the most allowed
      await state.restore();
      const s = r.between(1n, parseUnits("5000000", 12));
      // Fund the tester generously: the price per share only falls (fees) before the mint runs.
      const budget = 2n * (await w.fund.read.previewMint([s])) + 1_000n;
      await w.usdc.write.mint([me, budget]);
      await w.usdc.write.approve([w.fund.address, budget], { account: tester.account });
      at = await pinNext(w);
      const cost = await w.fund.read.previewMint([s], at);
      await w.fund.write.mint([s, me], { account: tester.account });
      assert.equal(await w.usdc.read.balanceOf([me]), budget - cost, `case ${i}: mint took previewMint`);
      assert.equal(await w.fund.read.balanceOf([me]), s);
      at = await pinNext(w);
      const tooMuch = await reverts(w.fund.write.withdraw([cost + 1n, me, me], { account: tester.account }));
      assert.equal(tooMuch.name, "ERC4626ExceededMaxWithdraw", `case ${i}: withdrawing more than paid`);
      at = await pinNext(w);
      const most = await w.fund.read.maxWithdraw([me], at);
      assert.ok(most <= cost, `case ${i}: paid ${cost}, may withdraw ${most}`);
      if (most > 0n) {
        await w.fund.write.withdraw([most, me, me], { account: tester.account });
        assert.equal(await w.usdc.read.balanceOf([me]), budget - cost + most);
      }
    }
  });

  it("first-depositor inflation attack costs the attacker more than it takes from the victim", async () => {
    const attacker = w.carol;
    const victim = w.alice;
    const v = usd(10_000);
    for (const donation of [usd(1_000), usd(100_000), usd(1_000_000), usd(10_000_000)]) {
      await base.restore();
      await w.deposit(attacker, 1n);
      await w.usdc.write.mint([attacker.account.address, donation]);
      await w.usdc.write.transfer([w.fund.address, donation], { account: attacker.account });
      const victimShares = await w.deposit(victim, v);
      assert.ok(victimShares > 0n, `donation ${donation}: victim got no shares`);

      const redeemAll = async (who: typeof victim) => {
        const before = await w.usdc.read.balanceOf([who.account.address]);
        const sh = await w.fund.read.balanceOf([who.account.address]);
        await w.fund.write.redeem([sh, who.account.address, who.account.address], { account: who.account });
        return (await w.usdc.read.balanceOf([who.account.address])) - before;
      };
      const victimOut = await redeemAll(victim);
      const attackerOut = await redeemAll(attacker);
      const victimLoss = v - victimOut;
      const attackerLoss = donation + 1n - attackerOut;
      assert.ok(
        attackerLoss > victimLoss,
        `donation ${donation}: attacker lost ${attackerLoss}, victim lost ${victimLoss}`,
      );
      // The victim loses at most rounding (well under 0.1% of its deposit).
      assert.ok(victimLoss * 1000n < v, `donation ${donation}: victim lost ${victimLoss}`);
    }
  });

  it("depositWithMin and redeemWithMin enforce their minimum exactly", async () => {
    await base.restore();
    await w.deposit(w.bob, usd(1_000_000));
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(300_000), 0n], { account: w.manager.account });
    await w.skipFresh(90n * 86_400n);
    await w.wethFeed.write.pushAnswer([3_600n * 10n ** 8n]);
    const me = w.alice.account.address;
    const x = usd(12_345.678901);
    await w.usdc.write.mint([me, x]);
    await w.usdc.write.approve([w.fund.address, x], { account: w.alice.account });

    let at = await pinNext(w);
    const p = await w.fund.read.previewDeposit([x], at);
    const e1 = await reverts(w.fund.write.depositWithMin([x, me, p + 1n], { account: w.alice.account }));
    assert.deepEqual(e1, { name: "SlippageExceeded", args: [p, p + 1n] });
    await pinNext(w);
    await w.fund.write.depositWithMin([x, me, p], { account: w.alice.account });
    assert.equal(await w.fund.read.balanceOf([me]), p);

    at = await pinNext(w);
    const q = await w.fund.read.previewRedeem([p], at);
    const e2 = await reverts(w.fund.write.redeemWithMin([p, me, me, q + 1n], { account: w.alice.account }));
    assert.deepEqual(e2, { name: "SlippageExceeded", args: [q, q + 1n] });
    await pinNext(w);
    await w.fund.write.redeemWithMin([p, me, me, q], { account: w.alice.account });
    assert.equal(await w.usdc.read.balanceOf([me]), q);
    assert.equal(await w.fund.read.balanceOf([me]), 0n);
  });

  it("a redemption above the fund's cash reverts InsufficientLiquidity", async () => {
    await base.restore();
    const shares = await w.deposit(w.bob, usd(1_000_000));
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(550_000), 0n], { account: w.manager.account });
    const cash = await w.usdc.read.balanceOf([w.fund.address]);
    assert.equal(cash, usd(450_000));
    const me = w.bob.account.address;

    const at = await pinNext(w);
    const needed = await w.fund.read.previewRedeem([shares], at);
    assert.ok(needed > cash);
    const e = await reverts(w.fund.write.redeem([shares, me, me], { account: w.bob.account }));
    assert.deepEqual(e, { name: "InsufficientLiquidity", args: [needed, cash] });
    const e2 = await reverts(w.fund.write.withdraw([cash + 1n, me, me], { account: w.bob.account }));
    assert.deepEqual(e2, { name: "InsufficientLiquidity", args: [cash + 1n, cash] });
    assert.equal(await w.fund.read.balanceOf([me]), shares, "nothing burnt");

    // maxWithdraw and maxRedeem say what can be paid now, and exactly that goes through.
    assert.equal(await w.fund.read.maxWithdraw([me], at), cash);
    const maxShares = await w.fund.read.maxRedeem([me], at);
    assert.ok(maxShares < shares);
    const snap = await w.networkHelpers.takeSnapshot();
    await w.fund.write.redeem([maxShares, me, me], { account: w.bob.account });
    assert.ok((await w.usdc.read.balanceOf([w.fund.address])) < cash / 1_000_000n + 1n, "the redemption took the cash");
    await snap.restore();

    // Exactly the cash is still payable.
    await w.fund.write.withdraw([cash, me, me], { account: w.bob.account });
    assert.equal(await w.usdc.read.balanceOf([w.fund.address]), 0n);
  });
});
