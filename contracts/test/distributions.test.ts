// Distributions to investors (issue 18): governance, or an institution manager, sets cash aside
// for the holders at a past snapshot; the NAV falls by exactly that; holders (or anyone for them)
// claim their part, once, whenever; transfers after the snapshot move nothing; the fee splitter's
// part becomes fee shares for manager-token holders. Attack tests: a flash deposit around the
// snapshot gains nothing, nobody claims twice or for themselves what is another's, rounding never
// pays more than was set aside, and investors can always still redeem.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import type { ContractReturnType } from "@nomicfoundation/hardhat-viem/types";
import { encodeFunctionData, getAddress, parseEventLogs, parseUnits, type Address } from "viem";
import { distributionNav, entitlement } from "../../src/domain/distributions/index.ts";
import { passProposal } from "../testing/governance.js";
import { deployWorld, Mechanism, type World } from "../testing/world.js";

const usd = (n: number | string) => parseUnits(String(n), 6);

describe("distributions", () => {
  let w: World;
  let dist: ContractReturnType<"Distributor">;
  let ledger: ContractReturnType<"ShareLedger">;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let bob: Address;
  let carol: Address;
  let alice: Address;

  before(async () => {
    w = await deployWorld();
    dist = await w.viem.getContractAt("Distributor", await w.fund.read.distributor());
    ledger = await w.viem.getContractAt("ShareLedger", await w.fund.read.ledger());
    [bob, carol, alice] = [w.bob, w.carol, w.alice].map((x) => getAddress(x.account.address));
    await w.deposit(w.bob, usd(600_000));
    await w.deposit(w.carol, usd(300_001));
    await w.skipFresh(10n * 86_400n); // fees accrue: the splitter holds shares at the snapshot
    await w.fund.write.accrueFees();
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  /** Distributes `amount` as the timelock with the snapshot one second back; returns the id and receipt. */
  async function distribute(amount: bigint, snapshot?: bigint) {
    const snap = snapshot ?? (await w.now());
    await w.networkHelpers.mine(1); // the snapshot second is now in the past
    const hash = await w.asTimelock((from) => w.fund.write.distribute([amount, snap], from));
    const receipt = await w.publicClient.waitForTransactionReceipt({ hash });
    const [ev] = parseEventLogs({ abi: dist.abi, logs: receipt.logs, eventName: "Distributed" });
    return { id: ev.args.id, ev: ev.args, snap };
  }

  it("through a governance proposal: NAV falls by exactly the amount, shown per share before and after", async () => {
    await w.managerToken.write.delegate([w.founder.account.address], { account: w.founder.account });
    const snap = await w.now();
    const amount = usd(90_000);
    let gavBefore = 0n;
    let supply = 0n;
    await passProposal(
      w,
      {
        target: w.fund.address,
        data: encodeFunctionData({ abi: w.fund.abi, functionName: "distribute", args: [amount, snap] }),
      },
      "Distribute 90,000 USDC of exit proceeds",
      async () => {
        await w.skipFresh(1);
        await w.fund.write.accrueFees();
        gavBefore = await w.fund.read.totalAssets();
        supply = await w.fund.read.totalSupply();
      },
    );
    assert.equal(await w.fund.read.totalAssets(), gavBefore - amount, "NAV falls by exactly the amount");
    assert.equal(await w.usdc.read.balanceOf([dist.address]), amount);
    const d = await dist.read.distribution([0n]);
    assert.equal(d.amount, amount);
    assert.equal(BigInt(d.snapshot), snap);
    assert.equal(d.supply, await ledger.read.supplyAt([snap]));
    // The event's NAV per share is the client engine's, before and after (in asset units per share).
    const nav = distributionNav(gavBefore, supply, amount, await w.fund.read.decimals());
    assert.deepEqual([d.navBefore, d.navAfter], [nav.before, nav.after]);
    assert.ok(d.navBefore > d.navAfter);
  });

  it("pays each holder its part at the snapshot, in any order, once; transfers after the snapshot move nothing", async () => {
    const snap = await w.now();
    const [bBal, cBal, sup] = [
      await w.fund.read.balanceOf([bob]),
      await w.fund.read.balanceOf([carol]),
      await w.fund.read.totalSupply(),
    ];
    const amount = usd(100_000) + 7n;
    await w.networkHelpers.mine(1);
    // Bob gives carol half his shares after the snapshot: the entitlements stay where they were.
    await w.fund.write.transfer([carol, bBal / 2n], { account: w.bob.account });
    const { id } = await distribute(amount, snap);
    assert.equal(await dist.read.entitlement([id, bob]), entitlement(amount, bBal, sup));
    assert.equal(await dist.read.entitlement([id, carol]), entitlement(amount, cBal, sup));
    assert.equal(await dist.read.claimable([id, alice]), 0n);
    // Carol first, bob later, anyone may trigger bob's: the holder is paid.
    const c0 = await w.usdc.read.balanceOf([carol]);
    await dist.write.claim([id, carol], { account: w.carol.account });
    assert.equal((await w.usdc.read.balanceOf([carol])) - c0, entitlement(amount, cBal, sup));
    await w.networkHelpers.time.increase(400 * 86_400); // unclaimed stays claimable
    const b0 = await w.usdc.read.balanceOf([bob]);
    const a0 = await w.usdc.read.balanceOf([alice]);
    await dist.write.claim([id, bob], { account: w.alice.account });
    assert.equal((await w.usdc.read.balanceOf([bob])) - b0, entitlement(amount, bBal, sup));
    assert.equal(await w.usdc.read.balanceOf([alice]), a0, "the caller gets nothing");
    // Never twice, and nothing for a non-holder.
    await assert.rejects(dist.write.claim([id, bob], { account: w.bob.account }), /AlreadyClaimed/);
    await assert.rejects(dist.write.claim([id, alice], { account: w.alice.account }), /NothingToClaim/);
    assert.equal(await dist.read.claimable([id, bob]), 0n);
  });

  it("the distribution lens lists, in one call, exactly the parts each account still has to claim", async () => {
    const lens = await w.viem.deployContract("DistributionLens", []);
    const [bBal, cBal, sup] = [
      await w.fund.read.balanceOf([bob]),
      await w.fund.read.balanceOf([carol]),
      await w.fund.read.totalSupply(),
    ];
    const first = await distribute(usd(10_000));
    const second = await distribute(usd(20_000));
    await dist.write.claim([first.id, bob], { account: w.bob.account });
    const claims = async (who: Address) => {
      const [read, total, funds] = await lens.read.claimsOf([w.factory.address, who, 0n, 100n]);
      assert.equal(read, total, "every fund looked at");
      return funds;
    };
    // Bob claimed the first: only the second is his to claim, with his balance at its snapshot.
    const [b] = await claims(bob);
    assert.deepEqual(
      b.rows.map((r) => [r.id, r.balance, r.d.amount]),
      [[second.id, bBal, usd(20_000)]],
    );
    assert.equal(getAddress(b.distributor), getAddress(dist.address));
    assert.equal(b.assetSymbol, "USDC");
    // Carol has both; what the client computes from them is what the distributor pays.
    const [c] = await claims(carol);
    assert.deepEqual(
      c.rows.map((r) => entitlement(r.d.amount, r.balance, r.d.supply)),
      [await dist.read.claimable([first.id, carol]), await dist.read.claimable([second.id, carol])],
    );
    assert.equal(c.rows[0].balance, cBal);
    assert.equal(c.rows[0].d.supply, sup);
    // Alice held nothing at the snapshots: no fund is listed for her.
    assert.deepEqual(await claims(alice), []);
    // A page of one fund says how many there are, to read on.
    const [read, total] = await lens.read.claimsOf([w.factory.address, carol, 0n, 1n]);
    assert.deepEqual([read, total], [1n, await w.factory.read.fundCount()]);
  });

  it("lets governance and an institution manager distribute, nobody else", async () => {
    const snap = await w.now();
    await w.networkHelpers.mine(1);
    await assert.rejects(w.fund.write.distribute([1n, snap], { account: w.bob.account }), /NotManager/);
    await w.fund.write.distribute([usd(1), snap], { account: w.manager.account }); // institution
    await w.asTimelock((from) => w.fund.write.setManager([w.manager.account.address, Mechanism.Algorithm], from));
    await assert.rejects(w.fund.write.distribute([usd(1), snap], { account: w.manager.account }), /NotManager/);
    await assert.rejects(dist.write.open([1n, snap, 1n, 1n], { account: w.bob.account }), /NotFund/);
    // The fund's clones are bound once, at creation: nobody re-points them at another fund or ledger.
    await assert.rejects(dist.write.initialize([bob, bob], { account: w.bob.account }), /AlreadyInitialized/);
    await assert.rejects(ledger.write.initialize([bob], { account: w.bob.account }), /AlreadyInitialized/);
    assert.equal(getAddress(await dist.read.fund()), getAddress(w.fund.address));
    assert.equal(getAddress(await ledger.read.fund()), getAddress(w.fund.address));
  });

  it("refuses a snapshot that is not strictly past, more than the cash, and stale prices", async () => {
    const t = (await w.now()) + 10n;
    await w.networkHelpers.time.setNextBlockTimestamp(t);
    await assert.rejects(
      w.asTimelock((from) => w.fund.write.distribute([usd(1), t], from)),
      /SnapshotNotPast/,
    );
    const cash = await w.usdc.read.balanceOf([w.fund.address]);
    await assert.rejects(
      w.asTimelock((from) => w.fund.write.distribute([cash + 1n, t - 1n], from)),
      /InsufficientLiquidity/,
    );
    await w.networkHelpers.time.increase(2 * 86_400);
    await assert.rejects(
      w.asTimelock((from) => w.fund.write.distribute([usd(1), t], from)),
      /StalePrice/,
    );
  });

  it("a flash deposit around the snapshot gains nothing", async () => {
    const attacker = w.alice;
    const money = usd(5_000_000);
    await w.usdc.write.mint([attacker.account.address, money]);
    await w.usdc.write.approve([w.fund.address, money], { account: attacker.account });
    const start = await w.usdc.read.balanceOf([attacker.account.address]);
    // Deposit in the snapshot's second, distribute in the next block, claim and redeem at once.
    await w.fund.write.deposit([money, alice], { account: attacker.account });
    const { id } = await distribute(usd(200_000));
    await dist.write.claim([id, alice], { account: attacker.account });
    await w.fund.write.redeem([await w.fund.read.balanceOf([alice]), alice, alice], { account: attacker.account });
    assert.ok((await w.usdc.read.balanceOf([alice])) <= start, "no profit");
    // And in the very block of the distribution, shares bought count for nothing.
    const snap = await w.now();
    await w.networkHelpers.mine(1);
    await w.deposit(attacker, usd(1_000_000));
    const hash = await w.asTimelock((from) => w.fund.write.distribute([usd(1_000), snap], from));
    const [ev] = parseEventLogs({
      abi: dist.abi,
      logs: (await w.publicClient.waitForTransactionReceipt({ hash })).logs,
    });
    assert.equal(await dist.read.entitlement([(ev.args as { id: bigint }).id, alice]), 0n);
  });

  it("never pays more than was set aside, whatever the rounding, and investors can still redeem", async () => {
    // Odd balances among several holders and a tiny amount: every part rounds down.
    for (const [i, who] of [w.alice, w.founder, w.project].entries()) await w.deposit(who, usd(1) + BigInt(i * 13 + 1));
    const holders = [bob, carol, alice, getAddress(w.founder.account.address), getAddress(w.project.account.address)];
    for (const amount of [1n, 7n, 999_999n]) {
      const { id } = await distribute(amount);
      let sum = 0n;
      for (const h of holders) sum += await dist.read.claimable([id, h]);
      sum += await dist.read.claimable([id, w.splitter.address]);
      assert.ok(sum <= amount, `${sum} <= ${amount}`);
      for (const h of holders) if ((await dist.read.claimable([id, h])) > 0n) await dist.write.claim([id, h]);
      const d = await dist.read.distribution([id]);
      assert.ok(d.claimed <= d.amount);
    }
    assert.ok((await w.usdc.read.balanceOf([dist.address])) >= (await dist.read.held()));
    // Every investor can still leave in cash, the last in full.
    for (const [who, a] of [
      [w.bob, bob],
      [w.carol, carol],
    ] as const) {
      await w.fund.write.redeem([await w.fund.read.balanceOf([a]), a, a], { account: who.account });
      assert.equal(await w.fund.read.balanceOf([a]), 0n);
    }
  });

  it("the fee splitter's part becomes fee shares that manager-token holders claim", async () => {
    const splitter = getAddress(w.splitter.address);
    const atSnap = await w.fund.read.balanceOf([splitter]);
    assert.ok(atSnap > 0n);
    const { id } = await distribute(usd(100_000));
    const part = await dist.read.claimable([id, splitter]);
    assert.ok(part > 0n);
    const before = await w.fund.read.balanceOf([splitter]);
    const preview = await w.fund.read.previewDeposit([part]);
    await dist.write.claim([id, splitter], { account: w.bob.account }); // anyone may
    const minted = (await w.fund.read.balanceOf([splitter])) - before;
    assert.ok(minted >= preview && minted > 0n);
    assert.equal(await w.usdc.read.balanceOf([splitter]), 0n, "no cash stuck in the splitter");
    // The new shares are credited to the manager-token holders like any fee share.
    const credited0 = await w.splitter.read.credited([w.founder.account.address]);
    await w.splitter.write.distribute();
    const credited1 = await w.splitter.read.credited([w.founder.account.address]);
    assert.ok(credited1 - credited0 >= (minted * 9n) / 10n - 1n, "founder holds 90 % of manager tokens");
  });
});
