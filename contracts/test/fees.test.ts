// Fee accrual on a live multi-asset fund against the bigint reference of DESIGN §3:
// previews, the FeesAccrued event and the minted fee shares must equal it to the wei,
// through a loss below the high-water mark and a recovery above it.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseEventLogs, parseUnits } from "viem";
import { deployWorld, type World } from "../testing/world.js";
import { setPrice, setupPortfolio } from "../testing/portfolio.js";
import { accrueRef, toAssets, toAssetsUp, toShares, toSharesUp, type Accrual } from "../testing/reference.js";

const DAY = 86_400n;
const usd8 = (n: bigint) => n * 10n ** 8n;

describe("fee accrual", () => {
  let w: World;

  before(async () => {
    w = await deployWorld();
    await setupPortfolio(w);
  });

  /** Raw reads at the pending block, whose timestamp is pinned to `t`. */
  async function rawAt(t: bigint) {
    await w.networkHelpers.time.setNextBlockTimestamp(t);
    const opts = { blockTag: "pending" } as const;
    const [fees, gav, supply] = await Promise.all([
      w.fund.read.feeState(opts),
      w.fund.read.totalAssets(opts),
      w.fund.read.totalSupply(opts),
    ]);
    return { fees, gav, supply, ref: accrueRef(fees, gav, supply, t) };
  }

  function assertAccrual(got: Accrual, want: Accrual) {
    for (const k of Object.keys(want) as (keyof Accrual)[]) assert.equal(got[k], want[k], k);
  }

  /** Compares preview and an actual accrueFees() with the reference; returns the reference. */
  async function accrueAndCompare() {
    const t = (await w.now()) + 1n;
    const { fees, gav, supply, ref } = await rawAt(t);
    assertAccrual(await w.fund.read.previewAccrual({ blockTag: "pending" }), ref);
    const splitterBefore = await w.fund.read.balanceOf([w.splitter.address]);

    const hash = await w.fund.write.accrueFees();
    const receipt = await w.publicClient.waitForTransactionReceipt({ hash });
    assert.equal((await w.publicClient.getBlock({ blockNumber: receipt.blockNumber })).timestamp, t);
    const [ev] = parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "FeesAccrued" });
    assert.ok(ev, "FeesAccrued emitted");
    assert.deepEqual(ev.args, {
      managementFee: ref.managementFee,
      performanceFee: ref.performanceFee,
      feeShares: ref.feeShares,
      hwm: ref.hwm,
      gav,
      totalSupply: supply + ref.feeShares,
    });
    assert.equal((await w.fund.read.balanceOf([w.splitter.address])) - splitterBefore, ref.feeShares);
    assert.equal(await w.fund.read.totalSupply(), supply + ref.feeShares);
    const after = await w.fund.read.feeState();
    assert.deepEqual(after, { ...fees, hwm: ref.hwm, hwmTime: ref.hwmTime, lastAccrual: t });
    return { ref, before: fees };
  }

  /** ERC-4626 previews at the latest block equal the conversion formula with S'. */
  async function assertConversions() {
    const t = await w.now();
    const [fees, gav, supply] = await Promise.all([
      w.fund.read.feeState(),
      w.fund.read.totalAssets(),
      w.fund.read.totalSupply(),
    ]);
    const s1 = supply + accrueRef(fees, gav, supply, t).feeShares;
    for (const assets of [1n, 999_999n, parseUnits("12345.678901", 6)]) {
      assert.equal(await w.fund.read.previewDeposit([assets]), toShares(assets, gav, s1));
      assert.equal(await w.fund.read.convertToShares([assets]), toShares(assets, gav, s1));
      assert.equal(await w.fund.read.previewWithdraw([assets]), toSharesUp(assets, gav, s1));
    }
    for (const shares of [1n, 10n ** 12n + 7n, parseUnits("5432.1", 12)]) {
      assert.equal(await w.fund.read.previewRedeem([shares]), toAssets(shares, gav, s1));
      assert.equal(await w.fund.read.convertToAssets([shares]), toAssets(shares, gav, s1));
      assert.equal(await w.fund.read.previewMint([shares]), toAssetsUp(shares, gav, s1));
    }
  }

  /** A deposit in the next block gets exactly the preview taken for that block's timestamp. */
  async function depositExactly(who: World["alice"], assets: bigint) {
    await w.usdc.write.mint([who.account.address, assets]);
    await w.usdc.write.approve([w.fund.address, assets], { account: who.account });
    const t = (await w.now()) + 1n;
    const { gav, supply, ref } = await rawAt(t);
    const preview = await w.fund.read.previewDeposit([assets], { blockTag: "pending" });
    assert.equal(preview, toShares(assets, gav, supply + ref.feeShares));
    const before = await w.fund.read.balanceOf([who.account.address]);
    await w.fund.write.deposit([assets, who.account.address], { account: who.account });
    assert.equal(await w.now(), t);
    assert.equal((await w.fund.read.balanceOf([who.account.address])) - before, preview);
  }

  it("charges only the management fee while flat", async () => {
    await w.skipFresh(30n * DAY);
    await assertConversions();
    const { ref } = await accrueAndCompare();
    assert.ok(ref.managementFee > 0n);
    assert.equal(ref.performanceFee, 0n);
  });

  it("charges no performance fee after a loss below the HWM, and keeps the HWM", async () => {
    await setPrice(w.wethFeed, usd8(2_000n));
    await setPrice(w.wbtcFeed, usd8(45_000n));
    await w.skipFresh(60n * DAY);
    await assertConversions();
    const { ref, before } = await accrueAndCompare();
    assert.ok(ref.managementFee > 0n);
    assert.equal(ref.performanceFee, 0n);
    assert.equal(ref.hwm, before.hwm);
    assert.equal(ref.hwmTime, before.hwmTime);
  });

  it("gives a deposit at the low price exactly its preview", async () => {
    await w.skipFresh(3n * DAY);
    await depositExactly(w.bob, parseUnits("20000", 6));
    await assertConversions();
  });

  it("still charges no performance fee on a partial recovery below the hurdle-adjusted HWM", async () => {
    await setPrice(w.wethFeed, usd8(2_900n));
    await setPrice(w.wbtcFeed, usd8(58_000n));
    await w.skipFresh(20n * DAY);
    const { ref } = await accrueAndCompare();
    assert.equal(ref.performanceFee, 0n);
  });

  it("charges the performance fee on a recovery above the HWM and raises it", async () => {
    await setPrice(w.wethFeed, usd8(4_500n));
    await setPrice(w.wbtcFeed, usd8(80_000n));
    await w.skipFresh(40n * DAY);
    await assertConversions();
    const { ref, before } = await accrueAndCompare();
    assert.ok(ref.performanceFee > 0n);
    assert.ok(ref.hwm > ref.hurdleHwm && ref.hurdleHwm > before.hwm);
    assert.equal(ref.hwmTime, await w.now());
  });

  it("charges no performance fee right after the HWM was set while the price is flat", async () => {
    await w.skipFresh(10n * DAY);
    const { ref, before } = await accrueAndCompare();
    assert.ok(ref.managementFee > 0n);
    assert.equal(ref.performanceFee, 0n);
    assert.equal(ref.hwm, before.hwm);
  });

  it("keeps previews exact for deposits and redeems after the fees", async () => {
    await setPrice(w.wethFeed, usd8(5_000n));
    await w.skipFresh(15n * DAY);
    await assertConversions();
    await depositExactly(w.carol, parseUnits("7777.777777", 6));
    // A redeem in the next block at a pinned time pays exactly previewRedeem.
    const shares = (await w.fund.read.balanceOf([w.alice.account.address])) / 7n;
    const t = (await w.now()) + 1n;
    await rawAt(t);
    const preview = await w.fund.read.previewRedeem([shares], { blockTag: "pending" });
    const usdcBefore = await w.usdc.read.balanceOf([w.alice.account.address]);
    await w.fund.write.redeem([shares, w.alice.account.address, w.alice.account.address], { account: w.alice.account });
    assert.equal((await w.usdc.read.balanceOf([w.alice.account.address])) - usdcBefore, preview);
    await w.skipFresh(5n * DAY);
    await accrueAndCompare();
  });
});
