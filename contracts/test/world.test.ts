import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getAddress, parseUnits } from "viem";
import { deployWorld } from "../testing/world.js";

describe("world fixture", () => {
  it("creates and registers a complete fund set", async () => {
    const w = await deployWorld();
    const all = await w.factory.read.allFunds();
    assert.equal(all.length, 1);
    assert.equal(getAddress(await w.fund.read.owner()), getAddress(w.timelock.address));
    assert.equal(getAddress(await w.fund.read.manager()), getAddress(w.manager.account.address));
    assert.equal(await w.fund.read.decimals(), 12);
    assert.equal(getAddress(await w.managerToken.read.minter()), getAddress(w.rewards.address));
    const shares = await w.deposit(w.alice, parseUnits("1000", 6));
    assert.equal(shares, parseUnits("1000", 12));
  });
});
