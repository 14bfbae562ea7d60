// Issue 21, item 6: governance marks a primary-market position down (`Fund.impairPrimary`). Who may call it,
// never up, the exact drop of NAV and share price, what deposits, redemptions and in-kind exits pay after it,
// and the attacks: a project token that switches its balanceOf, a donation, and a holder who times a queued
// mark-down. Fees are set to 0 first where a figure must be exact across blocks (no accrual moves it).
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { encodeFunctionData, getAddress, parseUnits, type Address } from "viem";
import { revertsWith, startDeal } from "../testing/attack.js";
import { passProposal } from "../testing/governance.js";
import { deployWorld, HEARTBEAT, type World } from "../testing/world.js";

const usdc = (s: string) => parseUnits(s, 6);
const prjUnits = (s: string) => parseUnits(s, 18);
const WAD = 10n ** 18n;
const OFFSET = 10n ** 6n; // the fund's virtual shares
// 4,000 PRJ for 10,000 USDC: 2.5 USDC a token; a second leg of the same size stays in escrow.
const TERMS = { n1: usdc("10000"), p1: prjUnits("4000"), n2: usdc("10000"), p2: prjUnits("4000") };
// 0.50 USDC a whole token: 0.5e6 USDC units per 1e18 PRJ units, × 1e18.
const HALF_USDC = 500_000n;

/** A fund with two holders, fees at 0 (so values do not move between blocks) and one primary deal. */
async function setup(hostile = false) {
  const w = await deployWorld();
  await w.asTimelock((from) => w.fund.write.setFees([0, 0, 0], from));
  await w.deposit(w.alice, usdc("100000"));
  await w.deposit(w.bob, usdc("50000"));
  const prj = hostile
    ? await w.viem.deployContract("MockHostileToken", ["Hostile", "HST"])
    : await w.viem.deployContract("MockERC20", ["Project Token", "PRJ", 18]);
  const deal = await startDeal(w, prj.address, TERMS);
  const impair = (wad: bigint) => w.asTimelock((from) => w.fund.write.impairPrimary([prj.address, wad], from));
  return { w, prj: prj.address as Address, deal, impair };
}

const primaryLine = async (w: World, token: Address) => {
  const [list] = await w.fund.read.holdings();
  return list.find((h) => getAddress(h.token) === getAddress(token))!;
};

describe("impairment: who may mark a primary position down", () => {
  it("the manager, a token holder, a manager-token holder and anyone else revert; the timelock marks it", async () => {
    const { w, prj, impair } = await setup();
    for (const who of [w.manager, w.alice, w.founder, w.carol, w.project]) {
      await revertsWith(
        w.fund.write.impairPrimary([prj, HALF_USDC], { account: who.account }),
        "OwnableUnauthorizedAccount",
        [who.account.address],
      );
    }
    assert.deepEqual(await w.fund.read.primaryCost([prj]), [TERMS.n1, TERMS.p1, 0n, 0n]);
    const hash = await impair(HALF_USDC);
    const receipt = await w.publicClient.getTransactionReceipt({ hash });
    const [ev] = await w.fund.getEvents.PrimaryImpaired({}, { blockHash: receipt.blockHash });
    assert.deepEqual(
      [getAddress(ev.args.token!), ev.args.markWad, ev.args.previousWad],
      [getAddress(prj), HALF_USDC, 2_500_000n], // from the cost per unit: 2.5 USDC a token
    );
    const [, , markWad, markedAt] = await w.fund.read.primaryCost([prj]);
    assert.deepEqual([markWad, markedAt], [HALF_USDC, (await w.publicClient.getBlock()).timestamp]);
  });

  it("passes through proposal, vote, queue and timelocked execution, with prices stale by then", async () => {
    const { w, prj } = await setup();
    for (const a of [w.founder, w.alice])
      await w.managerToken.write.delegate([a.account.address], { account: a.account });
    await w.networkHelpers.mine();
    const data = encodeFunctionData({ abi: w.fund.abi, functionName: "impairPrimary", args: [prj, HALF_USDC] });
    await passProposal(w, { target: w.fund.address, data }, "Mark PRJ down to 0.50 USDC a token", async () =>
      assert.equal(await w.fund.read.pricesFresh(), false, "a week on, the feeds are stale"),
    );
    assert.equal((await primaryLine(w, prj)).value, usdc("2000"));
  });
});

describe("impairment: never up", () => {
  it("a first mark at or above cost, a later one at or above the mark, and a token not at cost revert", async () => {
    const { w, prj, impair } = await setup();
    await revertsWith(impair(2_500_000n), "ImpairmentNotLower", [prj, 2_500_000n, 2_500_000n]);
    await revertsWith(impair(3_000_000n), "ImpairmentNotLower", [prj, 3_000_000n, 2_500_000n]);
    await impair(HALF_USDC);
    await revertsWith(impair(HALF_USDC), "ImpairmentNotLower", [prj, HALF_USDC, HALF_USDC]);
    await revertsWith(impair(HALF_USDC + 1n), "ImpairmentNotLower", [prj, HALF_USDC + 1n, HALF_USDC]);
    await impair(100_000n); // lower again: 0.10 USDC a token
    await impair(0n); // written off
    await revertsWith(impair(0n), "ImpairmentNotLower", [prj, 0n, 0n]);
    assert.equal((await primaryLine(w, prj)).value, 0n);
    await revertsWith(
      w.asTimelock((from) => w.fund.write.impairPrimary([w.weth.address, 0n], from)),
      "NotAtCost",
      [w.weth.address],
    );
    await revertsWith(
      w.asTimelock((from) => w.fund.write.impairPrimary([w.carol.account.address, 0n], from)),
      "NotAtCost",
      [w.carol.account.address],
    );
  });

  it("only a feed values it higher again: once listed, the feed prices it and the mark no longer counts", async () => {
    const { w, prj, impair } = await setup();
    await impair(HALF_USDC);
    const feed = await w.viem.deployContract("LocalAggregator", [8, "PRJ / USD", w.deployer.account.address]);
    await feed.write.pushAnswer([3n * 10n ** 8n]);
    await w.asTimelock((from) => w.fund.write.setFeed([prj, feed.address, HEARTBEAT], from));
    const line = await primaryLine(w, prj);
    assert.deepEqual([line.kind, line.value], [0, usdc("12000")], "4,000 PRJ at 3 USD, as a listed asset");
    await revertsWith(impair(0n), "NotAtCost", [prj]);
  });
});

describe("impairment: what it does to NAV and to investors", () => {
  it("drops GAV by exactly the mark-down, and every holder's value by its share of it", async () => {
    const { w, prj, impair } = await setup();
    const supply = await w.fund.read.totalSupply();
    const alice = await w.fund.read.balanceOf([w.alice.account.address]);
    const [gav0, all0, alice0] = await Promise.all([
      w.fund.read.totalAssets(),
      w.fund.read.convertToAssets([supply]),
      w.fund.read.previewRedeem([alice]),
    ]);
    assert.equal((await primaryLine(w, prj)).value, TERMS.n1);
    await impair(HALF_USDC);
    const drop = usdc("8000"); // 4,000 PRJ from 2.50 to 0.50 USDC
    assert.equal(await w.fund.read.totalAssets(), gav0 - drop);
    assert.equal((await primaryLine(w, prj)).value, usdc("2000"));
    const all1 = await w.fund.read.convertToAssets([supply]);
    assert.equal(all1, (supply * (gav0 - drop + 1n)) / (supply + OFFSET));
    assert.ok(all0 - all1 >= drop - 1n && all0 - all1 <= drop, `holders lost ${all0 - all1}, the mark-down ${drop}`);
    const alice1 = await w.fund.read.previewRedeem([alice]);
    const aliceShare = (drop * alice) / supply;
    assert.ok(alice0 - alice1 >= aliceShare - 1n && alice0 - alice1 <= aliceShare + 1n);
  });

  it("deposits and cash redemptions after it pay at the lower NAV, to the wei", async () => {
    const { w, impair } = await setup();
    await impair(HALF_USDC);
    const gav = await w.fund.read.totalAssets();
    const supply = await w.fund.read.totalSupply();
    const a = usdc("10000");
    const shares = await w.deposit(w.carol, a);
    assert.equal(shares, (a * (supply + OFFSET)) / (gav + 1n));
    const bob = w.bob.account.address;
    const s = (await w.fund.read.balanceOf([bob])) / 2n;
    const [gav2, supply2] = [await w.fund.read.totalAssets(), await w.fund.read.totalSupply()];
    const cash = await w.usdc.read.balanceOf([bob]);
    await w.fund.write.redeem([s, bob, bob], { account: w.bob.account });
    assert.equal((await w.usdc.read.balanceOf([bob])) - cash, (s * (gav2 + 1n)) / (supply2 + OFFSET));
  });

  it("an in-kind exit takes a slice of the tokens; the mark stays per token and values the rest exactly", async () => {
    const { w, prj, impair } = await setup();
    await impair(HALF_USDC);
    const token = await w.viem.getContractAt("MockERC20", prj);
    const alice = w.alice.account.address;
    const shares = (await w.fund.read.balanceOf([alice])) / 3n;
    const supply = await w.fund.read.totalSupply();
    const held = await token.read.balanceOf([w.fund.address]);
    await w.fund.write.redeemInKind([shares, alice, alice], { account: w.alice.account });
    const slice = (held * shares) / supply;
    assert.equal(await token.read.balanceOf([alice]), slice);
    const [paid, received, markWad] = await w.fund.read.primaryCost([prj]);
    assert.deepEqual(
      [paid, received, markWad],
      [TERMS.n1 - (TERMS.n1 * shares) / supply, TERMS.p1 - (TERMS.p1 * shares) / supply, HALF_USDC],
    );
    assert.equal((await primaryLine(w, prj)).value, ((held - slice) * HALF_USDC) / WAD);
  });

  it("tokens of a later tranche count at the mark too, never above their own cost", async () => {
    const { w, prj, deal, impair } = await setup();
    await impair(HALF_USDC);
    await deal.write.settle([true]); // the second leg: 4,000 more PRJ for 10,000 USDC
    await w.fund.write.claimVamDeal([deal.address]);
    assert.equal((await primaryLine(w, prj)).value, usdc("4000"), "8,000 PRJ at 0.50");
  });
});

describe("impairment: attacks", () => {
  it("a project that switches its token's balanceOf off, or donates tokens, cannot lift the marked value", async () => {
    const { w, prj, impair } = await setup(true);
    await impair(HALF_USDC);
    const gav = await w.fund.read.totalAssets();
    const token = await w.viem.getContractAt("MockHostileToken", prj);
    await token.write.mint([w.fund.address, prjUnits("1000000")]);
    assert.equal(await w.fund.read.totalAssets(), gav, "a donation adds nothing");
    await token.write.setHostile([true, false]);
    assert.equal(await w.fund.read.totalAssets(), gav, "a reverting balanceOf counts what the deals delivered");
    assert.equal((await primaryLine(w, prj)).value, usdc("2000"));
    await token.write.setHostile([false, false]);
  });

  it("a holder who leaves before a queued mark-down gets what any holder got then; one who enters before it loses", async () => {
    const { w, prj, impair } = await setup();
    const bob = w.bob.account.address;
    const alice = w.alice.account.address;
    const mallory = w.carol;
    // The mark-down is queued in public. Bob sees it and leaves in cash first; the quote per share he gets
    // is the one alice (who stays) would have got in the same block.
    const bobShares = await w.fund.read.balanceOf([bob]);
    const quotePerShare = await w.fund.read.previewRedeem([10n ** 12n]);
    const cash = await w.usdc.read.balanceOf([bob]);
    await w.fund.write.redeem([bobShares, bob, bob], { account: w.bob.account });
    const bobOut = (await w.usdc.read.balanceOf([bob])) - cash;
    assert.ok(bobOut <= (bobShares * quotePerShare) / 10n ** 12n + 1n, "no more than the quote of any holder");
    // Mallory buys in right before it, hoping for something, and sells right after: she loses.
    const paidIn = usdc("50000");
    const shares = await w.deposit(mallory, paidIn);
    await impair(HALF_USDC);
    const before = await w.usdc.read.balanceOf([mallory.account.address]);
    await w.fund.write.redeem([shares, mallory.account.address, mallory.account.address], {
      account: mallory.account,
    });
    const out = (await w.usdc.read.balanceOf([mallory.account.address])) - before;
    assert.ok(out < paidIn, `mallory paid ${paidIn}, got ${out}`);
    // Nothing is stuck: alice, the last investor, leaves in kind with every token but the fee shares' slice.
    const token = await w.viem.getContractAt("MockERC20", prj);
    const aliceShares = await w.fund.read.balanceOf([alice]);
    const supply = await w.fund.read.totalSupply();
    const held = await token.read.balanceOf([w.fund.address]);
    await w.fund.write.redeemInKind([aliceShares, alice, alice], { account: w.alice.account });
    assert.equal(await token.read.balanceOf([alice]), (held * aliceShares) / supply);
    assert.equal(await w.fund.read.totalSupply(), supply - aliceShares);
    assert.equal(await w.fund.read.balanceOf([w.splitter.address]), supply - aliceShares, "only fee shares remain");
  });
});
