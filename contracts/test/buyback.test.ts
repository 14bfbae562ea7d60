// Buyback and burn (DESIGN §4): the manager spends the fund's cash in the (share, asset) pool to buy
// shares below the NAV per share and burns them. Who may call, at what pool prices, within which
// limit (no splitting around it), what an attacker moving the pool gains (nothing at the
// investors' expense), and that investors can still leave afterwards.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { encodeFunctionData, getAddress, parseEventLogs, parseUnits, type Address } from "viem";
import { deployWorld, type World } from "../testing/world.js";
import { addSharePool, navPerShare, poolReserves, trade } from "../testing/buyback.js";
import { reverts } from "../testing/random.js";

const usd = (n: number) => parseUnits(String(n), 6);
const shares = (n: number) => parseUnits(String(n), 12);
const ONE = 10n ** 12n;

describe("fund buyback", () => {
  let w: World;
  let pool: Address;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  const asManager = () => ({ account: w.manager.account });

  before(async () => {
    w = await deployWorld();
    await w.deposit(w.bob, usd(1_000_000));
    await w.deposit(w.carol, usd(500_000));
    await w.deposit(w.alice, usd(200_000));
    // Alice provides the share's liquidity at 90 % of the NAV per share: a 10 % discount.
    pool = (await addSharePool(w, w.alice, shares(100_000), 9_000n)).address;
    await w.asTimelock((from) => w.fund.write.setBuybackLimit([500], from));
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  /** Buys back for `cash` as the manager; returns the BoughtBack event's arguments. */
  async function buyback(cash: bigint, minShares = 0n) {
    const hash = await w.fund.write.buyback([cash, minShares], asManager());
    const receipt = await w.publicClient.waitForTransactionReceipt({ hash });
    const [ev] = parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "BoughtBack" });
    return ev.args;
  }

  /** An account's worth at the NAV per share: its cash and its shares. */
  async function worth(who: Address) {
    return (await w.usdc.read.balanceOf([who])) + ((await w.fund.read.balanceOf([who])) * (await navPerShare(w))) / ONE;
  }

  it("only the manager buys back, only the timelock sets the limit", async () => {
    for (const who of [w.alice, w.deployer]) {
      assert.equal(
        (await reverts(w.fund.write.buyback([usd(1_000), 0n], { account: who.account }))).name,
        "NotManager",
      );
    }
    await w.asTimelock(async (from) => {
      assert.equal((await reverts(w.fund.write.buyback([usd(1_000), 0n], from))).name, "NotManager");
    });
    const e = await reverts(w.fund.write.setBuybackLimit([10_000], { account: w.manager.account }));
    assert.equal(e.name, "OwnableUnauthorizedAccount");
    await w.asTimelock(async (from) => {
      assert.equal((await reverts(w.fund.write.setBuybackLimit([10_001], from))).name, "InvalidBps");
    });
  });

  it("an investment committee may decide a buyback, like any manager operation", async () => {
    const committee = await w.viem.deployContract("FundCommittee", [w.fund.address, w.timelock.address]);
    const termEnd = (await w.now()) + 30n * 86_400n;
    await w.asTimelock(async (from) => {
      await w.fund.write.setManager([committee.address, 3], from);
      await committee.write.elect([w.alice.account.address, termEnd], from);
      await committee.write.setThreshold([1n], from);
    });
    const data = encodeFunctionData({ abi: w.fund.abi, functionName: "buyback", args: [usd(1_000), 0n] });
    await committee.write.propose([data, termEnd - 86_400n], { account: w.alice.account });
    const supply = await w.fund.read.totalSupply();
    await committee.write.execute([0n], { account: w.alice.account });
    assert.ok((await w.fund.read.totalSupply()) < supply, "the committee's buyback burnt shares");
    // Any other length is still refused.
    const bad = `${data}00` as const;
    const e = await reverts(committee.write.propose([bad, termEnd - 86_400n], { account: w.alice.account }));
    assert.equal(e.name, "CallNotAllowed");
  });

  it("burns the shares it buys below NAV, spends the cash, and raises the NAV per share", async () => {
    const supply0 = await w.fund.read.totalSupply();
    const cash0 = await w.usdc.read.balanceOf([w.fund.address]);
    const res0 = await poolReserves(w, pool);
    const ev = await buyback(usd(2_000));
    assert.equal(getAddress(ev.pair), getAddress(pool));
    assert.equal(ev.cash, usd(2_000));
    assert.equal(await w.fund.read.balanceOf([w.fund.address]), 0n, "nothing bought is kept");
    const res1 = await poolReserves(w, pool);
    assert.equal(res0.shares - res1.shares, ev.shares);
    assert.equal(res1.cash - res0.cash, usd(2_000));
    assert.equal(await w.usdc.read.balanceOf([w.fund.address]), cash0 - usd(2_000));
    // Supply after = before + fee shares accrued − shares burnt.
    const supply1 = await w.fund.read.totalSupply();
    assert.ok(supply1 < supply0);
    assert.equal(await navPerShare(w), ev.navPerShareAfter, "the event's NAV after is the fund's");
    assert.ok(ev.navPerShareAfter > ev.navPerShareBefore, "bought below NAV: the NAV per share rises");
    assert.ok(ev.cash * ONE < ev.shares * ev.navPerShareBefore, "average price below NAV");
    const used = await w.fund.read.buybackLimit();
    assert.equal(used.used, ev.shares);
  });

  it("refuses a pool price at or above the NAV per share, and a buy whose average would reach it", async () => {
    const res = await poolReserves(w, pool);
    // Bob lifts the pool above NAV.
    await trade(w, w.bob, pool, w.usdc.address, res.cash / 5n, true);
    const e = await reverts(w.fund.write.buyback([usd(100), 0n], asManager()));
    assert.equal(e.name, "BuybackAboveValue");
    assert.ok((e.args[0] as bigint) >= (e.args[1] as bigint), "names the pool's price and the NAV per share");
    await base.restore();
    // Below NAV, but a buy so large that its average price passes NAV is refused too.
    const big = await reverts(w.fund.write.buyback([usd(20_000), 0n], asManager()));
    assert.equal(big.name, "BuybackAboveValue");
    assert.ok((big.args[0] as bigint) >= (big.args[1] as bigint));
  });

  it("refuses without a limit, on stale prices, and below the minimum cash", async () => {
    await w.asTimelock((from) => w.fund.write.setBuybackLimit([0], from));
    const off = await reverts(w.fund.write.buyback([usd(100), 0n], asManager()));
    assert.deepEqual([off.name, off.args[1]], ["BuybackLimitExceeded", 0n]);
    await base.restore();
    await w.networkHelpers.time.increase(2 * 86_400);
    assert.equal((await reverts(w.fund.write.buyback([usd(100), 0n], asManager()))).name, "StalePrice");
    await base.restore();
    // A quarter of the fund in WETH, and a minimum cash above what is left: the buyback would lower it.
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(400_000), 0n], asManager());
    await w.asTimelock((from) => w.fund.write.setMinCash([7_800], from));
    assert.equal((await reverts(w.fund.write.buyback([usd(100), 0n], asManager()))).name, "CashBelowMinimum");
  });

  it("the limit cannot be split around: several small buys use the same budget as one", async () => {
    await w.asTimelock((from) => w.fund.write.setBuybackLimit([10], from)); // 0.1 % of supply per 30 days
    const cap = ((await w.fund.read.totalSupply()) * 10n) / 10_000n;
    const whole = await reverts(w.fund.write.buyback([usd(2_000), 0n], asManager()));
    assert.equal(whole.name, "BuybackLimitExceeded");
    let bought = 0n;
    let refused = null;
    for (let i = 0; i < 6 && !refused; i++) {
      try {
        bought += (await buyback(usd(400))).shares;
      } catch {
        refused = await reverts(w.fund.write.buyback([usd(400), 0n], asManager()));
      }
    }
    assert.equal(refused?.name, "BuybackLimitExceeded");
    assert.ok(bought <= cap + cap / 1_000n, `split buys ${bought} stay within the cap ${cap}`);
    assert.ok(bought > cap / 2n);
    // The budget refills over 30 days.
    await w.skipFresh(30 * 86_400);
    await buyback(usd(400));
  });

  it("an attacker who pushes the price down, lets the fund buy and pushes it back gains nothing", async () => {
    const carol = getAddress(w.carol.account.address);
    const bob = getAddress(w.bob.account.address);
    const carolBefore = await worth(carol);
    const bobRedeemBefore = await w.fund.read.previewRedeem([await w.fund.read.balanceOf([bob])]);
    const nav0 = await navPerShare(w);
    // Carol dumps shares, the fund buys cheap, Carol buys her shares back with what she got.
    await trade(w, w.carol, pool, w.fund.address, shares(30_000));
    const got = await w.usdc.read.balanceOf([carol]);
    const ev = await buyback(usd(3_000));
    await trade(w, w.carol, pool, w.usdc.address, got);
    assert.ok(ev.navPerShareAfter > ev.navPerShareBefore);
    assert.ok((await navPerShare(w)) >= nav0, "investors lost nothing");
    assert.ok((await worth(carol)) < carolBefore, "the attacker lost what the pool's fee and the fund's buy took");
    // Nobody's money is stuck: Bob redeems everything for at least what he could before.
    const all = await w.fund.read.balanceOf([bob]);
    await w.fund.write.redeem([all, bob, bob], { account: w.bob.account });
    assert.equal(await w.fund.read.balanceOf([bob]), 0n);
    assert.ok((await w.usdc.read.balanceOf([bob])) >= bobRedeemBefore);
  });

  it("a sandwich that lifts the price first is stopped by the minimum out or by the NAV bound", async () => {
    const quoted = await (await w.viem.getContractAt("AmmPair", pool)).read.getAmountOut([w.usdc.address, usd(2_000)]);
    const res = await poolReserves(w, pool);
    // Carol buys shares ahead of the fund, lifting the price towards NAV.
    await trade(w, w.carol, pool, w.usdc.address, res.cash / 25n, true);
    await assert.rejects(w.fund.write.buyback([usd(2_000), quoted], asManager()), /InsufficientOutput/);
    // Without a minimum the fund still never pays NAV or more: either it buys below, or it refuses.
    const nav0 = await navPerShare(w);
    try {
      const ev = await buyback(usd(2_000));
      assert.ok(ev.cash * ONE < ev.shares * ev.navPerShareBefore);
    } catch {
      assert.equal((await reverts(w.fund.write.buyback([usd(2_000), 0n], asManager()))).name, "BuybackAboveValue");
    }
    assert.ok((await navPerShare(w)) >= nav0);
  });

  it("investors redeem in cash and in kind after a buyback", async () => {
    await buyback(usd(2_000));
    const carol = getAddress(w.carol.account.address);
    const half = (await w.fund.read.balanceOf([carol])) / 2n;
    await w.fund.write.redeem([half, carol, carol], { account: w.carol.account });
    const rest = await w.fund.read.balanceOf([carol]);
    await w.fund.write.redeemInKind([rest, carol, carol], { account: w.carol.account });
    assert.equal(await w.fund.read.balanceOf([carol]), 0n);
  });
});

describe("manager-token revenue by buyback", () => {
  let w: World;
  let pool: Address;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  const tok = (n: number) => parseUnits(String(n), 18);

  before(async () => {
    w = await deployWorld();
    await w.deposit(w.bob, usd(1_000_000));
    await w.deposit(w.founder, usd(10_000));
    // The founder pools 100 000 manager tokens with 500 shares: 0.005 share per token.
    await w.amm.write.createPair([w.fund.address, w.managerToken.address]);
    const p = await w.viem.getContractAt("AmmPair", await w.amm.read.getPair([w.fund.address, w.managerToken.address]));
    pool = p.address;
    await w.asTimelock((from) => w.splitter.write.setExcluded([pool, true], from));
    await w.fund.write.approve([pool, shares(500)], { account: w.founder.account });
    await w.managerToken.write.transfer([w.carol.account.address, tok(50_000)], { account: w.founder.account });
    await w.managerToken.write.approve([pool, tok(100_000)], { account: w.founder.account });
    const shareIs0 = getAddress(await p.read.token0()) === getAddress(w.fund.address);
    await p.write.addLiquidity(
      shareIs0
        ? [shares(500), tok(100_000), 0n, w.founder.account.address]
        : [tok(100_000), shares(500), 0n, w.founder.account.address],
      { account: w.founder.account },
    );
    await w.managerToken.write.delegate([w.founder.account.address], { account: w.founder.account });
    // Half a year of fees in claims mode, credited to the holders.
    await w.skipFresh(182 * 86_400);
    await w.splitter.write.distribute();
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  const setMode = (buyback: boolean, pair: Address) =>
    w.asTimelock((from) => w.splitter.write.setRevenueMode([buyback, pair], from));

  /** Fee shares per manager token that wait for a buyback, scaled by 1e18 (every token counts:
   * the pool's too, since bought tokens are burnt). */
  async function perToken() {
    return ((await w.splitter.read.buybackShares()) * 10n ** 18n) / (await w.managerToken.read.totalSupply());
  }

  it("only the timelock chooses the mode, and only a pool of the share and the manager token", async () => {
    const e = await reverts(w.splitter.write.setRevenueMode([true, pool], { account: w.founder.account }));
    assert.equal(e.name, "OwnableUnauthorizedAccount");
    await w.asTimelock(async (from) => {
      for (const [b, p] of [
        [true, w.wethUsdc.address],
        [true, w.alice.account.address],
        [false, pool],
      ] as const) {
        assert.equal((await reverts(w.splitter.write.setRevenueMode([b, p], from))).name, "InvalidBuybackPair");
      }
    });
    assert.equal((await reverts(w.splitter.write.buyback([1n, 0n]))).name, "NotBuybackMode");
  });

  it("credited shares stay claimable; new fees wait for buybacks, which burn manager tokens below their value", async () => {
    const alice = w.alice.account.address;
    await setMode(true, pool);
    const credited = await w.splitter.read.credited([alice]);
    assert.ok(credited > 0n);
    await w.skipFresh(182 * 86_400);
    await w.splitter.write.distribute();
    assert.equal(await w.splitter.read.credited([alice]), credited, "no new credit in buyback mode");
    const pending = await w.splitter.read.buybackShares();
    assert.ok(pending > 0n);
    assert.equal(await w.splitter.read.uncredited(), pending, "the waiting shares count as not yet credited");

    const supply0 = await w.managerToken.read.totalSupply();
    const votes0 = await w.managerToken.read.getVotes([w.founder.account.address]);
    const value0 = await perToken();
    const hash = await w.splitter.write.buyback([pending / 40n, 0n], { account: w.carol.account });
    const receipt = await w.publicClient.waitForTransactionReceipt({ hash });
    const [ev] = parseEventLogs({ abi: w.splitter.abi, logs: receipt.logs, eventName: "ManagerTokensBoughtBack" });
    assert.equal(ev.args.shares, pending / 40n);
    assert.equal(await w.managerToken.read.totalSupply(), supply0 - ev.args.tokens, "bought tokens are burnt");
    assert.equal(await w.managerToken.read.balanceOf([w.splitter.address]), 0n);
    assert.equal(await w.managerToken.read.getVotes([w.founder.account.address]), votes0, "holders' votes unchanged");
    await w.networkHelpers.mine();
    const t = (await w.publicClient.getBlock()).timestamp - 1n;
    assert.equal(await w.managerToken.read.getPastTotalSupply([t]), supply0 - ev.args.tokens, "supply checkpointed");
    assert.ok((await perToken()) >= value0, "a burn never lowers the per-token value");
    // Alice still claims what was credited before.
    await w.splitter.write.claim({ account: w.alice.account });
    assert.equal(await w.fund.read.balanceOf([alice]), credited);
  });

  it("a sandwich cannot make the splitter overpay: lifting the price first is refused", async () => {
    await setMode(true, pool);
    await w.skipFresh(182 * 86_400);
    await w.splitter.write.distribute();
    // Bob buys manager tokens with shares until a token costs more than the waiting shares give per token.
    await trade(w, w.bob, pool, w.fund.address, shares(20_000));
    const pending = await w.splitter.read.buybackShares();
    const e = await reverts(w.splitter.write.buyback([pending / 40n, 0n], { account: w.carol.account }));
    assert.equal(e.name, "BuybackAboveValue");
    assert.equal(await w.splitter.read.buybackShares(), pending, "a refusal changes nothing");
  });

  it("an attacker who dumps tokens before the buyback and buys back after gains nothing", async () => {
    await setMode(true, pool);
    await w.skipFresh(182 * 86_400);
    await w.splitter.write.distribute();
    const pending = await w.splitter.read.buybackShares();
    const carol = w.carol.account.address;
    const nav = await navPerShare(w);
    const worth = async () =>
      ((await w.fund.read.balanceOf([carol])) * nav) / ONE +
      ((await w.managerToken.read.balanceOf([carol])) * (await perToken()) * nav) / ONE / 10n ** 18n;
    const before = await worth();
    const value0 = await perToken();
    // Carol dumps her tokens, the splitter buys cheap, Carol buys back with every share she got.
    await trade(w, w.carol, pool, w.managerToken.address, tok(50_000));
    await w.splitter.write.buyback([pending / 40n, 0n], { account: w.carol.account });
    await trade(w, w.carol, pool, w.fund.address, await w.fund.read.balanceOf([carol]));
    assert.ok((await worth()) < before, "the attacker lost what the pool's fee and the buy took");
    assert.ok((await perToken()) >= value0, "the remaining holders lost nothing");
  });

  it("switching back to claims credits the waiting shares to the holders", async () => {
    await setMode(true, pool);
    await w.skipFresh(30 * 86_400);
    await w.splitter.write.distribute();
    const pending = await w.splitter.read.buybackShares();
    const alice = w.alice.account.address;
    const credited = await w.splitter.read.credited([alice]);
    await setMode(false, "0x0000000000000000000000000000000000000000");
    assert.equal(await w.splitter.read.buybackShares(), 0n);
    const gained = (await w.splitter.read.credited([alice])) - credited;
    // Alice holds 100 000 of the claiming supply: her part of the waiting shares (and of the switch's accrual).
    const claiming = await w.splitter.read.claimingSupply();
    assert.ok(gained >= (pending * tok(100_000)) / claiming);
  });
});
