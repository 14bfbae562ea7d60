// FundListLens (issue 17, Discover at scale): a page of funds as a list draws them, packed. Each
// record's summary is the lens's; its return points are exactly the checkpoints each window's
// return starts from, so the returns equal those of every checkpoint; its trend is checkpoints
// spread evenly by index, each within one level of its NAV per share.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, parseUnits } from "viem";
import { decodeHistory, decodeRecords, type RecordHistory } from "../../src/chain/fundRecords.ts";
import { checkpointSeries } from "../../src/domain/history/checkpoints.ts";
import { returnsToNow, WINDOWS } from "../../src/domain/history/windows.ts";
import type { NavPoint } from "../../src/domain/valuation/returns.ts";
import { revertsWith } from "../testing/attack.js";
import { DAY, dayOf, today, toDay } from "../testing/checkpoints.js";
import { deployWorld } from "../testing/world.js";

const usdc = (s: string) => parseUnits(s, 6);
const SPANS = Object.values(WINDOWS);
const TREND = 10n;

/** Four funds: A records every day for 40 days, B every third day, C only at its start, D first without shares. */
async function listWorld() {
  const w = await deployWorld();
  for (const symbol of ["egB", "egC", "egD"])
    await w.factory.write.createFund([{ ...w.fundConfig, symbol }, w.governanceParams]);
  const sets = await w.factory.read.allFunds();
  const funds = await Promise.all(sets.map((s) => w.viem.getContractAt("Fund", s.fund)));
  const alice = w.alice.account;
  await w.usdc.write.mint([alice.address, usdc("10000000")]);
  const deposit = async (i: number, amount: string) => {
    await w.usdc.write.approve([funds[i].address, usdc(amount)], { account: alice });
    await funds[i].write.deposit([usdc(amount), alice.address], { account: alice });
  };
  const d = (await today(w)) + 1n;
  await toDay(w, d);
  for (const i of [0, 1, 2]) await deposit(i, "1000000");
  await funds[3].write.accrueFees(); // a checkpoint without shares: NAV per share 0, not drawn
  for (let i = 1n; i < 40n; i++) {
    await toDay(w, d + i, 3_600n + i * 60n);
    await funds[0].write.accrueFees();
    if (i % 3n === 0n) await funds[1].write.accrueFees();
    if (i === 2n) await deposit(3, "5000");
    if (i > 2n && i % 5n === 0n) await funds[3].write.accrueFees();
  }
  const listLens = await w.viem.deployContract("FundListLens", [w.lens.address]);
  return { w, sets, funds, listLens, d };
}

/** The checkpoints a client draws since `since`: every one with a NAV per share. */
async function drawn(
  fund: { read: { checkpoints: (a: [bigint, bigint, bigint]) => Promise<readonly bigint[]> } },
  since: bigint,
) {
  const nav = checkpointSeries(await fund.read.checkpoints([0n, 1_000n, 1n])).nav;
  return nav.filter((p) => dayOf(p.t) >= since);
}

function expectedReturnPoints(all: NavPoint[], now: bigint): NavPoint[] {
  if (all.length === 0) return [];
  const picked = new Set<NavPoint>([all[0], all[all.length - 1]]);
  for (const span of SPANS) {
    const before = all.filter((p) => p.t <= now - span);
    if (before.length > 0) picked.add(before[before.length - 1]);
  }
  return all.filter((p) => picked.has(p));
}

function checkTrend(h: RecordHistory, all: NavPoint[], points: bigint) {
  if (all.length === 0) return assert.deepEqual(h.trend, []);
  assert.ok(h.trend.length >= 2 || all.length === 1, "a trend of two points at least");
  assert.ok(BigInt(h.trend.length) <= points + 1n, "at most the points asked for and the last");
  const byDay = new Map(all.map((p) => [dayOf(p.t), p.navPerShare]));
  const navs = h.trend.map((p) => byDay.get(dayOf(p.t)));
  assert.ok(
    navs.every((v) => v !== undefined),
    "each trend point is a drawn checkpoint's day",
  );
  assert.equal(dayOf(h.trend[0].t), dayOf(all[0].t), "it starts at the first checkpoint");
  assert.equal(dayOf(h.trend.at(-1)!.t), dayOf(all.at(-1)!.t), "it ends at the last checkpoint");
  const [lo, hi] = [navs.reduce((a, b) => (b! < a! ? b : a))!, navs.reduce((a, b) => (b! > a! ? b : a))!];
  h.trend.forEach((p, i) => {
    const exact = navs[i]!;
    assert.ok(p.navPerShare <= exact && exact - p.navPerShare <= (hi - lo) / 65_535n + 1n, `point ${i} within a level`);
    assert.equal(p.t % DAY, 0n);
  });
  // Evenly spread by index: one stride between points, the last point wherever the last checkpoint is.
  const index = h.trend.map((p) => all.findIndex((q) => dayOf(q.t) === dayOf(p.t)));
  const gaps = index.slice(1).map((x, i) => x - index[i]);
  const stride = Math.max(1, Math.ceil(all.length / Number(points)));
  assert.ok(
    gaps.slice(0, -1).every((g) => g === stride),
    `gaps ${gaps}, stride ${stride}`,
  );
  assert.ok(gaps.length === 0 || (gaps.at(-1)! > 0 && gaps.at(-1)! <= stride));
}

describe("FundListLens", () => {
  it("packs each fund's summary, the checkpoints its returns start from and a thinned trend", async () => {
    const { w, sets, funds, listLens, d } = await listWorld();
    const now = (await w.publicClient.getBlock()).timestamp;
    const summaries = await w.lens.read.summaries([w.factory.address, 0n, 50n]);
    for (const since of [0n, d + 5n, d + 45n]) {
      const [read, data] = await listLens.read.page([w.factory.address, 0n, 50n, since, SPANS, TREND]);
      assert.equal(read, 4n);
      const records = decodeRecords(data);
      assert.equal(records.length, 4);
      for (let i = 0; i < 4; i++) {
        const [r, s] = [records[i], summaries[i]];
        assert.equal(r.fund, getAddress(sets[i].fund));
        const got = r.summary!;
        assert.deepEqual(
          [got.name, got.symbol, got.assetSymbol, got.asset, got.assetFeed, got.decimals, got.assetDecimals],
          [s.name, s.symbol, s.assetSymbol, getAddress(s.asset), getAddress(s.assetFeed), s.decimals, s.assetDecimals],
        );
        assert.deepEqual(
          [got.assetFeedDecimals, got.mechanism, got.pricesFresh, got.assetUsdPrice, got.managerTokenSupply],
          [s.assetFeedDecimals, s.mechanism, s.pricesFresh, s.assetUsdPrice, s.managerTokenSupply],
        );
        assert.deepEqual(got.fees, s.fees);
        assert.deepEqual(
          [got.nav, got.perShare, got.perManagerToken],
          [s.intrinsic.nav, s.intrinsic.perShare, s.intrinsic.perManagerToken],
        );
        const all = await drawn(funds[i], since);
        const h = r.history!;
        assert.deepEqual(h.returns, expectedReturnPoints(all, now), `return points of fund ${i} since ${since}`);
        const at = { t: now, navPerShare: s.intrinsic.perShare };
        assert.deepEqual(returnsToNow(h.returns, at), returnsToNow(all, at), "the same returns as every checkpoint");
        checkTrend(h, all, TREND);
        // One fund's history alone is the same bytes' history.
        const alone = decodeHistory(await listLens.read.history([sets[i].fund, since, SPANS, TREND]));
        assert.deepEqual(alone, h);
      }
    }
    // A window the history covers (A's 7 and 30 days) gives a return; the fund without shares at
    // first starts at its first checkpoint with shares.
    const [, data] = await listLens.read.page([w.factory.address, 0n, 50n, 0n, SPANS, TREND]);
    const [a, , , dd] = decodeRecords(data);
    assert.equal(a.history!.returns.length, 4); // first, 30 d, 7 d, last
    assert.equal(dayOf(dd.history!.returns[0].t), d + 2n);
  });

  it("pages the registry, trends with one point or none, and refuses too many points or windows", async () => {
    const { w, sets, listLens } = await listWorld();
    const [read, data] = await listLens.read.page([w.factory.address, 1n, 2n, 0n, SPANS, TREND]);
    assert.equal(read, 2n);
    assert.deepEqual(
      decodeRecords(data).map((r) => r.fund),
      [sets[1].fund, sets[2].fund].map((a) => getAddress(a)),
    );
    assert.deepEqual(await listLens.read.page([w.factory.address, 4n, 10n, 0n, SPANS, TREND]), [0n, "0x"]);
    const none = decodeHistory(await listLens.read.history([sets[0].fund, 0n, SPANS, 0n]))!;
    assert.deepEqual(none.trend, []);
    assert.equal(none.returns.length, 4);
    const late = decodeHistory(await listLens.read.history([sets[0].fund, 1_000_000n, SPANS, TREND]))!;
    assert.deepEqual(late, { returns: [], trend: [] });
    const c = decodeHistory(await listLens.read.history([sets[2].fund, 0n, SPANS, TREND]))!;
    assert.equal(c.returns.length, 1);
    assert.equal(c.trend.length, 1);
    await revertsWith(listLens.read.history([sets[0].fund, 0n, SPANS, 255n]), "TooManyTrendPoints");
    await revertsWith(listLens.read.page([w.factory.address, 0n, 1n, 0n, Array(9).fill(DAY), 1n]), "TooManyWindows");
  });
});

describe("FundListLens.managedBy", () => {
  it("lists the registry's funds naming a manager, in order, each with its first NAV per share and today's", async () => {
    const { w, sets, funds, listLens } = await listWorld();
    const manager = w.manager.account.address;
    const [list, more] = await listLens.read.managedBy([w.factory.address, manager]);
    assert.equal(more, false);
    assert.deepEqual(
      list.map((m) => getAddress(m.fund)),
      sets.map((s) => getAddress(s.fund)),
    );
    for (const [i, m] of list.entries()) {
      assert.equal(m.ok, true);
      assert.equal(m.name, await funds[i].read.name());
      assert.equal(m.mechanism, await funds[i].read.mechanism());
      assert.equal(m.navPerShare, (await w.lens.read.intrinsicValues([funds[i].address])).perShare);
      // The first checkpoint a client draws: D's first one, without shares, is skipped.
      const [first] = await drawn(funds[i], 0n);
      assert.equal(BigInt(m.firstTime), first.t);
      assert.equal(m.firstNav, first.navPerShare);
    }
    assert.deepEqual(await listLens.read.managedBy([w.factory.address, w.carol.account.address]), [[], false]);
  });

  it("leaves out funds of other managers, and the governance funds whose manager is their own timelock", async () => {
    const { w, listLens } = await listWorld();
    const bob = w.bob.account.address;
    await w.factory.write.createFund([{ ...w.fundConfig, symbol: "egBOB", manager: bob }, w.governanceParams]);
    await w.factory.write.createFund([{ ...w.fundConfig, symbol: "egGOV", mechanism: 0 }, w.governanceParams]);
    const sets = await w.factory.read.allFunds();
    const [bobs] = await listLens.read.managedBy([w.factory.address, bob]);
    assert.deepEqual(
      bobs.map((m) => getAddress(m.fund)),
      [getAddress(sets[4].fund)],
    );
    // A fund with no checkpoint with shares yet: no first NAV, no NAV per share.
    assert.equal(bobs[0].firstNav, 0n);
    assert.equal(bobs[0].firstTime, 0n);
    assert.equal(bobs[0].navPerShare, 0n);
    const gov = await w.viem.getContractAt("Fund", sets[5].fund);
    assert.equal(getAddress(await gov.read.manager()), getAddress(sets[5].timelock));
    const [own] = await listLens.read.managedBy([w.factory.address, sets[5].timelock]);
    assert.deepEqual(
      own.map((m) => getAddress(m.fund)),
      [getAddress(sets[5].fund)],
    );
    const [managers] = await listLens.read.managedBy([w.factory.address, w.manager.account.address]);
    assert.equal(managers.length, 4);
  });

  it("describes at most MAX_MANAGED funds and says that more follow: anyone may name any manager", async () => {
    const { w, listLens } = await listWorld();
    const max = await listLens.read.MAX_MANAGED();
    for (let i = 4n; i < max; i++)
      await w.factory.write.createFund([{ ...w.fundConfig, symbol: `egM${i}` }, w.governanceParams]);
    const manager = w.manager.account.address;
    const [full, none] = await listLens.read.managedBy([w.factory.address, manager]);
    assert.equal(BigInt(full.length), max);
    assert.equal(none, false);
    await w.factory.write.createFund([{ ...w.fundConfig, symbol: "egMORE" }, w.governanceParams]);
    const [cut, more] = await listLens.read.managedBy([w.factory.address, manager]);
    assert.equal(BigInt(cut.length), max);
    assert.equal(more, true);
  });
});
