// The client's VAM decision (src/domain/vam) against the deployed contracts: random report
// series go into a real TvlOracle and VamDeal, the page's reads come back out, and the pure
// function must say exactly what the deal says — exercisable or not, and the longest run.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { maxUint256, parseUnits } from "viem";
import { DealState, dealView, fundClaimable, projectClaimable, type Report } from "../../src/domain/vam/index.ts";
import { prng } from "../shared/prng.js";
import { deployWorld } from "../testing/world.js";

const HOUR = 3_600n;
const DAY = 86_400n;
const TARGET = 5_000_000n * 10n ** 8n;

async function setup() {
  const w = await deployWorld();
  const reporter = w.carol;
  const token = await w.viem.deployContract("MockERC20", ["Project Token", "PRJ", 18]);
  const oracle = await w.viem.deployContract("TvlOracle", [
    8,
    "PRJ TVL",
    w.deployer.account.address,
    reporter.account.address,
  ]);
  await w.deposit(w.alice, parseUnits("1000000", 6));
  return { w, reporter, token, oracle };
}

describe("client VAM decision", () => {
  it("agrees with VamDeal on random report series, report by report", async () => {
    const { w, reporter, token, oracle } = await setup();
    const base = await w.networkHelpers.takeSnapshot();
    const rand = prng(0x7a1_c0de_5eedn);
    const seen = { exercisable: 0, notYet: 0, closed: 0, pending: 0 };

    /** What the page reads: the deal's terms and every oracle round, then the pure decision. */
    const client = async (
      deal: { read: { state(): Promise<number>; startedAt(): Promise<bigint>; startBy(): Promise<bigint> } },
      terms: { window: bigint; duration: bigint; maxGap: bigint },
    ) => {
      const [answers, times] = await oracle.read.roundsBetween([1n, maxUint256]);
      const reports: Report[] = answers.map((tvl, i) => ({ time: BigInt(times[i]), tvl }));
      const now = await w.now();
      const state = Number(await deal.read.state());
      return dealView(
        {
          state,
          start: BigInt(await deal.read.startedAt()),
          startBy: await deal.read.startBy(),
          ...terms,
          target: TARGET,
        },
        reports,
        now,
      );
    };

    for (let c = 0; c < 30; c++) {
      await base.restore();
      const maxGap = rand.between(HOUR, 2n * DAY);
      const window = rand.between(2n * maxGap, 12n * maxGap);
      const terms = {
        maxGap,
        duration: c % 7 === 0 ? 0n : rand.between(0n, window < 6n * maxGap ? window : 6n * maxGap),
        window,
      };
      const value = () => {
        const x = rand.int(0, 99);
        if (x < 22) return TARGET - rand.between(1n, TARGET / 10n);
        if (x < 32) return TARGET;
        return TARGET + rand.between(1n, TARGET / 10n);
      };
      const gap = () => {
        const x = rand.int(0, 99);
        if (x < 12) return maxGap + rand.between(1n, 2n * maxGap);
        if (x < 20) return maxGap;
        if (x < 25) return maxGap + 1n;
        return rand.between(1n, maxGap);
      };
      let t = (await w.now()) + rand.between(DAY, 3n * DAY);
      const report = async (v: bigint) => {
        const latest = await w.now();
        if (t <= latest) t = latest + 1n; // each report is its own block
        await w.networkHelpers.time.setNextBlockTimestamp(t);
        await oracle.write.report([v], { account: reporter.account });
      };

      // Reports before the deal starts, some qualifying: they must not count.
      for (let k = rand.int(0, 3); k > 0; k--) {
        await report(rand.chance(60) ? TARGET * 2n : value());
        t += gap();
      }
      const deal = await w.viem.deployContract("VamDeal", [
        {
          fund: w.fund.address,
          project: w.project.account.address,
          asset: w.usdc.address,
          projectToken: token.address,
          n1: 1_000n,
          p1: 1_000n,
          n2: 2_000n,
          p2: 2_000n,
          target: TARGET,
          ...terms,
          oracle: oracle.address,
          startBy: (await w.now()) + DAY,
        },
      ]);
      await token.write.mint([w.project.account.address, 3_000n]);
      await token.write.approve([deal.address, 3_000n], { account: w.project.account });
      await deal.write.escrowProject({ account: w.project.account });

      const pending = await client(deal, terms);
      assert.equal(pending.status, "pending");
      assert.equal(pending.startTimeLeft, (await deal.read.startBy()) - (await w.now()));
      assert.equal(pending.exercisable, await deal.read.exercisable());
      seen.pending++;

      await w.asTimelock((from) => w.fund.write.approveVamDeal([deal.address], from));
      const start = BigInt(await deal.read.startedAt());
      t = start + (rand.chance(30) ? 0n : rand.between(1n, maxGap));

      const count = rand.int(4, 16);
      for (let k = 0; k < count; k++) {
        await report(value());
        const view = await client(deal, terms);
        const scan = await deal.read.scan();
        const where = `case ${c}, report ${k}`;
        assert.equal(view.exercisable, await deal.read.exercisable(), `${where}: exercisable`);
        assert.equal(view.scan.longest, scan.longest, `${where}: longest run`);
        assert.equal(view.scan.longestStart, scan.longestStart, `${where}: longest run start`);
        assert.equal(view.scan.longestEnd, scan.longestEnd, `${where}: longest run end`);
        assert.equal(view.scan.inRun, scan.inRun, `${where}: in a run`);
        assert.equal(view.deadline, await deal.read.windowEnd(), `${where}: deadline`);
        if (view.status === "exercisable") seen.exercisable++;
        else if (view.status === "active") seen.notYet++;
        else seen.closed++;
        t += gap();
        // Now and then land a report exactly on the deadline, or just after it.
        const deadline = view.deadline!;
        if (t > deadline - maxGap && t < deadline && rand.chance(30)) t = deadline + (rand.chance(50) ? 0n : 1n);
      }
      // Move past the deadline: the window closes for both alike.
      const deadline = start + terms.window;
      if ((await w.now()) <= deadline) await w.networkHelpers.time.increaseTo(deadline + 1n);
      await report(TARGET * 2n);
      const closed = await client(deal, terms);
      assert.equal(closed.status, "window-closed");
      assert.equal(closed.exercisable, await deal.read.exercisable());
      assert.equal(closed.scan.longest, (await deal.read.scan()).longest);
      assert.equal(closed.scan.longestEnd, (await deal.read.scan()).longestEnd);

      // The legs each party can claim, on a branch where the deal was exercised and on the one where it expired.
      const claims = async (where: string) => {
        const c = {
          state: Number(await deal.read.state()),
          fundPart: await deal.read.fundPart(),
          fundClaimed: await deal.read.fundClaimed(),
          projectAssetsClaimed: await deal.read.projectAssetsClaimed(),
          projectTokensClaimed: await deal.read.projectTokensClaimed(),
        };
        const amounts = { n1: 1_000n, p1: 1_000n, n2: 2_000n, p2: 2_000n };
        const [fa, ft] = await deal.read.claimable([w.fund.address]);
        const [pa, pt] = await deal.read.claimable([w.project.account.address]);
        assert.deepEqual(fundClaimable(amounts, c), { assets: fa, tokens: ft }, `${where}: the fund's leg`);
        assert.deepEqual(projectClaimable(amounts, c), { assets: pa, tokens: pt }, `${where}: the project's legs`);
      };
      await claims(`case ${c}, active`);
      await deal.write.expire();
      assert.equal(Number(await deal.read.state()), DealState.Expired);
      assert.equal((await client(deal, terms)).status, "expired");
      await claims(`case ${c}, expired`);
      await deal.write.claimProjectAssets({ account: w.project.account });
      await claims(`case ${c}, expired, project claimed n1`);
    }
    // The random cases must reach every answer.
    assert.ok(seen.exercisable > 10, `exercisable ${seen.exercisable}`);
    assert.ok(seen.notYet > 10, `not yet ${seen.notYet}`);
    assert.ok(seen.closed > 3, `closed ${seen.closed}`);
  });
});
