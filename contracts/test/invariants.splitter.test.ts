// Stateful property suite for the fee splitter (issue 14): random manager-token transfers,
// reward mints, exclusions and readmissions, fee arrivals (time, prices, deposits, explicit
// accruals) and claims, on the in-process chain, against a model that spreads every minted fee
// share over the claiming balances of the interval it accrued in. After every step:
// - the splitter never owes more fee shares than it holds;
// - what each account got (claimed + claimable + its part of the uncredited) never exceeds its time-weighted share of the
//   claiming supply (+ rounding), nor falls short of it by more than rounding;
// - a balance or exclusion change first accrued the fund's fees (so each interval's fees go to
//   that interval's holders), and the claiming supply is exact.
// Fixed seed (src/test/fastCheck.ts); FC_SEED=<n> explores other draws.
import "../../src/test/fastCheck.ts";
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import fc from "fast-check";
import { getAddress, parseEventLogs, parseUnits, type Address, type Hex } from "viem";
import { deployWorld, type World } from "../testing/world.js";

const tok = (n: bigint) => n * 10n ** 18n;
const SCALE = 10n ** 40n;

type Model = {
  bal: Map<Address, bigint>;
  excluded: Set<Address>;
  ref: Map<Address, bigint>; // exact entitlement × SCALE (floored per arrival)
  claimed: Map<Address, bigint>;
  arrivals: bigint;
  settlements: bigint;
};

describe("fee splitter invariants (stateful, fast-check)", () => {
  let w: World;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let accounts: Address[];
  let wallets: World["founder"][];

  before(async () => {
    w = await deployWorld();
    await w.deposit(w.bob, parseUnits("1000000", 6));
    // WETH in the fund makes prices move GAV, so performance fees arrive too.
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, parseUnits("300000", 6), 0n], {
      account: w.manager.account,
    });
    await w.fund.write.accrueFees();
    await w.usdc.write.mint([w.carol.account.address, parseUnits("100000000", 6)]);
    await w.usdc.write.approve([w.fund.address, parseUnits("100000000", 6)], { account: w.carol.account });
    wallets = [w.founder, w.alice, w.carol, w.project];
    accounts = wallets.map((x) => getAddress(x.account.address));
    base = await w.networkHelpers.takeSnapshot();
  });

  const claiming = (m: Model) => [...m.bal].reduce((s, [a, b]) => (m.excluded.has(a) ? s : s + b), 0n);

  /** Spreads the fee shares a transaction minted over the claiming balances it found. */
  async function arrived(m: Model, hash: Hex) {
    const receipt = await w.publicClient.waitForTransactionReceipt({ hash });
    const minted = parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "FeesAccrued" }).reduce(
      (s, e) => s + e.args.feeShares,
      0n,
    );
    if (minted > 0n) {
      const c = claiming(m);
      for (const [a, b] of m.bal) if (!m.excluded.has(a)) m.ref.set(a, m.ref.get(a)! + (b * minted * SCALE) / c);
      m.arrivals++;
    }
    return receipt;
  }

  /** The fund accrued in this very block: fees up to now went to the holders of before. */
  async function accruedNow(blockNumber: bigint, what: string) {
    const [block, state] = [
      await w.publicClient.getBlock({ blockNumber }),
      await w.fund.read.feeState({ blockNumber }),
    ];
    assert.equal(state.lastAccrual, block.timestamp, `${what} did not accrue the fund's fees first`);
  }

  async function check(m: Model) {
    const [held, uncredited, claimingSupply] = await Promise.all([
      w.fund.read.balanceOf([w.splitter.address]),
      w.splitter.read.uncredited(),
      w.splitter.read.claimingSupply(),
    ]);
    assert.equal(claimingSupply, claiming(m), "claiming supply");
    // Owed: what is credited (claimable) plus the account's part of what arrived uncredited.
    const owed = await Promise.all(
      accounts.map(async (a) => {
        const part = m.excluded.has(a) || claimingSupply === 0n ? 0n : (m.bal.get(a)! * uncredited) / claimingSupply;
        return (await w.splitter.read.claimable([a])) + part;
      }),
    );
    assert.ok(owed.reduce((s, x) => s + x, 0n) <= held, `owes ${owed.reduce((s, x) => s + x, 0n)} but holds ${held}`);
    assert.ok(uncredited <= held);
    accounts.forEach((a, i) => {
      const got = (m.claimed.get(a)! + owed[i]) * SCALE;
      const ref = m.ref.get(a)!;
      assert.ok(got <= ref + m.arrivals, `${a} got ${got / SCALE}, more than its time-weighted share ${ref / SCALE}`);
      assert.ok(
        ref - got <= (m.settlements + 2n) * SCALE,
        `${a} got ${got / SCALE}, short of its share ${ref / SCALE}`,
      );
    });
  }

  type Cmd = fc.AsyncCommand<Model, World>;
  const cmd = (name: string, check_: (m: Readonly<Model>) => boolean, run: (m: Model) => Promise<void>): Cmd => ({
    check: check_,
    run: async (m) => {
      await run(m);
      await check(m);
    },
    toString: () => name,
  });

  const transfer = fc.tuple(fc.nat(3), fc.nat(3), fc.integer({ min: 1, max: 100 })).map(([f, t, pct]) =>
    cmd(
      `transfer ${pct}% ${f}→${t}`,
      (m) => f !== t && m.bal.get(accounts[f])! > 0n,
      async (m) => {
        const amount = (m.bal.get(accounts[f])! * BigInt(pct)) / 100n;
        const r = await arrived(
          m,
          await w.managerToken.write.transfer([accounts[t], amount], { account: wallets[f].account }),
        );
        await accruedNow(r.blockNumber, "a transfer");
        m.bal.set(accounts[f], m.bal.get(accounts[f])! - amount);
        m.bal.set(accounts[t], m.bal.get(accounts[t])! + amount);
        m.settlements++;
      },
    ),
  );
  const reward = fc.tuple(fc.nat(3), fc.bigInt({ min: 1n, max: tok(60_000n) })).map(([t, amount]) =>
    cmd(
      `reward ${amount} → ${t}`,
      () => true,
      async (m) => {
        await w.asTimelock((from) => w.rewards.write.award([accounts[t], amount, 0, 0n, 0n, "work"], from));
        const id = (await w.rewards.read.awardCount()) - 1n;
        const r = await arrived(m, await w.rewards.write.claim([id]));
        await accruedNow(r.blockNumber, "a mint");
        m.bal.set(accounts[t], m.bal.get(accounts[t])! + amount);
        m.settlements++;
      },
    ),
  );
  const exclude = fc.nat(3).map((i) =>
    cmd(
      `toggle exclusion of ${i}`,
      (m) => m.excluded.has(accounts[i]) || claiming(m) > m.bal.get(accounts[i])!,
      async (m) => {
        const on = !m.excluded.has(accounts[i]);
        const hash = await w.asTimelock((from) => w.splitter.write.setExcluded([accounts[i], on], from));
        const r = await arrived(m, hash);
        await accruedNow(r.blockNumber, "an exclusion");
        if (on) m.excluded.add(accounts[i]);
        else m.excluded.delete(accounts[i]);
        m.settlements++;
      },
    ),
  );
  const time = fc.bigInt({ min: 60n, max: 90n * 86_400n }).map((s) =>
    cmd(
      `wait ${s}s`,
      () => true,
      async () => {
        await w.skipFresh(s);
      },
    ),
  );
  const price = fc.integer({ min: 60, max: 180 }).map((pct) =>
    cmd(
      `WETH at ${pct}%`,
      () => true,
      async () => {
        await w.wethFeed.write.pushAnswer([(3_000n * 10n ** 8n * BigInt(pct)) / 100n]);
      },
    ),
  );
  const accrue = fc.constant(
    cmd(
      "accrueFees",
      () => true,
      async (m) => {
        await arrived(m, await w.fund.write.accrueFees());
      },
    ),
  );
  const deposit = fc.bigInt({ min: 1n, max: parseUnits("1000000", 6) }).map((a) =>
    cmd(
      `deposit ${a}`,
      () => true,
      async (m) => {
        await arrived(m, await w.fund.write.deposit([a, w.carol.account.address], { account: w.carol.account }));
      },
    ),
  );
  const claim = fc.nat(3).map((i) =>
    cmd(
      `claim ${i}`,
      () => true,
      async (m) => {
        const before = await w.fund.read.balanceOf([accounts[i]]);
        await arrived(m, await w.splitter.write.claim({ account: wallets[i].account }));
        m.claimed.set(accounts[i], m.claimed.get(accounts[i])! + (await w.fund.read.balanceOf([accounts[i]])) - before);
        m.settlements++;
      },
    ),
  );

  it("the splitter never owes more than it holds, and credits each account at most its time-weighted share", {
    timeout: 120_000,
  }, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.commands([transfer, transfer, reward, exclude, time, time, price, accrue, deposit, claim, claim], {
          maxCommands: 30,
        }),
        async (cmds) => {
          await base.restore();
          runs++;
          // The fixture's accruals before the snapshot went to the initial allocation.
          const start = await w.fund.read.balanceOf([w.splitter.address]);
          const bal = new Map(accounts.map((a) => [a, 0n]));
          bal.set(accounts[0], tok(900_000n));
          bal.set(accounts[1], tok(100_000n));
          const model: Model = {
            bal,
            excluded: new Set(),
            claimed: new Map(accounts.map((a) => [a, 0n])),
            arrivals: 1n,
            settlements: 0n,
            ref: new Map(accounts.map((a) => [a, (bal.get(a)! * start * SCALE) / tok(1_000_000n)])),
          };
          await fc.asyncModelRun(() => ({ model, real: w }), cmds);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
    assert.ok(runs > 0);
  });
});
