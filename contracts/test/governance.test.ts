import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { encodeFunctionData, getAddress, keccak256, parseUnits, toHex, type Address, type Hex } from "viem";
import { deployWorld, type World } from "../testing/world.js";

const DAY = 86_400n;
const ProposalState = { Pending: 0, Active: 1, Succeeded: 4, Queued: 5, Executed: 7 } as const;
const Vote = { Against: 0, For: 1, Abstain: 2 } as const;

type Call = { target: Address; data: Hex };

/** Proposes `calls` as the founder and returns what queue/execute need. */
async function propose(w: World, calls: Call[], description: string) {
  const targets = calls.map((c) => c.target);
  const values = calls.map(() => 0n);
  const datas = calls.map((c) => c.data);
  await w.governor.write.propose([targets, values, datas, description], { account: w.founder.account });
  const descriptionHash = keccak256(toHex(description));
  const id = await w.governor.read.hashProposal([targets, values, datas, descriptionHash]);
  return { id, args: [targets, values, datas, descriptionHash] as const };
}

/** Delegates, proposes, votes for with founder and alice, and waits out the voting period. */
async function passVote(w: World, calls: Call[], description: string) {
  const p = await propose(w, calls, description);
  assert.equal(await w.governor.read.state([p.id]), ProposalState.Pending);
  await w.networkHelpers.time.increase(Number(await w.governor.read.votingDelay()) + 1);
  assert.equal(await w.governor.read.state([p.id]), ProposalState.Active);
  await w.governor.write.castVote([p.id, Vote.For], { account: w.founder.account });
  await w.governor.write.castVote([p.id, Vote.For], { account: w.alice.account });
  await w.networkHelpers.time.increase(Number(await w.governor.read.votingPeriod()) + 1);
  assert.equal(await w.governor.read.state([p.id]), ProposalState.Succeeded);
  return p;
}

async function delegateAll(w: World) {
  await w.managerToken.write.delegate([w.founder.account.address], { account: w.founder.account });
  await w.managerToken.write.delegate([w.alice.account.address], { account: w.alice.account });
  await w.networkHelpers.mine(); // votes count from the next timestamp on
}

describe("governance end to end", () => {
  it("changes a guideline through proposal, vote, queue and timelocked execution", async () => {
    const w = await deployWorld();
    await delegateAll(w);
    assert.equal(await w.managerToken.read.getVotes([w.founder.account.address]), parseUnits("900000", 18));
    assert.equal((await w.fund.read.assetConfig([w.weth.address])).maxWeightBps, 6_000);

    const data = encodeFunctionData({
      abi: w.fund.abi,
      functionName: "setGuideline",
      args: [w.weth.address, true, 5_000],
    });
    const p = await passVote(w, [{ target: w.fund.address, data }], "Cap WETH at 50%");
    const [against, forVotes, abstain] = await w.governor.read.proposalVotes([p.id]);
    assert.equal(forVotes, parseUnits("1000000", 18));
    assert.equal(against + abstain, 0n);
    // A vote after the period is closed.
    await w.viem.assertions.revertWithCustomError(
      w.governor.write.castVote([p.id, Vote.Against], { account: w.bob.account }),
      w.governor,
      "GovernorUnexpectedProposalState",
    );

    await w.governor.write.queue([...p.args]);
    assert.equal(await w.governor.read.state([p.id]), ProposalState.Queued);
    // Executing before the timelock delay fails (the timelock refuses the unready operation).
    await assert.rejects(
      w.governor.write.execute([...p.args]),
      /TimelockUnexpectedOperationState|GovernorUnexpectedProposalState/,
    );
    await w.networkHelpers.time.increase(Number(2n * DAY) - 10);
    await assert.rejects(
      w.governor.write.execute([...p.args]),
      /TimelockUnexpectedOperationState|GovernorUnexpectedProposalState/,
    );
    assert.equal((await w.fund.read.assetConfig([w.weth.address])).maxWeightBps, 6_000);

    await w.networkHelpers.time.increase(11);
    await w.governor.write.execute([...p.args]);
    assert.equal(await w.governor.read.state([p.id]), ProposalState.Executed);
    const cfg = await w.fund.read.assetConfig([w.weth.address]);
    assert.equal(cfg.maxWeightBps, 5_000);
    assert.equal(cfg.allowed, true);
    await w.viem.assertions.revertWithCustomError(
      w.governor.write.execute([...p.args]),
      w.governor,
      "GovernorUnexpectedProposalState",
    );
  });

  it("rejects double votes, proposals below the threshold, and votes delegated after the snapshot", async () => {
    const w = await deployWorld();
    await w.managerToken.write.delegate([w.founder.account.address], { account: w.founder.account });
    const data = encodeFunctionData({ abi: w.fund.abi, functionName: "setMaxLpBps", args: [2_000] });

    // Alice holds 100k tokens but has not delegated: no votes, so she cannot propose.
    await w.viem.assertions.revertWithCustomError(
      w.governor.write.propose([[w.fund.address], [0n], [data], "lp"], { account: w.alice.account }),
      w.governor,
      "GovernorInsufficientProposerVotes",
    );
    // Bob, holding 5k after a transfer and self-delegating, is below the 10k threshold.
    await w.managerToken.write.transfer([w.bob.account.address, parseUnits("5000", 18)], { account: w.alice.account });
    await w.managerToken.write.delegate([w.bob.account.address], { account: w.bob.account });
    await w.networkHelpers.mine();
    await w.viem.assertions.revertWithCustomError(
      w.governor.write.propose([[w.fund.address], [0n], [data], "lp"], { account: w.bob.account }),
      w.governor,
      "GovernorInsufficientProposerVotes",
    );

    await w.networkHelpers.mine();
    const p = await propose(w, [{ target: w.fund.address, data }], "Lower LP cap");
    // Alice delegates only after the snapshot (proposal time + voting delay): her vote carries no weight.
    await w.networkHelpers.time.increase(Number(DAY) + 1);
    await w.managerToken.write.delegate([w.alice.account.address], { account: w.alice.account });
    await w.governor.write.castVote([p.id, Vote.For], { account: w.founder.account });
    await w.viem.assertions.revertWithCustomError(
      w.governor.write.castVote([p.id, Vote.Against], { account: w.founder.account }),
      w.governor,
      "GovernorAlreadyCastVote",
    );
    await w.governor.write.castVote([p.id, Vote.Against], { account: w.alice.account });
    const [against, forVotes] = await w.governor.read.proposalVotes([p.id]);
    assert.equal(against, 0n);
    assert.equal(forVotes, parseUnits("900000", 18));
  });

  it("changes fees through governance once feeds are fresh", async () => {
    const w = await deployWorld();
    await delegateAll(w);
    await w.deposit(w.bob, parseUnits("10000", 6));
    const data = encodeFunctionData({ abi: w.fund.abi, functionName: "setFees", args: [100, 1_500, 300] });
    const p = await passVote(w, [{ target: w.fund.address, data }], "Lower fees");
    await w.governor.write.queue([...p.args]);
    await w.networkHelpers.time.increase(Number(2n * DAY) + 1);
    // A week has passed since the last price: setFees accrues and so needs fresh feeds.
    await assert.rejects(w.governor.write.execute([...p.args]), /StalePrice/);
    await w.skipFresh(1);
    await w.governor.write.execute([...p.args]);
    const fees = await w.fund.read.feeState();
    assert.equal(fees.managementBps, 100n);
    assert.equal(fees.performanceBps, 1_500n);
    assert.equal(fees.hurdleBps, 300n);
  });

  it("excludes an AMM pool from the fee distribution through proposal, vote and timelock", async () => {
    const w = await deployWorld();
    await delegateAll(w);
    await w.amm.write.createPair([w.managerToken.address, w.usdc.address]);
    const pool = getAddress(await w.amm.read.getPair([w.managerToken.address, w.usdc.address]));
    // Nobody but the timelock may exclude, not even the largest holder.
    await w.viem.assertions.revertWithCustomError(
      w.splitter.write.setExcluded([pool, true], { account: w.founder.account }),
      w.splitter,
      "OwnableUnauthorizedAccount",
    );
    const data = encodeFunctionData({ abi: w.splitter.abi, functionName: "setExcluded", args: [pool, true] });
    const p = await passVote(w, [{ target: w.splitter.address, data }], "Exclude the pool from fees");
    await w.governor.write.queue([...p.args]);
    await w.networkHelpers.time.increase(Number(2n * DAY) + 1);
    await w.governor.write.execute([...p.args]);
    assert.equal(await w.splitter.read.isExcluded([pool]), true);
    assert.deepEqual((await w.splitter.read.excludedHolders()).map(getAddress), [pool]);
  });

  it("awards contribution rewards that mint only when claimed, vest linearly, and respect the cap", async () => {
    const w = await deployWorld();
    await delegateAll(w);
    const amount = parseUnits("50000", 18);
    const duration = 100n * DAY;
    const start = (await w.now()) + 30n * DAY; // after the proposal has gone through
    const award = (contributor: Address, amt: bigint, memo: string, from = start, dur = duration) =>
      encodeFunctionData({ abi: w.rewards.abi, functionName: "award", args: [contributor, amt, 7, from, dur, memo] });

    const p = await passVote(
      w,
      [{ target: w.rewards.address, data: award(w.carol.account.address, amount, "audit") }],
      "Reward carol",
    );
    await w.governor.write.queue([...p.args]);
    await w.networkHelpers.time.increase(Number(2n * DAY) + 1);
    const supply = await w.managerToken.read.totalSupply();
    await w.governor.write.execute([...p.args]);

    assert.equal(await w.rewards.read.awardCount(), 1n);
    const a = await w.rewards.read.getAward([0n]);
    assert.equal(getAddress(a.contributor), getAddress(w.carol.account.address));
    assert.equal(a.amount, amount);
    assert.equal(a.category, 7);
    assert.equal(await w.rewards.read.totalAwarded(), amount);
    // Awarding mints nothing.
    assert.equal(await w.managerToken.read.totalSupply(), supply);
    assert.equal(await w.managerToken.read.balanceOf([w.carol.account.address]), 0n);
    await w.viem.assertions.revertWithCustomError(w.rewards.write.claim([0n]), w.rewards, "NothingToClaim");

    // Half the duration in, half has vested; anyone may claim it for the contributor.
    await w.networkHelpers.time.setNextBlockTimestamp(start + duration / 2n);
    await w.rewards.write.claim([0n], { account: w.bob.account });
    assert.equal(await w.managerToken.read.balanceOf([w.carol.account.address]), amount / 2n);
    assert.equal(await w.managerToken.read.totalSupply(), supply + amount / 2n);
    await w.networkHelpers.time.setNextBlockTimestamp(start + (duration * 3n) / 4n);
    await w.rewards.write.claim([0n]);
    assert.equal(await w.managerToken.read.balanceOf([w.carol.account.address]), (amount * 3n) / 4n);
    await w.networkHelpers.time.setNextBlockTimestamp(start + duration + 1n);
    await w.rewards.write.claim([0n]);
    assert.equal(await w.managerToken.read.balanceOf([w.carol.account.address]), amount);
    assert.equal((await w.rewards.read.getAward([0n])).claimed, amount);
    await w.viem.assertions.revertWithCustomError(w.rewards.write.claim([0n]), w.rewards, "NothingToClaim");

    // Only the timelock awards; an award above the remaining cap fails at execution.
    await w.viem.assertions.revertWithCustomError(
      w.rewards.write.award([w.bob.account.address, 1n, 0, 0n, 0n, "self"], { account: w.founder.account }),
      w.rewards,
      "OwnableUnauthorizedAccount",
    );
    const cap = await w.rewards.read.cap();
    const over = cap - amount + 1n;
    const q = await passVote(
      w,
      [{ target: w.rewards.address, data: award(w.bob.account.address, over, "too much", 0n, 0n) }],
      "Over cap",
    );
    await w.governor.write.queue([...q.args]);
    await w.networkHelpers.time.increase(Number(2n * DAY) + 1);
    await assert.rejects(w.governor.write.execute([...q.args]), /CapExceeded/);
    await w.viem.assertions.revertWithCustomError(
      w.asTimelock((from) => w.rewards.write.award([w.bob.account.address, over, 0, 0n, 0n, "too much"], from)),
      w.rewards,
      "CapExceeded",
    );
    // Exactly the remainder still fits.
    await w.asTimelock((from) => w.rewards.write.award([w.bob.account.address, over - 1n, 0, 0n, 0n, "rest"], from));
    assert.equal(await w.rewards.read.totalAwarded(), cap);
  });
});
