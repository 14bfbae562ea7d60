// Investor-governed funds: no manager token, no fee splitter; investors vote with their shares
// through the fund's share ledger (delegated, checkpointed on a timestamp clock). What an attacker
// can and cannot do with deposits, transfers and timing, who may call what, and that no proposal
// can keep investors from leaving.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import hre from "hardhat";
import { getAddress, zeroAddress } from "viem";
import { createInvestorFund, usdc } from "../testing/investorFund.js";
import { deployWorld } from "../testing/world.js";

const State = { Pending: 0, Active: 1, Defeated: 3, Succeeded: 4, Queued: 5, Executed: 7 } as const;
const Vote = { Against: 0, For: 1, Abstain: 2 } as const;

async function world() {
  const w = await deployWorld();
  const g = await createInvestorFund(w);
  return { w, g };
}

describe("investor-governed fund set", () => {
  it("has no manager token, splitter or rewards, and its governor counts the ledger's votes", async () => {
    const { w, g } = await world();
    assert.equal(g.set.managerToken, zeroAddress);
    assert.equal(g.set.feeSplitter, zeroAddress);
    assert.equal(g.set.contributionRewards, zeroAddress);
    assert.equal(getAddress(await g.governor.read.token()), getAddress(g.ledger.address));
    assert.equal(getAddress(await g.ledger.read.fund()), getAddress(g.fund.address));
    assert.equal(await g.governor.read.CLOCK_MODE(), "mode=timestamp");
    assert.equal(await g.governor.read.clock(), Number(await w.now()));
    // The timelock owns and manages the fund, and receives any fee shares governance later decides on.
    assert.equal(getAddress(await g.fund.read.owner()), getAddress(g.timelock.address));
    assert.equal(getAddress(await g.fund.read.manager()), getAddress(g.timelock.address));
    assert.equal(getAddress(await g.fund.read.feeSplitter()), getAddress(g.timelock.address));
    assert.equal(await w.factory.read.fundCount(), 2n);
    assert.equal(getAddress(await w.factory.read.creatorOf([g.fund.address])), getAddress(w.deployer.account.address));
  });

  it("both kinds of votes token answer IVotesToken, the one ABI the dApp addresses either with", async () => {
    const { w, g } = await world();
    const sig = (f: { name: string; inputs: readonly { type: string }[]; outputs?: readonly { type: string }[] }) =>
      `${f.name}(${f.inputs.map((i) => i.type)})→(${(f.outputs ?? []).map((o) => o.type)})`;
    const fns = async (name: string) =>
      new Set(
        (await hre.artifacts.readArtifact(name)).abi
          .filter((x: { type: string }) => x.type === "function" || x.type === "event")
          .map(sig),
      );
    const wanted = await fns("IVotesToken");
    for (const token of ["ManagerToken", "ShareLedger"]) {
      const has = await fns(token);
      for (const f of wanted) assert.ok(has.has(f), `${token} has ${f}`);
    }
    // Read through it, each answers as its own ABI does.
    await g.deposit(w.bob, usdc("1000"));
    for (const address of [w.managerToken.address, g.ledger.address]) {
      const t = await w.viem.getContractAt("IVotesToken", address);
      assert.equal(await t.read.CLOCK_MODE(), "mode=timestamp");
      assert.equal(await t.read.delegates([w.bob.account.address]), zeroAddress);
    }
    const shares = await w.viem.getContractAt("IVotesToken", g.ledger.address);
    assert.equal(
      await shares.read.balanceOf([w.bob.account.address]),
      await g.fund.read.balanceOf([w.bob.account.address]),
    );
  });

  it("refuses a fee without a recipient, and pays the fee shares to a named one", async () => {
    const w = await deployWorld();
    const fees = { managementBps: 200, performanceBps: 0 };
    await w.viem.assertions.revertWithCustomErrorWithArgs(
      createInvestorFund(w, zeroAddress, fees),
      w.factory,
      "FeesWithoutRecipient",
      [200, 0],
    );
    await w.viem.assertions.revertWithCustomErrorWithArgs(
      createInvestorFund(w, zeroAddress, { managementBps: 0, performanceBps: 1_000 }),
      w.factory,
      "FeesWithoutRecipient",
      [0, 1_000],
    );
    const g = await createInvestorFund(w, w.carol.account.address, fees);
    assert.equal(getAddress(await g.fund.read.feeSplitter()), getAddress(w.carol.account.address));
    await g.deposit(w.alice, usdc("100000"));
    await w.skipFresh(365n * 86_400n);
    await g.fund.write.accrueFees();
    // 2 % of a year (and the few seconds of the feed refreshes) on a flat NAV: about 2,000 USDC.
    const fee = await g.fund.read.convertToAssets([await g.fund.read.balanceOf([w.carol.account.address])]);
    assert.ok(fee > usdc("1999") && fee < usdc("2001"), `${fee}`);
  });

  it("validates its governance terms like a managed fund's", async () => {
    const w = await deployWorld();
    const { investorConfig, investorParams } = await import("../testing/investorFund.js");
    const bad = [
      [{ ...investorParams(), quorumPercent: 0n }, "InvalidQuorum"],
      [{ ...investorParams(), quorumPercent: 101n }, "InvalidQuorum"],
      [{ ...investorParams(), votingDelay: 0 }, "InvalidVotingDelay"],
      [{ ...investorParams(), votingPeriod: 0 }, "InvalidVotingPeriod"],
      [{ ...investorParams(), timelockDelay: 0n }, "InvalidTimelockDelay"],
    ] as const;
    for (const [p, error] of bad) {
      await w.viem.assertions.revertWithCustomError(
        w.factory.write.createInvestorFund([investorConfig(w), p]),
        w.factory,
        error,
      );
    }
    await w.viem.assertions.revertWithCustomError(
      w.factory.write.createInvestorFund([{ ...investorConfig(w), mechanism: 3 }, investorParams()]),
      w.factory,
      "CommitteeAfterCreation",
    );
  });

  it("is read by the lenses: no manager-token terms, the kind flagged in the list record", async () => {
    const { w, g } = await world();
    await g.deposit(w.alice, usdc("50000"));
    const s = await w.lens.read.summaryOf([w.factory.address, g.fund.address]);
    assert.equal(s.ok, true);
    assert.equal(s.managerTokenSupply, 0n);
    assert.equal(s.claimingSupply, 0n);
    assert.equal(s.intrinsic.perManagerToken, 0n);
    assert.equal(s.intrinsic.unclaimedFeeShares, 0n);
    assert.equal(s.intrinsic.investorTotal + s.intrinsic.managerTotal, s.intrinsic.nav);
    const v = await w.lens.read.inputs([w.factory.address, g.fund.address]);
    assert.equal(v.splitterBalance, 0n);
    assert.deepEqual(await w.lens.read.holderValue([g.fund.address, w.alice.account.address]), [0n, 0n]);
    // All summaries of the registry read, the managed fund's as before.
    const all = await w.lens.read.summaries([w.factory.address, 0n, 10n]);
    assert.deepEqual(
      all.map((x) => x.ok),
      [true, true],
    );
    assert.equal(all[0].managerTokenSupply, parseUnitsMt("1000000"));
    const list = await w.viem.deployContract("FundListLens", [w.lens.address]);
    // Both fresh; the second investor-governed.
    for (const [i, flags] of [
      [0n, 1],
      [1n, 3],
    ] as const) {
      const [, record] = await list.read.page([w.factory.address, i, 1n, 0n, [], 0n]);
      assert.equal(flagOf(record), flags);
    }
  });

  it("counts votes at the snapshot: a deposit after it votes with nothing", async () => {
    const { w, g } = await world();
    const aliceShares = await g.join(w.alice, usdc("100000"));
    await w.networkHelpers.mine();
    const p = await g.propose(w.alice, g.setFeesCall(0), "Keep fees at zero");
    const snapshot = await g.governor.read.proposalSnapshot([p.id]);
    await w.skipFresh(86_400 + 1);
    // Bob deposits ten times Alice's stake once voting is open, delegates and votes.
    const bobShares = await g.join(w.bob, usdc("1000000"));
    assert.equal(await g.ledger.read.getVotes([w.bob.account.address]), bobShares);
    assert.equal(await g.ledger.read.getPastVotes([w.bob.account.address, snapshot]), 0n);
    await g.governor.write.castVote([p.id, Vote.Against], { account: w.bob.account });
    await g.governor.write.castVote([p.id, Vote.For], { account: w.alice.account });
    const [against, forVotes] = await g.governor.read.proposalVotes([p.id]);
    assert.equal(against, 0n);
    assert.equal(forVotes, aliceShares);
    await w.skipFresh(5 * 86_400 + 1);
    assert.equal(await g.governor.read.state([p.id]), State.Succeeded);
  });

  it("gains nothing from depositing, voting and redeeming in one block", async () => {
    const { w, g } = await world();
    await g.join(w.alice, usdc("100000"));
    await w.networkHelpers.mine();
    const p = await g.propose(w.alice, g.setFeesCall(0), "Keep fees at zero");
    await w.skipFresh(86_400 + 1);
    const stake = usdc("5000000");
    await w.usdc.write.mint([w.bob.account.address, stake]);
    await w.usdc.write.approve([g.fund.address, stake], { account: w.bob.account });
    const expected = await g.fund.read.previewDeposit([stake]);
    // One block: deposit, delegate, vote, redeem.
    await w.publicClient.request({ method: "evm_setAutomine" as never, params: [false] as never });
    const bob = { account: w.bob.account };
    const hashes = [
      await g.fund.write.deposit([stake, w.bob.account.address], { ...bob, gas: 3_000_000n }),
      await g.ledger.write.delegate([w.bob.account.address], { ...bob, gas: 300_000n }),
      await g.governor.write.castVote([p.id, Vote.Against], { ...bob, gas: 300_000n }),
      await g.fund.write.redeem([expected, w.bob.account.address, w.bob.account.address], { ...bob, gas: 3_000_000n }),
    ];
    await w.networkHelpers.mine();
    await w.publicClient.request({ method: "evm_setAutomine" as never, params: [true] as never });
    const receipts = await Promise.all(hashes.map((hash) => w.publicClient.getTransactionReceipt({ hash })));
    assert.deepEqual(
      receipts.map((r) => r.status),
      ["success", "success", "success", "success"],
    );
    assert.equal(new Set(receipts.map((r) => r.blockNumber)).size, 1);
    const [against] = await g.governor.read.proposalVotes([p.id]);
    assert.equal(against, 0n);
    assert.ok((await w.usdc.read.balanceOf([w.bob.account.address])) <= stake);
    assert.equal(await g.fund.read.balanceOf([w.bob.account.address]), 0n);
  });

  it("counts shares once: votes that moved by transfer after the snapshot do not vote again", async () => {
    const { w, g } = await world();
    const aliceShares = await g.join(w.alice, usdc("100000"));
    const bobShares = await g.join(w.bob, usdc("20000"));
    await w.networkHelpers.mine();
    const p = await g.propose(w.alice, g.setFeesCall(0), "Keep fees at zero");
    await w.skipFresh(86_400 + 1);
    await g.governor.write.castVote([p.id, Vote.For], { account: w.alice.account });
    await g.fund.write.transfer([w.bob.account.address, aliceShares], { account: w.alice.account });
    assert.equal(await g.ledger.read.getVotes([w.bob.account.address]), aliceShares + bobShares);
    await g.governor.write.castVote([p.id, Vote.Against], { account: w.bob.account });
    await w.viem.assertions.revertWithCustomError(
      g.governor.write.castVote([p.id, Vote.Against], { account: w.alice.account }),
      g.governor,
      "GovernorAlreadyCastVote",
    );
    const [against, forVotes] = await g.governor.read.proposalVotes([p.id]);
    assert.equal(forVotes, aliceShares);
    assert.equal(against, bobShares);
    // A third holder receiving the shares again gains nothing either.
    await g.fund.write.transfer([w.carol.account.address, aliceShares], { account: w.bob.account });
    await g.ledger.write.delegate([w.carol.account.address], { account: w.carol.account });
    await g.governor.write.castVote([p.id, Vote.Against], { account: w.carol.account });
    assert.deepEqual((await g.governor.read.proposalVotes([p.id])).slice(0, 2), [bobShares, aliceShares]);
  });

  it("computes the quorum from the share supply at the snapshot, whatever moves after", async () => {
    const { w, g } = await world();
    const aliceShares = await g.join(w.alice, usdc("50000"));
    await g.deposit(w.bob, usdc("950000")); // not delegated: counts in the supply, votes nothing
    await w.networkHelpers.mine();
    const p = await g.propose(w.alice, g.setFeesCall(0), "Keep fees at zero");
    const snapshot = await g.governor.read.proposalSnapshot([p.id]);
    await w.skipFresh(86_400 + 1);
    const supply = await g.ledger.read.getPastTotalSupply([snapshot]);
    assert.equal(supply, await g.fund.read.totalSupply());
    const quorum = (supply * 10n) / 100n;
    assert.equal(await g.governor.read.quorum([snapshot]), quorum);
    assert.ok(aliceShares < quorum);
    // Bob redeems everything after the snapshot: Alice now holds every share, but the quorum
    // stays 10 % of the supply at the snapshot, so her 5 % cannot pass the proposal alone.
    await g.fund.write.redeem(
      [await g.fund.read.balanceOf([w.bob.account.address]), w.bob.account.address, w.bob.account.address],
      { account: w.bob.account },
    );
    assert.equal(await g.fund.read.totalSupply(), aliceShares);
    assert.equal(await g.governor.read.quorum([snapshot]), quorum);
    await g.governor.write.castVote([p.id, Vote.For], { account: w.alice.account });
    await w.skipFresh(5 * 86_400 + 1);
    assert.equal(await g.governor.read.state([p.id]), State.Defeated);
    // A proposal made after the redemption counts the smaller supply: Alice alone reaches it.
    await w.networkHelpers.mine();
    const q = await g.propose(w.alice, g.setFeesCall(0), "Keep fees at zero, again");
    await w.skipFresh(86_400 + 1);
    await g.governor.write.castVote([q.id, Vote.For], { account: w.alice.account });
    await w.skipFresh(5 * 86_400 + 1);
    assert.equal(await g.governor.read.state([q.id]), State.Succeeded);
    // The quorum of a timepoint not yet settled cannot be read.
    await w.viem.assertions.revertWithCustomError(
      g.governor.read.quorum([BigInt(await w.now()) + 10n]),
      g.ledger,
      "ERC5805FutureLookup",
    );
  });

  it("lets only the fund report transfers, only the timelock administer, only governance settle", async () => {
    const { w, g } = await world();
    await g.join(w.alice, usdc("10000"));
    await w.viem.assertions.revertWithCustomErrorWithArgs(
      g.ledger.write.onTransfer([zeroAddress, w.bob.account.address, 10n ** 30n], { account: w.bob.account }),
      g.ledger,
      "NotFund",
      [getAddress(w.bob.account.address)],
    );
    await w.viem.assertions.revertWithCustomErrorWithArgs(
      g.fund.write.setFees([500, 0, 0], { account: w.alice.account }),
      g.fund,
      "OwnableUnauthorizedAccount",
      [getAddress(w.alice.account.address)],
    );
    await w.viem.assertions.revertWithCustomError(
      g.fund.write.initialize(
        [w.fundConfig, w.bob.account.address, w.amm.address, g.ledger.address, g.ledger.address],
        {
          account: w.bob.account,
        },
      ),
      g.fund,
      "NotAdmin",
    );
    await w.viem.assertions.revertWithCustomError(
      g.governor.write.updateQuorumNumerator([1n], { account: w.alice.account }),
      g.governor,
      "GovernorOnlyExecutor",
    );
    const role = await g.timelock.read.PROPOSER_ROLE();
    assert.equal(await g.timelock.read.hasRole([role, g.governor.address]), true);
    assert.equal(await g.timelock.read.hasRole([role, w.factory.address]), false);
    assert.equal(await g.timelock.read.hasRole([await g.timelock.read.DEFAULT_ADMIN_ROLE(), w.factory.address]), false);
    // Below the threshold (1,000 shares) nobody proposes: Bob holds none.
    await w.viem.assertions.revertWithCustomError(
      g.governor.write.propose([[g.fund.address], [0n], [g.setFeesCall(0).data], "x"], { account: w.bob.account }),
      g.governor,
      "GovernorInsufficientProposerVotes",
    );
  });

  it("passes a proposal with share votes, through the timelock", async () => {
    const { w, g } = await world();
    const aliceShares = await g.join(w.alice, usdc("100000"));
    await g.join(w.bob, usdc("50000"));
    await w.networkHelpers.mine();
    const p = await g.propose(w.alice, g.setFeesCall(100), "Charge 1 % a year, to the investors' timelock");
    assert.equal(await g.governor.read.state([p.id]), State.Pending);
    await w.skipFresh(86_400 + 1);
    assert.equal(await g.governor.read.state([p.id]), State.Active);
    await g.governor.write.castVote([p.id, Vote.For], { account: w.alice.account });
    await g.governor.write.castVote([p.id, Vote.Against], { account: w.bob.account });
    await w.skipFresh(5 * 86_400 + 1);
    assert.equal(await g.governor.read.state([p.id]), State.Succeeded);
    await g.governor.write.queue([...p.args]);
    assert.equal(await g.governor.read.state([p.id]), State.Queued);
    await w.skipFresh(2 * 86_400 + 1);
    await g.governor.write.execute([...p.args]);
    assert.equal(await g.governor.read.state([p.id]), State.Executed);
    assert.equal((await g.fund.read.feeState()).managementBps, 100n);
    assert.ok(aliceShares > 0n);
  });

  it("never traps investors: fees decided later go to the timelock, and voters redeem at any time", async () => {
    const { w, g } = await world();
    const aliceShares = await g.join(w.alice, usdc("100000"));
    const bobShares = await g.join(w.bob, usdc("50000"));
    await w.networkHelpers.mine();
    // Governance charges the highest fees allowed on a fund created without a fee recipient.
    const p = await g.propose(w.alice, g.setFeesCall(500, 3_000), "Highest fees");
    await w.skipFresh(86_400 + 1);
    await g.governor.write.castVote([p.id, Vote.For], { account: w.alice.account });
    // Bob voted against and leaves while the vote is open: his vote stays, his shares go.
    await g.governor.write.castVote([p.id, Vote.Against], { account: w.bob.account });
    const before = await w.usdc.read.balanceOf([w.bob.account.address]);
    await g.fund.write.redeem([bobShares, w.bob.account.address, w.bob.account.address], { account: w.bob.account });
    assert.ok((await w.usdc.read.balanceOf([w.bob.account.address])) - before > usdc("49990"));
    await w.skipFresh(5 * 86_400 + 1);
    await g.governor.write.queue([...p.args]);
    await w.skipFresh(2 * 86_400 + 1);
    await g.governor.write.execute([...p.args]);
    // A year on: fee shares accrue to the timelock; Alice still redeems in cash and in kind.
    await w.skipFresh(365n * 86_400n);
    await g.fund.write.redeem([aliceShares / 2n, w.alice.account.address, w.alice.account.address], {
      account: w.alice.account,
    });
    assert.ok((await g.fund.read.balanceOf([g.timelock.address])) > 0n);
    await g.fund.write.redeemInKind([aliceShares / 2n, w.alice.account.address, w.alice.account.address], {
      account: w.alice.account,
    });
    assert.equal(await g.fund.read.balanceOf([w.alice.account.address]), 0n);
    // Exit fees stay within their cap: governance cannot raise them to a wall.
    await w.viem.assertions.revertWithCustomError(
      w.viem.getContractAt("Fund", g.fund.address).then(async (f) => {
        await w.networkHelpers.impersonateAccount(g.timelock.address);
        await w.networkHelpers.setBalance(g.timelock.address, 10n ** 20n);
        return f.write.setEntryExitFees([0, 10_000], { account: g.timelock.address });
      }),
      g.fund,
      "FeeAboveCap",
    );
  });
});

function parseUnitsMt(n: string) {
  return BigInt(n) * 10n ** 18n;
}

/** The flags byte of a FundListLens record (after the fund, ok, asset, feed and four bytes). */
function flagOf(record: `0x${string}`) {
  return Buffer.from(record.slice(2), "hex")[20 + 1 + 20 + 20 + 4];
}
