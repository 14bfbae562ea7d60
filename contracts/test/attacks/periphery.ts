// Attacks on the contracts around the fund (issue 14, items 5 to 8): each test performs the
// attack on the in-process chain and shows that it gains nothing and leaves nothing stuck.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  decodeFunctionResult,
  encodeFunctionData,
  getAddress,
  parseEventLogs,
  parseUnits,
  type Address,
  type Hex,
} from "viem";
import { deployWorld, YEAR, type World } from "../../testing/world.js";

const tok = (n: number | bigint) => parseUnits(String(n), 18);
const Mode = { Working: 0, Reverting: 1, BurningGas: 2 } as const;

/** The fee shares a transaction had the fund mint. */
async function accrued(w: World, hash: Hex) {
  const receipt = await w.publicClient.waitForTransactionReceipt({ hash });
  const ev = parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "FeesAccrued" });
  return ev.reduce((s, e) => s + e.args.feeShares, 0n);
}

/** Creates, as `who` (anyone may), a USDC fund priced by `feed`; returns its set. */
async function createFundWithFeed(w: World, feed: Address, who = w.project) {
  const config = {
    ...w.fundConfig,
    name: "Spam",
    symbol: "SPAM",
    assetFeed: feed,
    assets: [],
    manager: who.account.address,
  };
  await w.factory.write.createFund([config, w.governanceParams], { account: who.account });
  const sets = await w.factory.read.allFunds();
  return sets[sets.length - 1];
}

describe("attack: a spam fund with a broken feed in the open registry (issue 14 item 5)", () => {
  it("the lens returns every other fund, flags the broken ones, pages, and bounds its gas", async () => {
    const w = await deployWorld();
    await w.deposit(w.alice, parseUnits("250000", 6));
    const reverting = await w.viem.deployContract("BrokenAggregator", [100_000_000n, 8, w.project.account.address]);
    const burning = await w.viem.deployContract("BrokenAggregator", [100_000_000n, 8, w.project.account.address]);
    const spam1 = await createFundWithFeed(w, reverting.address);
    const spam2 = await createFundWithFeed(w, burning.address);
    // While the feeds work, the spam funds read like any other.
    assert.ok((await w.lens.read.summaries([w.factory.address, 0n, 10n])).every((s) => s.ok));
    await reverting.write.setMode([Mode.Reverting], { account: w.project.account });
    await burning.write.setMode([Mode.BurningGas], { account: w.project.account });
    await assert.rejects(w.lens.read.summary([spam1]), "the broken fund's own summary reverts");

    const all = await w.lens.read.summaries([w.factory.address, 0n, 10n]);
    assert.equal(all.length, 3);
    const [set] = await w.factory.read.allFunds();
    assert.equal(all[0].ok, true);
    assert.deepEqual(all[0], await w.lens.read.summary([set]));
    assert.deepEqual([all[1].ok, all[1].set], [false, spam1]);
    assert.deepEqual([all[2].ok, all[2].set], [false, spam2]);
    assert.equal(all[1].name, "", "a flagged fund carries only its set");

    // Pages: from, count, and past the end.
    const page = await w.lens.read.summaries([w.factory.address, 1n, 1n]);
    assert.deepEqual(
      page.map((s) => [s.ok, s.set.fund]),
      [[false, spam1.fund]],
    );
    assert.equal((await w.lens.read.summaries([w.factory.address, 3n, 10n])).length, 0);
    assert.equal((await w.lens.read.summaries([w.factory.address, 2n, 100n])).length, 1);

    // The gas-burning fund costs at most its bound; the whole list stays under a block's worth.
    const bound = await w.lens.read.SUMMARY_GAS();
    const gasOf = async (count: bigint) => {
      const data = encodeFunctionData({
        abi: w.lens.abi,
        functionName: "summaries",
        args: [w.factory.address, 0n, count],
      });
      const hash = await w.carol.sendTransaction({ to: w.lens.address, data, gas: 16_000_000n });
      return (await w.publicClient.waitForTransactionReceipt({ hash })).gasUsed;
    };
    const [one, all3] = [await gasOf(1n), await gasOf(10n)];
    assert.ok(one < bound / 2n, `a healthy fund's summary took ${one} gas, near the bound ${bound}`);
    assert.ok(all3 < one + bound + 500_000n, `the list took ${all3} gas`);
    // With less gas than a page needs, the lens returns the funds it could read in full, and
    // the caller reads on from there.
    const short = await w.publicClient.call({
      to: w.lens.address,
      gas: 2_500_000n,
      data: encodeFunctionData({ abi: w.lens.abi, functionName: "summaries", args: [w.factory.address, 0n, 10n] }),
    });
    const cut = decodeFunctionResult({ abi: w.lens.abi, functionName: "summaries", data: short.data! });
    assert.deepEqual(
      cut.map((s) => [s.ok, s.set.fund]),
      [[true, set.fund]],
    );
    const rest = await w.lens.read.summaries([w.factory.address, 1n, 10n]);
    assert.deepEqual(
      rest.map((s) => s.set.fund),
      [spam1.fund, spam2.fund],
    );
  });
});

describe("attack: fee shares owed to an AMM pool holding manager tokens (issue 14 item 6)", () => {
  it(
    "an excluded pool earns nothing, no fee share stays locked, and the per-token value uses the claiming " + "supply",
    async () => {
      const w = await deployWorld();
      await w.deposit(w.bob, parseUnits("1000000", 6));
      await w.amm.write.createPair([w.managerToken.address, w.usdc.address]);
      const pair = getAddress(await w.amm.read.getPair([w.managerToken.address, w.usdc.address]));
      // Governance excludes the pool; only the timelock may.
      await w.viem.assertions.revertWithCustomError(
        w.splitter.write.setExcluded([pair, true], { account: w.founder.account }),
        w.splitter,
        "OwnableUnauthorizedAccount",
      );
      await w.asTimelock((f) => w.splitter.write.setExcluded([pair, true], f));
      assert.deepEqual((await w.splitter.read.excludedHolders()).map(getAddress), [pair]);

      // The founder puts a fifth of the manager tokens in the pool, as the seeded world does.
      const p = await w.viem.getContractAt("AmmPair", pair);
      await w.usdc.write.mint([w.founder.account.address, parseUnits("200000", 6)]);
      await w.managerToken.write.approve([pair, tok(200_000)], { account: w.founder.account });
      await w.usdc.write.approve([pair, parseUnits("200000", 6)], { account: w.founder.account });
      const mtIs0 = getAddress(await p.read.token0()) === getAddress(w.managerToken.address);
      const amounts = mtIs0 ? [tok(200_000), parseUnits("200000", 6)] : [parseUnits("200000", 6), tok(200_000)];
      await p.write.addLiquidity([amounts[0], amounts[1], 0n, w.founder.account.address], {
        account: w.founder.account,
      });
      assert.equal(await w.splitter.read.excludedSupply(), tok(200_000));
      assert.equal(await w.splitter.read.claimingSupply(), tok(800_000));

      await w.skipFresh(YEAR);
      // The per-token value: fee shares not yet credited × A / S' / claiming supply.
      const iv = await w.lens.read.intrinsicValues([w.fund.address]);
      const preview = await w.fund.read.previewAccrual();
      const uncredited = preview.feeShares + (await w.splitter.read.uncredited());
      const expected = (((uncredited * iv.nav) / iv.supply) * 10n ** 18n) / tok(800_000);
      assert.equal(iv.perManagerToken, expected);
      assert.ok(
        iv.perManagerToken > (iv.managerTotal * 10n ** 18n) / tok(1_000_000),
        "above the value on the whole supply",
      );

      await w.fund.write.accrueFees();
      // Anyone credits the fees to the holders of the moment; the excluded pool gets none.
      await w.splitter.write.distribute({ account: w.bob.account });
      assert.equal(await w.splitter.read.claimable([pair]), 0n);
      for (const h of [w.founder, w.alice]) await w.splitter.write.claim({ account: h.account });
      // Everything minted to the splitter went to claiming holders: what is left is claimable
      // and rounding dust.
      const owed =
        (await w.splitter.read.claimable([w.founder.account.address])) +
        (await w.splitter.read.claimable([w.alice.account.address]));
      assert.equal(await w.splitter.read.uncredited(), 0n);
      assert.ok((await w.fund.read.balanceOf([w.splitter.address])) - owed < 10n);
      assert.equal(await w.fund.read.balanceOf([pair]), 0n);
    },
  );

  it("exclusion keeps what was credited before and readmission starts afresh", async () => {
    const w = await deployWorld();
    await w.deposit(w.bob, parseUnits("1000000", 6));
    await w.skipFresh(30n * 86_400n);
    await w.fund.write.accrueFees();
    await w.asTimelock((f) => w.splitter.write.setExcluded([w.alice.account.address, true], f));
    const before = await w.splitter.read.claimable([w.alice.account.address]);
    assert.ok(before > 0n);
    await w.viem.assertions.revertWithCustomError(
      w.asTimelock((f) => w.splitter.write.setExcluded([w.alice.account.address, true], f)),
      w.splitter,
      "ExclusionUnchanged",
    );
    await w.skipFresh(30n * 86_400n);
    await w.fund.write.accrueFees();
    assert.equal(await w.splitter.read.claimable([w.alice.account.address]), before, "earned nothing while excluded");
    await w.asTimelock((f) => w.splitter.write.setExcluded([w.alice.account.address, false], f));
    assert.equal(await w.splitter.read.claimable([w.alice.account.address]), before);
    assert.deepEqual(await w.splitter.read.excludedHolders(), []);
    assert.equal(await w.splitter.read.claimingSupply(), await w.managerToken.read.totalSupply());
  });
});

describe("attack: buying manager tokens just before an accrual (issue 14 item 7)", () => {
  it("holding half the tokens for two blocks after a quiet year collects only those blocks' fees", async () => {
    const w = await deployWorld();
    await w.deposit(w.bob, parseUnits("1000000", 6));
    await w.fund.write.accrueFees();
    await w.skipFresh(YEAR); // a quiet year: no deposit, no accrual
    // The attacker (carol) gets half the manager tokens; the transfer accrues the year first.
    const year = await accrued(
      w,
      await w.managerToken.write.transfer([w.carol.account.address, tok(500_000)], { account: w.founder.account }),
    );
    assert.ok(year > 0n, "the year's fees were minted before the transfer");
    await w.networkHelpers.mine(2);
    const held = await accrued(w, await w.fund.write.accrueFees({ account: w.carol.account }));
    const before = await w.fund.read.balanceOf([w.carol.account.address]);
    await w.splitter.write.claim({ account: w.carol.account });
    const got = (await w.fund.read.balanceOf([w.carol.account.address])) - before;
    assert.ok(got <= held, `the attacker got ${got}, more than the fees of the blocks it held (${held})`);
    assert.ok(got * 1_000_000n < year, `the attacker got ${got} of a year's ${year}`);
    // The year went to those who held through it.
    const founder = await w.splitter.read.claimable([w.founder.account.address]);
    assert.ok(founder >= (year * 9n) / 10n - 10n);
  });

  it("buy, distribute, claim and sell back collects only the blocks held, whatever waits uncredited", async () => {
    const w = await deployWorld();
    await w.deposit(w.bob, parseUnits("1000000", 6));
    await w.fund.write.accrueFees();
    await w.skipFresh(YEAR);
    // A deposit accrues the quiet year: its fee shares sit in the splitter, not yet credited.
    await w.deposit(w.alice, parseUnits("1000", 6));
    const waiting = await w.splitter.read.uncredited();
    assert.ok(waiting > 0n, "a year of fee shares waits uncredited");
    const founderBefore = await w.splitter.read.credited([w.founder.account.address]);

    // The attacker buys half the manager tokens, credits, claims and sells them back.
    await w.managerToken.write.transfer([w.carol.account.address, tok(500_000)], { account: w.founder.account });
    const held = await accrued(w, await w.splitter.write.distribute({ account: w.carol.account }));
    const before = await w.fund.read.balanceOf([w.carol.account.address]);
    await w.splitter.write.claim({ account: w.carol.account });
    const sold = await accrued(
      w,
      await w.managerToken.write.transfer([w.founder.account.address, tok(500_000)], { account: w.carol.account }),
    );
    // What it took plus what the sale credited it (the sale accrues its own block first).
    const got =
      (await w.fund.read.balanceOf([w.carol.account.address])) -
      before +
      (await w.splitter.read.credited([w.carol.account.address]));
    assert.ok(got <= held + sold, `the attacker got ${got}, more than the fees of its blocks (${held + sold})`);
    assert.ok(got * 1_000_000n < waiting, `the attacker got ${got} of the ${waiting} that waited`);

    // The shares that waited went to the holders of the year, and nothing stays unassigned.
    const founderGain = (await w.splitter.read.credited([w.founder.account.address])) - founderBefore;
    assert.ok(founderGain >= (waiting * 8n) / 10n, "the founder, who held most of the year, got its share");
    await w.splitter.write.distribute({ account: w.bob.account });
    assert.equal(await w.splitter.read.uncredited(), 0n);
  });

  it("starving the accrual of gas does not skip it: the transfer reverts or accrues", async () => {
    const w = await deployWorld();
    await w.deposit(w.bob, parseUnits("1000000", 6));
    await w.skipFresh(YEAR);
    await w.managerToken.write.approve([w.carol.account.address, tok(500_000)], { account: w.founder.account });
    const base = await w.networkHelpers.takeSnapshot();
    let succeeded = 0;
    for (let gas = 80_000n; gas <= 1_400_000n; gas += 40_000n) {
      await base.restore();
      const supplyBefore = await w.fund.read.totalSupply();
      try {
        await w.managerToken.write.transferFrom([w.founder.account.address, w.carol.account.address, tok(500_000)], {
          account: w.carol.account,
          gas,
        });
      } catch {
        continue; // reverted: the attacker moved nothing
      }
      succeeded++;
      assert.ok((await w.fund.read.totalSupply()) > supplyBefore, `with ${gas} gas the transfer skipped the accrual`);
    }
    assert.ok(succeeded > 0, "some gas limit lets the transfer through");
  });

  it("a stale price does not block manager-token transfers (the accrual is skipped, not fatal)", async () => {
    const w = await deployWorld();
    await w.deposit(w.bob, parseUnits("1000000", 6));
    await w.networkHelpers.time.increase(3n * 86_400n); // every feed is now stale
    assert.equal(await w.fund.read.pricesFresh(), false);
    await w.managerToken.write.transfer([w.carol.account.address, tok(1)], { account: w.founder.account });
    assert.equal(await w.managerToken.read.balanceOf([w.carol.account.address]), tok(1));
  });

  it("only the manager token checkpoints", async () => {
    const w = await deployWorld();
    await w.viem.assertions.revertWithCustomError(
      w.splitter.write.checkpoint([w.carol.account.address, w.alice.account.address, 1n], { account: w.carol.account }),
      w.splitter,
      "NotManagerToken",
    );
  });
});

describe("attack: fund sets and helpers created with unsafe parameters (issue 14 item 8)", () => {
  it(
    "createFund refuses timelock delay 0, quorum 0 or above 100, voting delay 0, voting period 0 and cap " + "0",
    async () => {
      const w = await deployWorld();
      const create = (g: Partial<World["governanceParams"]>) =>
        w.factory.write.createFund([w.fundConfig, { ...w.governanceParams, ...g }], { account: w.carol.account });
      const f = w.factory;
      await w.viem.assertions.revertWithCustomErrorWithArgs(create({ timelockDelay: 0n }), f, "InvalidTimelockDelay", [
        0n,
      ]);
      await w.viem.assertions.revertWithCustomErrorWithArgs(create({ quorumPercent: 0n }), f, "InvalidQuorum", [0n]);
      await w.viem.assertions.revertWithCustomErrorWithArgs(create({ quorumPercent: 101n }), f, "InvalidQuorum", [
        101n,
      ]);
      await w.viem.assertions.revertWithCustomErrorWithArgs(create({ votingDelay: 0 }), f, "InvalidVotingDelay", [0]);
      await w.viem.assertions.revertWithCustomErrorWithArgs(create({ votingPeriod: 0 }), f, "InvalidVotingPeriod", [0]);
      await w.viem.assertions.revertWithCustomError(create({ rewardsCap: 0n }), w.rewards, "InvalidCap");
      assert.equal(await w.factory.read.fundCount(), 1n);
      // The extremes that are allowed still work.
      await create({ quorumPercent: 100n, votingDelay: 1, votingPeriod: 1, timelockDelay: 1n });
      assert.equal(await w.factory.read.fundCount(), 2n);
    },
  );

  it("contribution rewards without a cap say so explicitly and then mint any amount", async () => {
    const w = await deployWorld();
    const noCap = await w.rewards.read.NO_CAP();
    await w.factory.write.createFund([w.fundConfig, { ...w.governanceParams, rewardsCap: noCap }]);
    const [, set] = await w.factory.read.allFunds();
    const rewards = await w.viem.getContractAt("ContributionRewards", set.contributionRewards);
    assert.equal(await rewards.read.cap(), noCap);
    await w.networkHelpers.impersonateAccount(set.timelock);
    await w.networkHelpers.setBalance(set.timelock, 10n ** 20n);
    const big = 2n ** 127n;
    await rewards.write.award([w.bob.account.address, big, 0, 0n, 0n, "large"], { account: getAddress(set.timelock) });
    await rewards.write.award([w.bob.account.address, big, 0, 0n, 0n, "larger"], { account: getAddress(set.timelock) });
    assert.equal(await rewards.read.totalAwarded(), 2n * big);
  });

  it("Multicall3's aggregate3 refuses ether instead of keeping it", async () => {
    const w = await deployWorld();
    const mc = await w.viem.deployContract("Multicall3");
    const data = encodeFunctionData({
      abi: mc.abi,
      functionName: "aggregate3",
      args: [
        [
          {
            target: mc.address,
            allowFailure: false,
            callData: encodeFunctionData({ abi: mc.abi, functionName: "getBlockNumber" }),
          },
        ],
      ],
    });
    await assert.rejects(w.carol.sendTransaction({ to: mc.address, data, value: 10n ** 18n }));
    assert.equal(await w.publicClient.getBalance({ address: mc.address }), 0n);
    await w.carol.sendTransaction({ to: mc.address, data }); // without value it works
  });
});
