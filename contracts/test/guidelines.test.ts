// Guidelines: no manager operation leaves a weight limit broken (unless it lowered that weight),
// a refused operation names the breach exactly and changes nothing; only the timelock sets rules.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { getAddress, parseUnits, type Address } from "viem";
import { deployWorld, HEARTBEAT, type World } from "../testing/world.js";
import { outcome, prng, reverts, type Revert } from "../testing/random.js";

const usd = (n: number) => parseUnits(String(n), 6);
const BPS = 10_000n;

type Op =
  | { kind: "swap"; tokenIn: Address; amountIn: bigint }
  | { kind: "add"; amount0: bigint; amount1: bigint }
  | { kind: "remove"; liquidity: bigint };

describe("guidelines", () => {
  let w: World;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let assets: readonly Address[];
  let token0: Address;
  before(async () => {
    w = await deployWorld();
    [assets] = await w.fund.read.registry();
    token0 = getAddress(await w.wethUsdc.read.token0());
    await w.deposit(w.bob, usd(1_000_000));
    await w.deposit(w.alice, usd(250_000));
    base = await w.networkHelpers.takeSnapshot();
  });

  /** Per-asset weights in registry order (look-through: half of each LP position counts toward
   * each of its tokens) and the LP total weight, recomputed here from the holdings. */
  async function weights() {
    const [list, gav] = await w.fund.read.holdings();
    const exposure = assets.map(
      (a) => list.find((h) => h.kind === 0 && getAddress(h.token) === getAddress(a))?.value ?? 0n,
    );
    const lpValue = list.filter((h) => h.kind === 1).reduce((s, h) => s + h.value, 0n);
    for (const t of [w.weth.address, w.usdc.address])
      exposure[assets.findIndex((a) => getAddress(a) === getAddress(t))] += lpValue / 2n;
    const asset = exposure.map((v) => (gav === 0n ? 0n : (v * BPS) / gav));
    const lp = gav === 0n ? 0n : (lpValue * BPS) / gav;
    assert.deepEqual(await w.fund.read.exposureWeights(), [...asset, lp], "the fund's own look-through weights");
    return { asset, lp, list, gav };
  }

  async function limits() {
    const asset = [];
    for (const a of assets) asset.push(BigInt((await w.fund.read.assetConfig([a])).maxWeightBps));
    return { asset, lp: BigInt(await w.fund.read.maxLpBps()) };
  }

  function send(op: Op, account = w.manager.account) {
    const pair = w.wethUsdc.address;
    if (op.kind === "swap") return w.fund.write.swap([pair, op.tokenIn, op.amountIn, 0n], { account });
    if (op.kind === "add") return w.fund.write.addLiquidity([pair, op.amount0, op.amount1, 0n], { account });
    return w.fund.write.removeLiquidity([pair, op.liquidity, 0n, 0n], { account });
  }

  /** Does the op's token movements directly as the fund (no guideline check) and returns the weights after. */
  async function replayUnchecked(op: Op) {
    const snap = await w.networkHelpers.takeSnapshot();
    const fund = getAddress(w.fund.address);
    const pair = w.wethUsdc.address;
    await w.networkHelpers.impersonateAccount(fund);
    await w.networkHelpers.setBalance(fund, 10n ** 20n);
    const from = { account: fund };
    let err: Revert | null;
    if (op.kind === "swap") {
      const t = await w.viem.getContractAt("MockERC20", op.tokenIn);
      await t.write.approve([pair, op.amountIn], from);
      err = await outcome(w.wethUsdc.write.swap([op.tokenIn, op.amountIn, 0n, fund], from));
    } else if (op.kind === "add") {
      await w.weth.write.approve([pair, 2n ** 255n], from);
      await w.usdc.write.approve([pair, 2n ** 255n], from);
      err = await outcome(w.wethUsdc.write.addLiquidity([op.amount0, op.amount1, 0n, fund], from));
    } else {
      err = await outcome(w.wethUsdc.write.removeLiquidity([op.liquidity, 0n, 0n, fund], from));
    }
    const after = await weights();
    await w.networkHelpers.stopImpersonatingAccount(fund);
    await snap.restore();
    return { err, after };
  }

  async function randomOp(r: ReturnType<typeof prng>): Promise<Op | null> {
    const cash = await w.usdc.read.balanceOf([w.fund.address]);
    const eth = await w.weth.read.balanceOf([w.fund.address]);
    const lp = await w.wethUsdc.read.balanceOf([w.fund.address]);
    // Sizes spread over three orders of magnitude, so small ops that stay near a limit occur too.
    const size = (bal: bigint) => {
      const x = (bal * r.between(1n, 1_000n)) / 1_000n / r.pick([1n, 1n, 1n, 10n, 100n]);
      return x > 0n ? x : 1n;
    };
    const k = r.int(0, 3);
    if (k === 0 && cash > 0n) return { kind: "swap", tokenIn: getAddress(w.usdc.address), amountIn: size(cash) };
    if (k === 1 && eth > 0n) return { kind: "swap", tokenIn: getAddress(w.weth.address), amountIn: size(eth) };
    if (k === 2 && cash > 0n && eth > 0n) {
      const [e, u] = [size(eth), size(cash)];
      return getAddress(w.weth.address) === token0
        ? { kind: "add", amount0: e, amount1: u }
        : { kind: "add", amount0: u, amount1: e };
    }
    if (k === 3 && lp > 0n) return { kind: "remove", liquidity: size(lp) };
    return null;
  }

  it(
    "random manager ops: each succeeds within the limits or reverts GuidelineBreached naming the breach, " +
      "changing nothing",
    async () => {
      const tally = { ok: 0, assetBreach: 0, lpBreach: 0, okAboveLimit: 0, other: 0 };
      const other: Record<string, number> = {};
      for (const seed of [11n, 22n, 33n, 44n]) {
        await base.restore();
        const r = prng(seed);
        for (let i = 0; i < 40; i++) {
          // Prices move outside the manager's control, so weights can drift above their limits.
          if (r.chance(30)) await w.setEthPrice((3_000n * 10n ** 8n * r.between(50n, 300n)) / 100n);
          const op = await randomOp(r);
          if (!op) continue;
          const where =
            `seed ${seed} op ${i} ` + `${JSON.stringify(op, (_, v) => (typeof v === "bigint" ? v.toString() : v))}`;
          const lim = await limits();
          const pre = await weights();
          const replay = await replayUnchecked(op);

          // What the rules say should happen, judged from the unchecked outcome.
          let expected: Revert | null = replay.err;
          if (!expected) {
            const i0 = assets.findIndex(
              (_, j) => replay.after.asset[j] > lim.asset[j] && replay.after.asset[j] > pre.asset[j],
            );
            if (i0 >= 0)
              expected = {
                name: "GuidelineBreached",
                args: [getAddress(assets[i0]), replay.after.asset[i0], lim.asset[i0]],
              };
            else if (replay.after.lp > lim.lp && replay.after.lp > pre.lp) {
              expected = { name: "GuidelineBreached", args: [getAddress(w.wethUsdc.address), replay.after.lp, lim.lp] };
            }
          }

          const got = await outcome(send(op));
          const post = await weights();
          if (got?.name === "ValueNotKept" && !replay.err) {
            // Judged before the guidelines: the op lost more than 1 % of what it gave at feed prices.
            const [valueIn, gavBefore, gavAfter] = got.args as [bigint, bigint, bigint];
            assert.deepEqual([gavBefore, gavAfter], [pre.gav, replay.after.gav], where);
            assert.ok(gavBefore - gavAfter > (valueIn * 100n) / BPS, where);
            assert.deepEqual(post.list, pre.list, `${where}: a refused op changed holdings`);
            tally.other++;
            continue;
          }
          if (got) {
            assert.deepEqual(got, expected, where);
            assert.deepEqual(post.list, pre.list, `${where}: a refused op changed holdings`);
            if (got.name === "GuidelineBreached") {
              const [, weight, limit] = got.args as [Address, bigint, bigint];
              assert.ok(weight > limit, where);
              if (getAddress(got.args[0] as Address) === getAddress(w.wethUsdc.address)) tally.lpBreach++;
              else tally.assetBreach++;
            } else {
              tally.other++;
              other[got.name] = (other[got.name] ?? 0) + 1;
            }
            continue;
          }
          assert.equal(expected, null, `${where}: succeeded but should have reverted`);
          assert.deepEqual(post.list, replay.after.list, where);
          for (let j = 0; j < assets.length; j++) {
            assert.ok(
              post.asset[j] <= lim.asset[j] || post.asset[j] <= pre.asset[j],
              `${where}: ${assets[j]} at ${post.asset[j]}`,
            );
            if (post.asset[j] > lim.asset[j]) tally.okAboveLimit++;
          }
          assert.ok(post.lp <= lim.lp || post.lp <= pre.lp, `${where}: LP at ${post.lp}`);
          tally.ok++;
        }
      }
      // The sequences must exercise every branch, or the test proves little.
      assert.ok(
        tally.ok > 20 && tally.assetBreach > 5 && tally.lpBreach > 3 && tally.okAboveLimit > 0,
        JSON.stringify({ tally, other }),
      );
    },
  );

  it("buying an asset that is not allowed reverts AssetNotAllowed; selling it still works", async () => {
    await base.restore();
    const pair = w.wethUsdc.address;
    await w.fund.write.swap([pair, w.usdc.address, usd(100_000), 0n], { account: w.manager.account });
    await w.asTimelock((from) => w.fund.write.setGuideline([w.weth.address, false, 6_000], from));
    assert.equal((await w.fund.read.assetConfig([w.weth.address])).allowed, false);
    const e = await reverts(w.fund.write.swap([pair, w.usdc.address, usd(1_000), 0n], { account: w.manager.account }));
    assert.deepEqual(e, { name: "AssetNotAllowed", args: [getAddress(w.weth.address)] });
    const eth = await w.weth.read.balanceOf([w.fund.address]);
    await w.fund.write.swap([pair, w.weth.address, eth, 0n], { account: w.manager.account });
    assert.equal(await w.weth.read.balanceOf([w.fund.address]), 0n);
  });

  it("only the manager trades", async () => {
    await base.restore();
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(100_000), 0n], { account: w.manager.account });
    const pair = w.wethUsdc.address;
    for (const who of [w.alice, w.deployer, w.wallets[12]]) {
      const account = who.account;
      for (const p of [
        w.fund.write.swap([pair, w.usdc.address, 1n, 0n], { account }),
        w.fund.write.addLiquidity([pair, 1_000n, 1_000n, 0n], { account }),
        w.fund.write.removeLiquidity([pair, 1n, 0n, 0n], { account }),
      ]) {
        assert.deepEqual(await reverts(p), { name: "NotManager", args: [getAddress(account.address)] });
      }
    }
    await w.asTimelock(async (from) => {
      assert.deepEqual(await reverts(w.fund.write.swap([pair, w.usdc.address, 1n, 0n], from)), {
        name: "NotManager",
        args: [from.account],
      });
    });
  });

  it("only the timelock changes the rules; fees are capped", async () => {
    await base.restore();
    const newToken = await w.viem.deployContract("MockERC20", ["Chainlink", "LINK", 18]);
    const newFeed = await w.viem.deployContract("LocalAggregator", [8, "LINK / USD", w.deployer.account.address]);
    await newFeed.write.pushAnswer([15n * 10n ** 8n]);
    const ethFeed2 = await w.viem.deployContract("LocalAggregator", [8, "ETH / USD 2", w.deployer.account.address]);
    await ethFeed2.write.pushAnswer([3_100n * 10n ** 8n]);
    await w.amm.write.createPair([w.wbtc.address, w.usdc.address]);
    const wbtcPair = getAddress(await w.amm.read.getPair([w.wbtc.address, w.usdc.address]));
    const unused = await w.viem.deployContract("MockERC20", ["Unused", "UNU", 18]);
    const unusedFeed = await w.viem.deployContract("LocalAggregator", [8, "UNU / USD", w.deployer.account.address]);
    await w.asTimelock((from) => w.fund.write.addAsset([unused.address, unusedFeed.address, HEARTBEAT, 1_000], from));

    type From = { account: Address | (typeof w.alice)["account"] };
    const calls: [string, (from: From) => Promise<unknown>][] = [
      ["setGuideline", (f) => w.fund.write.setGuideline([w.wbtc.address, true, 2_500], f)],
      ["setMaxLpBps", (f) => w.fund.write.setMaxLpBps([1_500], f)],
      ["setFees", (f) => w.fund.write.setFees([100, 1_000, 300], f)],
      ["setManager", (f) => w.fund.write.setManager([w.carol.account.address, 2], f)],
      ["addAsset", (f) => w.fund.write.addAsset([newToken.address, newFeed.address, HEARTBEAT, 1_000], f)],
      ["setFeed", (f) => w.fund.write.setFeed([w.weth.address, ethFeed2.address, 3_600], f)],
      ["addPair", (f) => w.fund.write.addPair([wbtcPair], f)],
      ["setEntryExitFees", (f) => w.fund.write.setEntryExitFees([30, 40], f)],
      ["setMaxSlippage", (f) => w.fund.write.setMaxSlippage([50], f)],
      ["setMinCash", (f) => w.fund.write.setMinCash([500], f)],
      ["removeAsset", (f) => w.fund.write.removeAsset([unused.address], f)],
    ];
    // Joining a deal is the timelock's alone too (vam.test.ts runs the whole path).
    const joinDeal = (f: From) => w.fund.write.approveVamDeal([w.alice.account.address], f);
    for (const who of [w.manager, w.alice, w.wallets[13]]) {
      for (const [name, call] of [...calls, ["approveVamDeal", joinDeal] as const]) {
        const e = await reverts(call({ account: who.account }));
        assert.deepEqual(e, { name: "OwnableUnauthorizedAccount", args: [getAddress(who.account.address)] }, name);
      }
    }

    const cashBefore = await w.usdc.read.balanceOf([w.fund.address]);
    const gavBefore = await w.fund.read.totalAssets();
    await w.asTimelock(async (from) => {
      for (const [, call] of calls) await call(from);
    });
    const wbtcCfg = await w.fund.read.assetConfig([w.wbtc.address]);
    assert.deepEqual([wbtcCfg.allowed, wbtcCfg.maxWeightBps], [true, 2_500]);
    assert.equal(await w.fund.read.maxLpBps(), 1_500);
    const fees = await w.fund.read.feeState();
    assert.deepEqual([fees.managementBps, fees.performanceBps, fees.hurdleBps], [100n, 1_000n, 300n]);
    assert.equal(getAddress(await w.fund.read.manager()), getAddress(w.carol.account.address));
    assert.equal(await w.fund.read.mechanism(), 2);
    assert.equal((await w.fund.read.assetConfig([newToken.address])).listed, true);
    const ethCfg = await w.fund.read.assetConfig([w.weth.address]);
    assert.deepEqual([getAddress(ethCfg.feed), ethCfg.heartbeat], [getAddress(ethFeed2.address), 3_600]);
    assert.equal(await w.fund.read.isPair([wbtcPair]), true);
    assert.deepEqual([await w.fund.read.entryBps(), await w.fund.read.exitBps()], [30, 40]);
    const lim = await w.fund.read.limits();
    assert.deepEqual([lim.maxLpBps, lim.maxSlippageBps, lim.minCashBps], [1_500, 50, 500]);
    assert.equal((await w.fund.read.assetConfig([unused.address])).listed, false);
    assert.equal(await w.usdc.read.balanceOf([w.fund.address]), cashBefore);
    assert.equal(await w.fund.read.totalAssets(), gavBefore);

    await w.asTimelock(async (from) => {
      for (const [m, p, h, bad, cap] of [
        [501, 0, 0, 501n, 500n],
        [0, 3_001, 0, 3_001n, 3_000n],
        [0, 0, 2_001, 2_001n, 2_000n],
      ] as const) {
        assert.deepEqual(await reverts(w.fund.write.setFees([m, p, h], from)), {
          name: "FeeAboveCap",
          args: [bad, cap],
        });
      }
      assert.deepEqual(await reverts(w.fund.write.setEntryExitFees([201, 0], from)), {
        name: "FeeAboveCap",
        args: [201n, 200n],
      });
      assert.deepEqual(await reverts(w.fund.write.setEntryExitFees([0, 201], from)), {
        name: "FeeAboveCap",
        args: [201n, 200n],
      });
      assert.deepEqual(await reverts(w.fund.write.setMaxSlippage([1_001], from)), {
        name: "InvalidBps",
        args: [1_001n],
      });
      assert.deepEqual(await reverts(w.fund.write.setMinCash([10_001], from)), { name: "InvalidBps", args: [10_001n] });
      assert.deepEqual(await reverts(w.fund.write.removeAsset([w.usdc.address], from)), {
        name: "AssetInUse",
        args: [getAddress(w.usdc.address)],
      });
      await w.fund.write.setFees([500, 3_000, 2_000], from);
    });
    const capped = await w.fund.read.feeState();
    assert.deepEqual([capped.managementBps, capped.performanceBps, capped.hurdleBps], [500n, 3_000n, 2_000n]);
  });

  it("trading through a pair that was not approved reverts UnknownPair", async () => {
    await base.restore();
    await w.amm.write.createPair([w.wbtc.address, w.usdc.address]);
    const pair = getAddress(await w.amm.read.getPair([w.wbtc.address, w.usdc.address]));
    const account = w.manager.account;
    for (const [target, p] of [
      [pair, w.fund.write.swap([pair, w.usdc.address, usd(1_000), 0n], { account })],
      [pair, w.fund.write.addLiquidity([pair, 1_000n, 1_000n, 0n], { account })],
      [pair, w.fund.write.removeLiquidity([pair, 1n, 0n, 0n], { account })],
      [
        getAddress(w.alice.account.address),
        w.fund.write.swap([w.alice.account.address, w.usdc.address, 1n, 0n], { account }),
      ],
    ] as const) {
      assert.deepEqual(await reverts(p), { name: "UnknownPair", args: [target] });
    }
  });
});
