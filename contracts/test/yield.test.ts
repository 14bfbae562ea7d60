// Yield positions: ERC-4626 vaults governance lists for a fund. Who may list and move, the value
// rule, look-through weights, the rate guard against donation and exchange-rate manipulation,
// a slashing drop, and the in-kind exit with vault shares.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { getAddress } from "viem";
import { revertsWith } from "../testing/attack.js";
import { BOUND_BPS, GUARD_DELAY, deployYieldWorld, supply, usd, type YieldWorld } from "../testing/yield.js";

const Kind = { YieldVault: 4 } as const;

describe("yield positions", () => {
  let w: YieldWorld;
  let base: Awaited<ReturnType<YieldWorld["networkHelpers"]["takeSnapshot"]>>;
  before(async () => {
    w = await deployYieldWorld();
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  const asManager = () => ({ account: w.manager.account });
  const vaultLine = async (vault: string) => {
    const [list] = await w.fund.read.holdings();
    return list.find((h) => h.kind === Kind.YieldVault && getAddress(h.token) === getAddress(vault));
  };

  describe("who may list and move", () => {
    it("lets only the owner list a vault and only the manager move cash into and out of it", async () => {
      await revertsWith(
        w.fund.write.setVault([w.savings.address, w.guard.address, 50, true], { account: w.alice.account }),
        "OwnableUnauthorizedAccount",
        [w.alice.account.address],
      );
      await revertsWith(
        w.fund.write.vaultMove([w.savings.address, usd(1), 0n, true], { account: w.alice.account }),
        "NotManager",
        [w.alice.account.address],
      );
      await w.fund.write.vaultMove([w.savings.address, usd(100), 0n, true], asManager());
    });

    it("lists only vaults of listed assets, with a guard and a bound within 100 %, never as an asset too", async () => {
      const dai = await w.viem.deployContract("MockERC20", ["Dai", "DAI", 18]);
      const daiVault = await w.viem.deployContract("YieldVault", [dai.address, "s", "s", w.deployer.account.address]);
      await w.asTimelock(async (from) => {
        await revertsWith(w.fund.write.setVault([daiVault.address, w.guard.address, 50, true], from), "UnknownAsset", [
          dai.address,
        ]);
        await revertsWith(
          w.fund.write.setVault([w.savings.address, w.guard.address, 10_001, true], from),
          "InvalidBps",
        );
        await revertsWith(
          w.fund.write.setVault([w.savings.address, "0x0000000000000000000000000000000000000000", 50, true], from),
          "InvalidFeed",
        );
        await revertsWith(w.fund.write.setVault([w.weth.address, w.guard.address, 50, true], from), "AlreadyListed");
        await revertsWith(
          w.fund.write.addAsset([w.savings.address, w.usdcFeed.address, 86_400, 1_000], from),
          "AlreadyListed",
          [w.savings.address],
        );
        // A listed vault's asset cannot be delisted.
        const btcVault = await w.viem.deployContract("YieldVault", [
          w.wbtc.address,
          "b",
          "b",
          w.deployer.account.address,
        ]);
        await w.fund.write.setVault([btcVault.address, w.guard.address, 50, false], from);
        await revertsWith(w.fund.write.removeAsset([w.wbtc.address], from), "AssetInUse", [w.wbtc.address]);
      });
    });

    it("deposits only into an allowed vault, redeems only unreserved shares, and holds the caller's minimum", async () => {
      await w.asTimelock((from) => w.fund.write.setVault([w.savings.address, w.guard.address, BOUND_BPS, false], from));
      await revertsWith(w.fund.write.vaultMove([w.savings.address, usd(1), 0n, true], asManager()), "UnknownVault");
      await revertsWith(
        w.fund.write.vaultMove([w.alice.account.address, usd(1), 0n, false], asManager()),
        "UnknownVault",
      );
      await w.asTimelock((from) => w.fund.write.setVault([w.savings.address, w.guard.address, BOUND_BPS, true], from));
      const shares = await w.savings.read.previewDeposit([usd(1_000)]);
      await revertsWith(
        w.fund.write.vaultMove([w.savings.address, usd(1_000), shares + 1n, true], asManager()),
        "SlippageExceeded",
        [shares, shares + 1n],
      );
      await w.fund.write.vaultMove([w.savings.address, usd(1_000), shares, true], asManager());
      await revertsWith(
        w.fund.write.vaultMove([w.savings.address, shares + 1n, 0n, false], asManager()),
        "InsufficientLiquidity",
        [shares + 1n, shares],
      );
      await w.fund.write.vaultMove([w.savings.address, shares, usd(1_000) - 1n, false], asManager());
      assert.equal(await w.savings.read.balanceOf([w.fund.address]), 0n);
    });
  });

  describe("valuation", () => {
    it("values vault shares at convertToAssets at the asset's feed, keeping the GAV through a move", async () => {
      const gav0 = await w.fund.read.totalAssets();
      await w.fund.write.vaultMove([w.savings.address, usd(400_000), 0n, true], asManager());
      // Some WETH into the staking vault too.
      await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(150_000), 0n], asManager());
      const weth = await w.weth.read.balanceOf([w.fund.address]);
      await w.fund.write.vaultMove([w.staking.address, weth, 0n, true], asManager());
      const s = await vaultLine(w.savings.address);
      const e = await vaultLine(w.staking.address);
      assert.ok(s && e);
      assert.equal(s.value, await w.savings.read.convertToAssets([s.balance]));
      const [, ethUsd] = await w.wethFeed.read.latestRoundData();
      const [, usdcUsd] = await w.usdcFeed.read.latestRoundData();
      const wethIn = await w.staking.read.convertToAssets([e.balance]);
      // WETH (18 dec, 8-dec feed) to USDC (6 dec, 8-dec feed), as FundMath.convert rounds.
      assert.equal(e.value, (wethIn * BigInt(ethUsd) * 10n ** 6n) / (BigInt(usdcUsd) * 10n ** 18n));
      assert.equal(e.price, BigInt(ethUsd));
      const gav1 = await w.fund.read.totalAssets();
      // The swap loses the pool's fee and price impact; the vault moves lose at most rounding.
      assert.ok(gav1 <= gav0 && gav0 - gav1 < usd(1_500), `${gav0} → ${gav1}`);
      // Rewards raise the fund's value by the fund's part of them.
      const before = await w.fund.read.totalAssets();
      await w.reward(w.savings.address, w.usdc.address, 50n);
      const after = await w.fund.read.totalAssets();
      const expected = (usd(400_000) * 50n) / 10_000n; // the vault is 1.4 M, the fund's 0.4 M of it
      assert.ok(after - before > expected - usd(1) && after - before <= expected + usd(1), `${after - before}`);
    });

    it("counts a vault position toward its asset's weight (look-through)", async () => {
      await w.asTimelock((from) => w.fund.write.setGuideline([w.weth.address, true, 3_000], from));
      await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(250_000), 0n], asManager());
      const weth = await w.weth.read.balanceOf([w.fund.address]);
      const [w0] = await w.fund.read.exposureWeights().then((x) => [x[1]]);
      await w.fund.write.vaultMove([w.staking.address, weth, 0n, true], asManager());
      const [w1] = await w.fund.read.exposureWeights().then((x) => [x[1]]);
      assert.ok(w1 >= w0 - 1n && w1 <= w0, `${w0} → ${w1}`); // the same WETH exposure, now through the vault
      assert.equal(await w.weth.read.balanceOf([w.fund.address]), 0n);
      await revertsWith(
        w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(100_000), 0n], asManager()),
        "GuidelineBreached",
      );
    });

    it("keeps the value rule: a vault that gives back less than it takes is refused", async () => {
      const lossy = await w.viem.deployContract("MockLossyVault", [w.usdc.address, w.deployer.account.address]);
      await supply(w, w.outsider, lossy.address, w.usdc.address, usd(1_000));
      await w.guard.write.poke([lossy.address]);
      // A bound of 100 %, so that only the value rule stands between the manager and the loss.
      await w.asTimelock((from) => w.fund.write.setVault([lossy.address, w.guard.address, 10_000, true], from));
      await lossy.write.setLoss([500n]); // 5 % of each deposit, mostly the fund's own
      await revertsWith(w.fund.write.vaultMove([lossy.address, usd(10_000), 0n, true], asManager()), "ValueNotKept");
      await lossy.write.setLoss([50n]); // 0.5 %: within the 1 % slippage limit
      await w.fund.write.vaultMove([lossy.address, usd(10_000), 0n, true], asManager());
    });
  });

  describe("rate guard", () => {
    async function holdVaults() {
      await w.fund.write.vaultMove([w.savings.address, usd(500_000), 0n, true], asManager());
    }

    it("lets rate moves within the bound through and stops priced operations beyond it, in-kind exit open", async () => {
      await holdVaults();
      await w.reward(w.savings.address, w.usdc.address, 90n); // within 1 %
      assert.equal(await w.fund.read.pricesFresh(), true);
      await w.reward(w.savings.address, w.usdc.address, 20n); // now beyond it
      assert.equal(await w.fund.read.pricesFresh(), false);
      assert.equal(await w.fund.read.maxDeposit([w.bob.account.address]), 0n);
      const alice = { account: w.alice.account };
      const stale = ["StalePrice", [w.savings.address, 0n, BigInt(BOUND_BPS)]] as const;
      await revertsWith(
        w.fund.write.redeem([usd(1), w.alice.account.address, w.alice.account.address], alice),
        ...stale,
      );
      await revertsWith(w.fund.write.vaultMove([w.savings.address, usd(1), 0n, false], asManager()), ...stale);
      await revertsWith(w.fund.write.accrueFees(), ...stale);
      // One poke does not accept the new rate; two, the delay apart, do.
      await w.guard.write.poke([w.savings.address]);
      assert.equal(await w.fund.read.pricesFresh(), false);
      const [, since] = await w.guard.read.pending([w.savings.address]);
      await w.networkHelpers.time.setNextBlockTimestamp(since + GUARD_DELAY - 1n);
      await w.guard.write.poke([w.savings.address]);
      assert.equal(await w.fund.read.pricesFresh(), false);
      await w.guard.write.poke([w.savings.address]);
      assert.equal(await w.fund.read.pricesFresh(), true);
      await w.fund.write.redeem([usd(1), w.alice.account.address, w.alice.account.address], alice);
    });

    it("ignores a vault the fund does not hold, and stops on one whose reads revert", async () => {
      await w.reward(w.staking.address, w.weth.address, 500n);
      assert.equal(await w.fund.read.pricesFresh(), true); // no staking shares held
      await holdVaults();
      const other = await w.viem.deployContract("VaultRateGuard", [60n]); // never poked: nothing accepted
      await w.asTimelock((from) => w.fund.write.setVault([w.savings.address, other.address, BOUND_BPS, true], from));
      assert.equal(await w.fund.read.pricesFresh(), false);
      await w.asTimelock((from) => w.fund.write.setVault([w.savings.address, w.usdc.address, BOUND_BPS, true], from));
      assert.equal(await w.fund.read.pricesFresh(), false); // a guard whose call reverts
      await w.asTimelock((from) =>
        revertsWith(
          w.fund.write.setVault([w.savings.address, w.alice.account.address, BOUND_BPS, true], from),
          "InvalidFeed",
        ),
      );
    });

    it("donation attack: donating to the vault to lift the fund's value and cashing out gains nothing", async () => {
      await holdVaults();
      const attacker = w.bob;
      const me = attacker.account.address;
      await w.deposit(attacker, usd(1_000_000)); // half the fund
      const cost = usd(1_000_000);
      // Within the bound: the donation lifts the vault's rate by 0.9 %, of which the fund holds a
      // third and the attacker half of that: it pays 9 000 to take back about 1 500.
      const donation = ((await w.savings.read.totalAssets()) * 90n) / 10_000n;
      await w.usdc.write.mint([me, donation]);
      await w.usdc.write.transfer([w.savings.address, donation], { account: attacker.account });
      const shares = await w.fund.read.balanceOf([me]);
      await w.fund.write.redeem([shares, me, me], { account: attacker.account });
      const end = await w.usdc.read.balanceOf([me]);
      assert.ok(end < cost + donation, `attacker gets ${end} for ${cost} + a ${donation} donation`);

      // Beyond the bound: the priced exit stops; the attacker can only leave in kind, at no profit.
      await base.restore();
      await holdVaults();
      await w.deposit(attacker, usd(1_000_000));
      const big = ((await w.savings.read.totalAssets()) * 3_000n) / 10_000n;
      await w.usdc.write.mint([me, big]);
      await w.usdc.write.transfer([w.savings.address, big], { account: attacker.account });
      const mine = await w.fund.read.balanceOf([me]);
      const [supply0, savings0] = [await w.fund.read.totalSupply(), await w.savings.read.balanceOf([w.fund.address])];
      await revertsWith(w.fund.write.redeem([mine, me, me], { account: attacker.account }), "StalePrice");
      await revertsWith(w.fund.write.deposit([usd(1), me], { account: attacker.account }), "StalePrice");
      await w.fund.write.redeemInKind([mine, me, me], { account: attacker.account });
      const got = await w.savings.read.balanceOf([me]);
      await w.savings.write.redeem([got, me, me], { account: attacker.account });
      // The fund held only cash and savings shares: the attacker's whole take is now in USDC.
      const value = await w.usdc.read.balanceOf([me]);
      assert.ok(value < cost + big, `attacker gets ${value} for ${cost} + ${big}`);
      // Nothing is stuck: everyone else can leave in kind too, and the vault shares are all out.
      const aliceShares = await w.fund.read.balanceOf([w.alice.account.address]);
      await w.fund.write.redeemInKind([aliceShares, w.alice.account.address, w.alice.account.address], {
        account: w.alice.account,
      });
      // What is left belongs to the fee shares, which can leave in kind as well: the vault shares
      // left are their part (fees stop while the price is stale), give or take each exit's rounding.
      const fees = await w.fund.read.balanceOf([w.splitter.address]);
      assert.equal(await w.fund.read.totalSupply(), fees);
      const left = await w.savings.read.balanceOf([w.fund.address]);
      assert.ok(left * supply0 <= savings0 * fees + 2n * supply0, `${left} vault shares left for ${fees} fee shares`);
    });

    it("a vault whose operator pushes its rate down and back up cannot be bought cheap", async () => {
      await holdVaults();
      const gav = await w.fund.read.totalAssets();
      await w.savings.write.slash([2_000n]); // the rate down 20 %: the fund looks 6 % cheaper
      const bob = { account: w.bob.account };
      await w.usdc.write.mint([w.bob.account.address, usd(100_000)]);
      await w.usdc.write.approve([w.fund.address, usd(100_000)], bob);
      await revertsWith(w.fund.write.deposit([usd(100_000), w.bob.account.address], bob), "StalePrice");
      await w.reward(w.savings.address, w.usdc.address, 2_500n); // and back up
      assert.ok((await w.fund.read.totalAssets()) >= gav - 1n);
      assert.equal(await w.fund.read.pricesFresh(), true);
      const shares = await w.fund.read.previewDeposit([usd(100_000)]);
      await w.fund.write.deposit([usd(100_000), w.bob.account.address], bob);
      // Bob bought at the true rate, not the pushed-down one.
      assert.ok(shares <= (usd(100_000) * (await w.fund.read.totalSupply())) / (await w.fund.read.totalAssets()));
    });
  });

  describe("slashing", () => {
    it("stops priced operations at a slash beyond the bound until the lower rate is accepted, then values it", async () => {
      await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(300_000), 0n], asManager());
      const weth = await w.weth.read.balanceOf([w.fund.address]);
      await w.fund.write.vaultMove([w.staking.address, weth, 0n, true], asManager());
      const line0 = await vaultLine(w.staking.address);
      const gav0 = await w.fund.read.totalAssets();
      await w.staking.write.slash([500n]); // 5 %
      assert.equal(await w.fund.read.pricesFresh(), false);
      await w.accept(w.staking.address);
      assert.equal(await w.fund.read.pricesFresh(), true);
      const line1 = await vaultLine(w.staking.address);
      assert.ok(line0 && line1);
      const drop = line0.value - line1.value;
      assert.ok(drop >= (line0.value * 499n) / 10_000n && drop <= (line0.value * 501n) / 10_000n, `${drop}`);
      assert.ok((await w.fund.read.totalAssets()) < gav0);
      await w.fund.write.redeem([usd(1), w.alice.account.address, w.alice.account.address], {
        account: w.alice.account,
      });
    });
  });

  describe("in-kind exit", () => {
    it("slices vault shares like any token", async () => {
      await w.fund.write.vaultMove([w.savings.address, usd(600_000), 0n, true], asManager());
      const held = await w.savings.read.balanceOf([w.fund.address]);
      const supply = await w.fund.read.totalSupply();
      const shares = supply / 4n;
      const [tokens, amounts] = await w.fund.read.previewRedeemInKind([shares]);
      const i = tokens.findIndex((t) => getAddress(t) === getAddress(w.savings.address));
      assert.ok(i >= 0);
      const a = w.alice.account.address;
      await w.fund.write.redeemInKind([shares, a, a], { account: w.alice.account });
      const got = await w.savings.read.balanceOf([a]);
      // The fees accrued at the exit's block add a little to the supply the slice is taken of.
      assert.ok(got <= amounts[i] && got >= (amounts[i] * 9_999n) / 10_000n, `${got} vs ${amounts[i]}`);
      assert.ok(amounts[i] === (held * shares) / supply);
      assert.equal(await w.fund.read.pricesFresh(), true);
      // The leaver can take its slice out of the vault.
      await w.savings.write.redeem([got, a, a], { account: w.alice.account });
      assert.equal(await w.savings.read.balanceOf([a]), 0n);
    });
  });
});
