import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, parseUnits } from "viem";
import { approveByFund, DAY, deployDeal, qualify, State, terms, vamWorld, type VamEnv } from "../testing/vam.js";

async function lensOf(env: VamEnv) {
  return env.w.viem.deployContract("DealLens", [env.w.lens.address]);
}

describe("DealLens.dealsFor", () => {
  it("lists the deals a fund joined as an account sees them, and drops one once the fund claimed its leg", async () => {
    const env = await vamWorld();
    const { w } = env;
    const lens = await lensOf(env);
    const alice = w.alice.account.address;
    const pending = await deployDeal(env, await terms(env));
    const deal = await deployDeal(env, await terms(env, { window: 40n * DAY, duration: 7n * DAY }));
    // Only a deal the fund joined is in its registry: the pending one is not.
    assert.deepEqual(await lens.read.dealsFor([[w.fund.address], alice]), []);
    const start = await approveByFund(w, deal);

    const [active] = await lens.read.dealsFor([[w.fund.address], alice]);
    assert.equal(getAddress(active.deal), getAddress(deal.address));
    assert.equal(getAddress(active.fund), getAddress(w.fund.address));
    assert.equal(active.ok, true);
    assert.deepEqual(active.d, await w.lens.read.dealOf([deal.address]));
    assert.equal(active.d.state, State.Active);
    assert.equal(active.exercisable, false);
    assert.equal(active.assignedPart, 0n);
    assert.equal(active.projectTokenName, "Project Token");

    // Reports above target for 8 days: exercisable, as the deal itself says.
    await qualify(env, start, 9, DAY);
    const [met] = await lens.read.dealsFor([[w.fund.address], alice]);
    assert.equal(met.exercisable, true);
    assert.equal(met.exercisable, await deal.read.exercisable());

    // An in-kind exit assigns alice a part of the second leg: the lens names it for alice only.
    await w.fund.write.redeemInKind([(await w.fund.read.balanceOf([alice])) / 4n, alice, alice], {
      account: w.alice.account,
    });
    const part = await deal.read.assignedPart([alice]);
    assert.ok(part > 0n);
    assert.equal((await lens.read.dealsFor([[w.fund.address], alice]))[0].assignedPart, part);
    assert.equal((await lens.read.dealsFor([[w.fund.address], w.bob.account.address]))[0].assignedPart, 0n);

    await deal.write.exercise({ account: w.bob.account });
    const [settled] = await lens.read.dealsFor([[w.fund.address], alice]);
    assert.equal(settled.d.state, State.Exercised);
    assert.equal(settled.d.fundClaimed, false);
    assert.equal(settled.exercisable, false);

    // Anyone makes the fund claim its leg: the deal leaves the registry, and the list.
    await w.fund.write.claimVamDeal([deal.address], { account: w.bob.account });
    assert.deepEqual(await lens.read.dealsFor([[w.fund.address], alice]), []);
    assert.equal(await pending.read.state(), State.Pending);
  });

  it("flags a deal it cannot read instead of failing the list, and keeps the others", async () => {
    const env = await vamWorld();
    const { w } = env;
    const lens = await lensOf(env);
    const real = await deployDeal(env, await terms(env));
    await approveByFund(w, real);
    // A deal that implements only what the fund calls: none of VamDeal's views.
    const p = parseUnits("1000", 18);
    const bare = await w.viem.deployContract("MockVamDeal", [
      w.fund.address,
      w.usdc.address,
      env.token.address,
      w.project.account.address,
      parseUnits("100", 6),
      p,
      parseUnits("100", 6),
      p,
    ]);
    await env.token.write.mint([w.project.account.address, 2n * p]);
    await env.token.write.approve([bare.address, 2n * p], { account: w.project.account });
    await w.asTimelock((from) => w.fund.write.approveVamDeal([bare.address], from));

    const list = await lens.read.dealsFor([[w.fund.address], w.alice.account.address]);
    assert.equal(list.length, 2);
    const [a, b] = list;
    assert.equal(getAddress(a.deal), getAddress(real.address));
    assert.equal(a.ok, true);
    assert.equal(getAddress(b.deal), getAddress(bare.address));
    assert.equal(b.ok, false);
    assert.equal(getAddress(b.fund), getAddress(w.fund.address));
  });

  it("reads no fund as no deal, and several funds in their order", async () => {
    const env = await vamWorld();
    const lens = await lensOf(env);
    assert.deepEqual(await lens.read.dealsFor([[], env.w.alice.account.address]), []);
    const deal = await deployDeal(env, await terms(env));
    await approveByFund(env.w, deal);
    const twice = await lens.read.dealsFor([[env.w.fund.address, env.w.fund.address], env.w.alice.account.address]);
    assert.deepEqual(
      twice.map((d) => getAddress(d.deal)),
      [getAddress(deal.address), getAddress(deal.address)],
    );
  });
});

describe("DealLens.accountDeal", () => {
  it("reverts for an address that is not a deal", async () => {
    const env = await vamWorld();
    const lens = await lensOf(env);
    await assert.rejects(lens.read.accountDeal([env.w.alice.account.address, env.w.alice.account.address]));
  });
});

describe("DealLens.dealsAt", () => {
  it("reads deals no registry lists (pending, or left once the fund claimed) and flags what is not a deal", async () => {
    const env = await vamWorld();
    const { w } = env;
    const lens = await lensOf(env);
    const project = w.project.account.address;
    const pending = await deployDeal(env, await terms(env));
    const notADeal = w.usdc.address;
    const list = await lens.read.dealsAt([[pending.address, notADeal, w.alice.account.address], project]);
    assert.equal(list.length, 3);
    assert.equal(list[0].ok, true);
    assert.equal(getAddress(list[0].fund), getAddress(w.fund.address), "the deal names its fund");
    assert.deepEqual(list[0].d, await w.lens.read.dealOf([pending.address]));
    assert.equal(list[0].d.state, State.Pending);
    assert.equal(list[0].d.projectEscrowed, true);
    assert.equal(getAddress(list[0].d.terms.project), getAddress(project));
    for (const bad of list.slice(1)) {
      assert.equal(bad.ok, false);
      assert.equal(bad.fund, "0x0000000000000000000000000000000000000000");
    }
    assert.equal(getAddress(list[1].deal), getAddress(notADeal));
    assert.deepEqual(await lens.read.dealsAt([[], project]), []);
  });

  it("says what a deal owes an account after the fund claimed its leg and left it", async () => {
    const env = await vamWorld();
    const { w } = env;
    const lens = await lensOf(env);
    const alice = w.alice.account.address;
    const deal = await deployDeal(env, await terms(env, { window: 40n * DAY, duration: 7n * DAY }));
    const start = await approveByFund(w, deal);
    await w.fund.write.redeemInKind([(await w.fund.read.balanceOf([alice])) / 4n, alice, alice], {
      account: w.alice.account,
    });
    await qualify(env, start, 9, DAY);
    await deal.write.exercise({ account: w.bob.account });
    await w.fund.write.claimVamDeal([deal.address], { account: w.bob.account });
    assert.deepEqual(await lens.read.dealsFor([[w.fund.address], alice]), []);
    const [left] = await lens.read.dealsAt([[deal.address], alice]);
    assert.equal(left.d.state, State.Exercised);
    assert.equal(left.d.fundClaimed, true);
    assert.equal(left.assignedPart, await deal.read.assignedPart([alice]));
    assert.ok(left.assignedPart > 0n);
  });
});
