// The share ledger against a real fund: it mirrors every balance and the supply exactly through
// deposits, redemptions in cash and in kind, transfers and fee mints; only the fund reports to
// it; zero and self transfers still work; and votes count only once delegated.
import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import type { ContractReturnType } from "@nomicfoundation/hardhat-viem/types";
import { getAddress, parseUnits, type Address } from "viem";
import { deployWorld, type World } from "../testing/world.js";

describe("share ledger", () => {
  let w: World;
  let ledger: ContractReturnType<"ShareLedger">;
  before(async () => {
    w = await deployWorld();
    ledger = await w.viem.getContractAt("ShareLedger", await w.fund.read.ledger());
  });

  async function assertMirrors(accounts: Address[]) {
    for (const a of accounts) assert.equal(await ledger.read.balanceOf([a]), await w.fund.read.balanceOf([a]), a);
    const t = await w.now();
    await w.networkHelpers.mine(1);
    assert.equal(await ledger.read.supplyAt([t]), await w.fund.read.totalSupply());
    for (const a of accounts) assert.equal(await ledger.read.balanceAt([a, t]), await w.fund.read.balanceOf([a]));
  }

  it("belongs to its fund for good", async () => {
    assert.equal(getAddress(await ledger.read.fund()), getAddress(w.fund.address));
    assert.equal(await ledger.read.CLOCK_MODE(), "mode=timestamp");
  });

  it("mirrors deposits, transfers, fee mints and redemptions in cash and in kind", async () => {
    const [bob, carol, alice] = [w.bob, w.carol, w.alice].map((x) => getAddress(x.account.address));
    const all = [bob, carol, alice, getAddress(w.splitter.address)];
    await w.deposit(w.bob, parseUnits("100000", 6));
    await w.deposit(w.carol, parseUnits("50000", 6));
    await assertMirrors(all);
    await w.skipFresh(30n * 86_400n);
    await w.fund.write.accrueFees(); // fee shares minted to the splitter
    assert.ok((await w.fund.read.balanceOf([w.splitter.address])) > 0n);
    await assertMirrors(all);
    await w.fund.write.transfer([alice, 12_345n], { account: w.bob.account });
    await w.fund.write.transfer([alice, 0n], { account: w.bob.account });
    await w.fund.write.transfer([bob, 1_000n], { account: w.bob.account }); // to itself
    await assertMirrors(all);
    const shares = await w.fund.read.balanceOf([carol]);
    await w.fund.write.redeem([shares / 3n, carol, carol], { account: w.carol.account });
    await w.fund.write.redeemInKind([shares / 3n, carol, carol], { account: w.carol.account });
    await w.fund.write.approve([alice, 10n ** 12n], { account: w.carol.account });
    await w.fund.write.transferFrom([carol, alice, 10n ** 12n], { account: w.alice.account });
    await assertMirrors(all);
  });

  it("takes reports from the fund only", async () => {
    await assert.rejects(
      ledger.write.onTransfer([w.bob.account.address, w.carol.account.address, 1n], { account: w.bob.account }),
      /NotFund/,
    );
    await assert.rejects(
      w.asTimelock((from) => ledger.write.onTransfer([w.bob.account.address, w.carol.account.address, 1n], from)),
      /NotFund/,
    );
  });

  it("counts votes once holders delegate, and moves them with the shares", async () => {
    const bob = w.bob.account.address;
    const carol = w.carol.account.address;
    const bal = await w.fund.read.balanceOf([bob]);
    assert.equal(await ledger.read.getVotes([bob]), 0n);
    await ledger.write.delegate([bob], { account: w.bob.account });
    assert.equal(await ledger.read.getVotes([bob]), bal);
    await w.fund.write.transfer([carol, 1_000n], { account: w.bob.account });
    assert.equal(await ledger.read.getVotes([bob]), bal - 1_000n);
    await ledger.write.delegate([bob], { account: w.carol.account });
    assert.equal(await ledger.read.getVotes([bob]), bal - 1_000n + (await w.fund.read.balanceOf([carol])));
  });
});
