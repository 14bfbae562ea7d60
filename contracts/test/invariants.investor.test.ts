// Stateful property suite for investor-governed funds: random deposits, redemptions (in cash and in
// kind), share transfers, delegations and the passing of time, on an investor-governed fund set, against
// a model of who holds what and who delegated to whom. After every step:
// - the ledger mirrors the fund: every balance and the supply;
// - each delegate's votes are the balances of the holders who delegated to it (undelegated shares vote nothing);
// - the votes and supply recorded at every earlier timepoint never change afterwards (what a
//   proposal's snapshot counted stays counted), and the governor's quorum there is that supply's fraction;
// - no step ever stops a holder from redeeming in kind (the last step redeems everyone).
// Fixed seed (src/test/fastCheck.ts); FC_SEED=<n> explores other draws, FC_RUNS more sequences.
import "../../src/test/fastCheck.ts";
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import fc from "fast-check";
import { zeroAddress, type Address } from "viem";
import { createInvestorFund, usdc } from "../testing/investorFund.js";
import { deployWorld, type World } from "../testing/world.js";

type Model = {
  delegate: Map<Address, Address>; // holder → delegate (absent: none)
  /** Past timepoints with the votes of each account and the supply the ledger then reported. */
  past: { t: bigint; votes: Map<Address, bigint>; supply: bigint }[];
};

describe("investor-governed fund invariants (stateful, fast-check)", () => {
  let w: World;
  let g: Awaited<ReturnType<typeof createInvestorFund>>;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let wallets: World["wallets"];
  let accounts: Address[];

  before(async () => {
    w = await deployWorld();
    g = await createInvestorFund(w);
    wallets = [w.alice, w.bob, w.carol];
    accounts = wallets.map((x) => x.account.address);
    for (const x of wallets) await g.deposit(x, usdc("100000"));
    base = await w.networkHelpers.takeSnapshot();
  });

  /** The ledger's supply now (as of the last second, which a fresh block closes). */
  async function ledgerSupply() {
    await w.networkHelpers.mine();
    return g.ledger.read.supplyAt([BigInt(await w.now()) - 1n]);
  }

  async function check(m: Model) {
    const supply = await g.fund.read.totalSupply();
    assert.equal(await ledgerSupply(), supply, "ledger supply");
    const expected = new Map<Address, bigint>(accounts.map((a) => [a, 0n]));
    for (const a of accounts) {
      const bal = await g.fund.read.balanceOf([a]);
      assert.equal(await g.ledger.read.balanceOf([a]), bal, `ledger balance of ${a}`);
      const d = m.delegate.get(a);
      if (d) expected.set(d, expected.get(d)! + bal);
    }
    for (const a of accounts) assert.equal(await g.ledger.read.getVotes([a]), expected.get(a), `votes of ${a}`);
    // What earlier timepoints recorded stays as it was.
    for (const p of m.past) {
      assert.equal(await g.ledger.read.getPastTotalSupply([p.t]), p.supply, `supply at ${p.t}`);
      assert.equal(await g.governor.read.quorum([p.t]), (p.supply * 10n) / 100n, `quorum at ${p.t}`);
      for (const a of accounts)
        assert.equal(await g.ledger.read.getPastVotes([a, p.t]), p.votes.get(a), `votes of ${a} at ${p.t}`);
    }
    // Record this moment once it is past (the next block comes a second later).
    await w.networkHelpers.mine();
    const t = BigInt(await w.now()) - 1n;
    const votes = new Map<Address, bigint>();
    for (const a of accounts) votes.set(a, await g.ledger.read.getVotes([a]));
    m.past.push({ t, votes, supply });
  }

  type Cmd = fc.AsyncCommand<Model, World>;
  const cmd = (name: string, run: (m: Model) => Promise<void>): Cmd => ({
    check: () => true,
    run: async (m) => {
      await run(m);
      await check(m);
    },
    toString: () => name,
  });
  const holder = fc.nat(2);
  const deposit = fc.tuple(holder, fc.integer({ min: 1, max: 500_000 })).map(([i, n]) =>
    cmd(`deposit ${n} USDC by ${i}`, async () => {
      await w.skipFresh(1);
      await g.deposit(wallets[i], usdc(String(n)));
    }),
  );
  const redeem = fc.tuple(holder, fc.integer({ min: 1, max: 100 }), fc.boolean()).map(([i, pct, inKind]) =>
    cmd(`redeem ${pct}% by ${i}${inKind ? " in kind" : ""}`, async () => {
      const a = accounts[i];
      const shares = ((await g.fund.read.balanceOf([a])) * BigInt(pct)) / 100n;
      if (shares === 0n) return;
      await w.skipFresh(1);
      const args = [shares, a, a] as const;
      if (inKind) await g.fund.write.redeemInKind([...args], { account: wallets[i].account });
      else await g.fund.write.redeem([...args], { account: wallets[i].account });
    }),
  );
  const transfer = fc.tuple(holder, holder, fc.integer({ min: 1, max: 100 })).map(([f, t, pct]) =>
    cmd(`transfer ${pct}% ${f}→${t}`, async () => {
      const amount = ((await g.fund.read.balanceOf([accounts[f]])) * BigInt(pct)) / 100n;
      await g.fund.write.transfer([accounts[t], amount], { account: wallets[f].account });
    }),
  );
  const delegate = fc.tuple(holder, fc.nat(3)).map(([i, to]) =>
    cmd(`delegate ${i}→${to === 3 ? "nobody" : to}`, async (m) => {
      const target = to === 3 ? zeroAddress : accounts[to];
      await g.ledger.write.delegate([target], { account: wallets[i].account });
      if (target === zeroAddress) m.delegate.delete(accounts[i]);
      else m.delegate.set(accounts[i], target);
    }),
  );
  const time = fc.integer({ min: 1, max: 30 * 86_400 }).map((s) => cmd(`wait ${s} s`, () => w.skipFresh(s)));

  it("the ledger mirrors the fund, votes follow delegations, the past never changes, and everyone can leave", {
    timeout: 600_000,
  }, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.commands([deposit, redeem, transfer, transfer, delegate, delegate, time], { maxCommands: 12 }),
        async (cmds) => {
          await base.restore();
          runs++;
          const model: Model = { delegate: new Map(), past: [] };
          await fc.asyncModelRun(() => ({ model, real: w }), cmds);
          // Whatever happened, every holder still leaves in kind, and the ledger follows them out.
          for (const [i, a] of accounts.entries()) {
            const shares = await g.fund.read.balanceOf([a]);
            if (shares > 0n) await g.fund.write.redeemInKind([shares, a, a], { account: wallets[i].account });
          }
          for (const a of accounts) assert.equal(await g.ledger.read.getVotes([a]), 0n, `votes of ${a} at the end`);
          assert.equal(await ledgerSupply(), await g.fund.read.totalSupply());
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 25) },
    );
    assert.ok(runs > 0);
  });
});
