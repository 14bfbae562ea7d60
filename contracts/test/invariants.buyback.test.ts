// Stateful property suite for buybacks: random deposits and redemptions, outsiders trading the
// share's pool and the manager token's pool either way, time passing (fees accrue), WETH price
// moves, governance changing the buyback limit, and buybacks of random sizes by the fund's
// manager and by anyone through the fee splitter (in buyback mode). After every buyback:
//  1. a fund buyback that succeeds never lowers the NAV per share: the event's NAV before equals
//     the preview (after the accrual) and the fund's NAV after is at least it; the shares bought
//     are burnt (the fund holds none);
//  2. a refused fund buyback names one of the expected reasons (price at or above NAV, limit,
//     cash, minimum cash) and changes nothing;
//  3. what the fund bought in any 30 days never exceeds the limit's budget (the model's bucket);
//  4. a splitter buyback never lowers the waiting fee shares per manager token, and burns what
//     it bought; a refusal changes nothing.
// Fixed seed (src/test/fastCheck.ts); FC_SEED=<n> explores other draws, FC_RUNS the number of runs.
import "../../src/test/fastCheck.ts";
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import fc from "fast-check";
import { getAddress, parseEventLogs, parseUnits, type Address } from "viem";
import { deployWorld, type World } from "../testing/world.js";
import { addSharePool, navPerShare, trade } from "../testing/buyback.js";
import { outcome, pinNext } from "../testing/random.js";

const ONE = 10n ** 12n;
const GAS = 5_000_000n;
const usd = (n: number | bigint) => parseUnits(String(n), 6);
const tok = (n: number) => parseUnits(String(n), 18);
const REFUSALS = new Set(["BuybackAboveValue", "BuybackLimitExceeded", "InsufficientLiquidity", "CashBelowMinimum"]);

type Model = { limitBps: bigint; used: bigint; at: bigint; seen: Map<string, number> };

describe("buyback invariants (stateful, fast-check)", () => {
  let w: World;
  let sharePool: Address;
  let tokenPool: Address;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;

  before(async () => {
    w = await deployWorld();
    await w.deposit(w.bob, usd(1_000_000));
    await w.deposit(w.carol, usd(500_000));
    await w.deposit(w.alice, usd(200_000));
    await w.deposit(w.founder, usd(10_000));
    await w.fund.write.swap([w.wethUsdc.address, w.usdc.address, usd(300_000), 0n], { account: w.manager.account });
    sharePool = (await addSharePool(w, w.alice, parseUnits("100000", 12), 9_000n)).address;
    await w.asTimelock((from) => w.fund.write.setBuybackLimit([100], from));
    // The manager token's pool, and the splitter in buyback mode.
    await w.amm.write.createPair([w.fund.address, w.managerToken.address]);
    tokenPool = await w.amm.read.getPair([w.fund.address, w.managerToken.address]);
    const p = await w.viem.getContractAt("AmmPair", tokenPool);
    await w.fund.write.approve([tokenPool, parseUnits("500", 12)], { account: w.founder.account });
    await w.managerToken.write.approve([tokenPool, tok(100_000)], { account: w.founder.account });
    const shareIs0 = getAddress(await p.read.token0()) === getAddress(w.fund.address);
    const [a, b] = shareIs0 ? [parseUnits("500", 12), tok(100_000)] : [tok(100_000), parseUnits("500", 12)];
    await p.write.addLiquidity([a, b, 0n, w.founder.account.address], { account: w.founder.account });
    await w.asTimelock((from) => w.splitter.write.setRevenueMode([true, tokenPool], from));
    // Half a year of fees waits for buybacks.
    await w.skipFresh(182 * 86_400);
    await w.splitter.write.distribute();
    base = await w.networkHelpers.takeSnapshot();
  });

  const now = async () => (await w.publicClient.getBlock()).timestamp;
  type Cmd = fc.AsyncCommand<Model, World>;
  const cmd = (name: string, run: (m: Model) => Promise<void>): Cmd => ({
    check: () => true,
    run,
    toString: () => name,
  });
  const investors = () => [w.bob, w.carol, w.alice];

  const deposit = fc.tuple(fc.nat(2), fc.integer({ min: 1, max: 200_000 })).map(([i, n]) =>
    cmd(`deposit ${n} by ${i}`, async () => {
      await w.deposit(investors()[i], usd(n));
    }),
  );
  const redeem = fc.tuple(fc.nat(2), fc.integer({ min: 1, max: 100 })).map(([i, pct]) =>
    cmd(`redeem ${pct} % by ${i}`, async () => {
      const who = investors()[i];
      const shares = ((await w.fund.read.balanceOf([who.account.address])) * BigInt(pct)) / 100n;
      if (shares === 0n) return;
      const r = await outcome(
        w.fund.write.redeem([shares, who.account.address, who.account.address], { account: who.account, gas: GAS }),
      );
      assert.ok(r === null || r.name === "InsufficientLiquidity", `redeem: ${r?.name}`);
    }),
  );
  // Carol trades the share's pool: sells shares (price down) or buys with fresh USDC (price up).
  const tradeShares = fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 40_000 })).map(([sell, n]) =>
    cmd(`${sell ? "sell" : "buy"} ${n} in the share pool`, async () => {
      if (sell) {
        const held = await w.fund.read.balanceOf([w.carol.account.address]);
        const amount = parseUnits(String(n), 12);
        if (amount <= held) await trade(w, w.carol, sharePool, w.fund.address, amount);
      } else {
        await trade(w, w.carol, sharePool, w.usdc.address, usd(n), true);
      }
    }),
  );
  const tradeTokens = fc.tuple(fc.boolean(), fc.integer({ min: 1, max: 30_000 })).map(([sell, n]) =>
    cmd(`${sell ? "sell" : "buy"} manager tokens (${n})`, async () => {
      const f = w.founder.account.address;
      if (sell) {
        const amount = tok(n);
        if (amount <= (await w.managerToken.read.balanceOf([f]))) {
          await trade(w, w.founder, tokenPool, w.managerToken.address, amount);
        }
      } else {
        const amount = parseUnits(String(n), 9); // up to 30 shares
        if (amount <= (await w.fund.read.balanceOf([f]))) await trade(w, w.founder, tokenPool, w.fund.address, amount);
      }
    }),
  );
  const time = fc.integer({ min: 1, max: 40 }).map((days) =>
    cmd(`${days} days pass`, async () => {
      await w.skipFresh(days * 86_400);
    }),
  );
  const price = fc.integer({ min: 60, max: 160 }).map((pct) =>
    cmd(`ETH at ${pct} %`, async () => {
      await w.setEthPrice((3_000n * 10n ** 8n * BigInt(pct)) / 100n);
    }),
  );
  const limit = fc.integer({ min: 0, max: 300 }).map((bps) =>
    cmd(`buyback limit ${bps} bps`, async (m) => {
      await w.asTimelock((from) => w.fund.write.setBuybackLimit([bps], from));
      m.limitBps = BigInt(bps);
    }),
  );

  const fundBuyback = fc.integer({ min: 1, max: 8_000 }).map((n) =>
    cmd(`fund buys back for ${n}`, async (m) => {
      const fund = w.fund.address;
      const read = await pinNext(w);
      const [gav, supply, pending] = await Promise.all([
        w.fund.read.totalAssets(read),
        w.fund.read.totalSupply(read),
        w.fund.read.previewAccrual(read),
      ]);
      const supplyBefore = supply + pending.feeShares;
      const navBefore = (gav * ONE) / supplyBefore;
      const cash0 = await w.usdc.read.balanceOf([fund]);
      let hash: `0x${string}` | undefined;
      const r = await outcome(
        w.fund.write.buyback([usd(n), 0n], { account: w.manager.account, gas: GAS }).then((h) => {
          hash = h;
        }),
      );
      const key = r?.name ?? "ok";
      m.seen.set(key, (m.seen.get(key) ?? 0) + 1);
      if (r) {
        assert.ok(REFUSALS.has(r.name), `an expected refusal, not ${r.name}`);
        assert.equal(await w.usdc.read.balanceOf([fund]), cash0, "a refusal changes nothing");
        return;
      }
      const receipt = await w.publicClient.waitForTransactionReceipt({ hash: hash! });
      const [ev] = parseEventLogs({ abi: w.fund.abi, logs: receipt.logs, eventName: "BoughtBack" });
      assert.equal(ev.args.navPerShareBefore, navBefore, "NAV before = the preview after the accrual");
      const navAfter = await navPerShare(w);
      assert.equal(navAfter, ev.args.navPerShareAfter);
      assert.ok(navAfter >= navBefore, `NAV per share never falls: ${navBefore} → ${navAfter}`);
      assert.equal(await w.fund.read.balanceOf([fund]), 0n, "bought shares are burnt");
      assert.equal(await w.fund.read.totalSupply(), supplyBefore - ev.args.shares);
      // The model's budget: refills at limit × supply per 30 days.
      const cap = (supplyBefore * m.limitBps) / 10_000n;
      const t = await now();
      const refill = (cap * (t - m.at)) / (30n * 86_400n);
      m.used = (m.used > refill ? m.used - refill : 0n) + ev.args.shares;
      m.at = t;
      assert.ok(m.used <= cap, `within the limit: ${m.used} ≤ ${cap}`);
      assert.equal((await w.fund.read.buybackLimit()).used, m.used);
    }),
  );

  const splitterBuyback = fc.integer({ min: 1, max: 20 }).map((pct) =>
    cmd(`splitter buys back ${pct} % of the waiting shares`, async (m) => {
      await w.splitter.write.distribute();
      const pending = await w.splitter.read.buybackShares();
      const shares = (pending * BigInt(pct)) / 100n;
      if (shares === 0n) return;
      const supply = await w.managerToken.read.totalSupply();
      const r = await outcome(w.splitter.write.buyback([shares, 0n], { account: w.carol.account, gas: GAS }));
      const key = `splitter ${r?.name ?? "ok"}`;
      m.seen.set(key, (m.seen.get(key) ?? 0) + 1);
      const pendingAfter = await w.splitter.read.buybackShares();
      const supplyAfter = await w.managerToken.read.totalSupply();
      if (r) {
        assert.ok(["BuybackAboveValue", "InsufficientOutput"].includes(r.name), `splitter refusal ${r.name}`);
        assert.equal(supplyAfter, supply, "a refusal burns nothing");
        return;
      }
      assert.ok(supplyAfter < supply, "bought tokens are burnt");
      assert.equal(await w.managerToken.read.balanceOf([w.splitter.address]), 0n);
      // pending / supply never falls: pendingAfter × supply ≥ pending × supplyAfter (pending as read
      // after `distribute`, the buyback's own accrual only adds).
      assert.ok(pendingAfter * supply >= (pending - shares) * supplyAfter);
      assert.ok(pendingAfter * supply >= pending * supplyAfter, "waiting shares per token never fall");
    }),
  );

  it("a buyback never lowers the NAV per share nor the waiting fee shares per manager token", {
    timeout: 600_000,
  }, async () => {
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.commands(
          [
            deposit,
            redeem,
            tradeShares,
            tradeShares,
            tradeTokens,
            time,
            price,
            limit,
            fundBuyback,
            fundBuyback,
            fundBuyback,
            splitterBuyback,
            splitterBuyback,
          ],
          { maxCommands: Number(process.env.FC_STEPS ?? 14) },
        ),
        async (cmds) => {
          await base.restore();
          const model: Model = { limitBps: 100n, used: 0n, at: 0n, seen };
          await fc.asyncModelRun(() => ({ model, real: w }), cmds);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 80) },
    );
    console.log("buyback outcomes:", Object.fromEntries(seen));
    assert.ok((seen.get("ok") ?? 0) > 0 && (seen.get("BuybackAboveValue") ?? 0) > 0, "both outcomes occur");
    assert.ok((seen.get("splitter ok") ?? 0) > 0, "the splitter buys back too");
  });
});
