import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, zeroAddress } from "viem";
import { prng } from "../shared/prng.js";
import {
  AMOUNTS,
  DAY,
  HOUR,
  State,
  TARGET,
  FUND_ASSETS,
  WHOLE,
  approveByFund,
  balanceOf,
  deployDeal,
  qualify,
  startAsWallet,
  terms,
  vamWorld,
  type Deal,
  type TermsIn,
  type VamEnv,
} from "../testing/vam.js";

const Kind = { Asset: 0, LpPosition: 1, Primary: 2, VamEscrow: 3 } as const;
const { n1, n2, p1, p2 } = AMOUNTS;

type Report = { t: bigint; v: bigint };

/**
 * Reference condition, brute force: among reports dated in [from, to], the longest span
 * t_j - t_i over pairs whose reports i..j are all >= target with every neighbour gap <= maxGap.
 */
function longestRun(all: Report[], from: bigint, to: bigint, target: bigint, maxGap: bigint) {
  const rs = all.filter((r) => r.t >= from && r.t <= to);
  let found = false;
  let longest = 0n;
  for (let i = 0; i < rs.length; i++) {
    for (let j = i; j < rs.length; j++) {
      let ok = true;
      for (let k = i; k <= j; k++) {
        if (rs[k].v < target || (k > i && rs[k].t - rs[k - 1].t > maxGap)) ok = false;
      }
      if (ok && (!found || rs[j].t - rs[i].t > longest)) [found, longest] = [true, rs[j].t - rs[i].t];
    }
  }
  return { found, longest };
}

async function balances(env: VamEnv, deal: Deal, fund: `0x${string}`) {
  const { w, token } = env;
  return {
    fundUsdc: await w.usdc.read.balanceOf([fund]),
    fundToken: await token.read.balanceOf([fund]),
    projectUsdc: await w.usdc.read.balanceOf([w.project.account.address]),
    projectToken: await token.read.balanceOf([w.project.account.address]),
    dealUsdc: await w.usdc.read.balanceOf([deal.address]),
    dealToken: await token.read.balanceOf([deal.address]),
  };
}

describe("VAM deal", () => {
  it("refuses terms that cannot work, each with its own error", async () => {
    const env = await vamWorld();
    const { w } = env;
    const ok = await terms(env);
    const probe = await deployDeal(env, ok, false); // for the ABI of the errors
    const bad: [Partial<TermsIn>, string][] = [
      [{ target: 0n }, "NonPositiveTarget"],
      [{ target: -1n }, "NonPositiveTarget"],
      [{ duration: ok.window + 1n }, "DurationBeyondWindow"],
      [{ maxGap: 0n }, "ZeroMaxGap"],
      [{ projectToken: w.usdc.address }, "AssetIsProjectToken"],
      [{ oracle: zeroAddress }, "ZeroOracle"],
      [{ startBy: (await w.now()) - 1n }, "StartByPassed"],
      [{ fund: zeroAddress }, "InvalidTerms"],
      [{ project: zeroAddress }, "InvalidTerms"],
      [{ n1: 0n, n2: 0n }, "InvalidTerms"],
      [{ p1: 0n, p2: 0n }, "InvalidTerms"],
      [{ window: 0n, duration: 0n }, "InvalidTerms"],
    ];
    for (const [over, error] of bad) {
      await w.viem.assertions.revertWithCustomError(
        w.viem.deployContract("VamDeal", [{ ...ok, ...over }]),
        probe,
        error as never,
      );
    }
    // At the edges the terms are fine: duration equal to the window, target 1, start deadline now.
    await w.viem.deployContract("VamDeal", [{ ...ok, duration: ok.window, target: 1n, startBy: (await w.now()) + 1n }]);
  });

  it(
    "while pending: only the project escrows or withdraws, only the fund starts, and not after the " + "deadline",
    async () => {
      const env = await vamWorld();
      const { w, token, fundWallet } = env;
      const t = await terms(env, { fund: fundWallet.account.address });
      const deal = await deployDeal(env, t, false);
      const fund = fundWallet.account.address;
      await w.usdc.write.approve([deal.address, n1 + n2], { account: fundWallet.account });

      assert.equal(await deal.read.state(), State.Pending);
      assert.equal(await deal.read.fundEscrowed(), 0n);
      assert.equal(await deal.read.windowEnd(), 0n);
      assert.equal(await deal.read.lapsed(), false);
      const { assertions } = w.viem;
      await assertions.revertWithCustomError(deal.write.start({ account: fundWallet.account }), deal, "NotEscrowed");
      await assertions.revertWithCustomError(deal.write.escrowProject({ account: w.alice.account }), deal, "NotParty");
      await assertions.revertWithCustomError(
        deal.write.withdrawProject({ account: w.project.account }),
        deal,
        "NotEscrowed",
      );
      for (const call of [deal.write.exercise(), deal.write.expire(), deal.write.advance([10n])]) {
        await assertions.revertWithCustomError(call, deal, "WrongState");
      }
      await assertions.revertWithCustomError(deal.write.claimFund({ account: fundWallet.account }), deal, "WrongState");
      await assertions.revertWithCustomError(
        deal.write.assign([w.bob.account.address, 1n], { account: fundWallet.account }),
        deal,
        "WrongState",
      );

      // The project escrows, withdraws and escrows again; nobody else may take it out.
      await deal.write.escrowProject({ account: w.project.account });
      await assertions.revertWithCustomError(
        deal.write.escrowProject({ account: w.project.account }),
        deal,
        "AlreadyEscrowed",
      );
      await assertions.revertWithCustomError(
        deal.write.withdrawProject({ account: w.alice.account }),
        deal,
        "NotParty",
      );
      await assertions.emitWithArgs(deal.write.withdrawProject({ account: w.project.account }), deal, "Withdrawn", [
        getAddress(w.project.account.address),
        p1 + p2,
      ]);
      assert.equal(await token.read.balanceOf([w.project.account.address]), p1 + p2);
      assert.equal(await token.read.balanceOf([deal.address]), 0n);
      await token.write.approve([deal.address, p1 + p2], { account: w.project.account });
      await deal.write.escrowProject({ account: w.project.account });

      // Only the fund starts; at start the fund pays n1 + n2 in, gets p1, and n1 waits for the project.
      await assertions.revertWithCustomError(deal.write.start({ account: w.alice.account }), deal, "NotParty");
      const before = await balances(env, deal, fund);
      const start = await startAsWallet(env, deal);
      const after = await balances(env, deal, fund);
      assert.equal(start, await w.now());
      assert.equal(await deal.read.state(), State.Active);
      assert.equal(await deal.read.windowEnd(), start + t.window);
      assert.equal(before.fundUsdc - after.fundUsdc, n1 + n2);
      assert.equal(after.fundToken, p1);
      assert.equal(after.dealUsdc, n1 + n2);
      assert.equal(after.dealToken, p2);
      assert.equal(after.projectUsdc, before.projectUsdc); // pulled, not pushed
      assert.equal(await deal.read.fundEscrowed(), n2);
      assert.deepEqual(await deal.read.claimable([w.project.account.address]), [n1, 0n]);
      assert.deepEqual(await deal.read.claimable([fund]), [0n, 0n]);
      await assertions.revertWithCustomError(deal.write.start({ account: fundWallet.account }), deal, "WrongState");
      await assertions.revertWithCustomError(
        deal.write.withdrawProject({ account: w.project.account }),
        deal,
        "WrongState",
      );

      // The project claims n1 now (only it), once.
      await assertions.revertWithCustomError(
        deal.write.claimProjectAssets({ account: w.alice.account }),
        deal,
        "NotParty",
      );
      await deal.write.claimProjectAssets({ account: w.project.account });
      assert.equal(await w.usdc.read.balanceOf([w.project.account.address]), before.projectUsdc + n1);
      await assertions.revertWithCustomError(
        deal.write.claimProjectAssets({ account: w.project.account }),
        deal,
        "NothingClaimable",
      );
      await assertions.revertWithCustomError(
        deal.write.claimProjectTokens({ account: w.project.account }),
        deal,
        "NothingClaimable",
      );

      // A second deal passes its deadline unstarted: it has lapsed, cannot start or be escrowed
      // into, and the project still takes its escrow back.
      const late = await deployDeal(env, { ...t, startBy: (await w.now()) + DAY });
      await w.usdc.write.approve([late.address, n1 + n2], { account: fundWallet.account });
      await w.networkHelpers.time.increaseTo((await late.read.startBy()) + 1n);
      assert.equal(await late.read.lapsed(), true);
      await assertions.revertWithCustomError(late.write.start({ account: fundWallet.account }), late, "Lapsed");
      await late.write.withdrawProject({ account: w.project.account });
      await assertions.revertWithCustomError(late.write.escrowProject({ account: w.project.account }), late, "Lapsed");
      assert.equal(await token.read.balanceOf([late.address]), 0n);
      assert.equal(await w.usdc.read.balanceOf([late.address]), 0n);
    },
  );

  it("started by the fund's approval, values the escrow at face and the tokens at cost", async () => {
    const env = await vamWorld();
    const { w, token } = env;
    const deal = await deployDeal(env, await terms(env));
    const [, gavBefore] = await w.fund.read.holdings();
    assert.equal(gavBefore, FUND_ASSETS);
    await approveByFund(w, deal);
    assert.equal(await deal.read.state(), State.Active);
    const b = await balances(env, deal, w.fund.address);
    assert.equal(b.fundUsdc, FUND_ASSETS - n1 - n2);
    assert.equal(b.fundToken, p1);
    assert.equal(b.dealUsdc, n1 + n2);
    assert.equal(b.dealToken, p2);
    assert.deepEqual(await deal.read.initialTranche(), [n1, p1]);
    assert.equal(await deal.read.settled(), false);

    const [list, gav] = await w.fund.read.holdings();
    const escrow = list.filter((h) => h.kind === Kind.VamEscrow);
    const primary = list.filter((h) => h.kind === Kind.Primary);
    assert.equal(escrow.length, 1);
    assert.equal(getAddress(escrow[0].token), getAddress(deal.address));
    assert.equal(escrow[0].value, n2);
    assert.equal(getAddress(primary[0].token), getAddress(token.address));
    assert.equal(primary[0].value, n1); // p1 tokens bought for n1
    assert.equal(gav, FUND_ASSETS); // moving cash into escrow and tokens at cost leaves GAV unchanged
  });

  it("matches the reference condition over random report series; exercise and expiry move no token", async () => {
    const env = await vamWorld();
    const { w, oracle, reporter } = env;
    const base = await w.networkHelpers.takeSnapshot();
    const rand = prng(0x5eed_7a11n);
    const seen = { exercised: 0, notMet: 0, closedWhileHolding: 0, advancedFirst: 0 };

    for (let c = 0; c < 25; c++) {
      await base.restore();
      const maxGap = rand.between(HOUR, 2n * DAY);
      const window = rand.between(2n * maxGap, 12n * maxGap);
      const duration = c % 6 === 0 ? 0n : rand.between(0n, window < 6n * maxGap ? window : 6n * maxGap);
      const value = () => {
        const x = rand.int(0, 99);
        if (x < 20) return TARGET - rand.between(1n, TARGET / 10n);
        if (x < 30) return TARGET; // exactly on target qualifies
        return TARGET + rand.between(1n, TARGET / 10n);
      };
      const gap = () => {
        const x = rand.int(0, 99);
        if (x < 12) return maxGap + rand.between(1n, 2n * maxGap);
        if (x < 20) return maxGap; // a gap exactly at the limit keeps the run
        if (x < 25) return maxGap + 1n;
        return rand.between(1n, maxGap);
      };

      const reports: Report[] = [];
      const report = async (t: bigint, v: bigint) => {
        await w.networkHelpers.time.setNextBlockTimestamp(t);
        await oracle.write.report([v], { account: reporter.account });
        reports.push({ t, v });
      };
      // Qualifying reports just before the start must not count towards the run.
      let t = (await w.now()) + rand.between(DAY, 5n * DAY);
      for (let k = Number(rand.between(0n, 2n)); k > 0; k--) {
        await report(t, TARGET * 2n);
        t += rand.between(1n, maxGap / 2n);
      }
      const deal = await deployDeal(env, await terms(env, { window, duration, maxGap }));
      const start = await approveByFund(w, deal);
      const deadline = start + window;
      const expect = (now: bigint) => {
        const r = longestRun(reports, start, now < deadline ? now : deadline, TARGET, maxGap);
        return now <= deadline && r.found && r.longest >= duration;
      };
      const storedEqualsScan = async (where: string) => {
        const [stored, full] = [await deal.read.storedScan(), await deal.read.scan()];
        assert.deepEqual(stored, full, `${where}: stored condition`);
      };

      t = start;
      let now = start;
      const count = Number(rand.between(4n, 14n));
      for (let k = 0; k < count; k++) {
        t += gap();
        // Now and then land a report exactly on the deadline.
        if (t > deadline - maxGap && t < deadline && rand.chance(30)) t = deadline;
        if (t <= now) t = now + 1n;
        await report(t, value());
        now = t;
        assert.equal(await deal.read.exercisable(), expect(t), `case ${c} report ${k}: exercisable`);
        // Now and then a keeper feeds the reports in before anyone exercises.
        if (rand.chance(30) && t < deadline) {
          await w.networkHelpers.time.setNextBlockTimestamp((now = t + 1n));
          await deal.write.advance([BigInt(rand.int(1, 20))], { account: w.bob.account });
          if ((await deal.read.nextRound()) > (await oracle.read.roundCount()))
            await storedEqualsScan(`case ${c} report ${k}`);
          seen.advancedFirst++;
        }

        // Exercise in the next second, on a throwaway branch of the chain.
        const branch = await w.networkHelpers.takeSnapshot();
        await w.networkHelpers.time.setNextBlockTimestamp(now + 1n);
        if (now + 1n > deadline) {
          await w.viem.assertions.revertWithCustomError(deal.write.exercise(), deal, "WindowClosed");
        } else if (expect(now + 1n)) {
          const before = await balances(env, deal, w.fund.address);
          const [, gavBefore] = await w.fund.read.holdings();
          await deal.write.exercise({ account: w.bob.account }); // anyone may exercise
          assert.deepEqual(await balances(env, deal, w.fund.address), before, "exercise moves no token");
          assert.equal(await deal.read.state(), State.Exercised);
          assert.equal(await deal.read.settled(), true);
          assert.equal(await deal.read.exercisable(), false);
          assert.equal(await deal.read.fundEscrowed(), n2); // owed tokens count at cost until claimed
          assert.deepEqual(await deal.read.claimable([w.fund.address]), [0n, p2]);
          assert.deepEqual(await deal.read.claimable([w.project.account.address]), [n1 + n2, 0n]);
          const [, gav] = await w.fund.read.holdings();
          assert.equal(gav, gavBefore);
          await w.viem.assertions.revertWithCustomError(deal.write.exercise(), deal, "WrongState");
          await w.viem.assertions.revertWithCustomError(deal.write.expire(), deal, "WrongState");
          seen.exercised++;
        } else {
          await w.viem.assertions.revertWithCustomError(deal.write.exercise(), deal, "ConditionNotMet");
          seen.notMet++;
        }
        await branch.restore();
      }

      // Before the deadline the deal cannot expire.
      const latest = await w.now();
      if (latest + 1n <= deadline) {
        await w.networkHelpers.time.setNextBlockTimestamp(latest + 1n);
        await w.viem.assertions.revertWithCustomError(deal.write.expire(), deal, "WindowOpen");
      }

      // After the deadline: a late qualifying report is ignored and exercise is closed for good.
      const late = (t > deadline ? t : deadline) + rand.between(1n, 2n * maxGap);
      await report(late, TARGET * 2n);
      const held = longestRun(reports, start, deadline, TARGET, maxGap);
      const s = await deal.read.scan();
      assert.equal(s.longestEnd !== 0n, held.found, `case ${c}: scan found`);
      assert.equal(s.longest, held.longest, `case ${c}: scan longest`);
      await deal.write.advance([1000n]);
      await storedEqualsScan(`case ${c} after the window`);
      assert.ok((await deal.read.nextRound()) <= (await oracle.read.roundCount()), "the late report is never fed");
      assert.equal(await deal.read.exercisable(), false);
      await w.viem.assertions.revertWithCustomError(deal.write.exercise(), deal, "WindowClosed");
      if (held.found && held.longest >= duration) seen.closedWhileHolding++;

      const before = await balances(env, deal, w.fund.address);
      const [, gavBefore] = await w.fund.read.holdings();
      await deal.write.expire({ account: w.bob.account });
      assert.deepEqual(await balances(env, deal, w.fund.address), before, "expiry moves no token");
      assert.equal(await deal.read.state(), State.Expired);
      assert.equal(await deal.read.fundEscrowed(), n2);
      assert.deepEqual(await deal.read.claimable([w.fund.address]), [n2, 0n]);
      assert.deepEqual(await deal.read.claimable([w.project.account.address]), [n1, p2]);
      const [, gav] = await w.fund.read.holdings();
      assert.equal(gav, gavBefore);
      await w.viem.assertions.revertWithCustomError(deal.write.expire(), deal, "WrongState");
      await w.viem.assertions.revertWithCustomError(deal.write.advance([1n]), deal, "WrongState");
    }
    // The random cases must cover every outcome.
    assert.ok(seen.exercised > 5, `exercised ${seen.exercised}`);
    assert.ok(seen.notMet > 5, `not met ${seen.notMet}`);
    assert.ok(seen.closedWhileHolding > 2, `closed while holding ${seen.closedWhileHolding}`);
    assert.ok(seen.advancedFirst > 10, `advanced first ${seen.advancedFirst}`);
  });

  it("feeds reports in resumable steps; exercise feeds a few itself and decides from what is stored", async () => {
    const env = await vamWorld();
    const { w, oracle } = env;
    const deal = await deployDeal(
      env,
      await terms(env, { fund: env.fundWallet.account.address, window: 30n * DAY, duration: DAY, maxGap: HOUR }),
    );
    const start = await startAsWallet(env, deal);
    assert.equal(await deal.read.nextRound(), 1n);
    // 40 reports, 40 minutes apart and all above target: the run reaches a day at report 37.
    const last = await qualify(env, start, 40, 40n * 60n);
    assert.equal(await deal.read.exercisable(), true);
    assert.deepEqual(await deal.read.storedScan(), {
      inRun: false,
      runStart: 0n,
      last: 0n,
      longest: 0n,
      longestStart: 0n,
      longestEnd: 0n,
    });

    // Exercise alone feeds only 16 reports (10 h 40 min of run): not enough, and nothing is kept.
    await w.viem.assertions.revertWithCustomError(deal.write.exercise(), deal, "ConditionNotMet");
    assert.equal(await deal.read.nextRound(), 1n);

    // Anyone advances in steps; each step resumes where the last stopped.
    await w.viem.assertions.emitWithArgs(deal.write.advance([15n], { account: w.bob.account }), deal, "Advanced", [
      1n,
      15n,
      14n * 40n * 60n,
    ]);
    await deal.write.advance([10n], { account: w.alice.account });
    assert.equal(await deal.read.nextRound(), 26n);
    assert.equal((await deal.read.storedScan()).longest, 24n * 40n * 60n);
    // 15 left: the exercise feeds them itself and the run is long enough.
    await deal.write.exercise({ account: w.alice.account });
    assert.equal(await deal.read.state(), State.Exercised);
    const stored = await deal.read.storedScan();
    assert.deepEqual(stored, await deal.read.scan());
    assert.equal(stored.longest, last - (start + 40n * 60n));
    assert.equal(await deal.read.nextRound(), (await oracle.read.roundCount()) + 1n);
  });

  it("each party claims its own leg, once, after exercise and after expiry", async () => {
    const env = await vamWorld();
    const { w, token, fundWallet } = env;
    const fund = fundWallet.account.address;
    const project = w.project.account.address;
    const base = await w.networkHelpers.takeSnapshot();
    const { assertions } = w.viem;
    for (const outcome of ["exercised", "expired"] as const) {
      await base.restore();
      const deal = await deployDeal(env, await terms(env, { fund, duration: DAY, maxGap: DAY }));
      const start = await startAsWallet(env, deal);
      if (outcome === "exercised") {
        await qualify(env, start, 5, 6n * HOUR);
        await deal.write.exercise();
      } else {
        await w.networkHelpers.time.increaseTo((await deal.read.windowEnd()) + 1n);
        await deal.write.expire();
      }
      const before = await balances(env, deal, fund);
      await assertions.revertWithCustomError(deal.write.claimFund({ account: w.alice.account }), deal, "NotParty");
      await assertions.revertWithCustomError(
        deal.write.claimAssigned({ account: w.alice.account }),
        deal,
        "NothingClaimable",
      );
      await assertions.revertWithCustomError(
        deal.write.claimProjectTokens({ account: w.alice.account }),
        deal,
        "NotParty",
      );

      const fundLeg = outcome === "exercised" ? [0n, p2, n2] : [n2, 0n, 0n];
      const { result } = await w.publicClient.simulateContract({
        address: deal.address,
        abi: deal.abi,
        functionName: "claimFund",
        account: fund,
      });
      assert.deepEqual(result, fundLeg);
      await assertions.emitWithArgs(deal.write.claimFund({ account: fundWallet.account }), deal, "Claimed", [
        getAddress(fund),
        fundLeg[0],
        fundLeg[1],
      ]);
      await assertions.revertWithCustomError(deal.write.claimFund({ account: fundWallet.account }), deal, "WrongState");
      assert.equal(await deal.read.fundEscrowed(), 0n);
      assert.deepEqual(await deal.read.claimable([fund]), [0n, 0n]);

      await deal.write.claimProjectAssets({ account: w.project.account });
      if (outcome === "expired") await deal.write.claimProjectTokens({ account: w.project.account });
      else
        await assertions.revertWithCustomError(
          deal.write.claimProjectTokens({ account: w.project.account }),
          deal,
          "NothingClaimable",
        );
      await assertions.revertWithCustomError(
        deal.write.claimProjectAssets({ account: w.project.account }),
        deal,
        "NothingClaimable",
      );
      assert.deepEqual(await deal.read.claimable([project]), [0n, 0n]);

      const after = await balances(env, deal, fund);
      assert.equal(after.dealUsdc, 0n);
      assert.equal(after.dealToken, 0n);
      if (outcome === "exercised") {
        assert.equal(after.fundToken - before.fundToken, p2);
        assert.equal(after.projectUsdc - before.projectUsdc, n1 + n2);
        assert.equal(after.fundUsdc, before.fundUsdc);
      } else {
        assert.equal(after.fundUsdc - before.fundUsdc, n2);
        assert.equal(after.projectUsdc - before.projectUsdc, n1);
        assert.equal(after.projectToken - before.projectToken, p2);
      }
      assert.equal(await token.read.balanceOf([fund]), p1 + (outcome === "exercised" ? p2 : 0n));
    }
  });

  it("splits the second leg by assigned parts: the legs add up to the escrow within a wei per holder", async () => {
    const env = await vamWorld();
    const { w, fundWallet } = env;
    const fund = fundWallet.account.address;
    const base = await w.networkHelpers.takeSnapshot();
    const rand = prng(0xa551_9e5dn);
    const holders = [w.alice, w.bob, w.carol, w.founder, w.deployer];
    for (let c = 0; c < 8; c++) {
      await base.restore();
      const outcome = c % 2 === 0 ? "exercised" : "expired";
      // Odd amounts so that parts do not divide them.
      const amounts = {
        n1: rand.between(1n, 10n ** 12n),
        n2: rand.between(1n, 10n ** 12n),
        p1: rand.between(1n, 10n ** 24n),
        p2: rand.between(1n, 10n ** 24n),
      };
      const deal = await deployDeal(env, await terms(env, { fund, ...amounts, duration: DAY, maxGap: DAY }));
      await w.usdc.write.mint([fund, amounts.n1 + amounts.n2]);
      const start = await startAsWallet(env, deal);
      const { assertions } = w.viem;
      await assertions.revertWithCustomError(
        deal.write.assign([w.bob.account.address, 1n], { account: w.bob.account }),
        deal,
        "NotParty",
      );
      await assertions.revertWithCustomError(
        deal.write.assign([zeroAddress, 1n], { account: fundWallet.account }),
        deal,
        "InvalidAssignment",
      );
      await assertions.revertWithCustomError(
        deal.write.assign([w.bob.account.address, WHOLE + 1n], { account: fundWallet.account }),
        deal,
        "InvalidAssignment",
      );
      await deal.write.assign([w.bob.account.address, 0n], { account: fundWallet.account }); // a no-op, not a failure
      // In-kind exits assign slices of what the fund still holds, some to the same holder twice.
      let assigns = 0;
      for (let k = rand.int(1, 6); k > 0; k--) {
        const part = ((await deal.read.fundPart()) * rand.between(1n, 10n ** 18n)) / 10n ** 18n;
        await deal.write.assign([rand.pick(holders).account.address, part], { account: fundWallet.account });
        assigns++;
      }
      assert.equal(await deal.read.fundEscrowed(), (amounts.n2 * (await deal.read.fundPart())) / WHOLE);
      if (outcome === "exercised") {
        await qualify(env, start, 5, 6n * HOUR);
        await deal.write.exercise();
      } else {
        await w.networkHelpers.time.increaseTo((await deal.read.windowEnd()) + 1n);
        await deal.write.expire();
      }
      // The fund may still assign after settlement, until it claimed.
      await deal.write.assign([w.alice.account.address, (await deal.read.fundPart()) / 3n], {
        account: fundWallet.account,
      });
      let parts = await deal.read.fundPart();
      for (const h of holders) parts += await deal.read.assignedPart([h.account.address]);
      assert.equal(parts, WHOLE);

      let [assets, tokens] = [0n, 0n];
      const claim = async (who: `0x${string}`, send: () => Promise<unknown>) => {
        const [a, t] = await deal.read.claimable([who]);
        const [ua, ut] = [await balanceOf(w, w.usdc.address, who), await balanceOf(w, env.token.address, who)];
        await send();
        assert.equal((await balanceOf(w, w.usdc.address, who)) - ua, a, "claimable assets are what arrives");
        assert.equal((await balanceOf(w, env.token.address, who)) - ut, t, "claimable tokens are what arrives");
        [assets, tokens] = [assets + a, tokens + t];
      };
      await claim(fund, () => deal.write.claimFund({ account: fundWallet.account }));
      await assertions.revertWithCustomError(
        deal.write.assign([w.bob.account.address, 0n], { account: fundWallet.account }),
        deal,
        "WrongState",
      );
      let holdersWithPart = 1;
      for (const h of holders) {
        if ((await deal.read.assignedPart([h.account.address])) === 0n) continue;
        holdersWithPart++;
        await claim(h.account.address, () => deal.write.claimAssigned({ account: h.account }));
        await assertions.revertWithCustomError(
          deal.write.claimAssigned({ account: h.account }),
          deal,
          "NothingClaimable",
        );
      }
      const leg = outcome === "exercised" ? tokens : assets;
      const escrowed = outcome === "exercised" ? amounts.p2 : amounts.n2;
      assert.equal(outcome === "exercised" ? assets : tokens, 0n);
      assert.ok(
        leg <= escrowed && escrowed - leg < BigInt(holdersWithPart),
        `case ${c}: ${escrowed - leg} wei of dust for ${holdersWithPart} holders`,
      );
      // What stays in the deal after every claim is that dust alone.
      await deal.write.claimProjectAssets({ account: w.project.account });
      if (outcome === "expired") await deal.write.claimProjectTokens({ account: w.project.account });
      const dust =
        outcome === "exercised"
          ? await env.token.read.balanceOf([deal.address])
          : await w.usdc.read.balanceOf([deal.address]);
      assert.equal(dust, escrowed - leg);
      assert.equal(
        outcome === "exercised"
          ? await w.usdc.read.balanceOf([deal.address])
          : await env.token.read.balanceOf([deal.address]),
        0n,
      );
      assert.ok(assigns > 0);
    }
  });

  it(
    "through the fund: an in-kind exit assigns part of the deal, anyone claims the fund's leg, the receiver " +
      "claims its own",
    async () => {
      const env = await vamWorld();
      const { w, token } = env;
      const deal = await deployDeal(env, await terms(env, { duration: DAY, maxGap: DAY }));
      const start = await approveByFund(w, deal);
      // Alice leaves with a third of her shares in kind, to Bob: he gets that share of the deal.
      const shares = (await w.fund.read.balanceOf([w.alice.account.address])) / 3n;
      await w.fund.write.redeemInKind([shares, w.bob.account.address, w.alice.account.address], {
        account: w.alice.account,
      });
      const supply = (await w.fund.read.totalSupply()) + shares; // as the exit saw it, fees accrued first
      const bobPart = await deal.read.assignedPart([w.bob.account.address]);
      const fundPart = await deal.read.fundPart();
      assert.equal(bobPart, (WHOLE * shares) / supply);
      assert.equal(fundPart + bobPart, WHOLE);
      const escrowLine = async () => (await w.fund.read.holdings())[0].find((h) => h.kind === Kind.VamEscrow)?.value;
      assert.equal(await escrowLine(), (n2 * fundPart) / WHOLE);

      await qualify(env, start, 5, 6n * HOUR);
      await deal.write.exercise({ account: w.carol.account });
      const [, gavBefore] = await w.fund.read.holdings();
      const fundTokens = await token.read.balanceOf([w.fund.address]);
      // Only the fund may claim from the deal directly; anyone may make the fund claim.
      await w.viem.assertions.revertWithCustomError(
        deal.write.claimFund({ account: w.carol.account }),
        deal,
        "NotParty",
      );
      await w.viem.assertions.emitWithArgs(
        w.fund.write.claimVamDeal([deal.address], { account: w.carol.account }),
        w.fund,
        "VamDealClaimed",
        [getAddress(deal.address), 0n, (p2 * fundPart) / WHOLE, (n2 * fundPart) / WHOLE],
      );
      assert.equal((await token.read.balanceOf([w.fund.address])) - fundTokens, (p2 * fundPart) / WHOLE);
      assert.equal(await escrowLine(), undefined); // the deal left the fund's list
      await w.viem.assertions.revertWithCustomError(w.fund.write.claimVamDeal([deal.address]), w.fund, "UnknownDeal");
      const [, gav] = await w.fund.read.holdings();
      assert.ok(
        gav <= gavBefore && gavBefore - gav <= 2n,
        `GAV ${gavBefore} -> ${gav}: escrow at cost became tokens at cost`,
      );

      await deal.write.claimAssigned({ account: w.bob.account });
      assert.equal(
        await token.read.balanceOf([w.bob.account.address]),
        (p2 * bobPart) / WHOLE + (p1 * shares) / supply,
      );
      await deal.write.claimProjectAssets({ account: w.project.account });
      assert.ok((await token.read.balanceOf([deal.address])) < 2n, "at most a wei of dust per holder of a part");
      assert.equal(await w.usdc.read.balanceOf([deal.address]), 0n);
    },
  );

  it(
    "invariant over random action sequences: escrow is in a started deal or claimable by its owner, to the " + "dust",
    async () => {
      const env = await vamWorld();
      const { w, token, fundWallet } = env;
      const fund = fundWallet.account.address;
      const holders = [w.alice, w.bob, w.carol];
      const base = await w.networkHelpers.takeSnapshot();
      const rand = prng(0x1a5_7e5en);
      const seen = new Set<string>();
      for (let run = 0; run < 6; run++) {
        await base.restore();
        const amounts = {
          n1: rand.between(1n, 10n ** 11n),
          n2: rand.between(1n, 10n ** 11n),
          p1: rand.between(1n, 10n ** 23n),
          p2: rand.between(1n, 10n ** 23n),
        };
        await w.usdc.write.mint([fund, amounts.n1 + amounts.n2]);
        const deal = await deployDeal(
          env,
          await terms(env, {
            fund,
            ...amounts,
            window: 3n * DAY,
            duration: run % 2 === 0 ? 4n * HOUR : 3n * DAY,
            maxGap: DAY,
            startBy: (await w.now()) + 2n * DAY,
          }),
          false,
        );
        await w.usdc.write.approve([deal.address, amounts.n1 + amounts.n2], { account: fundWallet.account });
        await token.write.approve([deal.address, 2n ** 255n], { account: w.project.account });
        const report = (): [string, () => Promise<unknown>] => [
          "report",
          () =>
            env.oracle.write.report([rand.chance(70) ? TARGET * 2n : TARGET - 1n], { account: env.reporter.account }),
        ];
        const actions: [string, () => Promise<unknown>][] = [
          report(),
          report(),
          report(),
          ["escrow", () => deal.write.escrowProject({ account: w.project.account })],
          ["withdraw", () => deal.write.withdrawProject({ account: w.project.account })],
          ["start", () => deal.write.start({ account: fundWallet.account })],
          ["advance", () => deal.write.advance([BigInt(rand.int(1, 5))])],
          ["exercise", () => deal.write.exercise()],
          ["expire", () => deal.write.expire()],
          [
            "assign",
            async () =>
              deal.write.assign(
                [
                  rand.pick(holders).account.address,
                  ((await deal.read.fundPart()) * rand.between(0n, 10n ** 18n)) / WHOLE,
                ],
                { account: fundWallet.account },
              ),
          ],
          ["claimFund", () => deal.write.claimFund({ account: fundWallet.account })],
          ["claimAssigned", () => deal.write.claimAssigned({ account: rand.pick(holders).account })],
          ["claimProjectAssets", () => deal.write.claimProjectAssets({ account: w.project.account })],
          ["claimProjectTokens", () => deal.write.claimProjectTokens({ account: w.project.account })],
        ];
        // Most runs start at once, to reach settlement; the others wander through pending and lapsing.
        const opening = run % 3 === 2 ? [] : [actions[3], actions[5]];
        for (let k = 0; k < 60; k++) {
          await w.networkHelpers.time.increase(rand.between(1n, 6n * HOUR));
          const [name, act] = opening[k] ?? rand.pick(actions);
          try {
            await act();
            seen.add(name);
          } catch {
            // Refused in this state: the invariant must hold all the same.
          }
          const state = await deal.read.state();
          const held = {
            asset: await w.usdc.read.balanceOf([deal.address]),
            token: await token.read.balanceOf([deal.address]),
          };
          let owed = { asset: 0n, token: 0n };
          for (const who of [fund, w.project.account.address, ...holders.map((h) => h.account.address)]) {
            const [a, t] = await deal.read.claimable([who]);
            owed = { asset: owed.asset + a, token: owed.token + t };
          }
          const where = `run ${run} step ${k} (${name}, state ${state})`;
          if (state === State.Pending) {
            assert.deepEqual(
              held,
              { asset: 0n, token: (await deal.read.projectEscrowed()) ? amounts.p1 + amounts.p2 : 0n },
              where,
            );
            assert.deepEqual(owed, { asset: 0n, token: 0n }, where);
            continue;
          }
          // Not yet claimable while active: n2 and p2, which settlement hands to one side or the other.
          const future = state === State.Active ? { asset: amounts.n2, token: amounts.p2 } : { asset: 0n, token: 0n };
          const dust = { asset: held.asset - owed.asset - future.asset, token: held.token - owed.token - future.token };
          assert.ok(dust.asset >= 0n && dust.asset < 4n, `${where}: asset dust ${dust.asset}`);
          assert.ok(dust.token >= 0n && dust.token < 4n, `${where}: token dust ${dust.token}`);
          assert.equal(
            await deal.read.fundEscrowed(),
            (await deal.read.fundClaimed()) ? 0n : (amounts.n2 * (await deal.read.fundPart())) / WHOLE,
            where,
          );
        }
      }
      for (const name of [
        "escrow",
        "withdraw",
        "start",
        "exercise",
        "expire",
        "assign",
        "claimFund",
        "claimAssigned",
        "claimProjectAssets",
        "claimProjectTokens",
      ]) {
        assert.ok(seen.has(name), `no successful ${name} (saw ${[...seen]})`);
      }
    },
  );
});
