// Stateful property suite for FundCommittee: random elections, re-elections, replacements,
// removals and threshold changes by governance, proposals, approvals, executions and
// cancellations by members and non-members, and time passing (terms lapse, decisions expire),
// against a model of the committee. After every step:
// - each action succeeded exactly when the model says it may, and a refusal names the reason;
// - the members, their terms and the threshold are the model's, and 1 ≤ M ≤ max(N, 1);
// - every decision's state is the model's: a decision executed only with M approvals of members
//   in office, in term and in the election they approved under, and at most once;
// - the fund's manager is still the committee, and its WETH grew exactly with the executed swaps.
// Fixed seed (src/test/fastCheck.ts); FC_SEED=<n> explores other draws.
import "../../src/test/fastCheck.ts";
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import fc from "fast-check";
import { encodeFunctionData, getAddress, parseUnits, type Address, type Hex } from "viem";
import { outcome } from "../testing/random.js";
import { deployWorld, type World } from "../testing/world.js";

const DAY = 86_400n;
const State = { Proposed: 0, Approved: 1, Executed: 2, Expired: 3, Cancelled: 4 } as const;

type Seat = { termEnd: bigint; election: number };
type Decision = {
  proposer: Address;
  expiresAt: bigint;
  executed: boolean;
  cancelled: boolean;
  approvals: Map<Address, number>; // member => election it approved under
};
type Model = {
  seats: Map<Address, Seat>; // members in office, in the contract's order is not modelled
  elections: number;
  threshold: bigint;
  decisions: Decision[];
  executedSwaps: number;
};

describe("committee invariants (stateful, fast-check)", () => {
  let w: World;
  let committee: Awaited<ReturnType<typeof deploy>>;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let people: Address[];
  let wethStart: bigint;
  let termEnd: bigint;

  async function deploy() {
    return w.viem.deployContract("FundCommittee", [w.fund.address, w.timelock.address]);
  }

  before(async () => {
    w = await deployWorld();
    await w.deposit(w.bob, parseUnits("1000000", 6));
    committee = await deploy();
    await w.asTimelock((from) => w.fund.write.setManager([committee.address, 3], from));
    people = [w.alice, w.bob, w.carol, w.project, w.founder].map((x) => getAddress(x.account.address));
    // Every sequence starts from a committee of three (people 0, 1, 2), two of three approving.
    termEnd = (await now()) + 30n * DAY + DAY / 2n;
    await w.asTimelock(async (from) => {
      for (const a of people.slice(0, 3)) await committee.write.elect([a, termEnd], from);
      await committee.write.setThreshold([2n], from);
    });
    wethStart = await w.weth.read.balanceOf([w.fund.address]);
    base = await w.networkHelpers.takeSnapshot();
  });

  const now = async () => (await w.publicClient.getBlock()).timestamp;
  const inTerm = (m: Model, a: Address, t: bigint) => (m.seats.get(a)?.termEnd ?? 0n) > t;
  const counted = (m: Model, d: Decision, t: bigint) =>
    [...d.approvals].filter(([a, e]) => inTerm(m, a, t) && m.seats.get(a)!.election === e).length;
  function stateOf(m: Model, d: Decision, t: bigint): number {
    if (d.executed) return State.Executed;
    if (d.cancelled) return State.Cancelled;
    if (d.expiresAt <= t) return State.Expired;
    return BigInt(counted(m, d, t)) >= m.threshold ? State.Approved : State.Proposed;
  }
  const open = (m: Model, d: Decision, t: bigint) => stateOf(m, d, t) <= State.Approved;

  async function check(m: Model) {
    const t = await now();
    const [members, threshold, count] = await committee.read.committee();
    assert.equal(threshold, m.threshold, "threshold");
    assert.ok(threshold >= 1n && threshold <= BigInt(Math.max(members.length, 1)), `1 ≤ M ≤ max(N, 1): ${threshold}`);
    assert.deepEqual(
      new Map(members.map((x) => [getAddress(x.account), x.termEnd])),
      new Map([...m.seats].map(([a, s]) => [a, s.termEnd])),
      "members and terms",
    );
    assert.equal(count, BigInt(m.decisions.length));
    const list = await committee.read.decisions([0n, count]);
    for (const [i, d] of list.entries()) assert.equal(d.state, stateOf(m, m.decisions[i], t), `decision ${i}'s state`);
    assert.equal(getAddress(await w.fund.read.manager()), getAddress(committee.address));
    const weth = await w.weth.read.balanceOf([w.fund.address]);
    assert.equal(weth > wethStart, m.executedSwaps > 0, "WETH arrives only with an executed swap");
  }

  /** Sends `p` and asserts it succeeds when `expected` is null, else reverts with that error. */
  async function expectOutcome(p: Promise<unknown>, expected: string | null, what: string) {
    const r = await outcome(p);
    assert.equal(r?.name ?? null, expected, what);
    const key = `${what.split(" ")[0]} ${expected ?? "ok"}`;
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();

  type Cmd = fc.AsyncCommand<Model, World>;
  const cmd = (name: string, run: (m: Model) => Promise<void>): Cmd => ({
    check: () => true,
    run: async (m) => {
      await run(m);
      await check(m);
    },
    toString: () => name,
  });

  // Terms and expiries fall half a day off the whole days time moves by, far from any block's time.
  const elect = fc.tuple(fc.nat(4), fc.integer({ min: 1, max: 40 })).map(([i, days]) =>
    cmd(`elect ${i} for ${days} d`, async (m) => {
      const a = people[i];
      const termEnd = (await now()) + BigInt(days) * DAY + DAY / 2n;
      const t = (await now()) + 1n;
      await w.asTimelock((from) => committee.write.elect([a, termEnd], from));
      const seat = m.seats.get(a);
      if (!seat) m.seats.set(a, { termEnd, election: ++m.elections });
      else m.seats.set(a, { termEnd, election: seat.termEnd <= t ? ++m.elections : seat.election });
    }),
  );
  const remove = fc.nat(4).map((i) =>
    cmd(`remove ${i}`, async (m) => {
      const a = people[i];
      const ok = m.seats.has(a);
      await expectOutcome(
        w.asTimelock((from) => committee.write.remove([a], from)),
        ok ? null : "UnknownMember",
        `remove ${i}`,
      );
      if (!ok) return;
      m.seats.delete(a);
      if (m.threshold > BigInt(m.seats.size) && m.seats.size > 0) m.threshold = BigInt(m.seats.size);
    }),
  );
  const replace = fc.tuple(fc.nat(4), fc.nat(4), fc.integer({ min: 1, max: 40 })).map(([i, j, days]) =>
    cmd(`replace ${i} by ${j}`, async (m) => {
      const [a, b] = [people[i], people[j]];
      const termEnd = (await now()) + BigInt(days) * DAY + DAY / 2n;
      const expected = m.seats.has(b) ? "InvalidMember" : !m.seats.has(a) ? "UnknownMember" : null;
      await expectOutcome(
        w.asTimelock((from) => committee.write.replace([a, b, termEnd], from)),
        expected,
        `replace ${i} by ${j}`,
      );
      if (expected) return;
      m.seats.delete(a);
      m.seats.set(b, { termEnd, election: ++m.elections });
    }),
  );
  const threshold = fc.integer({ min: 0, max: 6 }).map((n) =>
    cmd(`threshold ${n}`, async (m) => {
      const ok = n >= 1 && n <= m.seats.size;
      await expectOutcome(
        w.asTimelock((from) => committee.write.setThreshold([BigInt(n)], from)),
        ok ? null : "InvalidThreshold",
        `threshold ${n}`,
      );
      if (ok) m.threshold = BigInt(n);
    }),
  );
  const propose = fc.tuple(fc.nat(4), fc.integer({ min: 1, max: 5 }), fc.boolean()).map(([i, days, allowed]) =>
    cmd(`propose by ${i} for ${days} d${allowed ? "" : " (not a manager call)"}`, async (m) => {
      const a = people[i];
      const t = (await now()) + 1n;
      const expiresAt = t + BigInt(days) * DAY - DAY / 4n;
      const data: Hex = allowed
        ? encodeFunctionData({
            abi: w.fund.abi,
            functionName: "swap",
            args: [w.wethUsdc.address, w.usdc.address, parseUnits("2000", 6), 0n],
          })
        : encodeFunctionData({ abi: w.fund.abi, functionName: "setMaxSlippage", args: [10_000] });
      const expected = !inTerm(m, a, t) ? "NotMember" : !allowed ? "CallNotAllowed" : null;
      await expectOutcome(committee.write.propose([data, expiresAt], { account: a }), expected, `propose by ${i}`);
      if (expected) return;
      m.decisions.push({
        proposer: a,
        expiresAt,
        executed: false,
        cancelled: false,
        approvals: new Map([[a, m.seats.get(a)!.election]]),
      });
    }),
  );
  /** Runs `f` on decision `k` of the model (modulo their number), if there is one. */
  const onDecision = (name: string, f: (m: Model, id: number, d: Decision, a: Address, t: bigint) => Promise<void>) =>
    fc.tuple(fc.nat(4), fc.nat(20)).map(([i, k]) =>
      cmd(`${name} ${k} by ${i}`, async (m) => {
        if (m.decisions.length === 0) return;
        const id = k % m.decisions.length;
        await f(m, id, m.decisions[id], people[i], (await now()) + 1n);
      }),
    );
  const approve = onDecision("approve", async (m, id, d, a, t) => {
    const expected = !inTerm(m, a, t)
      ? "NotMember"
      : !open(m, d, t)
        ? "DecisionNotOpen"
        : d.approvals.get(a) === m.seats.get(a)!.election
          ? "AlreadyApproved"
          : null;
    await expectOutcome(committee.write.approve([BigInt(id)], { account: a }), expected, `approve ${id}`);
    if (!expected) d.approvals.set(a, m.seats.get(a)!.election);
  });
  const execute = onDecision("execute", async (m, id, d, a, t) => {
    const expected = !inTerm(m, a, t)
      ? "NotMember"
      : !open(m, d, t)
        ? "DecisionNotOpen"
        : BigInt(counted(m, d, t)) < m.threshold
          ? "NotEnoughApprovals"
          : null;
    await expectOutcome(committee.write.execute([BigInt(id)], { account: a }), expected, `execute ${id}`);
    if (expected) return;
    d.executed = true;
    m.executedSwaps++;
  });
  const cancel = onDecision("cancel", async (m, id, d, a, t) => {
    const expected = !open(m, d, t) ? "DecisionNotOpen" : d.proposer !== a || !inTerm(m, a, t) ? "NotProposer" : null;
    await expectOutcome(committee.write.cancel([BigInt(id)], { account: a }), expected, `cancel ${id}`);
    if (!expected) d.cancelled = true;
  });
  const time = fc.integer({ min: 1, max: 12 }).map((days) =>
    cmd(`wait ${days} d`, async () => {
      await w.skipFresh(BigInt(days) * DAY);
    }),
  );

  it("acts exactly as the model allows and executes only with M counted approvals", { timeout: 300_000 }, async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.commands(
          [
            elect,
            elect,
            remove,
            replace,
            threshold,
            propose,
            propose,
            approve,
            approve,
            approve,
            execute,
            execute,
            cancel,
            time,
          ],
          { maxCommands: 30, size: "max" },
        ),
        async (cmds) => {
          await base.restore();
          runs++;
          const model: Model = {
            seats: new Map(people.slice(0, 3).map((a, i) => [a, { termEnd, election: i + 1 }])),
            elections: 3,
            threshold: 2n,
            decisions: [],
            executedSwaps: 0,
          };
          await fc.asyncModelRun(() => ({ model, real: w }), cmds);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 100) },
    );
    assert.ok(runs > 0);
  });

  it("covered every kind of step and refusal", () => {
    const want = [
      "remove ok",
      "remove UnknownMember",
      "replace ok",
      "replace InvalidMember",
      "threshold ok",
      "threshold InvalidThreshold",
      "propose ok",
      "propose NotMember",
      "propose CallNotAllowed",
      "approve ok",
      "approve AlreadyApproved",
      "approve DecisionNotOpen",
      "execute ok",
      "execute NotEnoughApprovals",
      "execute DecisionNotOpen",
      "cancel ok",
      "cancel NotProposer",
    ];
    assert.deepEqual(
      want.filter((k) => !seen.has(k)),
      [],
      JSON.stringify(Object.fromEntries(seen)),
    );
  });
});
