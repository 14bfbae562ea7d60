// Issue 13, "The attacks to close": each test performs the attack as the attacker would, on the
// in-process chain, and asserts that the attacker ends with no profit and that nobody's funds
// are stuck. Numbers in the comments are the ones the attack reached before the hardening.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, parseEventLogs, parseUnits, type Address } from "viem";
import { addPool, pushPool, revertsWith, startDeal, swapOwn, tokenBalances } from "../testing/attack.js";
import { deployWorld, HEARTBEAT, YEAR, type World } from "../testing/world.js";

const usdc = (s: string) => parseUnits(s, 6);
const eth = (s: string) => parseUnits(s, 18);
const usd8 = (n: bigint) => n * 10n ** 8n;
const HB = BigInt(HEARTBEAT);
const WAD = 10n ** 18n;
const BPS = 10_000n;

/** The fund's ordered LP amounts for `wethIn` WETH and `usdcIn` USDC in the WETH/USDC pair. */
async function wethUsdcAmounts(w: World, wethIn: bigint, usdcIn: bigint): Promise<[bigint, bigint]> {
  const wethIs0 = getAddress(await w.wethUsdc.read.token0()) === getAddress(w.weth.address);
  return wethIs0 ? [wethIn, usdcIn] : [usdcIn, wethIn];
}

const asManager = (w: World) => ({ account: w.manager.account });

/** Fee events of a transaction. */
async function feesIn(w: World, hash: `0x${string}`) {
  const receipt = await w.publicClient.getTransactionReceipt({ hash });
  return parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "FeesAccrued" }).map((l) => l.args);
}

describe("attacks: donated primary tokens (1)", () => {
  it("a project that donates its own token to the fund and redeems gets back no more than it put in", async () => {
    const w = await deployWorld();
    const project = w.project.account.address;
    await w.deposit(w.alice, usdc("1000000"));
    const prj = await w.viem.deployContract("MockERC20", ["Project Token", "PRJ", 18]);
    const terms = { n1: usdc("100000"), p1: eth("100000"), n2: usdc("100000"), p2: eth("100000") };
    const deal = await startDeal(w, prj.address, terms);
    assert.deepEqual(await w.fund.read.primaryCost([prj.address]), [terms.n1, terms.p1]);
    const aliceShares = await w.fund.read.balanceOf([w.alice.account.address]);
    const aliceBefore = await w.fund.read.convertToAssets([aliceShares]);

    // The attack: deposit 1,000,000, mint 400k of the project's own token into the fund, redeem.
    const paidIn = usdc("1000000");
    const shares = await w.deposit(w.project, paidIn);
    const gavBefore = await w.fund.read.totalAssets();
    const hwmBefore = (await w.fund.read.feeState()).hwm;
    await prj.write.mint([project, eth("400000")]);
    await prj.write.transfer([w.fund.address, eth("400000")], { account: w.project.account });
    assert.equal(await w.fund.read.totalAssets(), gavBefore, "the donation adds nothing to GAV");
    assert.equal((await w.fund.read.previewAccrual()).performanceFee, 0n);

    const cashBefore = await w.usdc.read.balanceOf([project]);
    const hash = await w.fund.write.redeem([shares, project, project], { account: w.project.account });
    const out = (await w.usdc.read.balanceOf([project])) - cashBefore;
    assert.ok(out <= paidIn, `project walked out with ${out} for ${paidIn} (was 1,400,000 before the fix)`);
    for (const f of await feesIn(w, hash)) assert.equal(f.performanceFee, 0n, "no performance fee on a phantom gain");
    assert.equal((await w.fund.read.feeState()).hwm, hwmBefore);
    // Alice lost nothing but a few seconds of management fee.
    const aliceAfter = await w.fund.read.convertToAssets([aliceShares]);
    assert.ok(aliceAfter + usdc("1") >= aliceBefore, `alice ${aliceBefore} -> ${aliceAfter}`);

    // Nothing stuck: the deal settles, anyone claims the fund's leg, alice leaves in kind with
    // her slice of everything, the donated tokens included.
    await deal.write.settle([true]);
    await w.fund.write.claimVamDeal([deal.address], { account: w.carol.account });
    assert.deepEqual((await w.fund.read.registry())[3], [], "the claimed deal left the list");
    assert.deepEqual(await w.fund.read.primaryCost([prj.address]), [terms.n1 + terms.n2, terms.p1 + terms.p2]);
    const heldPrj = await prj.read.balanceOf([w.fund.address]);
    assert.equal(heldPrj, terms.p1 + terms.p2 + eth("400000"));
    await w.fund.write.redeemInKind([aliceShares, w.alice.account.address, w.alice.account.address], { account: w.alice.account });
    const supplyLeft = await w.fund.read.totalSupply();
    assert.equal(supplyLeft, await w.fund.read.balanceOf([w.splitter.address]), "only the fee shares remain");
    const alicePrj = await prj.read.balanceOf([w.alice.account.address]);
    assert.equal(alicePrj, (heldPrj * aliceShares) / (supplyLeft + aliceShares));
  });
});

describe("attacks: the manager sandwiches its own trades (2)", () => {
  it("a swap into a pool the manager pushed reverts ValueNotKept; the manager loses the pool fees", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, usdc("1000000"));
    const base = await w.networkHelpers.takeSnapshot();
    // Control: the same swap at the pool's fair price passes within the 1 % limit.
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("500000"), 0n], asManager(w));
    await base.restore();

    const gav0 = await w.fund.read.totalAssets();
    const push = usdc("30000000");
    const wethGot = await pushPool(w, w.manager, w.wethUsdc.address, w.usdc.address, push); // ETH +20 % in the pool
    await revertsWith(
      w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("500000"), 0n], asManager(w)),
      "ValueNotKept",
    );
    const back = await swapOwn(w, w.manager, w.wethUsdc.address, w.weth.address, wethGot);
    assert.ok(back < push, `the manager's round trip returned ${back} for ${push}`);
    assert.equal(await w.fund.read.totalAssets(), gav0, "the fund lost nothing (was 1,000,000 -> 615,238)");
  });

  it("addLiquidity into a pushed pool reverts ValueNotKept; removeLiquidity from one gives away no value", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, usdc("1000000"));
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("300000"), 0n], asManager(w));
    const base = await w.networkHelpers.takeSnapshot();
    const gav0 = await w.fund.read.totalAssets();
    const push = usdc("80000000"); // ETH about +60 % in the pool
    const wethGot = await pushPool(w, w.manager, w.wethUsdc.address, w.usdc.address, push);
    await revertsWith(
      w.fund.write.addLiquidity([w.wethUsdc.address, ...(await wethUsdcAmounts(w, eth("30"), usdc("200000"))), 0n], asManager(w)),
      "ValueNotKept",
    );
    const back = await swapOwn(w, w.manager, w.wethUsdc.address, w.weth.address, wethGot);
    assert.ok(back < push);
    assert.equal(await w.fund.read.totalAssets(), gav0);

    // Control: adding at the fair price passes.
    await base.restore();
    await w.fund.write.addLiquidity([w.wethUsdc.address, ...(await wethUsdcAmounts(w, eth("30"), usdc("90000"))), 0n], asManager(w));
    const lp = await w.wethUsdc.read.balanceOf([w.fund.address]);

    // removeLiquidity: fair LP pricing values the position at sqrt(k) whatever the skew, and a
    // withdrawal at a skewed ratio is worth at least that at feed prices: nothing to take.
    const gav1 = await w.fund.read.totalAssets();
    const wethGot2 = await pushPool(w, w.manager, w.wethUsdc.address, w.usdc.address, push);
    await w.fund.write.removeLiquidity([w.wethUsdc.address, lp, 0n, 0n], asManager(w));
    const back2 = await swapOwn(w, w.manager, w.wethUsdc.address, w.weth.address, wethGot2);
    assert.ok(back2 < push, `the manager's round trip returned ${back2} for ${push}`);
    assert.ok((await w.fund.read.totalAssets()) >= gav1, "the fund's value at feed prices did not fall");
  });

  it("a pair not from the project's AMM cannot be approved; a non-allowed token gets no swap or liquidity", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, usdc("1000000"));
    // A look-alike pair the attacker deployed itself, priced as it likes.
    const fake = await w.viem.deployContract("AmmPair", [w.wbtc.address, w.usdc.address, "Fake LP", "FAKE"]);
    await revertsWith(w.asTimelock((from) => w.fund.write.addPair([fake.address], from)), "NotFromAmm", [fake.address]);

    const wbtcUsdc = await addPool(w, w.wbtc.address, w.usdc.address, parseUnits("5000", 8), usdc("300000000"));
    await w.asTimelock((from) => w.fund.write.setGuideline([w.wbtc.address, false, 4_000], from));
    const wbtcIs0 = getAddress(await wbtcUsdc.read.token0()) === getAddress(w.wbtc.address);
    const amounts: [bigint, bigint] = wbtcIs0 ? [parseUnits("1", 8), usdc("60000")] : [usdc("60000"), parseUnits("1", 8)];
    await revertsWith(w.fund.write.addLiquidity([wbtcUsdc.address, ...amounts, 0n], asManager(w)), "AssetNotAllowed", [w.wbtc.address]);
    await revertsWith(
      w.fund.write.swap([wbtcUsdc.address, w.usdc.address, usdc("60000"), 0n], asManager(w)),
      "AssetNotAllowed",
      [w.wbtc.address],
    );
    // Control: allowed again, the same swap passes.
    await w.asTimelock((from) => w.fund.write.setGuideline([w.wbtc.address, true, 4_000], from));
    await w.fund.write.swap([wbtcUsdc.address, w.usdc.address, usdc("60000"), 0n], asManager(w));
    assert.ok((await w.wbtc.read.balanceOf([w.fund.address])) > 0n);
  });

  it("an LP position counts half towards each of its tokens' weights, so it cannot hide a breach", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, usdc("1000000"));
    await w.asTimelock((from) => w.fund.write.setGuideline([w.weth.address, true, 4_000], from));
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("350000"), 0n], asManager(w));
    await w.fund.write.addLiquidity([w.wethUsdc.address, ...(await wethUsdcAmounts(w, eth("30"), usdc("90000"))), 0n], asManager(w));
    const [list, gav] = await w.fund.read.holdings();
    const direct = list[1].value;
    const lpValue = list.find((h) => h.kind === 1 && getAddress(h.token) === getAddress(w.wethUsdc.address))!.value;
    const weights = await w.fund.read.exposureWeights();
    assert.equal(weights[1], ((direct + lpValue / 2n) * BPS) / gav, "WETH weight = direct + half the LP");

    // 120k more WETH: direct weight stays under 40 %, the look-through exposure does not.
    const more = usdc("120000");
    const directAfter = direct + (await w.wethUsdc.read.getAmountOut([w.usdc.address, more])) * 3_000n / 10n ** 12n;
    assert.ok((directAfter * BPS) / gav < 4_000n, "without look-through the swap would pass");
    await revertsWith(w.fund.write.swap([w.wethUsdc.address, w.usdc.address, more, 0n], asManager(w)), "GuidelineBreached");
  });
});

describe("attacks: one bad feed (3)", () => {
  type Mode = { name: string; set: (now: bigint) => [bigint, bigint, boolean]; updatedAt: (now: bigint) => bigint };
  const good = (price: bigint) => (now: bigint): [bigint, bigint, boolean] => [price, now, false];
  const modes: Mode[] = [
    { name: "stale", set: (now) => [usd8(20n), now - HB - 1n, false], updatedAt: (now) => now - HB - 1n },
    { name: "zero", set: (now) => [0n, now, false], updatedAt: (now) => now },
    { name: "negative", set: (now) => [-1n, now, false], updatedAt: (now) => now },
    { name: "future-dated", set: (now) => [usd8(20n), now + 3_600n, false], updatedAt: (now) => now + 3_600n },
    { name: "reverting", set: (now) => [usd8(20n), now, true], updatedAt: () => 0n },
  ];

  it("a broken feed of an asset the fund does not hold blocks nothing, and governance can delist it", async () => {
    const w = await deployWorld();
    const alice = w.alice.account.address;
    await w.deposit(w.alice, usdc("100000"));
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("30000"), 0n], asManager(w));
    const link = await w.viem.deployContract("MockERC20", ["Chainlink", "LINK", 18]);
    const bad = await w.viem.deployContract("MockBadFeed");
    await bad.write.set(good(usd8(20n))(await w.now()));
    await w.asTimelock((from) => w.fund.write.addAsset([link.address, bad.address, HEARTBEAT, 3_000], from));
    for (const m of modes) {
      await bad.write.set(m.set(await w.now()));
      assert.equal(await w.fund.read.pricesFresh(), true, m.name);
      const shares = await w.deposit(w.alice, usdc("1000"));
      await w.fund.write.redeem([shares, alice, alice], { account: w.alice.account });
      await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("1000"), 0n], asManager(w));
    }
    await w.asTimelock((from) => w.fund.write.removeAsset([link.address], from));
    assert.ok(!(await w.fund.read.registry())[0].map(getAddress).includes(getAddress(link.address)));
    // A held asset, or one an approved pair uses, cannot be delisted.
    await revertsWith(w.asTimelock((from) => w.fund.write.removeAsset([w.weth.address], from)), "AssetInUse", [w.weth.address]);
    await revertsWith(w.asTimelock((from) => w.fund.write.removeAsset([w.usdc.address], from)), "AssetInUse", [w.usdc.address]);
  });

  it("a broken feed of a held asset blocks priced deposits and redeems with StalePrice; the in-kind exit still pays", async () => {
    const w = await deployWorld();
    const alice = w.alice.account.address;
    await w.deposit(w.alice, usdc("1000000"));
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("400000"), 0n], asManager(w));
    const bad = await w.viem.deployContract("MockBadFeed");
    await bad.write.set(good(usd8(3_000n))(await w.now()));
    await w.asTimelock((from) => w.fund.write.setFeed([w.weth.address, bad.address, HEARTBEAT], from));
    await w.usdc.write.mint([alice, usdc("1000")]);
    await w.usdc.write.approve([w.fund.address, usdc("1000")], { account: w.alice.account });
    for (const m of modes) {
      const now = await w.now();
      await bad.write.set(m.set(now));
      const stale = [bad.address, m.updatedAt(now), HB] as const;
      assert.equal(await w.fund.read.pricesFresh(), false, m.name);
      await revertsWith(w.fund.write.deposit([usdc("1000"), alice], { account: w.alice.account }), "StalePrice", stale);
      await revertsWith(w.fund.write.redeem([10n ** 12n, alice, alice], { account: w.alice.account }), "StalePrice", stale);
      await revertsWith(w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("1000"), 0n], asManager(w)), "StalePrice", stale);
      assert.equal(await w.fund.read.maxRedeem([alice]), 0n);
      assert.equal(await w.fund.read.maxWithdraw([alice]), 0n);
      assert.equal(await w.fund.read.maxDeposit([alice]), 0n);

      // The in-kind exit: 10 % of alice's shares for 10 % of every holding, no price needed.
      const shares = (await w.fund.read.balanceOf([alice])) / 10n;
      const supply = await w.fund.read.totalSupply(); // no accrual while a price is stale
      const [fundUsdc, fundWeth] = await tokenBalances(w, w.fund.address);
      const [u0, e0] = await tokenBalances(w, alice);
      await w.fund.write.redeemInKind([shares, alice, alice], { account: w.alice.account });
      const [u1, e1] = await tokenBalances(w, alice);
      assert.equal(u1 - u0, (fundUsdc * shares) / supply, m.name);
      assert.equal(e1 - e0, (fundWeth * shares) / supply, m.name);
    }
    // Governance replaces the feed; everything works again.
    await w.asTimelock((from) => w.fund.write.setFeed([w.weth.address, w.wethFeed.address, HEARTBEAT], from));
    await w.wethFeed.write.pushAnswer([usd8(3_000n)]);
    await w.usdcFeed.write.pushAnswer([usd8(1n)]);
    const shares = await w.deposit(w.alice, usdc("1000"));
    await w.fund.write.redeem([shares, alice, alice], { account: w.alice.account });
  });

  it("a stranger's dust of an asset with a broken feed blocks priced exits and its delisting, never the in-kind exit", async () => {
    // A residual griefing vector, not a theft: 1 wei makes the asset "held", so its feed counts
    // again. Governance's remedy is setFeed; investors keep the in-kind exit meanwhile.
    const w = await deployWorld();
    const alice = w.alice.account.address;
    await w.deposit(w.alice, usdc("100000"));
    const link = await w.viem.deployContract("MockERC20", ["Chainlink", "LINK", 18]);
    const bad = await w.viem.deployContract("MockBadFeed");
    await w.asTimelock((from) => w.fund.write.addAsset([link.address, bad.address, HEARTBEAT, 3_000], from));
    await bad.write.set([0n, await w.now(), false]);
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("30000"), 0n], asManager(w));
    await link.write.mint([w.fund.address, 1n], { account: w.carol.account });
    await revertsWith(w.fund.write.deposit([usdc("1"), alice], { account: w.alice.account }), "StalePrice");
    await revertsWith(w.asTimelock((from) => w.fund.write.removeAsset([link.address], from)), "AssetInUse", [link.address]);
    const shares = (await w.fund.read.balanceOf([alice])) / 2n;
    await w.fund.write.redeemInKind([shares, alice, alice], { account: w.alice.account });
    const feed = await w.viem.deployContract("MockAggregator", [8, "LINK / USD", w.deployer.account.address]);
    await feed.write.pushAnswer([usd8(20n)]);
    await w.asTimelock((from) => w.fund.write.setFeed([link.address, feed.address, HEARTBEAT], from));
    await w.fund.write.redeem([shares / 2n, alice, alice], { account: w.alice.account });
  });

  it("a project token whose balanceOf reverts or whose transfers pause freezes neither cash nor in-kind exits", async () => {
    const w = await deployWorld();
    const alice = w.alice.account.address;
    await w.deposit(w.alice, usdc("1000000"));
    const prj = await w.viem.deployContract("MockHostileToken", ["Hostile", "HST"]);
    await startDeal(w, prj.address, { n1: usdc("100000"), p1: eth("100000"), n2: usdc("100000"), p2: eth("100000") });
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usdc("100000"), 0n], asManager(w));

    await prj.write.setHostile([true, false], { account: w.project.account });
    assert.equal(await w.fund.read.pricesFresh(), true);
    const shares = await w.deposit(w.bob, usdc("10000"));
    await w.fund.write.redeem([shares, w.bob.account.address, w.bob.account.address], { account: w.bob.account });
    const part = (await w.fund.read.balanceOf([alice])) / 10n;
    await w.fund.write.redeemInKind([part, alice, alice], { account: w.alice.account });

    // Paused: the slice is kept aside for alice, excluded from the others', and claimable later.
    await prj.write.setHostile([false, false], { account: w.project.account });
    const fundPrj = await prj.read.balanceOf([w.fund.address]);
    await prj.write.setHostile([false, true], { account: w.project.account });
    await w.fund.write.redeemInKind([part, alice, alice], { account: w.alice.account });
    const supply = (await w.fund.read.totalSupply()) + part; // the supply the slice was cut from, after the accrual
    const owed = await w.fund.read.owed([prj.address, alice]);
    assert.equal(owed, (fundPrj * part) / supply);
    assert.equal(await w.fund.read.reserved([prj.address]), owed);
    await assert.rejects(w.fund.write.claimOwed([prj.address], { account: w.alice.account }), /reverted/);
    await prj.write.setHostile([false, false], { account: w.project.account });
    await w.fund.write.claimOwed([prj.address], { account: w.alice.account });
    assert.equal(await prj.read.balanceOf([alice]), owed);
    assert.equal(await w.fund.read.reserved([prj.address]), 0n);
  });

  it("a project token that makes its balanceOf revert cannot move the share price to the project's profit", async () => {
    // The project controls its token: with balanceOf reverting the fund's primary holding is
    // valued at 0, so the project buys shares cheap, switches it back and redeems dear.
    const w = await deployWorld();
    const project = w.project.account.address;
    await w.deposit(w.alice, usdc("1000000"));
    const prj = await w.viem.deployContract("MockHostileToken", ["Hostile", "HST"]);
    await startDeal(w, prj.address, { n1: usdc("100000"), p1: eth("100000"), n2: usdc("100000"), p2: eth("100000") });

    const paidIn = usdc("900000");
    const gavHonest = await w.fund.read.totalAssets();
    await prj.write.setHostile([true, false], { account: w.project.account });
    const gavHostile = await w.fund.read.totalAssets().catch(() => gavHonest);
    const shares = await w.deposit(w.project, paidIn).catch(() => 0n);
    await prj.write.setHostile([false, false], { account: w.project.account });
    const before = await w.usdc.read.balanceOf([project]);
    if (shares > 0n) await w.fund.write.redeem([shares, project, project], { account: w.project.account });
    const out = (await w.usdc.read.balanceOf([project])) - before;
    assert.ok(
      out <= paidIn,
      `the project paid ${paidIn} and took ${out} (GAV ${gavHonest} read as ${gavHostile} while balanceOf reverted)`,
    );
  });
});

describe("attacks: one bad feed (3), the exiting investor's slice", () => {
  it("an in-kind exit while the project token's balanceOf reverts still gives the redeemer its slice of that token", async () => {
    // The project switches balanceOf off just before an investor's in-kind exit: the slice of
    // its token reads as 0, yet the cost basis still shrinks by the redeemer's share.
    const w = await deployWorld();
    const alice = w.alice.account.address;
    await w.deposit(w.alice, usdc("1000000"));
    await w.deposit(w.bob, usdc("1000000"));
    const prj = await w.viem.deployContract("MockHostileToken", ["Hostile", "HST"]);
    await startDeal(w, prj.address, { n1: usdc("100000"), p1: eth("100000"), n2: usdc("100000"), p2: eth("100000") });
    const fundPrj = await prj.read.balanceOf([w.fund.address]);
    const shares = await w.fund.read.balanceOf([alice]);

    await prj.write.setHostile([true, false], { account: w.project.account });
    await w.fund.write.redeemInKind([shares, alice, alice], { account: w.alice.account });
    await prj.write.setHostile([false, false], { account: w.project.account });
    const supply = (await w.fund.read.totalSupply()) + shares;
    const slice = (fundPrj * shares) / supply;
    const got = (await prj.read.balanceOf([alice])) + (await w.fund.read.owed([prj.address, alice]));
    const [paid, received] = await w.fund.read.primaryCost([prj.address]);
    assert.ok(
      got >= slice,
      `alice got ${got} HST (owed included) of her slice ${slice}; the fund keeps ${await prj.read.balanceOf([w.fund.address])}` +
        ` at a cost basis of ${paid} for ${received}`,
    );
  });
});
