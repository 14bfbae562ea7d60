// The client valuation engine (src/domain/valuation) against the contracts: raw reads at one
// block, run through the engine, must equal the fund's and FundLens's views to the wei, on a
// fund with three assets, two LP pairs (one position), a primary-market token and VAM deals
// (mock deals of the IVamDeal interface: the deal's own rules are vam.test.ts's), entry and
// exit fees, over months of fees, a price rally, in-kind exits with a paused token, a project
// token whose balanceOf reverts, a fee change, stale, unneeded, reverting and future-dated
// feeds, settled and claimed deals, a primary token that gains a feed, and a yield position (a WETH
// staking vault) through all of it. Where an action
// follows, the engine's preview on the reads of the block before, at the action's timestamp,
// must equal what the action did.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { getAddress, parseUnits, type Abi, type Address } from "viem";
import {
  changeFees,
  fundSnapshot,
  HoldingKind,
  impermanentLoss,
  usdToDenom,
  type FundRaw,
  type FundSnapshot,
} from "../../src/domain/valuation/index.ts";
import { assertEngineMatches, type CheckAbis } from "../testing/engineCheck.js";
import { setPrice, setupPortfolio } from "../testing/portfolio.js";
import { readFundRaw, type RawClient } from "../testing/readRaw.js";
import { deployWorld, HEARTBEAT, type World } from "../testing/world.js";
import { supply } from "../testing/yield.js";

const DAY = 86_400n;
const WHOLE = 10n ** 18n;
const usdc = (x: string) => parseUnits(x, 6);

describe("client valuation engine against the chain", () => {
  let w: World;
  let abis: CheckAbis;
  let prj: { address: Address }; // a MockHostileToken: it can pause its transfers or make balanceOf revert
  let dealA: Address;
  let dealB: Address;
  const dealAbi: { abi?: Abi } = {};
  const client = () => w.publicClient as unknown as RawClient;

  const hostile = () => w.viem.getContractAt("MockHostileToken", prj.address);

  /** A deal on PRJ that governance starts: the fund pays n1 and receives p at once, n2 stays in escrow. */
  async function startDeal(n1: bigint, n2: bigint, p: bigint) {
    const deal = await w.viem.deployContract("MockVamDeal", [
      w.fund.address,
      w.usdc.address,
      prj.address,
      w.project.account.address,
      n1,
      p,
      n2,
      p,
    ]);
    dealAbi.abi = deal.abi as Abi;
    const token = await hostile();
    await token.write.mint([w.project.account.address, 2n * p]);
    await token.write.approve([deal.address, 2n * p], { account: w.project.account });
    await w.asTimelock((from) => w.fund.write.approveVamDeal([deal.address], from));
    return deal.address;
  }

  async function check(label: string): Promise<FundSnapshot> {
    const blockNumber = await w.publicClient.getBlockNumber();
    const accounts = [w.alice, w.bob, w.carol].map((x) => x.account.address);
    return assertEngineMatches(client(), abis, {
      fund: w.fund.address,
      lens: w.lens.address,
      blockNumber,
      accounts,
      label,
    });
  }

  /** The reads of the latest block, as of the next block's timestamp, which is pinned to it. */
  async function nextBlock(): Promise<FundRaw> {
    const raw = await readFundRaw(client(), abis, w.fund.address, await w.publicClient.getBlockNumber());
    const t = (await w.now()) + 13n;
    await w.networkHelpers.time.setNextBlockTimestamp(t);
    return { ...raw, timestamp: t };
  }

  before(async () => {
    w = await deployWorld();
    await setupPortfolio(w); // 175k USDC in, about 40 % WETH and 23 % WBTC, a WBTC/USDC pair
    const wethIs0 = getAddress(await w.wethUsdc.read.token0()) === getAddress(w.weth.address);
    const [wethIn, usdcIn] = [parseUnits("5", 18), usdc("16000")];
    await w.fund.write.addLiquidity([w.wethUsdc.address, wethIs0 ? wethIn : usdcIn, wethIs0 ? usdcIn : wethIn, 0n], {
      account: w.manager.account,
    });
    await w.asTimelock(async (from) => {
      await w.fund.write.setEntryExitFees([50, 75], from);
      await w.fund.write.setMaxSlippage([150], from);
      await w.fund.write.setMinCash([300], from);
    });
    // A yield position: a WETH staking vault with an outside staker, a third of the fund's WETH in it.
    const guard = await w.viem.deployContract("VaultRateGuard", [3_600n]);
    const staking = await w.viem.deployContract("YieldVault", [
      w.weth.address,
      "Staked ETH",
      "stETH",
      w.deployer.account.address,
    ]);
    await supply(w, w.carol, staking.address, w.weth.address, parseUnits("77", 18));
    await guard.write.poke([staking.address]);
    await w.asTimelock((from) => w.fund.write.setVault([staking.address, guard.address, 100, true], from));
    const wethHeld = await w.weth.read.balanceOf([w.fund.address]);
    await w.fund.write.vaultMove([staking.address, wethHeld / 3n, 0n, true], { account: w.manager.account });
    prj = await w.viem.deployContract("MockHostileToken", ["Project Token", "PRJ"]);
    dealA = await startDeal(usdc("10000"), usdc("15000"), parseUnits("4000", 18));
    dealB = await startDeal(usdc("5000"), usdc("5000"), parseUnits("3000", 18));
    abis = {
      Fund: w.fund.abi as Abi,
      ERC20: w.usdc.abi as Abi,
      Aggregator: w.usdcFeed.abi as Abi,
      AmmPair: w.wethUsdc.abi as Abi,
      VamDeal: dealAbi.abi!,
      FeeSplitter: w.splitter.abi as Abi,
      FundLens: w.lens.abi as Abi,
    };
  });

  it("values every kind of holding as the fund does, right after setup, and reads its fees and limits", async () => {
    const s = await check("after setup");
    const kinds = s.holdings.filter((h) => h.value > 0n).map((h) => h.kind);
    for (const k of Object.values(HoldingKind)) assert.ok(kinds.includes(k), `holding kind ${k} present`);
    assert.deepEqual(
      s.holdings.filter((h) => h.kind === HoldingKind.VamEscrow).map((h) => h.value),
      [usdc("15000"), usdc("5000")],
    );
    const primary = s.holdings.find((h) => h.kind === HoldingKind.Primary)!;
    assert.deepEqual(
      [primary.balance, primary.value],
      [parseUnits("7000", 18), usdc("15000")],
      "the tokens of both initial tranches, at what they cost",
    );
    const raw = await readFundRaw(client(), abis, w.fund.address, await w.publicClient.getBlockNumber());
    assert.deepEqual([raw.entryBps, raw.exitBps, raw.maxSlippageBps, raw.minCashBps], [50n, 75n, 150n, 300n]);
    assert.equal(s.fresh, true);
  });

  it(
    "does not value a donation of the project's token, and counts what the deals delivered when its " +
      "balanceOf reverts",
    async () => {
      const token = await hostile();
      await token.write.mint([w.fund.address, parseUnits("400000", 18)]);
      let s = await check("after a donation");
      assert.equal(s.holdings.find((h) => h.kind === HoldingKind.Primary)!.value, usdc("15000"));
      await token.write.setHostile([true, false]); // balanceOf reverts: what the deals delivered, at cost
      s = await check("PRJ balanceOf reverts");
      const line = s.holdings.find((h) => h.kind === HoldingKind.Primary)!;
      assert.deepEqual([line.balance, line.value, s.fresh], [parseUnits("7000", 18), usdc("15000"), true]);
      await token.write.setHostile([false, false]);
    },
  );

  it("matches the preview accrual and conversions a month on", async () => {
    await w.skipFresh(30n * DAY);
    const s = await check("a month on");
    assert.ok(s.accrual.managementFee > 0n && s.accrual.feeShares > 0n);
  });

  it("matches after a WETH rally (performance fee) and an explicit accrual (splitter holds shares)", async () => {
    await setPrice(w.wethFeed, 4_200n * 10n ** 8n);
    await w.networkHelpers.time.increase(3 * 86_400);
    await setPrice(w.wethFeed, 4_200n * 10n ** 8n);
    await setPrice(w.usdcFeed, 100_010_000n);
    await setPrice(w.wbtcFeed, 61_234n * 10n ** 8n);
    const s = await check("after the rally");
    assert.ok(s.accrual.performanceFee > 0n, "a performance fee is due");
    await w.fund.write.accrueFees();
    const t = await check("after accrueFees");
    assert.ok(t.intrinsic.unclaimedFeeShares > 0n && t.accrual.feeShares === 0n);
  });

  it("values the LP position like the impermanent-loss engine's value in the pool", async () => {
    const [added] = await w.fund.getEvents.LiquidityAdded({}, { fromBlock: 0n });
    const blockNumber = await w.publicClient.getBlockNumber();
    const s = await check("LP");
    const raw = await readFundRaw(client(), abis, w.fund.address, blockNumber);
    const pair = raw.pairs.find((p) => getAddress(p.pair) === getAddress(w.wethUsdc.address))!;
    const price = (t: string) => {
      const a = raw.assets.find((x) => getAddress(x.token) === getAddress(t))!;
      return { answer: a.answer, decimals: a.decimals, feedDecimals: a.feedDecimals };
    };
    const il = impermanentLoss({
      amount0: added.args.amount0!,
      amount1: added.args.amount1!,
      price0: price(pair.token0),
      price1: price(pair.token1),
      position: { lp: pair.lpBalance, lpSupply: pair.lpSupply, reserve0: pair.reserve0, reserve1: pair.reserve1 },
    });
    const lp = s.holdings.find(
      (h) => h.kind === HoldingKind.LpPosition && getAddress(h.token) === getAddress(w.wethUsdc.address),
    )!;
    const d = raw.assets[0];
    assert.equal(usdToDenom(il.valueInPoolUsd, d.answer, d.decimals, d.feedDecimals), lp.value);
    assert.ok(il.ilPpm < 0n && il.priceIlPpm < 0n, `WETH rallied 40 %: IL ${il.ilPpm} ppm`);
  });

  it("a deposit and a redemption pay exactly the engine's previews, entry and exit fees included", async () => {
    const a = usdc("20000");
    await w.usdc.write.mint([w.bob.account.address, a]);
    await w.usdc.write.approve([w.fund.address, a], { account: w.bob.account });
    const before = await w.fund.read.balanceOf([w.bob.account.address]);
    const expected = fundSnapshot(await nextBlock()).vault.previewDeposit(a);
    await w.fund.write.deposit([a, w.bob.account.address], { account: w.bob.account });
    assert.equal((await w.fund.read.balanceOf([w.bob.account.address])) - before, expected);

    const shares = (await w.fund.read.balanceOf([w.alice.account.address])) / 20n;
    const cash = await w.usdc.read.balanceOf([w.alice.account.address]);
    const out = fundSnapshot(await nextBlock()).vault.previewRedeem(shares);
    await w.fund.write.redeem([shares, w.alice.account.address, w.alice.account.address], { account: w.alice.account });
    assert.equal((await w.usdc.read.balanceOf([w.alice.account.address])) - cash, out);
    await w.skipFresh(7n * DAY);
    await check("a week after investor flows");
  });

  it(
    "an in-kind exit pays the engine's slices; a paused token's slice is owed and reserved, and the engine " +
      "leaves it out",
    async () => {
      const token = await hostile();
      await token.write.setHostile([false, true]);
      const shares = (await w.fund.read.balanceOf([w.carol.account.address])) / 2n;
      const carol = w.carol.account.address;
      const tokens = (
        await readFundRaw(client(), abis, w.fund.address, await w.publicClient.getBlockNumber())
      ).assets.map((x) => x.token);
      const held = () =>
        Promise.all(
          tokens.map((t) => w.viem.getContractAt("MockERC20", t as Address).then((c) => c.read.balanceOf([carol]))),
        );
      const heldBefore = await held();
      const x = fundSnapshot(await nextBlock()).redeemInKind(shares);
      await w.fund.write.redeemInKind([shares, carol, carol], { account: w.carol.account });
      const got = (await held()).map((b, k) => b - heldBefore[k]);
      assert.deepEqual(
        got,
        x.tokens.slice(0, tokens.length).map((t) => t.amount),
        "listed assets received",
      );
      const prjSlice = x.tokens.find((t) => getAddress(t.token) === getAddress(prj.address))!.amount;
      assert.ok(prjSlice > 0n);
      assert.equal(await w.fund.read.owed([prj.address, carol]), prjSlice);
      assert.equal(await w.fund.read.reserved([prj.address]), prjSlice);
      const s = await check("PRJ paused, a slice reserved");
      const primary = s.holdings.find((h) => h.kind === HoldingKind.Primary)!;
      assert.equal(primary.balance, (await token.read.balanceOf([w.fund.address])) - prjSlice);
      const [paid, received] = await w.fund.read.primaryCost([prj.address]);
      assert.deepEqual([paid, received], [x.primaryCost[0].paid, x.primaryCost[0].received]);
      await token.write.setHostile([false, false]);
      await w.fund.write.claimOwed([prj.address], { account: w.carol.account });
      assert.equal(await w.fund.read.reserved([prj.address]), 0n);
      await check("the owed slice claimed");
    },
  );

  it(
    "a fee change re-bases the high-water mark as the engine computes it, and charges nothing on past " + "gains",
    async () => {
      await setPrice(w.wethFeed, 5_000n * 10n ** 8n); // a gain under the old terms
      const raw = await nextBlock();
      const v = fundSnapshot(raw);
      const next = { managementBps: 100n, performanceBps: 3_000n, hurdleBps: 0n };
      const { state } = changeFees(raw.fees, v.gav, raw.totalSupply, raw.timestamp, next);
      await w.asTimelock((from) => w.fund.write.setFees([100, 3_000, 0], from));
      assert.deepEqual({ ...(await w.fund.read.feeState()) }, state);
      const s = await check("after the fee change");
      assert.equal(s.accrual.performanceFee, 0n);
    },
  );

  it("flags the same stale feeds once past the heartbeat, and still matches every view", async () => {
    await w.networkHelpers.time.increase(HEARTBEAT + 1);
    await setPrice(w.usdcFeed, 10n ** 8n); // only USDC is fresh again
    const s = await check("past the heartbeat");
    assert.equal(s.fresh, false);
    assert.deepEqual(
      s.holdings.filter((h) => h.kind === HoldingKind.Asset).map((h) => h.stale),
      [false, true, true],
    );
    assert.equal(s.maxDeposit, 0n);
    assert.equal(s.maxRedeem(10n ** 12n), 0n);
    // The engine names the feed the fund's revert names.
    assert.equal(s.blocker?.kind, "asset");
    const b = s.blocker as Extract<FundSnapshot["blocker"], { kind: "asset" }>;
    const { feed } = await w.fund.read.assetConfig([b.token as Address]);
    await assert.rejects(
      w.fund.simulate.accrueFees(),
      (e: { cause?: { data?: { errorName?: string; args?: readonly unknown[] } } }) => {
        assert.equal(e.cause?.data?.errorName, "StalePrice");
        assert.deepEqual(e.cause?.data?.args, [getAddress(feed), b.updatedAt, b.heartbeat]);
        return true;
      },
    );
  });

  it(
    "does not count the feed of an asset the fund does not hold; reverting, future-dated and negative rounds " +
      "are stale",
    async () => {
      await w.skipFresh(60n);
      const feed = await w.viem.deployContract("LocalAggregator", [8, "DAI / USD", w.deployer.account.address]);
      const dai = await w.viem.deployContract("MockERC20", ["Dai", "DAI", 18]);
      // a feed with no round yet
      await w.asTimelock((from) => w.fund.write.addAsset([dai.address, feed.address, HEARTBEAT, 1_000], from));
      let s = await check("an unheld asset with a dead feed");
      assert.deepEqual([s.holdings[3].stale, s.needed[3], s.fresh], [true, false, true]);
      await dai.write.mint([w.fund.address, 1n]); // held: its feed counts
      s = await check("a held asset with a dead feed");
      assert.equal(s.fresh, false);
      // A "feed" whose latestRoundData reverts (a token has decimals but no rounds).
      await w.asTimelock((from) => w.fund.write.setFeed([dai.address, dai.address, HEARTBEAT], from));
      s = await check("a feed that reverts");
      assert.deepEqual(
        [s.holdings[3].stale, s.holdings[3].price, s.holdings[3].updatedAt, s.fresh],
        [true, 0n, 0n, false],
      );
      const bad = await w.viem.deployContract("MockBadFeed");
      await bad.write.set([10n ** 8n, (await w.now()) + DAY, false]);
      await w.asTimelock((from) => w.fund.write.setFeed([dai.address, bad.address, HEARTBEAT], from));
      s = await check("a future-dated round");
      assert.deepEqual([s.holdings[3].stale, s.holdings[3].price, s.fresh], [true, 10n ** 8n, false]);
      await bad.write.set([-1n, await w.now(), false]);
      s = await check("a negative answer");
      assert.deepEqual([s.holdings[3].stale, s.holdings[3].price, s.fresh], [true, 0n, false]);
      await feed.write.pushAnswer([10n ** 8n]);
      await w.asTimelock((from) => w.fund.write.setFeed([dai.address, feed.address, HEARTBEAT], from));
      s = await check("DAI priced again");
      assert.equal(s.fresh, true);
    },
  );

  it(
    "matches as one deal expires and the other is exercised, and as each leaves the fund's list once " + "claimed",
    async () => {
      await w.skipFresh(30n * DAY);
      const [a, b] = await Promise.all([
        w.viem.getContractAt("MockVamDeal", dealA),
        w.viem.getContractAt("MockVamDeal", dealB),
      ]);
      await a.write.settle([false]);
      await b.write.settle([true]);
      let s = await check("deals settled");
      assert.deepEqual(
        s.holdings.filter((h) => h.kind === HoldingKind.VamEscrow).map((h) => getAddress(h.token)),
        [getAddress(dealA), getAddress(dealB)],
      );
      const partB = await b.read.fundPart();
      assert.ok(partB < WHOLE, "carol's in-kind exit took a part of deal B");
      const [paid, received] = await w.fund.read.primaryCost([prj.address]);
      await w.fund.write.claimVamDeal([dealA]);
      await w.fund.write.claimVamDeal([dealB]);
      s = await check("deals claimed");
      assert.deepEqual(
        s.holdings.filter((h) => h.kind === HoldingKind.VamEscrow),
        [],
      );
      // The exercised leg joins the cost basis: n2 and p2 of the fund's part.
      const cost = await w.fund.read.primaryCost([prj.address]);
      assert.deepEqual(
        [...cost],
        [paid + (usdc("5000") * partB) / WHOLE, received + (parseUnits("3000", 18) * partB) / WHOLE, 0n, 0n],
      );
    },
  );

  it(
    "values a marked-down primary token as the fund does, before and after an in-kind exit and with its " +
      "balanceOf reverting",
    async () => {
      const [, received] = await w.fund.read.primaryCost([prj.address]);
      const mark = 400_000n; // 0.40 USDC a whole PRJ (1e18 units), × 1e18
      await w.asTimelock((from) => w.fund.write.impairPrimary([prj.address, mark], from));
      let s = await check("PRJ marked down");
      const line = () => s.holdings.find((h) => h.kind === HoldingKind.Primary)!;
      assert.equal(line().value, (received * mark) / WHOLE);
      const alice = w.alice.account.address;
      const x = fundSnapshot(await nextBlock()).redeemInKind((await w.fund.read.balanceOf([alice])) / 4n);
      await w.fund.write.redeemInKind([(await w.fund.read.balanceOf([alice])) / 4n, alice, alice], {
        account: w.alice.account,
      });
      s = await check("PRJ marked down, after an in-kind exit");
      assert.equal(line().value, (x.primaryCost[0].received * mark) / WHOLE);
      await (await hostile()).write.setHostile([true, false]);
      s = await check("PRJ marked down, balanceOf reverts");
      assert.equal(line().value, (x.primaryCost[0].received * mark) / WHOLE);
      await (await hostile()).write.setHostile([false, false]);
    },
  );

  it("drops the primary token from cost once governance gives it a feed", async () => {
    const feed = await w.viem.deployContract("LocalAggregator", [8, "PRJ / USD", w.deployer.account.address]);
    await feed.write.pushAnswer([3n * 10n ** 8n]);
    await w.asTimelock((from) => w.fund.write.setFeed([prj.address, feed.address, HEARTBEAT], from));
    const s = await check("PRJ with a feed");
    assert.equal(
      s.holdings.some((h) => h.kind === HoldingKind.Primary),
      false,
    );
    const listed = s.holdings.find(
      (h) => h.kind === HoldingKind.Asset && getAddress(h.token) === getAddress(prj.address),
    )!;
    assert.equal(listed.price, 3n * 10n ** 8n);
  });

  it("leaves a listed asset's reserved slice out of its holding, its value and the next slices", async () => {
    const token = await hostile();
    await token.write.setHostile([false, true]);
    const bob = w.bob.account.address;
    const shares = (await w.fund.read.balanceOf([bob])) / 3n;
    await w.fund.write.redeemInKind([shares, bob, bob], { account: w.bob.account });
    const owed = await w.fund.read.owed([prj.address, bob]);
    assert.ok(owed > 0n);
    const s = await check("a listed asset with a reserved slice");
    const line = s.holdings.find(
      (h) => h.kind === HoldingKind.Asset && getAddress(h.token) === getAddress(prj.address),
    )!;
    assert.equal(line.balance, (await token.read.balanceOf([w.fund.address])) - owed);
    await token.write.setHostile([false, false]);
  });
});
