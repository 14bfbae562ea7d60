// Fee splitter: whatever the manager-token transfers and mints, holders' claims add up to the
// fee shares minted to the splitter (less tiny rounding dust), each holder gets its time-weighted
// pro-rata part of the claiming supply (excluded holders earn nothing while excluded), and
// claimable() is exactly what claim() pays: the credited shares, with no accrual of its own.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { getAddress, parseEventLogs, parseUnits, type Address } from "viem";
import { deployWorld, type World } from "../testing/world.js";
import { prng } from "../testing/random.js";

const tok = (n: number | bigint) => parseUnits(String(n), 18);
// Reference amounts are kept scaled so the sum of exact pro-rata parts loses nothing that matters.
const SCALE = 10n ** 40n;

describe("fee splitter", () => {
  let w: World;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  before(async () => {
    w = await deployWorld();
    await w.deposit(w.bob, parseUnits("1000000", 6));
    await w.deposit(w.carol, parseUnits("500000", 6));
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, parseUnits("400000", 6), 0n], {
      account: w.manager.account,
    });
    base = await w.networkHelpers.takeSnapshot();
  });

  for (const seed of [7n, 8n, 9n, 10n]) {
    const title = `random transfers, mints, exclusions, accruals and claims (seed ${seed}) split the fees exactly`;
    it(title, async () => {
      await base.restore();
      const r = prng(seed);
      const holders = [w.founder, w.alice, w.bob, w.carol];
      const addr = (h: (typeof holders)[number]) => getAddress(h.account.address);
      // Independent book of manager-token balances and of each holder's exact entitlement.
      const bal = new Map<Address, bigint>(holders.map((h) => [addr(h), 0n]));
      bal.set(addr(w.founder), tok(900_000));
      bal.set(addr(w.alice), tok(100_000));
      const excluded = new Set<Address>();
      const refScaled = new Map<Address, bigint>(holders.map((h) => [addr(h), 0n]));
      const claimed = new Map<Address, bigint>(holders.map((h) => [addr(h), 0n]));
      let minted = 0n;
      let accruals = 0n;
      const claiming = () => [...bal].reduce((a, [k, b]) => (excluded.has(k) ? a : a + b), 0n);
      const spread = (m: bigint) => {
        minted += m;
        accruals++;
        const s = claiming();
        for (const [a, b] of bal) if (!excluded.has(a)) refScaled.set(a, refScaled.get(a)! + (b * m * SCALE) / s);
      };
      /** Spreads the fee shares a transaction accrued, which it did before moving any balance. */
      async function accruedIn(hash: `0x${string}`) {
        const receipt = await w.publicClient.waitForTransactionReceipt({ hash });
        const ev = parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "FeesAccrued" });
        const m = ev.reduce((s, e) => s + e.args.feeShares, 0n);
        if (m > 0n) spread(m);
        return receipt;
      }
      // The fixture's second deposit already accrued fees, under the initial allocation.
      assert.equal(await w.splitter.read.totalClaimed(), 0n);
      spread(await w.fund.read.balanceOf([w.splitter.address]));
      let checkpoints = 0n; // every transfer, mint, exclusion and claim settles accounts in the splitter

      async function claim(h: (typeof holders)[number]) {
        const a = addr(h);
        const before = await w.fund.read.balanceOf([a]);
        const expected = await w.splitter.read.claimable([a]);
        // A claim pays what is credited: it neither accrues nor distributes.
        const receipt = await w.splitter.write.claim({ account: h.account }).then(accruedIn);
        const paid = (await w.fund.read.balanceOf([a])) - before;
        assert.equal(paid, expected, `seed ${seed}: claimable() vs claim() for ${a}`);
        const ev = parseEventLogs({ abi: w.splitter.abi, logs: receipt.logs, eventName: "FeesClaimed" });
        assert.equal(
          ev.reduce((s, e) => s + e.args.shares, 0n),
          paid,
        );
        claimed.set(a, claimed.get(a)! + paid);
        checkpoints++;
      }

      for (let i = 0; i < 40; i++) {
        const k = r.int(0, 99);
        if (k < 30) {
          await w.skipFresh(r.between(3_600n, 120n * 86_400n));
          if (r.chance(50)) await w.wethFeed.write.pushAnswer([(3_000n * 10n ** 8n * r.between(70n, 200n)) / 100n]);
          const splitterBefore = await w.fund.read.balanceOf([w.splitter.address]);
          const receipt = await w.fund.write.accrueFees().then(accruedIn);
          const ev = parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "FeesAccrued" });
          const m = ev.reduce((s, e) => s + e.args.feeShares, 0n);
          assert.equal((await w.fund.read.balanceOf([w.splitter.address])) - splitterBefore, m);
        } else if (k < 55) {
          const from = r.pick(holders);
          const to = r.pick(holders.filter((h) => h !== from));
          const have = bal.get(addr(from))!;
          if (have === 0n) continue;
          const amount = r.chance(15) ? have : r.between(1n, have);
          await w.managerToken.write.transfer([addr(to), amount], { account: from.account }).then(accruedIn);
          bal.set(addr(from), have - amount);
          bal.set(addr(to), bal.get(addr(to))! + amount);
          checkpoints++;
        } else if (k < 68) {
          const to = r.pick(holders);
          const amount = r.between(1n, tok(50_000));
          await w.asTimelock((f) => w.rewards.write.award([addr(to), amount, 0, 0n, 0n, "contribution"], f));
          const id = (await w.rewards.read.awardCount()) - 1n;
          await w.rewards.write.claim([id], { account: w.deployer.account }).then(accruedIn);
          bal.set(addr(to), bal.get(addr(to))! + amount);
          checkpoints++;
        } else if (k < 76) {
          // Governance excludes or readmits a holder (never the last claiming one).
          const a = addr(r.pick(holders));
          const exclude = !excluded.has(a);
          if (exclude && claiming() - bal.get(a)! === 0n) continue;
          // The exclusion accrues first: fees up to now are shared as the holders stood.
          await w.asTimelock((f) => w.splitter.write.setExcluded([a, exclude], f)).then(accruedIn);
          if (exclude) excluded.add(a);
          else excluded.delete(a);
          assert.equal(await w.splitter.read.claimingSupply(), claiming());
          checkpoints++;
        } else {
          await claim(r.pick(holders));
        }
      }
      // A distribution credits every fee share due up to now; then each holder claims all it is owed.
      await w.splitter.write.distribute().then(accruedIn);
      checkpoints++;
      for (const h of holders) await claim(h);

      for (const h of holders) assert.equal(await w.managerToken.read.balanceOf([addr(h)]), bal.get(addr(h)));
      assert.equal(await w.splitter.read.claimingSupply(), claiming());
      assert.ok(accruals >= 5n, `seed ${seed}: only ${accruals} accruals`);

      // Claims accrue nothing, so after the distribution nothing is left but rounding dust.
      const bound = checkpoints + BigInt(holders.length);
      const totalClaimed = [...claimed.values()].reduce((a, b) => a + b, 0n);
      const left = new Map<Address, bigint>();
      for (const h of holders) left.set(addr(h), await w.splitter.read.claimable([addr(h)]));
      const owed = [...left.values()].reduce((a, b) => a + b, 0n);
      assert.equal(await w.splitter.read.uncredited(), 0n);
      assert.equal(await w.fund.read.balanceOf([w.splitter.address]), minted - totalClaimed);
      assert.equal(await w.splitter.read.totalClaimed(), totalClaimed);
      assert.ok(totalClaimed + owed <= minted, `seed ${seed}: claimed ${totalClaimed} + owed ${owed} of ${minted}`);
      assert.ok(minted - totalClaimed - owed < bound, `seed ${seed}: dust ${minted - totalClaimed - owed} >= ${bound}`);

      for (const h of holders) {
        const a = addr(h);
        const got = (claimed.get(a)! + left.get(a)!) * SCALE;
        const ref = refScaled.get(a)!;
        // Rounding only ever goes against the claimant, and by less than one unit per settlement.
        assert.ok(got <= ref + accruals, `seed ${seed}: ${a} got ${got / SCALE}, owed ${ref / SCALE}`);
        assert.ok(ref - got < bound * SCALE, `seed ${seed}: ${a} got ${got / SCALE}, owed ${ref / SCALE}`);
      }
      assert.equal(await w.splitter.read.claimable([w.deployer.account.address]), 0n);
    });
  }
});
