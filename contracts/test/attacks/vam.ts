// Attacks on VAM deals (issue 14, items 1–4): each runs the attack and shows it gains nothing
// and leaves nothing stuck. Imported by attacks.test.ts.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { decodeErrorResult, encodeFunctionData, parseUnits } from "viem";
import {
  AMOUNTS,
  DAY,
  HOUR,
  State,
  TARGET,
  FUND_ASSETS,
  approveByFund,
  deployDeal,
  qualify,
  startAsWallet,
  terms,
  vamWorld,
  type VamEnv,
} from "../../testing/vam.js";

const { n1, n2, p1, p2 } = AMOUNTS;

describe("attack: the project withdraws its escrow just before the fund's approval", () => {
  it("the approval reverts and no fund money sits in the deal; a lapsed deal cannot start", async () => {
    const env = await vamWorld();
    const { w, token } = env;
    const deal = await deployDeal(env, await terms(env));
    // The approval passed a vote; just before it executes the project takes its escrow back.
    await deal.write.withdrawProject({ account: w.project.account });
    const approve = () => w.asTimelock((from) => w.fund.write.approveVamDeal([deal.address], from));
    await w.viem.assertions.revertWithCustomError(approve(), deal, "NotEscrowed");
    assert.equal(await w.usdc.read.balanceOf([deal.address]), 0n);
    assert.equal(await w.usdc.read.balanceOf([w.fund.address]), FUND_ASSETS);
    assert.equal(await w.usdc.read.allowance([w.fund.address, deal.address]), 0n);
    assert.equal(await w.fund.read.isDeal([deal.address]), false);
    assert.equal(await deal.read.state(), State.Pending);
    const [, gav] = await w.fund.read.holdings();
    assert.equal(gav, FUND_ASSETS);

    // The project's free option ends at the deadline: escrowing again later cannot revive it.
    await token.write.approve([deal.address, p1 + p2], { account: w.project.account });
    await w.networkHelpers.time.increaseTo((await deal.read.startBy()) + 1n);
    await w.viem.assertions.revertWithCustomError(
      deal.write.escrowProject({ account: w.project.account }),
      deal,
      "Lapsed",
    );
    await w.viem.assertions.revertWithCustomError(approve(), deal, "Lapsed");

    // A deal escrowed in time but approved after its deadline does not start either, and the
    // project still takes its escrow back.
    const late = await deployDeal(env, await terms(env, { startBy: (await w.now()) + DAY }));
    await w.networkHelpers.time.increaseTo((await late.read.startBy()) + 1n);
    await w.viem.assertions.revertWithCustomError(
      w.asTimelock((from) => w.fund.write.approveVamDeal([late.address], from)),
      late,
      "Lapsed",
    );
    assert.equal(await w.usdc.read.balanceOf([late.address]), 0n);
    assert.equal(await w.usdc.read.balanceOf([w.fund.address]), FUND_ASSETS);
    await late.write.withdrawProject({ account: w.project.account });
    assert.equal(await token.read.balanceOf([late.address]), 0n);
    assert.equal(await token.read.balanceOf([w.project.account.address]), 2n * (p1 + p2));
  });
});

/** A deal between a wallet standing in for the fund and the project, with pausable tokens. */
async function pausableDeal(env: VamEnv, pausable: "asset" | "projectToken") {
  const { w, fundWallet } = env;
  const paused = await w.viem.deployContract("MockPausableERC20", ["Pausable", "PAUSE", pausable === "asset" ? 6 : 18]);
  const fund = fundWallet.account.address;
  const t = await terms(env, { fund, [pausable]: paused.address, duration: DAY, maxGap: DAY });
  if (pausable === "asset") await paused.write.mint([fund, n1 + n2]);
  // deployDeal mints the project token through MockERC20's ABI: MockPausableERC20 has the same mint.
  const deal = await deployDeal(env, t);
  const start = await startAsWallet(env, deal);
  const asset = await w.viem.getContractAt("MockERC20", t.asset);
  const token = await w.viem.getContractAt("MockERC20", t.projectToken);
  return { deal, paused, start, asset, token, fund };
}

describe("attack: a paused token holds the other leg hostage", () => {
  for (const outcome of ["exercised", "expired"] as const) {
    for (const pausable of ["projectToken", "asset"] as const) {
      it(
        `${outcome}, ${pausable === "asset" ? "asset" : "project token"} paused: the other party's leg is ` +
          `still claimed in full`,
        async () => {
          const env = await vamWorld();
          const { w, fundWallet } = env;
          const { deal, paused, start, asset, token, fund } = await pausableDeal(env, pausable);
          const project = w.project.account.address;
          await deal.write.claimProjectAssets({ account: w.project.account }); // n1, before anything happens
          if (outcome === "exercised") {
            await qualify(env, start, 5, 6n * HOUR);
            await deal.write.exercise();
          } else {
            await w.networkHelpers.time.increaseTo((await deal.read.windowEnd()) + 1n);
            await deal.write.expire();
          }
          await paused.write.pause();
          const fundClaim = () => deal.write.claimFund({ account: fundWallet.account });
          const projectClaim = () =>
            outcome === "exercised"
              ? deal.write.claimProjectAssets({ account: w.project.account })
              : deal.write.claimProjectTokens({ account: w.project.account });
          // Which leg travels in the paused token: exercised, the fund's leg is project tokens and
          // the project's is the asset; expired, the other way round.
          const fundLegPaused = (outcome === "exercised") === (pausable === "projectToken");
          const [blocked, free] = fundLegPaused ? [fundClaim, projectClaim] : [projectClaim, fundClaim];
          await w.viem.assertions.revertWithCustomError(blocked(), paused, "EnforcedPause");
          await free();

          // The blocked leg stays claimable and arrives once the token runs again: nothing is stuck.
          await paused.write.unpause();
          await blocked();
          const fundGot = outcome === "exercised" ? [0n, p1 + p2] : [n2, p1];
          const projectGot = outcome === "exercised" ? [n1 + n2, 0n] : [n1, p2];
          const startingFundAssets = pausable === "asset" ? 0n : FUND_ASSETS - n1 - n2;
          assert.deepEqual(
            [(await asset.read.balanceOf([fund])) - startingFundAssets, await token.read.balanceOf([fund])],
            fundGot,
          );
          assert.deepEqual([await asset.read.balanceOf([project]), await token.read.balanceOf([project])], projectGot);
          assert.equal(await asset.read.balanceOf([deal.address]), 0n);
          assert.equal(await token.read.balanceOf([deal.address]), 0n);
        },
      );
    }
  }
});

describe("attack: a paused project token against the fund itself", () => {
  it(
    "the fund's claim waits, still valued at cost, while the project's asset leg is paid; unpaused, the fund " +
      "claims",
    async () => {
      const env = await vamWorld();
      const { w } = env;
      const paused = await w.viem.deployContract("MockPausableERC20", ["Pausable", "PAUSE", 18]);
      const deal = await deployDeal(
        env,
        await terms(env, { projectToken: paused.address, duration: DAY, maxGap: DAY }),
      );
      const start = await approveByFund(w, deal);
      await qualify(env, start, 5, 6n * HOUR);
      await deal.write.exercise();
      await paused.write.pause();
      const [, gav] = await w.fund.read.holdings();
      await w.viem.assertions.revertWithCustomError(w.fund.write.claimVamDeal([deal.address]), paused, "EnforcedPause");
      await deal.write.claimProjectAssets({ account: w.project.account });
      assert.equal(await w.usdc.read.balanceOf([w.project.account.address]), n1 + n2);
      const [, gavPaused] = await w.fund.read.holdings();
      assert.equal(gavPaused, gav); // the owed p2 still counts at its cost n2
      // Deposits go on meanwhile (once the feeds report again after the days the condition took).
      await w.skipFresh(1);
      await w.deposit(w.bob, parseUnits("1000", 6));
      await paused.write.unpause();
      await w.fund.write.claimVamDeal([deal.address]);
      assert.equal(await paused.read.balanceOf([w.fund.address]), p1 + p2);
      assert.equal(await paused.read.balanceOf([deal.address]), 0n);
      assert.equal(await w.usdc.read.balanceOf([deal.address]), 0n);
    },
  );
});

describe("attack: a project token re-enters the fund from its transfer hook", () => {
  it("exercise moves no token, and the hook's deposit during the fund's claim is refused", async () => {
    const env = await vamWorld();
    const { w } = env;
    const hook = await w.viem.deployContract("MockHookERC20");
    const deal = await deployDeal(env, await terms(env, { projectToken: hook.address, duration: DAY, maxGap: DAY }));
    // The hook holds USDC and tries to deposit it into the fund whenever the token moves.
    const money = parseUnits("200000", 6);
    await w.usdc.write.mint([hook.address, money]);
    await hook.write.execute([
      w.usdc.address,
      encodeFunctionData({ abi: w.usdc.abi, functionName: "approve", args: [w.fund.address, money] }),
    ]);
    await hook.write.setHook([
      w.fund.address,
      encodeFunctionData({ abi: w.fund.abi, functionName: "deposit", args: [money, hook.address] }),
    ]);
    const refusedByGuard = async () => {
      assert.equal(await hook.read.lastHookOk(), false);
      const error = decodeErrorResult({ abi: w.fund.abi, data: await hook.read.lastHookResult() });
      assert.equal(error.errorName, "ReentrancyGuardReentrantCall");
    };

    const start = await approveByFund(w, deal); // p1 moves to the fund: the hook runs and is refused
    assert.equal(await hook.read.hookCalls(), 1n);
    await refusedByGuard();
    await qualify(env, start, 5, 6n * HOUR);
    const calls = await hook.read.hookCalls();
    const [, gavBefore] = await w.fund.read.holdings();
    await deal.write.exercise({ account: w.bob.account });
    assert.equal(await hook.read.hookCalls(), calls, "exercise moves no token, so no hook runs");
    const [, gavAfter] = await w.fund.read.holdings();
    assert.equal(gavAfter, gavBefore); // nothing to understate: p2 still in the deal, counted at cost

    // Anyone claims the fund's leg; p2 moves to the fund and the hook's deposit is refused.
    await w.fund.write.claimVamDeal([deal.address], { account: w.bob.account });
    assert.equal(await hook.read.hookCalls(), calls + 1n);
    await refusedByGuard();
    assert.equal(await w.fund.read.balanceOf([hook.address]), 0n);
    assert.equal(await w.usdc.read.balanceOf([hook.address]), money);
    assert.equal(await hook.read.balanceOf([w.fund.address]), p1 + p2);
    const [, gav] = await w.fund.read.holdings();
    assert.equal(gav, gavBefore); // p2 now held, at its cost n2, instead of n2 in escrow
  });
});

describe("attack: a long window's reports make exercising cost more than a block", () => {
  it("exercising costs the same gas after 10 or 5,000 reports once they are fed in bounded steps", async () => {
    const env = await vamWorld();
    const { w, oracle, fundWallet } = env;
    const batcher = await w.viem.deployContract("MockTvlBatchReporter");
    await oracle.write.setReporter([batcher.address]);
    const base = await w.networkHelpers.takeSnapshot();

    /** `blocks` blocks an hour apart, each with `perBlock` reports above target; then feeds and exercises. */
    async function exerciseGas(blocks: number, perBlock: bigint) {
      await base.restore();
      const deal = await deployDeal(
        env,
        await terms(env, {
          fund: fundWallet.account.address,
          window: 400n * DAY,
          duration: BigInt(blocks - 2) * HOUR,
          maxGap: 2n * HOUR,
        }),
      );
      const start = await startAsWallet(env, deal);
      for (let b = 1; b <= blocks; b++) {
        await w.networkHelpers.time.setNextBlockTimestamp(start + BigInt(b) * HOUR);
        await batcher.write.report([oracle.address, TARGET * 2n, perBlock]);
      }
      const reports = await oracle.read.roundCount();
      assert.equal(reports, BigInt(blocks) * perBlock);
      let steps = 0;
      if (reports > 16n) {
        // Exercise alone feeds 16 reports and no more: not enough to see the run.
        await w.viem.assertions.revertWithCustomError(deal.write.exercise(), deal, "ConditionNotMet");
        while ((await deal.read.nextRound()) <= reports) {
          const hash = await deal.write.advance([500n], { account: w.bob.account });
          const { gasUsed } = await w.publicClient.getTransactionReceipt({ hash });
          assert.ok(gasUsed < 10_000_000n, `one step of 500 reports costs ${gasUsed} gas`);
          steps++;
        }
      } else {
        await deal.write.advance([16n]);
      }
      assert.deepEqual(await deal.read.storedScan(), await deal.read.scan());
      const hash = await deal.write.exercise({ account: w.bob.account });
      assert.equal(await deal.read.state(), State.Exercised);
      return { gas: (await w.publicClient.getTransactionReceipt({ hash })).gasUsed, steps };
    }

    const few = await exerciseGas(10, 1n);
    const many = await exerciseGas(50, 100n);
    assert.equal(many.steps, 10);
    assert.equal(many.gas, few.gas);
    assert.ok(few.gas < 100_000n, `exercise costs ${few.gas} gas`);
  });
});
