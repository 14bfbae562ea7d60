// Intrinsic values (DESIGN §3) on random fund states: the lens must split NAV exactly between
// manager tokens and investors, with the unclaimed fee shares held by the splitter plus those a
// preview accrual would mint, and value a manager token by the shares not yet credited.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { deployWorld, type World } from "../testing/world.js";
import { setPrice, setupPortfolio } from "../testing/portfolio.js";
import { prng } from "../shared/prng.js";

const CASES = 15;
const DAY = 86_400n;

describe("intrinsic values on random states", () => {
  let w: World;
  const seen = new Map<string, number>(); // how often each operation ran, to prove coverage
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;

  before(async () => {
    w = await deployWorld();
    await setupPortfolio(w);
    // Split the founder's manager tokens so that several accounts can claim fee shares.
    await w.managerToken.write.transfer([w.bob.account.address, 200_000n * 10n ** 18n], { account: w.founder.account });
    base = await w.networkHelpers.takeSnapshot();
  });

  async function assertIntrinsic(label: string) {
    const v = await w.lens.read.intrinsicValues([w.fund.address]);
    const [gav, supply, preview, held, uncredited, claiming] = await Promise.all([
      w.fund.read.totalAssets(),
      w.fund.read.totalSupply(),
      w.fund.read.previewAccrual(),
      w.fund.read.balanceOf([w.splitter.address]),
      w.splitter.read.uncredited(),
      w.splitter.read.claimingSupply(),
    ]);
    if (held > 0n && preview.feeShares > 0n) seen.set("both kinds of unclaimed", 1);
    const s1 = supply + preview.feeShares;
    const unclaimed = held + preview.feeShares;
    assert.equal(v.nav, gav, `${label}: nav`);
    assert.equal(v.managerTotal + v.investorTotal, v.nav, `${label}: totals add up to NAV`);
    assert.equal(v.supply, s1, `${label}: S'`);
    assert.equal(v.unclaimedFeeShares, unclaimed, `${label}: U`);
    assert.equal(v.managerTotal, (unclaimed * gav) / s1, `${label}: U*A/S'`);
    assert.equal(v.perShare, (gav * 10n ** 12n) / s1, `${label}: per share`);
    // Per manager token: only the fee shares not yet credited to a holder, over the claiming supply.
    const perToken = claiming === 0n ? 0n : ((((uncredited + preview.feeShares) * gav) / s1) * 10n ** 18n) / claiming;
    assert.equal(v.perManagerToken, perToken, `${label}: per manager token`);
  }

  /** One random operation; returns its name for failure messages. */
  async function randomOp(r: ReturnType<typeof prng>): Promise<string> {
    const investors = [w.alice, w.bob, w.carol];
    const mtHolders = [w.founder, w.alice, w.bob];
    switch (Number(r.next() % 6n)) {
      case 0: {
        const who = r.pick(investors);
        await w.deposit(who, r.between(1n, 80_000n * 10n ** 6n));
        return "deposit";
      }
      case 1: {
        // Redeem a random part of a holding, within the fund's cash.
        const who = r.pick(investors);
        const shares = ((await w.fund.read.balanceOf([who.account.address])) * r.between(1n, 100n)) / 100n;
        const cash = await w.usdc.read.balanceOf([w.fund.address]);
        if (shares === 0n || (await w.fund.read.previewRedeem([shares])) > cash) return "redeem skipped";
        await w.fund.write.redeem([shares, who.account.address, who.account.address], { account: who.account });
        return "redeem";
      }
      case 2:
        await w.skipFresh(r.between(1n, 200n * DAY));
        return "time";
      case 3: {
        const [feed, usd] = r.next() % 2n === 0n ? [w.wethFeed, 3_000n] : [w.wbtcFeed, 60_000n];
        await setPrice(feed, (usd * 10n ** 8n * r.between(40n, 250n)) / 100n);
        return "price";
      }
      case 4: {
        const from = r.pick(mtHolders);
        const to = r.pick([...mtHolders, w.carol, w.project]);
        const bal = await w.managerToken.read.balanceOf([from.account.address]);
        await w.managerToken.write.transfer([to.account.address, (bal * r.between(0n, 100n)) / 100n], {
          account: from.account,
        });
        return "manager-token transfer";
      }
      default: {
        const who = r.pick([...mtHolders, w.carol, w.project]);
        if (r.next() % 2n === 0n) await w.fund.write.accrueFees();
        await w.splitter.write.claim({ account: who.account });
        return "claim";
      }
    }
  }

  for (let c = 0; c < CASES; c++) {
    it(`case ${c}`, async () => {
      await base.restore();
      const r = prng(0x1f2e3d4c5b6an + BigInt(c) * 7919n);
      await assertIntrinsic("start");
      const steps = Number(r.between(4n, 10n));
      for (let i = 0; i < steps; i++) {
        const op = await randomOp(r);
        seen.set(op, (seen.get(op) ?? 0) + 1);
        await assertIntrinsic(`step ${i} (${op})`);
      }
    });
  }

  it("covered every kind of operation", () => {
    for (const op of [
      "deposit",
      "redeem",
      "time",
      "price",
      "manager-token transfer",
      "claim",
      "both kinds of unclaimed",
    ]) {
      assert.ok((seen.get(op) ?? 0) > 0, op);
    }
  });
});
