import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, parseUnits } from "viem";
import { deployWorld } from "../testing/world.js";

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
});

describe("FundLens.intrinsicValues", () => {
  it("values a manager token by the fee shares not yet credited, over the claiming supply", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, parseUnits("250000", 6));
    await w.skipFresh(30 * 86_400);
    // Fees credited to holders (by a transfer's accrual) leave the per-token value but stay in the total.
    await w.managerToken.write.transfer([w.bob.account.address, parseUnits("100000", 18)], { account: w.founder.account });
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
    assert.ok(sum <= iv.managerTotal && iv.managerTotal - sum <= claiming / 10n ** 18n + 10n, `holders ${sum} vs total ${iv.managerTotal}`);
    const [s] = await w.lens.read.summaries([w.factory.address, 0n, 1n]);
    assert.deepEqual(s.excludedHolders.map(getAddress), [getAddress(w.bob.account.address)]);
    assert.equal(s.claimingSupply, claiming);
  });
});
