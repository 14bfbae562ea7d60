// The client valuation engine against the chain with yield positions: a savings vault of the
// denomination and a staking vault of WETH, through rewards, a slash beyond the guard's bound
// (stale), its acceptance, an in-kind exit with vault shares and a guard that cannot answer.
// Raw reads at one block must give, to the wei, the fund's holdings, GAV, freshness, look-through
// weights, conversions and in-kind slices.
import { before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Abi } from "viem";
import { HoldingKind } from "../../src/domain/valuation/index.ts";
import { assertEngineMatches, type CheckAbis } from "../testing/engineCheck.js";
import { readFundRaw, type RawClient } from "../testing/readRaw.js";
import { deployYieldWorld, usd, type YieldWorld } from "../testing/yield.js";

describe("client valuation engine with yield positions", () => {
  let w: YieldWorld;
  let abis: CheckAbis;
  const asManager = () => ({ account: w.manager.account });
  before(async () => {
    w = await deployYieldWorld();
    abis = {
      Fund: w.fund.abi as Abi,
      ERC20: w.usdc.abi as Abi,
      Aggregator: w.usdcFeed.abi as Abi,
      AmmPair: w.wethUsdc.abi as Abi,
      VamDeal: w.fund.abi as Abi, // no deals here
      FeeSplitter: w.splitter.abi as Abi,
      FundLens: w.lens.abi as Abi,
    };
  });

  async function check(label: string) {
    const blockNumber = await w.publicClient.getBlockNumber();
    return assertEngineMatches(w.publicClient as unknown as RawClient, abis, {
      fund: w.fund.address,
      lens: w.lens.address,
      blockNumber,
      accounts: [w.alice, w.bob].map((x) => x.account.address),
      label,
    });
  }

  it("values vault positions to the wei as the fund does, through rewards, a slash and an in-kind exit", async () => {
    await check("vaults listed, none held");
    await w.fund.write.vaultMove([w.savings.address, usd(333_333) + 7n, 0n, true], asManager());
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(200_000), 0n], asManager());
    const weth = await w.weth.read.balanceOf([w.fund.address]);
    await w.fund.write.vaultMove([w.staking.address, (weth * 2n) / 3n, 0n, true], asManager());
    let s = await check("both vaults held");
    assert.equal(s.holdings.filter((h) => h.kind === HoldingKind.YieldVault && h.value > 0n).length, 2);
    // FundLens.inputs gives the app the same vault reads as the raw reads here.
    const block = await w.publicClient.getBlockNumber();
    const raw = await readFundRaw(w.publicClient as unknown as RawClient, abis, w.fund.address, block);
    const lens = await w.lens.read.inputs([w.factory.address, w.fund.address], { blockNumber: block });
    assert.deepEqual(
      lens.vaults.map((v) => [
        v.vault,
        v.config.asset,
        v.balance,
        v.reserved,
        v.assets,
        v.within,
        v.config.maxMoveBps,
        v.symbol,
      ]),
      raw.vaults!.map((v) => [
        v.vault,
        v.asset,
        v.shares,
        v.reserved,
        v.assets,
        v.within,
        v.maxMoveBps,
        v.vault.toLowerCase() === w.savings.address.toLowerCase() ? "svUSDC" : "stETH",
      ]),
    );
    await w.reward(w.savings.address, w.usdc.address, 37n);
    await w.reward(w.staking.address, w.weth.address, 11n);
    await w.skipFresh(40n * 86_400n);
    await check("after rewards and 40 days of fees");
    await w.setEthPrice(3_456n * 10n ** 8n);
    await check("after an ETH price move");
    await w.staking.write.slash([700n]);
    s = await check("slashed beyond the bound: stale");
    assert.equal(s.fresh, false);
    const a = w.alice.account.address;
    await w.fund.write.redeemInKind([(await w.fund.read.balanceOf([a])) / 5n, a, a], { account: w.alice.account });
    await check("after an in-kind exit while stale");
    await w.accept(w.staking.address);
    s = await check("slash accepted");
    assert.equal(s.fresh, true);
    await w.deposit(w.bob, usd(12_345));
    await w.fund.write.vaultMove(
      [w.savings.address, (await w.savings.read.balanceOf([w.fund.address])) / 3n, 0n, false],
      asManager(),
    );
    await check("after a deposit and a partial redeem from the vault");
    await w.asTimelock((from) => w.fund.write.setVault([w.savings.address, w.usdc.address, 100, true], from));
    s = await check("a guard whose call reverts");
    assert.equal(s.fresh, false);
  });
});
