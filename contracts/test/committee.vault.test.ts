// A committee manages a fund's yield positions like its swaps: two of three members move cash into
// a savings vault and back; the fund's own checks (value rule, weight limits, the vault guard) still
// decide, and a lone member cannot move anything.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { decodeErrorResult, encodeFunctionData, getAddress, type Address } from "viem";
import { revertsWith } from "../testing/attack.js";
import { deployYieldWorld, usd, type YieldWorld } from "../testing/yield.js";

const DAY = 86_400n;
const COMMITTEE = 3;

describe("fund committee with yield vaults", () => {
  let w: YieldWorld;
  let committee: Awaited<ReturnType<typeof deployCommittee>>;
  let alice: Address, bob: Address;
  const as = (who: Address) => ({ account: who });
  const move = (amount: bigint, minOut: bigint, into: boolean, vault?: Address) =>
    encodeFunctionData({
      abi: w.fund.abi,
      functionName: "vaultMove",
      args: [vault ?? w.savings.address, amount, minOut, into],
    });

  async function deployCommittee() {
    return w.viem.deployContract("FundCommittee", [w.fund.address, w.timelock.address]);
  }

  before(async () => {
    w = await deployYieldWorld();
    [alice, bob] = [w.alice, w.bob].map((x) => getAddress(x.account.address));
    committee = await deployCommittee();
    const termEnd = (await w.now()) + 400n * DAY;
    await w.asTimelock(async (from) => {
      await committee.write.elect([alice, termEnd], from);
      await committee.write.elect([bob, termEnd], from);
      await committee.write.elect([getAddress(w.carol.account.address), termEnd], from);
      await committee.write.setThreshold([2n], from);
      await w.fund.write.setManager([committee.address, COMMITTEE], from);
    });
  });

  it("moves cash into a vault and back on two approvals, at the fund's value, never on one", async () => {
    const gavBefore = await w.fund.read.totalAssets();
    const exp = (await w.now()) + 3n * DAY;
    const id = await committee.read.decisionCount();
    await committee.write.propose([move(usd(100_000), 0n, true), exp], as(alice));
    await revertsWith(committee.write.execute([id], as(alice)), "NotEnoughApprovals", [id, 1n, 2n]);
    await committee.write.approve([id], as(bob));
    await committee.write.execute([id], as(bob));
    const shares = await w.savings.read.balanceOf([w.fund.address]);
    assert.ok(shares > 0n, "the fund holds savings shares");
    const gavAfter = await w.fund.read.totalAssets();
    assert.ok(gavAfter <= gavBefore && gavBefore - gavAfter <= 1n, "the move keeps the fund's value (rounding aside)");

    const back = await committee.read.decisionCount();
    await committee.write.propose([move(shares, 0n, false), exp], as(bob));
    await committee.write.approve([back], as(alice));
    await committee.write.execute([back], as(alice));
    assert.equal(await w.savings.read.balanceOf([w.fund.address]), 0n);
  });

  it("bubbles up the fund's refusal: a vault the fund never listed, a minimum it cannot meet", async () => {
    const exp = (await w.now()) + 3n * DAY;
    const rogue = await w.viem.deployContract("YieldVault", [w.usdc.address, "Rogue", "RGE", alice]);
    for (const [data, error] of [
      [move(usd(1_000), 0n, true, rogue.address), "UnknownVault"],
      [move(usd(1_000), 2n ** 255n, true), "SlippageExceeded"],
    ] as const) {
      const id = await committee.read.decisionCount();
      await committee.write.propose([data, exp], as(alice));
      await committee.write.approve([id], as(bob));
      await assert.rejects(committee.write.execute([id], as(bob)), (e: any) => {
        const raw = e?.cause?.raw ?? e?.cause?.data?.raw;
        assert.ok(raw, String(e?.shortMessage ?? e));
        assert.equal(decodeErrorResult({ abi: w.fund.abi, data: raw }).errorName, error);
        return true;
      });
    }
  });
});
