// FundCommittee: an M-of-N committee as the fund's manager. Governance (the timelock) elects and
// removes members and sets M; members propose, approve and execute manager operations, which the
// fund still checks against its guidelines and its value rule. Attack tests: a member or a
// minority cannot move value, and a majority cannot do more than any manager could.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import { decodeErrorResult, encodeFunctionData, getAddress, parseUnits, type Address, type Hex } from "viem";
import { revertsWith } from "../testing/attack.js";
import { passProposal } from "../testing/governance.js";
import { deployWorld, type World } from "../testing/world.js";

const usdc = (s: string) => parseUnits(s, 6);
const DAY = 86_400n;
const COMMITTEE = 3;
const State = { Proposed: 0, Approved: 1, Executed: 2, Expired: 3, Cancelled: 4 } as const;

/** Rejects unless `p` reverts with the fund's own custom error `name`, bubbled up by the committee. */
async function revertsWithFund(w: World, p: Promise<unknown>, name: string) {
  await assert.rejects(p, (e: any) => {
    const raw = e?.cause?.raw ?? e?.cause?.data?.raw;
    assert.ok(raw, String(e?.shortMessage ?? e));
    assert.equal(decodeErrorResult({ abi: w.fund.abi, data: raw }).errorName, name);
    return true;
  });
}

describe("fund committee", () => {
  let w: World;
  let committee: Awaited<ReturnType<typeof deploy>>;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let alice: Address, bob: Address, carol: Address;

  async function deploy() {
    return w.viem.deployContract("FundCommittee", [w.fund.address, w.timelock.address]);
  }
  const call = (fn: "elect" | "remove" | "setThreshold" | "replace", args: readonly unknown[]) => ({
    target: committee.address,
    data: encodeFunctionData({ abi: committee.abi, functionName: fn, args: args as never }),
  });
  const as = (who: Address) => ({ account: who });
  const swapData = (tokenIn: Address, amountIn: bigint, minOut = 0n) =>
    encodeFunctionData({
      abi: w.fund.abi,
      functionName: "swap",
      args: [w.wethUsdc.address, tokenIn, amountIn, minOut],
    });
  async function expiry(days = 3n) {
    return (await w.now()) + days * DAY;
  }
  async function propose(data: Hex, who = alice, expiresAt?: bigint) {
    const id = await committee.read.decisionCount();
    await committee.write.propose([data, expiresAt ?? (await expiry())], as(who));
    return id;
  }

  before(async () => {
    w = await deployWorld();
    [alice, bob, carol] = [w.alice, w.bob, w.carol].map((x) => getAddress(x.account.address));
    await w.managerToken.write.delegate([w.founder.account.address], { account: w.founder.account });
    await w.networkHelpers.mine();
    await w.deposit(w.bob, usdc("1000000"));
    committee = await deploy();
    const termEnd = (await w.now()) + 400n * DAY;
    // Alice is elected by a real proposal; the other elections and the hand-over go through the timelock directly.
    await passProposal(w, call("elect", [alice, termEnd]), "Elect Alice to the committee");
    await w.asTimelock(async (from) => {
      await committee.write.elect([bob, termEnd], from);
      await committee.write.elect([carol, termEnd], from);
      await committee.write.setThreshold([2n], from);
    });
    await passProposal(
      w,
      {
        target: w.fund.address,
        data: encodeFunctionData({ abi: w.fund.abi, functionName: "setManager", args: [committee.address, COMMITTEE] }),
      },
      "Hand management to the committee",
    );
    await w.skipFresh(1);
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => {
    await base.restore();
  });

  it("is the fund's manager, elected by governance, with its members, terms and threshold readable in one call", async () => {
    assert.equal(getAddress(await w.fund.read.manager()), getAddress(committee.address));
    assert.equal(await w.fund.read.mechanism(), COMMITTEE);
    const [members, m, count] = await committee.read.committee();
    assert.deepEqual(
      members.map((x) => getAddress(x.account)),
      [alice, bob, carol],
    );
    assert.ok(members.every((x) => x.inTerm));
    assert.equal(m, 2n);
    assert.equal(count, 0n);
    assert.equal(getAddress(await committee.read.owner()), getAddress(w.timelock.address));
  });

  it("cannot be named at a fund's creation: the factory refuses it, as the committee needs the fund's address", async () => {
    await revertsWith(
      w.factory.write.createFund([{ ...w.fundConfig, mechanism: COMMITTEE }, w.governanceParams]),
      "CommitteeAfterCreation",
    );
  });

  it("lets only governance elect, replace, remove and set the threshold, and only members propose, approve and execute", async () => {
    const termEnd = await expiry(100n);
    for (const p of [
      committee.write.elect([w.deployer.account.address, termEnd], as(alice)),
      committee.write.replace([bob, w.deployer.account.address, termEnd], as(alice)),
      committee.write.remove([bob], as(alice)),
      committee.write.setThreshold([1n], as(alice)),
    ])
      await revertsWith(p, "OwnableUnauthorizedAccount", [alice]);
    const stranger = getAddress(w.project.account.address);
    await revertsWith(
      committee.write.propose([swapData(w.usdc.address, usdc("1000")), termEnd], as(stranger)),
      "NotMember",
      [stranger],
    );
    const id = await propose(swapData(w.usdc.address, usdc("1000")));
    await revertsWith(committee.write.approve([id], as(stranger)), "NotMember", [stranger]);
    await committee.write.approve([id], as(bob));
    await revertsWith(committee.write.execute([id], as(stranger)), "NotMember", [stranger]);
    await revertsWith(committee.write.cancel([id], as(bob)), "NotProposer", [id, bob]);
    // The committee's members cannot reach the fund's manager functions around it.
    await revertsWith(w.fund.write.swap([w.wethUsdc.address, w.usdc.address, 1n, 0n], as(alice)), "NotManager", [
      alice,
    ]);
  });

  it("executes a swap once M members approved, and shows each state on the way", async () => {
    const id = await propose(swapData(w.usdc.address, usdc("100000")));
    assert.equal(await committee.read.stateOf([id]), State.Proposed);
    await revertsWith(committee.write.execute([id], as(alice)), "NotEnoughApprovals", [id, 1n, 2n]);
    await committee.write.approve([id], as(bob));
    assert.equal(await committee.read.stateOf([id]), State.Approved);
    const wethBefore = await w.weth.read.balanceOf([w.fund.address]);
    await committee.write.execute([id], as(carol)); // any member in term may execute
    assert.equal(await committee.read.stateOf([id]), State.Executed);
    assert.ok((await w.weth.read.balanceOf([w.fund.address])) > wethBefore, "the fund holds more WETH");
    await revertsWith(committee.write.execute([id], as(alice)), "DecisionNotOpen", [id, State.Executed]);
    await revertsWith(committee.write.approve([id], as(carol)), "DecisionNotOpen", [id, State.Executed]);
    const [d] = await committee.read.decisions([id, 1n]);
    assert.deepEqual(
      d.approvers.map((a) => getAddress(a)),
      [alice, bob],
    );
    assert.deepEqual(d.approvalCounts, [true, true]);
    assert.equal(d.state, State.Executed);
  });

  it("refuses a double approval, and bad expiries; an expired decision can no longer be approved or executed", async () => {
    await revertsWith(
      committee.write.propose([swapData(w.usdc.address, 1n), await w.now()], as(alice)),
      "InvalidExpiry",
    );
    await revertsWith(
      committee.write.propose([swapData(w.usdc.address, 1n), await expiry(31n)], as(alice)),
      "InvalidExpiry",
    );
    const id = await propose(swapData(w.usdc.address, usdc("1000")), alice, await expiry(1n));
    await revertsWith(committee.write.approve([id], as(alice)), "AlreadyApproved", [id, alice]);
    await committee.write.approve([id], as(bob));
    await revertsWith(committee.write.approve([id], as(bob)), "AlreadyApproved", [id, bob]);
    await w.skipFresh(DAY + 1n);
    assert.equal(await committee.read.stateOf([id]), State.Expired);
    await revertsWith(committee.write.execute([id], as(alice)), "DecisionNotOpen", [id, State.Expired]);
    await revertsWith(committee.write.approve([id], as(carol)), "DecisionNotOpen", [id, State.Expired]);
    await revertsWith(committee.read.stateOf([99n]), "UnknownDecision", [99n]);
  });

  it("keeps the threshold between 1 and N, lowering it when members are removed", async () => {
    await w.asTimelock(async (from) => {
      await revertsWith(committee.write.setThreshold([0n], from), "InvalidThreshold", [0n, 3n]);
      await revertsWith(committee.write.setThreshold([4n], from), "InvalidThreshold", [4n, 3n]);
      await committee.write.setThreshold([3n], from);
      await committee.write.remove([carol], from);
      assert.equal(await committee.read.threshold(), 2n, "3 of 2 would block every decision");
      await committee.write.remove([bob], from);
      await committee.write.remove([alice], from);
      assert.equal(await committee.read.threshold(), 1n, "never below 1");
      await revertsWith(committee.write.remove([alice], from), "UnknownMember", [alice]);
      await revertsWith(committee.write.elect([alice, await w.now()], from), "InvalidTermEnd");
      await revertsWith(
        committee.write.elect(["0x0000000000000000000000000000000000000000", await expiry()], from),
        "InvalidMember",
      );
    });
  });

  it("does not count the approvals of a removed, replaced or lapsed member, nor revive them on re-election", async () => {
    const id = await propose(swapData(w.usdc.address, usdc("1000")));
    await committee.write.approve([id], as(bob));
    const later = await expiry(100n);
    await w.asTimelock((from) => committee.write.replace([bob, w.deployer.account.address, later], from));
    assert.equal(await committee.read.stateOf([id]), State.Proposed);
    await revertsWith(committee.write.execute([id], as(alice)), "NotEnoughApprovals", [id, 1n, 2n]);

    // Carol's term ends in a day; after it her approval stops counting.
    await w.asTimelock(async (from) => committee.write.elect([carol, await expiry(1n)], from));
    await committee.write.approve([id], as(carol));
    assert.equal(await committee.read.stateOf([id]), State.Approved);
    await w.skipFresh(DAY + 1n);
    assert.equal(await committee.read.stateOf([id]), State.Proposed);
    await revertsWith(committee.write.approve([id], as(carol)), "NotMember", [carol]);
    // Re-elected, her lapsed approval stays void; she must approve again.
    await w.asTimelock(async (from) => committee.write.elect([carol, await expiry(100n)], from));
    assert.equal(await committee.read.stateOf([id]), State.Proposed);
    const [d] = await committee.read.decisions([id, 1n]);
    assert.deepEqual(d.approvalCounts, [true, false, false]);
    await committee.write.approve([id], as(carol));
    await committee.write.execute([id], as(carol));
    assert.equal(await committee.read.stateOf([id]), State.Executed);
  });

  it("lets the proposer or governance cancel an open decision", async () => {
    const id = await propose(swapData(w.usdc.address, usdc("1000")));
    await committee.write.cancel([id], as(alice));
    assert.equal(await committee.read.stateOf([id]), State.Cancelled);
    await revertsWith(committee.write.approve([id], as(bob)), "DecisionNotOpen", [id, State.Cancelled]);
    const id2 = await propose(swapData(w.usdc.address, usdc("1000")), bob);
    await w.asTimelock((from) => committee.write.cancel([id2], from));
    assert.equal(await committee.read.stateOf([id2]), State.Cancelled);
  });

  it("reverts at execution with the fund's error when a decision breaks a guideline or the value rule", async () => {
    // 800k of 1M USDC into WETH: WETH's weight would pass its 60 % limit.
    const tooMuch = await propose(swapData(w.usdc.address, usdc("800000")));
    await committee.write.approve([tooMuch], as(bob));
    await revertsWithFund(w, committee.write.execute([tooMuch], as(bob)), "GuidelineBreached");
    assert.equal(await committee.read.stateOf([tooMuch]), State.Approved, "still open: nothing happened");
    // The feed says ETH is worth 4,000 while the pool still trades at 3,000: buying WETH at the
    // pool gives back less value than goes out, beyond the 1 % tolerance.
    await w.wethFeed.write.pushAnswer([4_000n * 10n ** 8n]);
    const id = await propose(
      encodeFunctionData({
        abi: w.fund.abi,
        functionName: "swap",
        args: [w.wethUsdc.address, w.usdc.address, usdc("1000"), 0n],
      }),
    );
    await committee.write.approve([id], as(bob));
    await committee.write.execute([id], as(bob)); // buying cheap WETH is fine
    const amountOut = await w.weth.read.balanceOf([w.fund.address]);
    const sell = await propose(swapData(w.weth.address, amountOut));
    await committee.write.approve([sell], as(bob));
    await revertsWithFund(w, committee.write.execute([sell], as(bob)), "ValueNotKept");
  });

  it("attack: a member cannot call anything but the four manager operations, nor drain the fund through a manipulated pool", async () => {
    const investor = w.bob;
    const shares = await w.fund.read.balanceOf([investor.account.address]);
    const valueBefore = await w.fund.read.previewRedeem([shares]);
    const aliceUsdcBefore = await w.usdc.read.balanceOf([alice]);
    const aliceWethBefore = await w.weth.read.balanceOf([alice]);
    const exp = await expiry();
    // Not a manager selector, or the right selector with extra data: refused at proposal.
    for (const data of [
      encodeFunctionData({ abi: w.fund.abi, functionName: "transfer", args: [alice, 1n] }),
      encodeFunctionData({ abi: w.fund.abi, functionName: "setManager", args: [alice, 1] }),
      encodeFunctionData({ abi: w.fund.abi, functionName: "redeemInKind", args: [1n, alice, w.fund.address] }),
      `${swapData(w.usdc.address, 1n)}00` as Hex,
      "0x" as Hex,
    ])
      await revertsWith(committee.write.propose([data, exp], as(alice)), "CallNotAllowed");

    // Alice (a minority of one) skews the pool, then proposes that the fund buy WETH there with no minimum.
    const bait = usdc("3000000");
    await w.usdc.write.mint([alice, bait]);
    await w.usdc.write.approve([w.wethUsdc.address, bait], as(alice));
    await w.wethUsdc.write.swap([w.usdc.address, bait, 0n, alice], as(alice));
    const id = await propose(swapData(w.usdc.address, usdc("400000")));
    await revertsWith(committee.write.execute([id], as(alice)), "NotEnoughApprovals", [id, 1n, 2n]);
    // Even with a colluding second member the fund refuses the bad price.
    await committee.write.approve([id], as(bob));
    await revertsWithFund(w, committee.write.execute([id], as(bob)), "ValueNotKept");

    // A pool of her own making, which the fund never approved: refused by the fund.
    const rogue = await w.viem.deployContract("AmmPair", [w.usdc.address, w.weth.address, "Rogue", "RGE"]);
    const viaRogue = await propose(
      encodeFunctionData({
        abi: w.fund.abi,
        functionName: "swap",
        args: [rogue.address, w.usdc.address, usdc("1000"), 0n],
      }),
    );
    await committee.write.approve([viaRogue], as(bob));
    await revertsWithFund(w, committee.write.execute([viaRogue], as(bob)), "UnknownPair");

    // Alice unwinds her bait: she gains nothing, and the investor redeems what the shares were worth.
    const wethGot = (await w.weth.read.balanceOf([alice])) - aliceWethBefore;
    await w.weth.write.approve([w.wethUsdc.address, wethGot], as(alice));
    await w.wethUsdc.write.swap([w.weth.address, wethGot, 0n, alice], as(alice));
    assert.ok(
      (await w.usdc.read.balanceOf([alice])) - aliceUsdcBefore <= bait,
      "no profit: she ends with at most the bait she minted",
    );
    const cashBefore = await w.usdc.read.balanceOf([investor.account.address]);
    await w.fund.write.redeem([shares, investor.account.address, investor.account.address], {
      account: investor.account,
    });
    const got = (await w.usdc.read.balanceOf([investor.account.address])) - cashBefore;
    assert.ok(got >= (valueBefore * 999n) / 1000n, `investor redeemed ${got} of ${valueBefore}`);
  });
});
