// The client valuation engine (src/domain/valuation) against the contracts: raw reads at one
// block, run through the engine, must equal the fund's and FundLens's views to the wei, on a
// fund with three assets, two LP pairs (one position), a primary-market token and VAM deals,
// over months of fees, a price rally, stale feeds and a primary token that gains a feed.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { getAddress, parseUnits, type Abi, type Address } from "viem";
import { HoldingKind, impermanentLoss, usdToDenom, type FundSnapshot } from "../../src/domain/valuation/index.ts";
import { assertEngineMatches, type CheckAbis } from "../testing/engineCheck.js";
import { setPrice, setupPortfolio } from "../testing/portfolio.js";
import { readFundRaw, type RawClient } from "../testing/readRaw.js";
import { deployWorld, HEARTBEAT, type World } from "../testing/world.js";

const DAY = 86_400n;
const usdc = (x: string) => parseUnits(x, 6);

describe("client valuation engine against the chain", () => {
  let w: World;
  let abis: CheckAbis;
  let prj: World["usdc"]; // a MockERC20
  let dealA: Address;
  let dealB: Address;
  const dealAbi: { abi?: Abi } = {};

  async function createDeal(n1: bigint, n2: bigint, p: bigint, projectFirst: boolean) {
    const oracle = await w.viem.deployContract("TvlOracle", [8, "PRJ TVL", w.deployer.account.address, w.carol.account.address]);
    const deal = await w.viem.deployContract("VamDeal", [{
      fund: w.fund.address, project: w.project.account.address, asset: w.usdc.address, projectToken: prj.address,
      n1, p1: p, n2, p2: p, target: 10n ** 14n, window: 30n * DAY, duration: 7n * DAY, maxGap: DAY, oracle: oracle.address,
    }]);
    dealAbi.abi = deal.abi as Abi;
    await prj.write.mint([w.project.account.address, 2n * p]);
    await prj.write.approve([deal.address, 2n * p], { account: w.project.account });
    const escrowProject = () => deal.write.escrowProject({ account: w.project.account });
    if (projectFirst) await escrowProject();
    await w.asTimelock((from) => w.fund.write.approveVamDeal([deal.address], from));
    return { deal, escrowProject };
  }

  let escrowB: () => Promise<unknown>;
  async function check(label: string): Promise<FundSnapshot> {
    const blockNumber = await w.publicClient.getBlockNumber();
    const accounts = [w.alice, w.bob, w.carol].map((x) => x.account.address);
    return assertEngineMatches(w.publicClient as unknown as RawClient, abis, { fund: w.fund.address, lens: w.lens.address, blockNumber, accounts, label });
  }

  before(async () => {
    w = await deployWorld();
    await setupPortfolio(w); // 175k USDC in, about 40 % WETH and 23 % WBTC, a WBTC/USDC pair
    const wethIs0 = getAddress(await w.wethUsdc.read.token0()) === getAddress(w.weth.address);
    const [wethIn, usdcIn] = [parseUnits("5", 18), usdc("16000")];
    await w.fund.write.addLiquidity([w.wethUsdc.address, wethIs0 ? wethIn : usdcIn, wethIs0 ? usdcIn : wethIn, 0n], { account: w.manager.account });
    prj = await w.viem.deployContract("MockERC20", ["Project Token", "PRJ", 18]);
    dealA = (await createDeal(usdc("10000"), usdc("15000"), parseUnits("4000", 18), true)).deal.address; // active
    const b = await createDeal(usdc("5000"), usdc("5000"), parseUnits("3000", 18), false); // pending: fund escrowed alone
    [dealB, escrowB] = [b.deal.address, b.escrowProject];
    abis = {
      Fund: w.fund.abi as Abi, ERC20: w.usdc.abi as Abi, Aggregator: w.usdcFeed.abi as Abi, AmmPair: w.wethUsdc.abi as Abi,
      VamDeal: dealAbi.abi!, FeeSplitter: w.splitter.abi as Abi, FundLens: w.lens.abi as Abi,
    };
  });

  it("values every kind of holding as the fund does, right after setup", async () => {
    const s = await check("after setup");
    const kinds = s.holdings.filter((h) => h.value > 0n).map((h) => h.kind);
    for (const k of Object.values(HoldingKind)) assert.ok(kinds.includes(k), `holding kind ${k} present`);
    assert.deepEqual(s.holdings.filter((h) => h.kind === HoldingKind.VamEscrow).map((h) => h.value), [usdc("15000"), usdc("10000")]);
    assert.equal(s.fresh, true);
  });

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
    const raw = await readFundRaw(w.publicClient as unknown as RawClient, abis, w.fund.address, blockNumber);
    const pair = raw.pairs.find((p) => getAddress(p.pair) === getAddress(w.wethUsdc.address))!;
    const price = (t: string) => { const a = raw.assets.find((x) => getAddress(x.token) === getAddress(t))!; return { answer: a.answer, decimals: a.decimals, feedDecimals: a.feedDecimals }; };
    const il = impermanentLoss({
      amount0: added.args.amount0!, amount1: added.args.amount1!, price0: price(pair.token0), price1: price(pair.token1),
      position: { lp: pair.lpBalance, lpSupply: pair.lpSupply, reserve0: pair.reserve0, reserve1: pair.reserve1 },
    });
    const lp = s.holdings.find((h) => h.kind === HoldingKind.LpPosition && getAddress(h.token) === getAddress(w.wethUsdc.address))!;
    const d = raw.assets[0];
    assert.equal(usdToDenom(il.valueInPoolUsd, d.answer, d.decimals, d.feedDecimals), lp.value);
    assert.ok(il.ilPpm < 0n && il.priceIlPpm < 0n, `WETH rallied 40 %: IL ${il.ilPpm} ppm`);
  });

  it("matches after a deposit, a redemption and another week", async () => {
    await w.deposit(w.bob, usdc("20000"));
    const shares = (await w.fund.read.balanceOf([w.alice.account.address])) / 20n;
    await w.fund.write.redeem([shares, w.alice.account.address, w.alice.account.address], { account: w.alice.account });
    await w.skipFresh(7n * DAY);
    await check("a week after investor flows");
  });

  it("flags the same stale feeds once past the heartbeat, and still matches every view", async () => {
    await w.networkHelpers.time.increase(HEARTBEAT + 1);
    await setPrice(w.usdcFeed, 10n ** 8n); // only USDC is fresh again
    const s = await check("past the heartbeat");
    assert.equal(s.fresh, false);
    assert.deepEqual(s.holdings.filter((h) => h.kind === HoldingKind.Asset).map((h) => h.stale), [false, true, true]);
    assert.equal(s.maxDeposit, 0n);
  });

  it("matches when one deal expires and the pending one starts", async () => {
    await w.skipFresh(30n * DAY);
    const a = await w.viem.getContractAt("VamDeal", dealA);
    await a.write.expire();
    await escrowB();
    const s = await check("deal A expired, deal B active");
    assert.deepEqual(s.holdings.filter((h) => h.kind === HoldingKind.VamEscrow).map((h) => [getAddress(h.token), h.value]), [[getAddress(dealA), 0n], [getAddress(dealB), usdc("5000")]]);
    const primary = s.holdings.find((h) => h.kind === HoldingKind.Primary)!;
    assert.equal(primary.value, usdc("15000"), "7,000 PRJ at the 15,000 USDC paid for them");
  });

  it("drops the primary token from cost once governance gives it a feed", async () => {
    const feed = await w.viem.deployContract("MockAggregator", [8, "PRJ / USD", w.deployer.account.address]);
    await feed.write.pushAnswer([3n * 10n ** 8n]);
    await w.asTimelock((from) => w.fund.write.setFeed([prj.address, feed.address, HEARTBEAT], from));
    const s = await check("PRJ with a feed");
    assert.equal(s.holdings.some((h) => h.kind === HoldingKind.Primary), false);
    const listed = s.holdings.find((h) => h.kind === HoldingKind.Asset && getAddress(h.token) === getAddress(prj.address))!;
    assert.equal(listed.price, 3n * 10n ** 8n);
  });
});
