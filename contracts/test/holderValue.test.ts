// A manager-token holder's own value (DESIGN §3): the fee shares credited to it at A / S' plus its
// balance at the per-token value, which counts only the fee shares not yet credited. The client
// engine must equal FundLens.holderValue to the wei before and after a claim; a claim must move
// neither the per-token value nor any other holder's value; a distribution credits the uncredited
// shares to the holders of the moment and keeps each holder's value, less rounding.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { parseUnits, type Abi, type Address } from "viem";
import { fundSnapshot, holderValue } from "../../src/domain/valuation/index.ts";
import { setupPortfolio } from "../testing/portfolio.js";
import { readFundRaw, type RawAbis, type RawClient } from "../testing/readRaw.js";
import { deployWorld, type World } from "../testing/world.js";

const DAY = 86_400n;
const tok = (n: number) => parseUnits(String(n), 18);

describe("a manager-token holder's value", () => {
  let w: World;
  let abis: RawAbis;
  let holders: Address[];

  before(async () => {
    w = await deployWorld();
    await setupPortfolio(w);
    abis = {
      Fund: w.fund.abi as Abi,
      ERC20: w.usdc.abi as Abi,
      Aggregator: w.usdcFeed.abi as Abi,
      AmmPair: w.wethUsdc.abi as Abi,
      VamDeal: w.fund.abi as Abi, // no deals in this world
      FeeSplitter: w.splitter.abi as Abi,
    };
    holders = [w.founder, w.alice, w.bob, w.carol].map((h) => h.account.address);
    const founder = { account: w.founder.account };
    // Fees accrue, then transfers credit them to the holders of the time; carol is excluded.
    await w.skipFresh(30n * DAY);
    await w.managerToken.write.transfer([w.bob.account.address, tok(200_000)], founder);
    await w.asTimelock((from) => w.splitter.write.setExcluded([w.carol.account.address, true], from));
    await w.managerToken.write.transfer([w.carol.account.address, tok(50_000)], founder);
    // More fees: minted to the splitter by a deposit (not yet credited), and pending in the fund.
    await w.skipFresh(40n * DAY);
    await w.deposit(w.alice, parseUnits("20000", 6));
    await w.skipFresh(10n * DAY);
  });

  /** The lens's and the engine's values of every holder at `blockNumber`, asserted equal. */
  async function values(blockNumber: bigint, label: string) {
    const at = { blockNumber };
    const lens = await Promise.all(holders.map((h) => w.lens.read.holderValue([w.fund.address, h], at)));
    const s = fundSnapshot(
      await readFundRaw(w.publicClient as unknown as RawClient, abis, w.fund.address, blockNumber),
    );
    const iv = await w.lens.read.intrinsicValues([w.fund.address], at);
    assert.equal(s.intrinsic.perManagerToken, iv.perManagerToken, `${label}: per-token value`);
    const balances = await Promise.all(holders.map((h) => w.managerToken.read.balanceOf([h], at)));
    const engine = await Promise.all(
      holders.map(async (h, i) =>
        holderValue(s.intrinsic, {
          balance: balances[i],
          credited: await w.splitter.read.credited([h], at),
          excluded: await w.splitter.read.isExcluded([h], at),
        }),
      ),
    );
    holders.forEach((h, i) => {
      assert.deepEqual([engine[i].credited, engine[i].tokens], [...lens[i]], `${label}: holder ${h}`);
    });
    const total = engine.reduce((a, v) => a + v.value, 0n);
    const lost = iv.managerTotal - total;
    const claiming = await w.splitter.read.claimingSupply(at);
    assert.ok(lost >= 0n && lost <= 2n * BigInt(holders.length) + claiming / 10n ** 18n, `${label}: sum, lost ${lost}`);
    return { perToken: iv.perManagerToken, values: engine, balances };
  }

  /** Runs `act` in a block at `time`, and returns the values there; `act` undefined mines an empty block. */
  async function at(time: bigint, act?: () => Promise<unknown>) {
    await w.networkHelpers.time.setNextBlockTimestamp(time);
    if (act) await act();
    else await w.networkHelpers.mine();
    return values(await w.publicClient.getBlockNumber(), act ? "after" : "without");
  }

  it("equals the lens before and after a claim, which moves no other value", async () => {
    const start = await values(await w.publicClient.getBlockNumber(), "start");
    assert.ok(start.perToken > 0n, "some fee shares are not yet credited");
    assert.ok(start.values[1].credited > 0n && start.values[1].tokens > 0n, "alice has both parts");
    assert.equal(start.values[3].tokens, 0n, "carol, excluded, earns nothing on her balance");
    const time = (await w.now()) + 600n;
    const snap = await w.networkHelpers.takeSnapshot();
    const without = await at(time);
    await snap.restore();
    const credited = await w.splitter.read.credited([w.alice.account.address]);
    const shares = await w.fund.read.balanceOf([w.alice.account.address]);
    const after = await at(time, () => w.splitter.write.claim({ account: w.alice.account }));
    assert.equal((await w.fund.read.balanceOf([w.alice.account.address])) - shares, credited, "claim pays credited");
    assert.equal(after.perToken, without.perToken, "the per-token value");
    assert.equal(after.values[1].credited, 0n);
    assert.equal(after.values[1].tokens, without.values[1].tokens);
    for (const i of [0, 2, 3]) assert.deepEqual(after.values[i], without.values[i], `holder ${holders[i]}`);
  });

  it("a distribution credits the uncredited shares and keeps every holder's value, less rounding", async () => {
    const time = (await w.now()) + 600n;
    const snap = await w.networkHelpers.takeSnapshot();
    const without = await at(time);
    await snap.restore();
    const after = await at(time, () => w.splitter.write.distribute());
    assert.ok(
      after.perToken * 1000n <= without.perToken,
      `nothing left uncredited: ${without.perToken} → ${after.perToken}`,
    );
    holders.forEach((h, i) => {
      const [a, b] = [after.values[i].value, without.values[i].value];
      // The per-token value is rounded down per whole token: a unit a token, and a unit for each product.
      const rounding = without.balances[i] / 10n ** 18n + 3n;
      assert.ok(a <= b + rounding && b <= a + rounding, `holder ${h}: ${b} → ${a}`);
    });
  });
});
