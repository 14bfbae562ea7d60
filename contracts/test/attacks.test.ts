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
