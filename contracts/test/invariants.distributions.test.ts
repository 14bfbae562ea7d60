// Distributions under random sequences (issue 18), with fast-check from one fixed seed: deposits,
// transfers, redemptions in cash and in kind, time and fee accruals, distributions of random
// amounts at random past snapshots, and claims in any order by anyone for anyone. After every step:
//  1. for each distribution, what was claimed plus what every account could still claim never
//     exceeds what was set aside (the rounding dust stays in the distributor);
//  2. the distributor holds at least what is set aside and unclaimed (`held`), and `held` is the
//     sum of the amounts less the claims;
//  3. each account's part is the client engine's, amount × balanceAt(snapshot) / supplyAt(snapshot),
//     and never changes once the distribution exists, whatever moves after the snapshot;
//  4. a claim pays the holder exactly its part, once; a second claim reverts AlreadyClaimed.
import "../../src/test/fastCheck.ts";
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { ContractReturnType } from "@nomicfoundation/hardhat-viem/types";
import fc from "fast-check";
import { getAddress, parseEventLogs, parseUnits, type Address } from "viem";
import { entitlement } from "../../src/domain/distributions/index.ts";
import { deployWorld, type World } from "../testing/world.js";

const usd = (n: bigint) => n * 10n ** 6n;
type Wallet = World["alice"];
type Model = { parts: Map<string, bigint>; claimed: Map<string, bigint>; ids: bigint[] };

describe("distribution invariants (stateful, fast-check)", () => {
  let w: World;
  let dist: ContractReturnType<"Distributor">;
  let ledger: ContractReturnType<"ShareLedger">;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let wallets: Wallet[];
  let accounts: Address[];

  before(async () => {
    w = await deployWorld();
    dist = await w.viem.getContractAt("Distributor", await w.fund.read.distributor());
    ledger = await w.viem.getContractAt("ShareLedger", await w.fund.read.ledger());
    wallets = [w.alice, w.bob, w.carol, w.project];
    accounts = wallets.map((x) => getAddress(x.account.address));
    for (const x of wallets) {
      await w.usdc.write.mint([x.account.address, usd(100_000_000n)]);
      await w.usdc.write.approve([w.fund.address, usd(100_000_000n)], { account: x.account });
      await w.fund.write.deposit([usd(100_000n), x.account.address], { account: x.account });
    }
    base = await w.networkHelpers.takeSnapshot();
  });

  const holders = () => [...accounts, getAddress(w.splitter.address)];
  const key = (id: bigint, a: Address) => `${id}:${a}`;

  async function check(m: Model) {
    let sumAmounts = 0n;
    let sumClaimed = 0n;
    for (const id of m.ids) {
      const d = await dist.read.distribution([id]);
      sumAmounts += d.amount;
      sumClaimed += d.claimed;
      assert.equal(await ledger.read.supplyAt([BigInt(d.snapshot)]), d.supply);
      let open = 0n;
      for (const a of holders()) {
        const part = await dist.read.entitlement([id, a]);
        const bal = await ledger.read.balanceAt([a, BigInt(d.snapshot)]);
        assert.equal(part, entitlement(d.amount, bal, d.supply), "the engine's part");
        const k = key(id, a);
        if (!m.parts.has(k)) m.parts.set(k, part);
        assert.equal(part, m.parts.get(k), "a part never changes");
        open += await dist.read.claimable([id, a]);
      }
      assert.ok(d.claimed + open <= d.amount, `claimed ${d.claimed} + claimable ${open} <= ${d.amount}`);
      const modelClaimed = [...m.claimed].filter(([k]) => k.startsWith(`${id}:`)).reduce((s, [, v]) => s + v, 0n);
      assert.equal(d.claimed, modelClaimed);
    }
    const held = await dist.read.held();
    assert.equal(held, sumAmounts - sumClaimed);
    assert.ok((await w.usdc.read.balanceOf([dist.address])) >= held);
  }

  class Deposit implements fc.AsyncCommand<Model, object> {
    constructor(
      readonly who: number,
      readonly k: bigint,
    ) {}
    check = () => true;
    async run(m: Model) {
      const x = wallets[this.who];
      await w.fund.write.deposit([usd(this.k), x.account.address], { account: x.account });
      await check(m);
    }
    toString = () => `deposit(${this.who}, ${this.k})`;
  }
  class Transfer implements fc.AsyncCommand<Model, object> {
    constructor(
      readonly from: number,
      readonly to: number,
      readonly pct: bigint,
    ) {}
    check = () => true;
    async run(m: Model) {
      const x = wallets[this.from];
      const bal = await w.fund.read.balanceOf([x.account.address]);
      await w.fund.write.transfer([accounts[this.to], (bal * this.pct) / 100n], { account: x.account });
      await check(m);
    }
    toString = () => `transfer(${this.from} → ${this.to}, ${this.pct} %)`;
  }
  class Redeem implements fc.AsyncCommand<Model, object> {
    constructor(
      readonly who: number,
      readonly pct: bigint,
      readonly inKind: boolean,
    ) {}
    check = () => true;
    async run(m: Model) {
      const x = wallets[this.who];
      const a = x.account.address;
      const shares = ((await w.fund.read.balanceOf([a])) * this.pct) / 100n;
      if (shares === 0n) return;
      if (this.inKind) await w.fund.write.redeemInKind([shares, a, a], { account: x.account });
      else await w.fund.write.redeem([shares, a, a], { account: x.account });
      await check(m);
    }
    toString = () => `redeem${this.inKind ? "InKind" : ""}(${this.who}, ${this.pct} %)`;
  }
  class Time implements fc.AsyncCommand<Model, object> {
    constructor(readonly seconds: number) {}
    check = () => true;
    async run(m: Model) {
      await w.skipFresh(this.seconds);
      await w.fund.write.accrueFees();
      await check(m);
    }
    toString = () => `time(${this.seconds})`;
  }
  class Distribute implements fc.AsyncCommand<Model, object> {
    constructor(
      readonly bps: bigint,
      readonly back: number,
      readonly dust: bigint,
    ) {}
    check = () => true;
    async run(m: Model) {
      const cash = await w.usdc.read.balanceOf([w.fund.address]);
      const amount = (cash * this.bps) / 10_000n + this.dust;
      const snapshot = (await w.now()) - BigInt(this.back);
      await w.networkHelpers.mine(1);
      const hash = await w.asTimelock((from) => w.fund.write.distribute([amount, snapshot], from));
      const logs = (await w.publicClient.waitForTransactionReceipt({ hash })).logs;
      const [ev] = parseEventLogs({ abi: dist.abi, logs, eventName: "Distributed" });
      m.ids.push(ev.args.id);
      await check(m);
    }
    toString = () => `distribute(${this.bps} bps + ${this.dust}, ${this.back} s back)`;
  }
  class Claim implements fc.AsyncCommand<Model, object> {
    constructor(
      readonly pick: number,
      readonly holder: number,
      readonly caller: number,
    ) {}
    check = (m: Readonly<Model>) => m.ids.length > 0;
    async run(m: Model) {
      const id = m.ids[this.pick % m.ids.length];
      const h = holders()[this.holder % holders().length];
      const k = key(id, h);
      const part = await dist.read.claimable([id, h]);
      const caller = wallets[this.caller];
      if (m.claimed.has(k)) {
        await assert.rejects(dist.write.claim([id, h], { account: caller.account }), /AlreadyClaimed/);
      } else if (part === 0n) {
        await assert.rejects(dist.write.claim([id, h], { account: caller.account }), /NothingToClaim/);
      } else {
        const isSplitter = h === getAddress(w.splitter.address);
        const before = isSplitter ? await w.fund.read.balanceOf([h]) : await w.usdc.read.balanceOf([h]);
        await dist.write.claim([id, h], { account: caller.account });
        const after = isSplitter ? await w.fund.read.balanceOf([h]) : await w.usdc.read.balanceOf([h]);
        if (isSplitter) assert.ok(after > before, "the splitter's part became fee shares");
        else assert.equal(after - before, part, "the holder is paid its part exactly");
        m.claimed.set(k, part);
      }
      await check(m);
    }
    toString = () => `claim(#${this.pick}, holder ${this.holder}, by ${this.caller})`;
  }

  const who = fc.integer({ min: 0, max: 3 });
  const commands = [
    fc.tuple(who, fc.bigInt({ min: 1n, max: 500_000n })).map(([a, k]) => new Deposit(a, k)),
    fc.tuple(who, who, fc.bigInt({ min: 0n, max: 100n })).map(([a, b, p]) => new Transfer(a, b, p)),
    fc.tuple(who, fc.bigInt({ min: 1n, max: 100n }), fc.boolean()).map(([a, p, k]) => new Redeem(a, p, k)),
    fc.integer({ min: 1, max: 20 * 86_400 }).map((s) => new Time(s)),
    fc
      .tuple(fc.bigInt({ min: 0n, max: 5_000n }), fc.integer({ min: 0, max: 3 }), fc.bigInt({ min: 1n, max: 7n }))
      .map(([b, back, d]) => new Distribute(b, back, d)),
    fc.tuple(fc.nat(), fc.nat(), who).map(([p, h, c]) => new Claim(p, h, c)),
    fc.tuple(fc.nat(), fc.nat(), who).map(([p, h, c]) => new Claim(p, h, c)),
  ];

  it("claims never exceed what was set aside, parts follow the snapshot, and nobody is paid twice", {
    timeout: 1_800_000,
  }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: Number(process.env.FC_STEPS ?? 16) }), async (cmds) => {
        await base.restore();
        await fc.asyncModelRun(() => ({ model: { parts: new Map(), claimed: new Map(), ids: [] }, real: {} }), cmds);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 60) },
    );
  });
});
