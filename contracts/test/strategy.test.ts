// StrategyRegistry: who may state a fund's strategy and when (the creator only before any share
// exists, the fund's owner — its timelock, so a passed proposal — at any time, nobody else), on
// which funds (the factory's only), the versions and the event, and the text's bounds in bytes.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import type { ContractReturnType } from "@nomicfoundation/hardhat-viem/types";
import { encodeFunctionData, getAddress, parseUnits, type Address } from "viem";
import { revertsWith } from "../testing/attack.js";
import { passProposal } from "../testing/governance.js";
import { deployWorld, type World } from "../testing/world.js";

const usd = (n: string) => parseUnits(n, 6);
const TEXT = "Holds USDC, WETH and WBTC.\n\nRebalances monthly toward 40/40/20 within the guidelines.";

describe("StrategyRegistry", () => {
  let w: World;
  let registry: ContractReturnType<"StrategyRegistry">;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let fund: Address;
  let creator: World["deployer"];

  before(async () => {
    w = await deployWorld();
    registry = await w.viem.deployContract("StrategyRegistry", [w.factory.address]);
    fund = w.fund.address;
    creator = w.deployer; // deployWorld creates the fund from the first account
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  const stateAs = (who: { account: { address: Address } }, text = TEXT, f = fund) =>
    registry.write.state([f, text], { account: who.account as never });
  const statement = async (f = fund) => {
    const [text, author, statedAt, version] = await registry.read.statementOf([f]);
    return { text, author: getAddress(author), statedAt, version };
  };

  it("the factory records who created each fund", async () => {
    assert.equal(getAddress(await w.factory.read.creatorOf([fund])), getAddress(creator.account.address));
    await w.factory.write.createFund([{ ...w.fundConfig, name: "Second", symbol: "egTWO" }, w.governanceParams], {
      account: w.alice.account,
    });
    const [, second] = await w.factory.read.allFunds();
    assert.equal(getAddress(await w.factory.read.creatorOf([second.fund])), getAddress(w.alice.account.address));
    assert.equal(await w.factory.read.creatorOf([w.usdc.address]), "0x0000000000000000000000000000000000000000");
  });

  it("a fund without a statement reads as empty, version 0", async () => {
    assert.deepEqual(await statement(), {
      text: "",
      author: "0x0000000000000000000000000000000000000000",
      statedAt: 0n,
      version: 0,
    });
  });

  it("the creator states before the first deposit (nothing is minted at creation), and may revise it then", async () => {
    assert.equal(await w.fund.read.totalSupply(), 0n, "a new fund has no shares");
    const hash = await stateAs(creator);
    const receipt = await w.publicClient.getTransactionReceipt({ hash });
    const time = (await w.publicClient.getBlock({ blockHash: receipt.blockHash })).timestamp;
    assert.deepEqual(await statement(), {
      text: TEXT,
      author: getAddress(creator.account.address),
      statedAt: time,
      version: 1,
    });
    const [ev] = await registry.getEvents.StrategyStated({}, { blockHash: receipt.blockHash });
    assert.deepEqual(
      [getAddress(ev.args.fund!), getAddress(ev.args.author!), ev.args.version, ev.args.text],
      [getAddress(fund), getAddress(creator.account.address), 1, TEXT],
    );
    await stateAs(creator, "Revised before anyone invested.");
    assert.equal((await statement()).version, 2);
    assert.equal((await statement()).text, "Revised before anyone invested.");
  });

  it("the creator is refused once shares exist: the text investors joined on stays", async () => {
    await stateAs(creator);
    await w.deposit(w.alice, usd("1000"));
    const supply = await w.fund.read.totalSupply();
    await revertsWith(stateAs(creator, "Now we buy memecoins."), "SharesExist", [fund, supply]);
    // Holding shares itself does not reopen the window, nor does the supply shrinking (fee shares remain).
    await w.deposit(w.deployer, usd("10"));
    await revertsWith(stateAs(creator, "Now we buy memecoins."), "SharesExist", [
      fund,
      await w.fund.read.totalSupply(),
    ]);
    await w.skipFresh(86_400);
    const shares = await w.fund.read.balanceOf([w.alice.account.address]);
    await w.fund.write.redeem([shares, w.alice.account.address, w.alice.account.address], { account: w.alice.account });
    await revertsWith(stateAs(creator, "Now we buy memecoins."), "SharesExist", [
      fund,
      await w.fund.read.totalSupply(),
    ]);
    assert.deepEqual([(await statement()).text, (await statement()).version], [TEXT, 1]);
  });

  it("the window closes at the first mint: a statement in the block before a deposit stands, one after is refused", async () => {
    // The front-running window the NatSpec names: the creator may change the text just before the
    // first deposit; the depositor sees the version the deposit landed on.
    await stateAs(creator);
    await stateAs(creator, "Changed just before the first deposit.");
    await w.deposit(w.bob, usd("500"));
    assert.equal((await statement()).version, 2);
    await revertsWith(stateAs(creator, "And after it."), "SharesExist", [fund, await w.fund.read.totalSupply()]);
  });

  it("strangers, the manager, investors and manager-token holders are refused, before and after deposits", async () => {
    for (const who of [w.manager, w.alice, w.founder, w.carol]) {
      await revertsWith(stateAs(who), "NotOwnerOrCreator", [fund, who.account.address]);
    }
    await w.deposit(w.alice, usd("1000"));
    for (const who of [w.manager, w.alice, w.founder]) {
      await revertsWith(stateAs(who), "NotOwnerOrCreator", [fund, who.account.address]);
    }
    assert.equal((await statement()).version, 0);
  });

  it("a fund the factory does not list is refused, whoever calls and whatever it answers", async () => {
    // A contract posing as a fund whose owner() would be the caller: never asked, it is not listed.
    await revertsWith(stateAs(creator, TEXT, w.usdc.address), "UnknownFund", [w.usdc.address]);
    await revertsWith(stateAs(w.alice, TEXT, w.alice.account.address), "UnknownFund", [w.alice.account.address]);
    const other = await w.viem.deployContract("StrategyRegistry", [w.usdc.address]); // a registry of no factory
    await assert.rejects(other.write.state([fund, TEXT]));
  });

  it("governance restates at any time through proposal, vote, queue and timelocked execution", async () => {
    await stateAs(creator);
    await w.deposit(w.alice, usd("1000"));
    for (const a of [w.founder, w.alice])
      await w.managerToken.write.delegate([a.account.address], { account: a.account });
    await w.networkHelpers.mine();
    const restated = "Restated by governance: WETH capped at 50 %.";
    const data = encodeFunctionData({ abi: registry.abi, functionName: "state", args: [fund, restated] });
    await passProposal(w, { target: registry.address, data }, `# Restate the strategy\n\n> ${restated}`);
    const s = await statement();
    assert.deepEqual([s.text, s.author, s.version], [restated, getAddress(w.timelock.address), 2]);
  });

  it("the owner states with no earlier statement too, and each statement takes the next version", async () => {
    for (let v = 1; v <= 3; v++) {
      await w.asTimelock((from) => registry.write.state([fund, `Version ${v}`], from));
      const s = await statement();
      assert.deepEqual([s.text, s.author, s.version], [`Version ${v}`, getAddress(w.timelock.address), v]);
    }
  });

  it("the text is 1 to 1,200 bytes, counted in UTF-8 bytes as stored", async () => {
    assert.equal(await registry.read.MAX_LENGTH(), 1_200n);
    await revertsWith(stateAs(creator, ""), "EmptyStatement");
    await revertsWith(stateAs(creator, "x".repeat(1_201)), "StatementTooLong", [1_201n, 1_200n]);
    // 401 euro signs are 401 characters but 1,203 bytes.
    await revertsWith(stateAs(creator, "€".repeat(401)), "StatementTooLong", [1_203n, 1_200n]);
    await revertsWith(
      w.asTimelock((from) => registry.write.state([fund, "y".repeat(5_000)], from)),
      "StatementTooLong",
      [5_000n, 1_200n],
    );
    await stateAs(creator, "€".repeat(400));
    assert.equal((await statement()).text, "€".repeat(400));
    await stateAs(creator, "x".repeat(1_200));
    assert.equal((await statement()).text.length, 1_200);
    assert.equal((await statement()).version, 2, "refused statements take no version");
  });
});
