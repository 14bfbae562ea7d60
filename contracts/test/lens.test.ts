import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, parseUnits } from "viem";
import { deployWorld } from "../testing/world.js";
import { approveByFund, deployDeal, State, terms, vamWorld } from "../testing/vam.js";

describe("FundLens.summaries", () => {
  it("returns, for every fund of a page in one call, what the fund itself says", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, parseUnits("250000", 6));
    await w.skipFresh(30 * 86_400);
    const [s, ...more] = await w.lens.read.summaries([w.factory.address, 0n, 100n]);
    assert.equal(more.length, 0);
    assert.equal(s.ok, true);
    const [set] = await w.factory.read.allFunds();
    assert.deepEqual(s.set, set);
    assert.equal(s.name, await w.fund.read.name());
    assert.equal(s.symbol, "egTEST");
    assert.equal(s.decimals, 12);
    assert.equal(getAddress(s.asset), getAddress(w.usdc.address));
    assert.equal(s.assetSymbol, "USDC");
    assert.equal(s.assetDecimals, 6);
    assert.equal(s.assetUsdPrice, (await w.usdcFeed.read.latestRoundData())[1]);
    assert.equal(s.assetFeedDecimals, 8);
    assert.equal(s.assetFeed.toLowerCase(), w.usdcFeed.address.toLowerCase());
    assert.equal(s.mechanism, 1);
    assert.equal(getAddress(s.manager), getAddress(w.manager.account.address));
    assert.equal(s.pricesFresh, true);
    assert.equal(s.totalSupply, await w.fund.read.totalSupply());
    assert.equal(s.managerTokenSupply, await w.managerToken.read.totalSupply());
    assert.equal(s.claimingSupply, await w.splitter.read.claimingSupply());
    assert.equal(s.uncreditedFeeShares, await w.splitter.read.uncredited());
    assert.deepEqual(s.excludedHolders, []);
    assert.deepEqual(s.fees, await w.fund.read.feeState());
    assert.deepEqual(s.intrinsic, await w.lens.read.intrinsicValues([w.fund.address]));
    assert.ok(s.intrinsic.managerTotal > 0n, "30 days of fees belong to the manager token");
  });

  it("values a fund owing a performance fee as intrinsicValues and the fund's preview accrual do", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, parseUnits("250000", 6));
    // A gain of 10 % (a donation counts in the GAV) puts the NAV per share above the hurdle.
    await w.usdc.write.mint([w.fund.address, parseUnits("25000", 6)]);
    await w.skipFresh(10 * 86_400);
    const [s] = await w.lens.read.summaries([w.factory.address, 0n, 1n]);
    const preview = await w.fund.read.previewAccrual();
    assert.ok(preview.performanceFee > 0n && preview.managementFee > 0n);
    // The summary reads the GAV once and accrues it as the fund would: the same values to the wei.
    assert.deepEqual(s.intrinsic, await w.lens.read.intrinsicValues([w.fund.address]));
    assert.equal(s.intrinsic.nav, await w.fund.read.totalAssets());
    assert.equal(s.intrinsic.supply, (await w.fund.read.totalSupply()) + preview.feeShares);
  });
});

describe("FundLens.intrinsicValues", () => {
  it("values a manager token by the fee shares not yet credited, over the claiming supply", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, parseUnits("250000", 6));
    await w.skipFresh(30 * 86_400);
    // Fees credited to holders (by a transfer's accrual) leave the per-token value but stay in the total.
    await w.managerToken.write.transfer([w.bob.account.address, parseUnits("100000", 18)], {
      account: w.founder.account,
    });
    await w.asTimelock((f) => w.splitter.write.setExcluded([w.bob.account.address, true], f));
    await w.skipFresh(10 * 86_400);
    const iv = await w.lens.read.intrinsicValues([w.fund.address]);
    const preview = await w.fund.read.previewAccrual();
    const held = await w.fund.read.balanceOf([w.splitter.address]);
    assert.ok(held > 0n && (await w.splitter.read.uncredited()) === 0n, "the splitter holds only credited shares");
    assert.equal(iv.unclaimedFeeShares, preview.feeShares + held);
    assert.equal(iv.managerTotal + iv.investorTotal, iv.nav);
    const claiming = parseUnits("900000", 18);
    assert.equal(await w.splitter.read.claimingSupply(), claiming);
    assert.equal(iv.perManagerToken, (((preview.feeShares * iv.nav) / iv.supply) * 10n ** 18n) / claiming);
    // DESIGN §3: holders' values (credited shares at A/S' + balance × per-token value) add up to
    // the manager tokens' total, to within the per-token value's rounding (1 unit per whole token).
    const holders = [w.founder, w.alice, w.bob].map((h) => h.account.address);
    let sum = 0n;
    for (const h of holders) {
      const credited = await w.splitter.read.credited([h]);
      const excluded = await w.splitter.read.isExcluded([h]);
      const bal = excluded ? 0n : await w.managerToken.read.balanceOf([h]);
      sum += (credited * iv.nav) / iv.supply + (bal * iv.perManagerToken) / 10n ** 18n;
    }
    assert.ok(
      sum <= iv.managerTotal && iv.managerTotal - sum <= claiming / 10n ** 18n + 10n,
      `holders ${sum} vs total ${iv.managerTotal}`,
    );
    const [s] = await w.lens.read.summaries([w.factory.address, 0n, 1n]);
    assert.deepEqual(s.excludedHolders.map(getAddress), [getAddress(w.bob.account.address)]);
    assert.equal(s.claimingSupply, claiming);
  });
});

describe("FundLens.inputs", () => {
  it("returns what the fund, its splitter, tokens, pairs, feeds and deals each say", async () => {
    const env = await vamWorld();
    const { w } = env;
    const deal = await deployDeal(env, await terms(env));
    await approveByFund(w, deal);
    await w.skipFresh(86_400);
    const v = await w.lens.read.inputs([w.factory.address, w.fund.address]);
    const [set] = await w.factory.read.allFunds();
    assert.deepEqual(v.set, set);
    assert.equal(v.name, await w.fund.read.name());
    assert.equal(v.symbol, await w.fund.read.symbol());
    assert.equal(v.decimals, await w.fund.read.decimals());
    assert.equal(v.asset, await w.fund.read.asset());
    assert.equal(v.mechanism, await w.fund.read.mechanism());
    assert.equal(v.manager, await w.fund.read.manager());
    assert.deepEqual(v.fees, await w.fund.read.feeState());
    assert.equal(v.totalSupply, await w.fund.read.totalSupply());
    assert.deepEqual(v.limits, await w.fund.read.limits());
    assert.equal(v.entryBps, await w.fund.read.entryBps());
    assert.equal(v.exitBps, await w.fund.read.exitBps());
    assert.deepEqual(v.caps, {
      management: await w.fund.read.MAX_MANAGEMENT_BPS(),
      performance: await w.fund.read.MAX_PERFORMANCE_BPS(),
      hurdle: await w.fund.read.MAX_HURDLE_BPS(),
      entryExit: await w.fund.read.MAX_ENTRY_EXIT_BPS(),
      slippage: await w.fund.read.MAX_SLIPPAGE_BPS(),
    });
    assert.equal(v.managerTokenSupply, await w.managerToken.read.totalSupply());
    assert.equal(v.claimingSupply, await w.splitter.read.claimingSupply());
    assert.equal(v.uncreditedFeeShares, await w.splitter.read.uncredited());
    assert.equal(v.splitterBalance, await w.fund.read.balanceOf([w.splitter.address]));
    assert.deepEqual(v.excludedHolders, await w.splitter.read.excludedHolders());

    const [assets, pairs, primaries, deals] = await w.fund.read.registry();
    assert.deepEqual(
      v.assets.map((a) => a.token),
      assets,
    );
    for (const a of v.assets) {
      const token = await w.viem.getContractAt("MockERC20", a.token);
      const config = await w.fund.read.assetConfig([a.token]);
      const feed = await w.viem.getContractAt("LocalAggregator", config.feed);
      const [, answer, , updatedAt] = await feed.read.latestRoundData();
      assert.deepEqual(a, {
        token: a.token,
        symbol: await token.read.symbol(),
        name: await token.read.name(),
        decimals: await token.read.decimals(),
        config,
        balance: await token.read.balanceOf([w.fund.address]),
        balanceFailed: false,
        reserved: await w.fund.read.reserved([a.token]),
        answer,
        updatedAt,
      });
    }
    assert.deepEqual(
      v.pairs.map((p) => p.pair),
      pairs,
    );
    const [reserve0, reserve1] = await w.wethUsdc.read.getReserves();
    assert.deepEqual(v.pairs[0], {
      pair: w.wethUsdc.address,
      token0: await w.wethUsdc.read.token0(),
      token1: await w.wethUsdc.read.token1(),
      lpBalance: await w.wethUsdc.read.balanceOf([w.fund.address]),
      lpSupply: await w.wethUsdc.read.totalSupply(),
      reserve0,
      reserve1,
      reserved: await w.fund.read.reserved([w.wethUsdc.address]),
    });
    assert.deepEqual(
      v.primaries.map((p) => p.token),
      primaries,
    );
    assert.equal(getAddress(v.primaries[0].token), getAddress(env.token.address));
    const [paid, received, markWad, markedAt] = await w.fund.read.primaryCost([env.token.address]);
    assert.deepEqual(v.primaries[0], {
      token: v.primaries[0].token,
      symbol: "PRJ",
      name: "Project Token",
      decimals: 18,
      balance: await env.token.read.balanceOf([w.fund.address]),
      balanceFailed: false,
      reserved: await w.fund.read.reserved([env.token.address]),
      paid,
      received,
      markWad,
      markedAt,
    });
    assert.ok(received > 0n, "tranche 1 delivered project tokens");
    assert.deepEqual(v.deals, [
      {
        deal: deals[0],
        projectToken: await deal.read.projectToken(),
        fundEscrowed: await deal.read.fundEscrowed(),
        escrowFailed: false,
        fundPart: await deal.read.fundPart(),
      },
    ]);
    assert.equal(getAddress(deals[0]), getAddress(deal.address));
  });

  it("flags a listed token whose balanceOf reverts, and reads a reverting feed as no answer at time 0", async () => {
    const w = await deployWorld();
    const token = await w.viem.deployContract("MockHostileToken", ["Hostile", "HST"]);
    const feed = await w.viem.deployContract("BrokenAggregator", [100_000_000n, 8, w.deployer.account.address]);
    await w.asTimelock((from) => w.fund.write.addAsset([token.address, feed.address, 86_400, 1_000], from));
    await token.write.setHostile([true, false]);
    await feed.write.setMode([1]);
    const v = await w.lens.read.inputs([w.factory.address, w.fund.address]);
    const a = v.assets.find((x) => getAddress(x.token) === getAddress(token.address));
    assert.ok(a);
    assert.deepEqual([a.balance, a.balanceFailed, a.answer, a.updatedAt], [0n, true, 0n, 0n]);
    assert.equal(v.assets[0].balanceFailed, false, "the other holdings read as usual");
  });

  it("reverts for an address the registry does not hold", async () => {
    const w = await deployWorld();
    const read = w.lens.read.inputs([w.factory.address, w.usdc.address]);
    await w.viem.assertions.revertWithCustomError(read, w.lens, "UnknownFund");
  });
});

describe("FundLens.dealOf", () => {
  it("returns what the deal's own getters return, pending and then active", async () => {
    const env = await vamWorld();
    const { w } = env;
    const t = await terms(env);
    const deal = await deployDeal(env, t);
    const check = async () => {
      const d = await w.lens.read.dealOf([deal.address]);
      assert.deepEqual(d, {
        terms: {
          fund: await deal.read.fund(),
          project: await deal.read.project(),
          asset: await deal.read.asset(),
          projectToken: await deal.read.projectToken(),
          n1: await deal.read.n1(),
          p1: await deal.read.p1(),
          n2: await deal.read.n2(),
          p2: await deal.read.p2(),
          target: await deal.read.target(),
          window: await deal.read.window(),
          duration: await deal.read.duration(),
          maxGap: await deal.read.maxGap(),
          oracle: await deal.read.oracle(),
          startBy: await deal.read.startBy(),
        },
        state: await deal.read.state(),
        startedAt: await deal.read.startedAt(),
        lapsed: await deal.read.lapsed(),
        projectEscrowed: await deal.read.projectEscrowed(),
        fundPart: await deal.read.fundPart(),
        fundClaimed: await deal.read.fundClaimed(),
        projectAssetsClaimed: await deal.read.projectAssetsClaimed(),
        projectTokensClaimed: await deal.read.projectTokensClaimed(),
        nextRound: await deal.read.nextRound(),
      });
      return d;
    };
    const pending = await check();
    assert.equal(pending.state, State.Pending);
    assert.equal(pending.terms.n2, t.n2);
    await approveByFund(w, deal);
    const active = await check();
    assert.equal(active.state, State.Active);
    assert.ok(active.startedAt > 0);
  });

  it("reverts for an address that is not a deal", async () => {
    const w = await deployWorld();
    await assert.rejects(w.lens.read.dealOf([w.alice.account.address]));
  });
});

describe("FundLens.pools", () => {
  it("finds the pairs that exist, with reserves oriented token/quote, and leaves out the rest", async () => {
    const w = await deployWorld();
    const [r0, r1] = await w.wethUsdc.read.getReserves();
    const wethIs0 = getAddress(await w.wethUsdc.read.token0()) === getAddress(w.weth.address);
    const [rWeth, rUsdc] = wethIs0 ? [r0, r1] : [r1, r0];
    const [weth, usdc, wbtc, pair] = [w.weth, w.usdc, w.wbtc, w.wethUsdc].map((c) => getAddress(c.address));
    const found = await w.lens.read.pools([w.amm.address, [weth, usdc], [usdc, wbtc, weth]]);
    assert.deepEqual(found, [
      { token: weth, quote: usdc, pair, reserveToken: rWeth, reserveQuote: rUsdc },
      { token: usdc, quote: weth, pair, reserveToken: rUsdc, reserveQuote: rWeth },
    ]);
    assert.deepEqual(await w.lens.read.pools([w.amm.address, [w.wbtc.address], [w.usdc.address]]), []);
  });
});
