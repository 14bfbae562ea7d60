// Returns through distributions (issue 18): a distribution returns cash, it is not a loss. The list
// lens gives each checkpoint's NAV per share as a total return, `⌊nav × g / gNow⌋` with the
// distributor's growth index, exactly as the client adjusts the series of the NavRecorded and
// Distributed logs (src/domain/history/totalReturn.ts): so Discover, the fund page's returns and its
// chart agree to the wei. A distribution written after a day's checkpoint leaves that checkpoint
// before it; one that writes the day's checkpoint is before it. A fund distributing more than the
// lens adjusts for has a shorter history rather than a wrong one.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseUnits } from "viem";
import { decodeHistory } from "../../src/chain/fundRecords.ts";
import { historyEntries, totalReturnSeries } from "../../src/domain/history/totalReturn.ts";
import { windowReturnPpm, type NavPoint } from "../../src/domain/valuation/returns.ts";
import { dayOf, today, toDay } from "../testing/checkpoints.js";
import { deployWorld, type World } from "../testing/world.js";

const usd = (n: number | string) => parseUnits(String(n), 6);

/** The client's total-return series from the fund's and its distributor's logs, in chain order. */
async function clientSeries(w: World) {
  const dist = await w.viem.getContractAt("Distributor", await w.fund.read.distributor());
  const nav = await w.fund.getEvents.NavRecorded({ fromBlock: 0n });
  const paid = await dist.getEvents.Distributed({}, { fromBlock: 0n });
  return totalReturnSeries(historyEntries(nav, paid), await w.fund.read.decimals());
}

/** The series' checkpoints: each day's first point. */
const daysFirst = (s: NavPoint[]) => s.filter((p, i) => i === 0 || dayOf(s[i - 1].t) !== dayOf(p.t));

async function lensHistory(w: World, since: bigint, windows: bigint[] = [7n * 86_400n]) {
  const list = await w.viem.deployContract("FundListLens", [w.lens.address]);
  return { list, h: decodeHistory(await list.read.history([w.fund.address, since, windows, 10n]))! };
}

async function distribute(w: World, amount: bigint) {
  const snap = await w.now();
  await w.networkHelpers.mine(1);
  await w.asTimelock((from) => w.fund.write.distribute([amount, snap], from));
}

describe("total return through distributions", () => {
  it("the lens and the client count distributions as reinvested, to the wei, whichever order a day's records take", async () => {
    const w = await deployWorld();
    const d = (await today(w)) + 1n;
    await toDay(w, d);
    await w.deposit(w.bob, usd(1_000_000));
    await toDay(w, d + 1n);
    await w.fund.write.accrueFees(); // the day's checkpoint, then a distribution after it
    await distribute(w, usd(50_000));
    await toDay(w, d + 2n);
    await distribute(w, usd(100_000)); // the distribution writes the day's checkpoint
    for (let i = 3n; i < 10n; i++) {
      await toDay(w, d + i);
      await w.fund.write.accrueFees();
    }
    const client = await clientSeries(w);
    assert.equal(client.distributions, 2);
    const { list, h } = await lensHistory(w, d);
    const checkpoints = daysFirst(client.nav);
    // Each return point the lens gives is the client's adjusted checkpoint of that time.
    for (const p of h.returns)
      assert.deepEqual(
        p,
        checkpoints.find((x) => x.t === p.t),
      );
    // Its trend draws no fall at the distributions either: within 1 % from first to last.
    assert.ok(h.trend.at(-1)!.navPerShare * 100n > h.trend[0].navPerShare * 99n, "a flat trend");
    // Paying out 15 % is not a 15 % loss: only the fees, a fraction of a percent, lower the return.
    const raw = await w.fund.read.checkpoints([0n, 100n, 1n]);
    const rawFirst = (raw[0] >> 40n) & ((1n << 96n) - 1n);
    const rawLast = (raw.at(-1)! >> 40n) & ((1n << 96n) - 1n);
    assert.ok(rawLast * 100n < rawFirst * 86n, "the NAV per share itself fell by more than 14 %");
    const total = windowReturnPpm(h.returns, h.returns[0].t)!;
    assert.ok(total < 0n && total > -5_000n, `total return ${total} ppm: fees only`);
    // The manager's other funds read the same first point.
    const managed = await list.read.managed([w.fund.address]);
    assert.equal(managed.firstNav, checkpoints[0].navPerShare);
  });

  it("a fund that distributed more often than the lens adjusts for has its history start after the oldest it cannot", async () => {
    const w = await deployWorld();
    const d = (await today(w)) + 1n;
    await toDay(w, d);
    await w.deposit(w.bob, usd(1_000_000));
    const list = await w.viem.deployContract("FundListLens", [w.lens.address]);
    const max = await list.read.MAX_DISTRIBUTIONS();
    for (let i = 1n; i <= max + 1n; i++) {
      await toDay(w, d + i);
      await distribute(w, usd(1_000));
    }
    await toDay(w, d + max + 2n);
    await w.fund.write.accrueFees();
    const { h } = await lensHistory(w, d);
    const checkpoints = daysFirst((await clientSeries(w)).nav);
    // The deposit day and the first distribution's day are before the oldest of the last `max`.
    assert.equal(dayOf(h.returns[0].t), d + 2n);
    for (const p of h.returns)
      assert.deepEqual(
        p,
        checkpoints.find((x) => x.t === p.t),
      );
    // And it stays within the gas a history may use.
    const gas = await w.publicClient.estimateContractGas({
      address: list.address,
      abi: list.abi,
      functionName: "history",
      args: [w.fund.address, d, [7n * 86_400n, 30n * 86_400n, 365n * 86_400n], 48n],
    });
    assert.ok(gas < (await list.read.HISTORY_GAS()), `history gas ${gas}`);
  });

  it("a distribution of everything the fund holds still goes through, and its history still reads", async () => {
    const w = await deployWorld();
    const d = (await today(w)) + 1n;
    await toDay(w, d);
    await w.deposit(w.bob, usd(1_000));
    await toDay(w, d + 1n);
    await w.fund.write.accrueFees();
    await distribute(w, await w.fund.read.totalAssets()); // the NAV per share after it is 0
    await toDay(w, d + 2n);
    await w.deposit(w.carol, usd(10)); // new money at the new price
    const dist = await w.viem.getContractAt("Distributor", await w.fund.read.distributor());
    const [, , words] = await dist.read.growthSince([0n, 32n]);
    assert.equal(words[0] >> 64n, (1n << 192n) - 1n, "the index saturates");
    const { h } = await lensHistory(w, d);
    assert.ok(h.returns.every((p) => p.navPerShare >= 1n));
    assert.deepEqual(
      h.returns,
      daysFirst((await clientSeries(w)).nav).filter((p) => h.returns.some((q) => q.t === p.t)),
    );
  });
});
