// Gas of the investor paths and of a manager swap on a fund with five holdings and one LP
// position; prints the README's gas table. Run with
// `npx hardhat test nodejs contracts/test/gas.test.ts --gas-stats` for the per-function table too.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, parseUnits, type Address } from "viem";
import { deployWorld, HEARTBEAT, type World } from "../testing/world.js";

const GAS_BOUND = 1_500_000n;

async function pool(w: World, tokenA: Address, tokenB: Address, amountA: bigint, amountB: bigint) {
  await w.amm.write.createPair([tokenA, tokenB]);
  const pair = await w.viem.getContractAt("AmmPair", await w.amm.read.getPair([tokenA, tokenB]));
  for (const [token, amount] of [
    [tokenA, amountA],
    [tokenB, amountB],
  ] as const) {
    const t = await w.viem.getContractAt("MockERC20", token);
    await t.write.mint([w.deployer.account.address, amount]);
    await t.write.approve([pair.address, amount]);
  }
  const aIs0 = getAddress(await pair.read.token0()) === getAddress(tokenA);
  await pair.write.addLiquidity([aIs0 ? amountA : amountB, aIs0 ? amountB : amountA, 0n, w.deployer.account.address]);
  await w.asTimelock((from) => w.fund.write.addPair([pair.address], from));
  return pair;
}

describe("gas", () => {
  it(
    "deposit, redeem, in-kind redeem and a manager swap stay within bounds on a fund with five holdings and " +
      "an LP position",
    async () => {
      const w = await deployWorld();
      const usdc = w.usdc.address;
      const link = await w.viem.deployContract("MockERC20", ["Chainlink", "LINK", 18]);
      const uni = await w.viem.deployContract("MockERC20", ["Uniswap", "UNI", 18]);
      const linkFeed = await w.viem.deployContract("LocalAggregator", [8, "LINK / USD", w.deployer.account.address]);
      const uniFeed = await w.viem.deployContract("LocalAggregator", [8, "UNI / USD", w.deployer.account.address]);
      await linkFeed.write.pushAnswer([20n * 10n ** 8n]);
      await uniFeed.write.pushAnswer([10n * 10n ** 8n]);
      await w.asTimelock((from) => w.fund.write.addAsset([link.address, linkFeed.address, HEARTBEAT, 3_000], from));
      await w.asTimelock((from) => w.fund.write.addAsset([uni.address, uniFeed.address, HEARTBEAT, 3_000], from));

      // Pools priced at the feeds, deep enough that the fund's trades stay within its 1 % slippage limit.
      const wbtcUsdc = await pool(w, w.wbtc.address, usdc, parseUnits("5000", 8), parseUnits("300000000", 6));
      const linkUsdc = await pool(w, link.address, usdc, parseUnits("15000000", 18), parseUnits("300000000", 6));
      const uniUsdc = await pool(w, uni.address, usdc, parseUnits("30000000", 18), parseUnits("300000000", 6));

      await w.deposit(w.alice, parseUnits("1000000", 6));
      const asManager = { account: w.manager.account };
      const spend = parseUnits("150000", 6);
      for (const pair of [w.wethUsdc, wbtcUsdc, linkUsdc, uniUsdc]) {
        await w.fund.write.swap([pair.address, usdc, spend, 0n], asManager);
      }
      // LP: about 50k of WETH against 50k of USDC.
      const wethIs0 = getAddress(await w.wethUsdc.read.token0()) === getAddress(w.weth.address);
      const wethIn = parseUnits("16", 18);
      const usdcIn = parseUnits("60000", 6);
      await w.fund.write.addLiquidity(
        [w.wethUsdc.address, wethIs0 ? wethIn : usdcIn, wethIs0 ? usdcIn : wethIn, 0n],
        asManager,
      );

      const [list] = await w.fund.read.holdings();
      const nonZero = (kind: number) => list.filter((h) => h.kind === kind && h.balance > 0n).length;
      assert.equal(nonZero(0), 5, "five asset holdings");
      assert.equal(nonZero(1), 1, "one LP position");

      // A month on, so that the investor calls also accrue fees.
      await w.networkHelpers.time.increase(30 * 86_400);
      for (const f of [w.usdcFeed, w.wethFeed, w.wbtcFeed, linkFeed, uniFeed]) {
        const [, answer] = await f.read.latestRoundData();
        await f.write.pushAnswer([answer]);
      }
      assert.equal(await w.fund.read.pricesFresh(), true);

      const assets = parseUnits("10000", 6);
      await w.usdc.write.mint([w.bob.account.address, assets]);
      await w.usdc.write.approve([w.fund.address, assets], { account: w.bob.account });
      const depositTx = await w.fund.write.deposit([assets, w.bob.account.address], { account: w.bob.account });
      const deposit = await w.publicClient.getTransactionReceipt({ hash: depositTx });

      const shares = (await w.fund.read.balanceOf([w.alice.account.address])) / 10n; // redemptions are paid in cash
      const redeemTx = await w.fund.write.redeem([shares, w.alice.account.address, w.alice.account.address], {
        account: w.alice.account,
      });
      const redeem = await w.publicClient.getTransactionReceipt({ hash: redeemTx });

      const inKindTx = await w.fund.write.redeemInKind([shares, w.alice.account.address, w.alice.account.address], {
        account: w.alice.account,
      });
      const inKind = await w.publicClient.getTransactionReceipt({ hash: inKindTx });

      const swapTx = await w.fund.write.swap([w.wethUsdc.address, usdc, parseUnits("10000", 6), 0n], asManager);
      const swap = await w.publicClient.getTransactionReceipt({ hash: swapTx });

      const rows: [string, typeof deposit][] = [
        ["deposit", deposit],
        ["redeem", redeem],
        ["in-kind redeem", inKind],
        ["manager swap", swap],
      ];
      console.log("    | Operation (5 holdings + 1 LP position) | Gas |\n    |---|---:|");
      for (const [name, r] of rows) console.log(`    | ${name} | ${r.gasUsed.toLocaleString("en-US")} |`);
      for (const [name, r] of rows) {
        assert.equal(r.status, "success", name);
        assert.ok(r.gasUsed < GAS_BOUND, `${name} used ${r.gasUsed}`);
      }
    },
  );
});
