// The local world's lending market: suppliers lend USDC through its ERC-4626 supply vault,
// borrowers post WETH and borrow within the loan-to-value at feed prices, interest follows the
// kinked utilisation model, and unhealthy positions are liquidated in part with a bonus. A fund
// supplies through its vault path; it has no way to borrow.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { revertsWith } from "../testing/attack.js";
import { deployYieldWorld, eth, supply, usd, type YieldWorld } from "../testing/yield.js";

const WAD = 10n ** 18n;
const YEAR = 365n * 86_400n;

describe("lending market", () => {
  let w: YieldWorld;
  let market: Awaited<ReturnType<YieldWorld["viem"]["deployContract"]>>;
  let m: any;
  let base: Awaited<ReturnType<YieldWorld["networkHelpers"]["takeSnapshot"]>>;
  const params = () => ({
    collateral: w.weth.address,
    loanFeed: w.usdcFeed.address,
    collateralFeed: w.wethFeed.address,
    heartbeat: 86_400,
    ltvBps: 7_000,
    liquidationBps: 8_000,
    bonusBps: 500,
    baseRateWad: WAD / 100n, // 1 %
    slope1Wad: (WAD * 4n) / 100n, // +4 % at the kink
    slope2Wad: (WAD * 60n) / 100n, // +60 % from the kink to full use
    kinkWad: (WAD * 80n) / 100n,
  });
  before(async () => {
    w = await deployYieldWorld();
    market = await w.viem.deployContract("LendingMarket", [w.usdc.address, "Lent USDC", "lUSDC", params()]);
    m = market;
    await supply(w, w.outsider, m.address, w.usdc.address, usd(1_000_000));
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  async function post(who: YieldWorld["bob"], amount: bigint) {
    await w.weth.write.mint([who.account.address, amount]);
    await w.weth.write.approve([m.address, amount], { account: who.account });
    await m.write.supplyCollateral([amount, who.account.address], { account: who.account });
  }

  it("rejects inconsistent parameters", async () => {
    await assert.rejects(
      w.viem.deployContract("LendingMarket", [w.usdc.address, "x", "x", { ...params(), ltvBps: 8_000 }]),
      /InvalidParams/,
    );
  });

  it("lends within the loan-to-value at feed prices, and no further", async () => {
    await post(w.bob, eth(10)); // 30 000 USD
    const bob = { account: w.bob.account };
    await revertsWith(m.write.borrow([usd(21_000) + 1n], bob), "Undercollateralized");
    await m.write.borrow([usd(21_000)], bob);
    assert.equal(await w.usdc.read.balanceOf([w.bob.account.address]), usd(21_000));
    await revertsWith(m.write.withdrawCollateral([eth(1)], bob), "Undercollateralized");
    // A stale feed stops borrowing.
    await w.networkHelpers.time.increase(86_401);
    await revertsWith(m.write.borrow([1n], bob), "StaleFeed");
  });

  it("charges the kinked rate and pays it to the suppliers", async () => {
    await post(w.bob, eth(1_000));
    await m.write.borrow([usd(500_000)], { account: w.bob.account }); // 50 % used
    assert.equal(await m.read.utilization(), WAD / 2n);
    const rate = await m.read.borrowRate();
    assert.equal(rate, WAD / 100n + (4n * WAD) / 100n / 2n); // below the kink: 1 % + 4 % × 0.5
    const assets0 = await m.read.totalAssets();
    await w.skipFresh(YEAR);
    const debt = await m.read.debtOf([w.bob.account.address]);
    const expected = usd(500_000) + (usd(500_000) * rate) / WAD;
    // (the feeds' refresh adds a few seconds of interest)
    assert.ok(debt >= expected && debt <= expected + usd("0.01"), `${debt} vs ${expected}`);
    // The suppliers' assets grew by the interest.
    assert.ok((await m.read.totalAssets()) - assets0 >= debt - usd(500_000) - 2n);
    // Above the kink, the second slope.
    await m.write.borrow([usd(400_000)], { account: w.bob.account });
    const u = await m.read.utilization();
    assert.ok(u > (WAD * 80n) / 100n);
    assert.equal(
      await m.read.borrowRate(),
      WAD / 100n + (4n * WAD) / 100n + (((60n * WAD) / 100n) * (u - (WAD * 80n) / 100n)) / (WAD / 5n),
    );
    // Full repayment clears the debt.
    const owed = await m.read.debtOf([w.bob.account.address]);
    await w.usdc.write.mint([w.bob.account.address, owed]);
    await w.usdc.write.approve([m.address, owed + usd(1)], { account: w.bob.account });
    await m.write.repay([owed * 2n, w.bob.account.address], { account: w.bob.account });
    assert.equal(await m.read.debtOf([w.bob.account.address]), 0n);
  });

  it("lets suppliers take out only the cash there is", async () => {
    await post(w.bob, eth(1_000));
    await m.write.borrow([usd(900_000)], { account: w.bob.account });
    const o = w.outsider.account.address;
    assert.ok((await m.read.maxWithdraw([o])) <= usd(100_000));
    await assert.rejects(m.write.withdraw([usd(100_001), o, o], { account: w.outsider.account }));
  });

  it("liquidates an unhealthy position in part, with the bonus, and refuses a healthy one", async () => {
    await post(w.bob, eth(10));
    await m.write.borrow([usd(21_000)], { account: w.bob.account });
    const liq = w.carol;
    await w.usdc.write.mint([liq.account.address, usd(20_000)]);
    await w.usdc.write.approve([m.address, usd(20_000)], { account: liq.account });
    await revertsWith(m.write.liquidate([w.bob.account.address, usd(1_000)], { account: liq.account }), "Healthy");
    await w.wethFeed.write.pushAnswer([2_500n * 10n ** 8n]); // collateral 25 000, debt 21 000 > 80 %
    assert.equal(await m.read.liquidatable([w.bob.account.address]), true);
    const debt = await m.read.debtOf([w.bob.account.address]);
    await revertsWith(
      m.write.liquidate([w.bob.account.address, debt / 2n + usd(1)], { account: liq.account }),
      "InvalidAmount",
    );
    await m.write.liquidate([w.bob.account.address, usd(10_000)], { account: liq.account });
    // 10 000 USD repaid, 10 500 USD of WETH at 2 500 taken: 4.2 WETH.
    assert.equal(await w.weth.read.balanceOf([liq.account.address]), eth("4.2"));
    assert.equal(await m.read.collateralOf([w.bob.account.address]), eth("5.8"));
    assert.ok((await m.read.debtOf([w.bob.account.address])) <= usd(11_001));
  });

  it("is a vault a fund supplies to through its vault path, and earns the interest", async () => {
    await w.guard.write.poke([m.address]);
    await w.asTimelock((from) => w.fund.write.setVault([m.address, w.guard.address, 100, true], from));
    await w.fund.write.vaultMove([m.address, usd(500_000), 0n, true], { account: w.manager.account });
    await post(w.bob, eth(1_000));
    await m.write.borrow([usd(1_000_000)], { account: w.bob.account });
    const gav0 = await w.fund.read.totalAssets();
    await w.skipFresh(30n * 86_400n);
    await w.guard.write.poke([m.address]);
    await w.skipFresh(3_600n);
    await w.guard.write.poke([m.address]);
    const gav1 = await w.fund.read.totalAssets();
    assert.ok(gav1 > gav0, "the fund's supply earned interest");
    assert.equal(await w.fund.read.pricesFresh(), true);
  });
});
