import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, parseUnits } from "viem";
import { deployWorld } from "../testing/world.js";

describe("FundLens.summaries", () => {
  it("returns, for every fund in one call, what the fund itself says", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, parseUnits("250000", 6));
    await w.skipFresh(30 * 86_400);
    const [s] = await w.lens.read.summaries([w.factory.address]);
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
    assert.deepEqual(s.fees, await w.fund.read.feeState());
    assert.deepEqual(s.intrinsic, await w.lens.read.intrinsicValues([w.fund.address]));
    assert.ok(s.intrinsic.managerTotal > 0n, "30 days of fees belong to the manager token");
  });
});
