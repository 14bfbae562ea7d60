import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, parseUnits } from "viem";
import { prng } from "../shared/prng.js";
import { deployWorld, type World } from "../testing/world.js";

const State = { Pending: 0, Active: 1, Exercised: 2, Expired: 3 } as const;
const Kind = { Asset: 0, LpPosition: 1, Primary: 2, VamEscrow: 3 } as const;
const HOUR = 3_600n;
const DAY = 86_400n;

const n1 = parseUnits("100000", 6);
const n2 = parseUnits("250000", 6);
const p1 = parseUnits("40000", 18);
const p2 = parseUnits("60000", 18);
const TARGET = 5_000_000n * 10n ** 8n;
const FUND_ASSETS = parseUnits("1000000", 6);

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

type Terms = { window: bigint; duration: bigint; maxGap: bigint };

async function setup() {
  const w = await deployWorld();
  const reporter = w.carol;
  const token = await w.viem.deployContract("MockERC20", ["Project Token", "PRJ", 18]);
  const oracle = await w.viem.deployContract("TvlOracle", [8, "PRJ TVL", w.deployer.account.address, reporter.account.address]);
  await w.deposit(w.alice, FUND_ASSETS);
  return { w, reporter, token, oracle };
}
type Env = Awaited<ReturnType<typeof setup>>;

async function createDeal({ w, token, oracle }: Env, t: Terms) {
  const deal = await w.viem.deployContract("VamDeal", [
    {
      fund: w.fund.address, project: w.project.account.address, asset: w.usdc.address, projectToken: token.address,
      n1, p1, n2, p2, target: TARGET, window: t.window, duration: t.duration, maxGap: t.maxGap, oracle: oracle.address,
    },
  ]);
  await token.write.mint([w.project.account.address, p1 + p2]);
  await token.write.approve([deal.address, p1 + p2], { account: w.project.account });
  await deal.write.escrowProject({ account: w.project.account });
  return deal;
}
type Deal = Awaited<ReturnType<typeof createDeal>>;

async function join(w: World, deal: Deal) {
  await w.asTimelock((from) => w.fund.write.approveVamDeal([deal.address], from));
  return BigInt(await deal.read.start());
}

async function balances(env: Env, deal: Deal) {
  const { w, token } = env;
  return {
    fundUsdc: await w.usdc.read.balanceOf([w.fund.address]),
    fundToken: await token.read.balanceOf([w.fund.address]),
    projectUsdc: await w.usdc.read.balanceOf([w.project.account.address]),
    projectToken: await token.read.balanceOf([w.project.account.address]),
    dealUsdc: await w.usdc.read.balanceOf([deal.address]),
    dealToken: await token.read.balanceOf([deal.address]),
  };
}

async function latest(w: World) {
  return (await w.publicClient.getBlock()).timestamp;
}

describe("VAM deal", () => {
  it("settles tranche 1 at start and values escrow at face and project tokens at cost", async () => {
    const env = await setup();
    const { w, token, oracle, reporter } = env;
    const deal = await createDeal(env, { window: 30n * DAY, duration: 7n * DAY, maxGap: DAY });

    assert.equal(await deal.read.state(), State.Pending);
    assert.equal(await deal.read.fundEscrowed(), 0n);
    assert.equal(await deal.read.exercisable(), false);
    assert.equal(await deal.read.windowEnd(), 0n);
    await w.viem.assertions.revertWithCustomError(deal.write.exercise(), deal, "WrongState");
    await w.viem.assertions.revertWithCustomError(deal.write.expire(), deal, "WrongState");
    // Only the fund may join, and only the reporter may report.
    await w.viem.assertions.revertWithCustomError(deal.write.escrowFund({ account: w.alice.account }), deal, "NotParty");
    await w.viem.assertions.revertWithCustomError(oracle.write.report([TARGET], { account: w.alice.account }), oracle, "NotReporter");
    await w.viem.assertions.revertWithCustomError(oracle.write.report([TARGET]), oracle, "NotReporter");
    await oracle.write.report([TARGET], { account: reporter.account });
    assert.equal(await oracle.read.roundCount(), 1n);

    const [, gavBefore] = await w.fund.read.holdings();
    assert.equal(gavBefore, FUND_ASSETS);
    const start = await join(w, deal);

    assert.equal(await deal.read.state(), State.Active);
    assert.equal(start, await latest(w));
    assert.equal(await deal.read.windowEnd(), start + 30n * DAY);
    const b = await balances(env, deal);
    assert.equal(b.fundUsdc, FUND_ASSETS - n1 - n2);
    assert.equal(b.fundToken, p1);
    assert.equal(b.projectUsdc, n1);
    assert.equal(b.projectToken, 0n);
    assert.equal(b.dealUsdc, n2);
    assert.equal(b.dealToken, p2);
    assert.equal(await deal.read.fundEscrowed(), n2);
    assert.deepEqual(await deal.read.settled(), [n1, p1]);

    const [list, gav] = await w.fund.read.holdings();
    const escrow = list.filter((h) => h.kind === Kind.VamEscrow);
    const primary = list.filter((h) => h.kind === Kind.Primary);
    assert.equal(escrow.length, 1);
    assert.equal(getAddress(escrow[0].token), getAddress(deal.address));
    assert.equal(escrow[0].value, n2);
    assert.equal(primary.length, 1);
    assert.equal(getAddress(primary[0].token), getAddress(token.address));
    assert.equal(primary[0].balance, p1);
    assert.equal(primary[0].value, n1); // p1 tokens bought for n1
    assert.equal(gav, FUND_ASSETS); // moving cash into escrow and tokens at cost leaves GAV unchanged

    // The fund cannot join twice; the project cannot withdraw once the deal started.
    await w.viem.assertions.revertWithCustomError(
      w.asTimelock((from) => w.fund.write.approveVamDeal([deal.address], from)),
      w.fund,
      "InvalidDeal",
    );
    await w.viem.assertions.revertWithCustomError(deal.write.withdrawProject({ account: w.project.account }), deal, "WrongState");
  });

  it("matches the reference condition over random report series, then expires after the window", async () => {
    const env = await setup();
    const { w, oracle, reporter } = env;
    const base = await w.networkHelpers.takeSnapshot();
    const rand = prng(0x5eed_7a11n);
    const seen = { exercised: 0, notMet: 0, closedWhileHolding: 0 };

    for (let c = 0; c < 25; c++) {
      await base.restore();
      const maxGap = rand.between(HOUR, 2n * DAY);
      const terms: Terms = {
        maxGap,
        duration: c % 6 === 0 ? 0n : rand.between(0n, 6n * maxGap),
        window: rand.between(2n * maxGap, 12n * maxGap),
      };
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
      let t = (await latest(w)) + rand.between(DAY, 5n * DAY);
      for (let k = Number(rand.between(0n, 2n)); k > 0; k--) {
        await report(t, TARGET * 2n);
        t += rand.between(1n, maxGap / 2n);
      }
      const deal = await createDeal(env, terms);
      const start = await join(w, deal);
      const deadline = start + terms.window;
      const expect = (now: bigint) => {
        const r = longestRun(reports, start, now < deadline ? now : deadline, TARGET, maxGap);
        return now <= deadline && r.found && r.longest >= terms.duration;
      };

      t = start;
      const count = Number(rand.between(4n, 14n));
      for (let k = 0; k < count; k++) {
        t += gap();
        // Now and then land a report exactly on the deadline.
        if (t > deadline - maxGap && t < deadline && rand.chance(30)) t = deadline;
        await report(t, value());
        assert.equal(await deal.read.exercisable(), expect(t), `case ${c} report ${k}: exercisable`);

        // Exercise in the next second, on a throwaway branch of the chain.
        const branch = await w.networkHelpers.takeSnapshot();
        await w.networkHelpers.time.setNextBlockTimestamp(t + 1n);
        if (t + 1n > deadline) {
          await w.viem.assertions.revertWithCustomError(deal.write.exercise(), deal, "WindowClosed");
        } else if (expect(t + 1n)) {
          const before = await balances(env, deal);
          const [, gavBefore] = await w.fund.read.holdings();
          await deal.write.exercise({ account: w.bob.account }); // anyone may exercise
          const after = await balances(env, deal);
          assert.equal(after.projectUsdc - before.projectUsdc, n2);
          assert.equal(after.fundToken - before.fundToken, p2);
          assert.equal(after.dealUsdc, 0n);
          assert.equal(after.dealToken, 0n);
          assert.equal(after.fundUsdc, before.fundUsdc);
          assert.equal(await deal.read.state(), State.Exercised);
          assert.equal(await deal.read.exercisable(), false);
          assert.deepEqual(await deal.read.settled(), [n1 + n2, p1 + p2]);
          const [list, gav] = await w.fund.read.holdings();
          assert.equal(gav, gavBefore);
          assert.equal(list.find((h) => h.kind === Kind.VamEscrow)!.value, 0n);
          assert.equal(list.find((h) => h.kind === Kind.Primary)!.value, n1 + n2);
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
      const now = await latest(w);
      if (now + 1n <= deadline) {
        await w.networkHelpers.time.setNextBlockTimestamp(now + 1n);
        await w.viem.assertions.revertWithCustomError(deal.write.expire(), deal, "WindowOpen");
      }

      // After the deadline: a late qualifying report is ignored and exercise is closed for good.
      const late = (t > deadline ? t : deadline) + rand.between(1n, 2n * maxGap);
      await report(late, TARGET * 2n);
      const held = longestRun(reports, start, deadline, TARGET, maxGap);
      const s = await deal.read.scan();
      assert.equal(s.longestEnd !== 0n, held.found, `case ${c}: scan found`);
      assert.equal(s.longest, held.longest, `case ${c}: scan longest`);
      assert.equal(await deal.read.exercisable(), false);
      await w.viem.assertions.revertWithCustomError(deal.write.exercise(), deal, "WindowClosed");
      if (held.found && held.longest >= terms.duration) seen.closedWhileHolding++;

      const before = await balances(env, deal);
      const [, gavBefore] = await w.fund.read.holdings();
      await deal.write.expire({ account: w.bob.account });
      const after = await balances(env, deal);
      assert.equal(await deal.read.state(), State.Expired);
      assert.equal(after.fundUsdc - before.fundUsdc, n2);
      assert.equal(after.projectToken - before.projectToken, p2);
      assert.equal(after.dealUsdc, 0n);
      assert.equal(after.dealToken, 0n);
      assert.equal(after.fundToken, p1);
      const [list, gav] = await w.fund.read.holdings();
      assert.equal(gav, gavBefore);
      assert.equal(list.find((h) => h.kind === Kind.Primary)!.value, n1);
      await w.viem.assertions.revertWithCustomError(deal.write.expire(), deal, "WrongState");
    }
    // The random cases must cover every outcome.
    assert.ok(seen.exercised > 5, `exercised ${seen.exercised}`);
    assert.ok(seen.notMet > 5, `not met ${seen.notMet}`);
    assert.ok(seen.closedWhileHolding > 2, `closed while holding ${seen.closedWhileHolding}`);
  });
});
