// Native ether deposited into a WETH fund through EthDepositGateway: one transaction, the same
// shares as a WETH deposit at the same moment, the caller's slippage guard, and a gateway that
// ends every call — honest or hostile — with no ether, no WETH and no allowance.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import type { ContractReturnType } from "@nomicfoundation/hardhat-viem/types";
import { getAddress, parseEventLogs, parseUnits, type Address, type Hash } from "viem";
import { reverts } from "../testing/random.js";
import { deployWorld, HEARTBEAT, type World } from "../testing/world.js";

const eth = (s: string) => parseUnits(s, 18);

describe("EthDepositGateway.depositEth", () => {
  let w: World;
  let weth: ContractReturnType<"MockWETH">;
  let fund: ContractReturnType<"Fund">;
  let gateway: ContractReturnType<"EthDepositGateway">;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let alice: Address;

  before(async () => {
    w = await deployWorld();
    alice = w.alice.account.address;
    weth = await w.viem.deployContract("MockWETH");
    // A WETH fund with an entry fee, so that the preview's fee path is the one compared.
    await w.factory.write.createFund([
      {
        ...w.fundConfig,
        name: "Test Ether",
        symbol: "egETH",
        asset: weth.address,
        assetFeed: w.wethFeed.address,
        assets: [{ token: w.usdc.address, feed: w.usdcFeed.address, heartbeat: HEARTBEAT, maxWeightBps: 5_000 }],
        entryBps: 50,
      },
      { ...w.governanceParams, tokenName: "Test Ether Manager", tokenSymbol: "mETH" },
    ]);
    fund = await w.viem.getContractAt("Fund", (await w.factory.read.allFunds())[1].fund);
    gateway = await w.viem.deployContract("EthDepositGateway", [weth.address]);
    // Bob is in first and fees have accrued for a month, so that a share is worth more than its start.
    await weth.write.deposit({ account: w.bob.account, value: eth("40") });
    await weth.write.approve([fund.address, eth("40")], { account: w.bob.account });
    await fund.write.deposit([eth("40"), w.bob.account.address], { account: w.bob.account });
    await w.skipFresh(30n * 86_400n);
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  /** The gateway holds nothing: no ether, no WETH, and no allowance to any of `spenders`. */
  async function assertEmpty(...spenders: Address[]) {
    assert.equal(await w.publicClient.getBalance({ address: gateway.address }), 0n, "ether left");
    assert.equal(await weth.read.balanceOf([gateway.address]), 0n, "WETH left");
    for (const s of [fund.address, ...spenders])
      assert.equal(await weth.read.allowance([gateway.address, s]), 0n, `allowance left to ${s}`);
  }

  const gasOf = async (hash: Hash) => {
    const r = await w.publicClient.waitForTransactionReceipt({ hash });
    return r.gasUsed * r.effectiveGasPrice;
  };

  it("gives exactly the shares of a WETH deposit in the same block, and costs the amount plus gas", async () => {
    const amount = eth("1.234567890123456789");
    const at = (await w.now()) + 100n;

    // The reference: wrap, approve, then deposit WETH at time `at`.
    await weth.write.deposit({ account: w.alice.account, value: amount });
    await weth.write.approve([fund.address, amount], { account: w.alice.account });
    await w.networkHelpers.time.setNextBlockTimestamp(at);
    await fund.write.deposit([amount, alice], { account: w.alice.account });
    const viaWeth = await fund.read.balanceOf([alice]);
    const gavViaWeth = await fund.read.totalAssets();
    await base.restore();

    // The same deposit as ether, in one transaction at the same time.
    await w.networkHelpers.time.setNextBlockTimestamp(at);
    const preview = await fund.read.previewDeposit([amount], { blockTag: "pending" });
    const ethBefore = await w.publicClient.getBalance({ address: alice });
    const hash = await gateway.write.depositEth([fund.address, alice, preview], {
      account: w.alice.account,
      value: amount,
    });
    const gas = await gasOf(hash);
    assert.ok(viaWeth > 0n);
    assert.equal(await fund.read.balanceOf([alice]), viaWeth);
    assert.equal(preview, viaWeth, "the preview is the WETH deposit's shares");
    assert.equal(await fund.read.totalAssets(), gavViaWeth);
    assert.equal(await w.publicClient.getBalance({ address: alice }), ethBefore - amount - gas);
    assert.equal(await weth.read.balanceOf([alice]), 0n);

    const receipt = await w.publicClient.getTransactionReceipt({ hash });
    const [ev] = parseEventLogs({ abi: gateway.abi, logs: receipt.logs, eventName: "DepositedEth" });
    assert.deepEqual(
      [getAddress(ev.args.fund), getAddress(ev.args.sender), getAddress(ev.args.receiver)],
      [getAddress(fund.address), getAddress(alice), getAddress(alice)],
    );
    assert.deepEqual([ev.args.assets, ev.args.shares], [amount, viaWeth]);
    // The fund's own Deposit names the receiver as owner, so the holder's history sees it.
    const [dep] = parseEventLogs({ abi: fund.abi, logs: receipt.logs, eventName: "Deposit" });
    assert.equal(getAddress(dep.args.owner), getAddress(alice));
    await assertEmpty();
  });

  it("deposits for another receiver: the caller pays, the receiver holds the shares", async () => {
    const carol = w.carol.account.address;
    const carolEth = await w.publicClient.getBalance({ address: carol });
    await gateway.write.depositEth([fund.address, carol, 1n], { account: w.alice.account, value: eth("2") });
    assert.ok((await fund.read.balanceOf([carol])) > 0n);
    assert.equal(await fund.read.balanceOf([alice]), 0n);
    assert.equal(await w.publicClient.getBalance({ address: carol }), carolEth);
    await assertEmpty();
  });

  it("refuses a minimum above what the fund gives, moving nothing", async () => {
    const amount = eth("3");
    await w.networkHelpers.time.setNextBlockTimestamp((await w.now()) + 10n);
    const preview = await fund.read.previewDeposit([amount], { blockTag: "pending" });
    const gav = await fund.read.totalAssets();
    const err = await reverts(
      gateway.write.depositEth([fund.address, alice, preview + 1n], { account: w.alice.account, value: amount }),
    );
    assert.equal(err.name, "SlippageExceeded");
    assert.deepEqual(err.args, [preview, preview + 1n]);
    assert.equal(await fund.read.balanceOf([alice]), 0n);
    assert.equal(await fund.read.totalAssets(), gav);
    await assertEmpty();
  });

  it("refuses no ether, a fund of another asset, and a fund of a token merely called WETH", async () => {
    const none = await reverts(gateway.write.depositEth([fund.address, alice, 0n], { account: w.alice.account }));
    assert.equal(none.name, "NoEther");
    for (const [other, asset] of [
      [w.fund.address, w.usdc.address],
      [w.weth.address, undefined],
    ] as const) {
      const p = gateway.write.depositEth([other, alice, 0n], { account: w.alice.account, value: eth("1") });
      if (asset === undefined) {
        // A token is no vault: its missing `asset()` reverts without data, and nothing moves.
        await assert.rejects(p);
        continue;
      }
      const err = await reverts(p);
      assert.equal(err.name, "NotWethFund");
      assert.deepEqual(
        err.args.map((a) => getAddress(a as Address)),
        [getAddress(other), getAddress(asset)],
      );
    }
    // The world's own WETH is a plain mock token named WETH: not this gateway's.
    const lookalike = await w.viem.deployContract("MockHostileVault", [w.weth.address]);
    const err = await reverts(
      gateway.write.depositEth([lookalike.address, alice, 0n], { account: w.alice.account, value: eth("1") }),
    );
    assert.equal(err.name, "NotWethFund");
    await assertEmpty(lookalike.address);
  });

  it("passes the fund's own refusal through (a stale price), with nothing moved or kept", async () => {
    await w.networkHelpers.time.increase(2 * HEARTBEAT);
    const ethBefore = await w.publicClient.getBalance({ address: alice });
    // The fund's error passes through unchanged (the gateway's ABI does not name it).
    await assert.rejects(
      gateway.write.depositEth([fund.address, alice, 0n], { account: w.alice.account, value: eth("1") }),
      /StalePrice/,
    );
    assert.equal(await w.publicClient.getBalance({ address: alice }), ethBefore);
    assert.equal(await fund.read.balanceOf([alice]), 0n);
    await assertEmpty();
  });

  it("refuses plain ether and unknown calls, so none can be left with it", async () => {
    await assert.rejects(w.alice.sendTransaction({ to: gateway.address, value: 1n }));
    await assert.rejects(w.alice.sendTransaction({ to: gateway.address, value: 1n, data: "0x12345678" }));
    await assertEmpty();
  });
});

describe("EthDepositGateway against a hostile fund", () => {
  const Mode = { TakeNothing: 0, TakeHalf: 1, TakeAll: 2, Reenter: 3, TakeAndReport: 4 } as const;

  async function setup() {
    const w = await deployWorld();
    const weth = await w.viem.deployContract("MockWETH");
    const gateway = await w.viem.deployContract("EthDepositGateway", [weth.address]);
    const vault = await w.viem.deployContract("MockHostileVault", [weth.address], { value: eth("1") });
    const empty = async () => {
      assert.equal(await w.publicClient.getBalance({ address: gateway.address }), 0n, "ether left");
      assert.equal(await weth.read.balanceOf([gateway.address]), 0n, "WETH left");
      assert.equal(await weth.read.allowance([gateway.address, vault.address]), 0n, "allowance left");
      // The attacker's later try at whatever the gateway still lets it take.
      await vault.write.sweep([gateway.address]);
      assert.equal(await weth.read.balanceOf([vault.address]), 0n, "the vault took something");
    };
    return { w, weth, gateway, vault, empty };
  }

  it("cannot keep an allowance: a vault that takes nothing or half makes the deposit revert", async () => {
    const { w, gateway, vault, empty } = await setup();
    for (const mode of [Mode.TakeNothing, Mode.TakeHalf]) {
      await vault.write.setMode([mode, gateway.address]);
      const before = await w.publicClient.getBalance({ address: w.alice.account.address });
      const err = await reverts(
        gateway.write.depositEth([vault.address, w.alice.account.address, 0n], {
          account: w.alice.account,
          value: eth("5"),
        }),
      );
      assert.equal(err.name, "AssetsNotTaken");
      assert.equal(getAddress(err.args[0] as Address), getAddress(vault.address));
      assert.equal(err.args[1], mode === Mode.TakeNothing ? eth("5") : eth("2.5"));
      assert.equal(await w.publicClient.getBalance({ address: w.alice.account.address }), before);
      await empty();
    }
  });

  it("cannot re-enter the gateway during a deposit", async () => {
    const { w, gateway, vault, empty } = await setup();
    await vault.write.setMode([Mode.Reenter, gateway.address]);
    const err = await reverts(
      gateway.write.depositEth([vault.address, w.alice.account.address, 0n], {
        account: w.alice.account,
        value: eth("1"),
      }),
    );
    assert.equal(err.name, "ReentrancyGuardReentrantCall");
    await empty();
  });

  it("a vault that pays no share is stopped by any minimum; without one it gets only the ether sent", async () => {
    const { w, weth, gateway, vault, empty } = await setup();
    await vault.write.setMode([Mode.TakeAll, gateway.address]);
    const err = await reverts(
      gateway.write.depositEth([vault.address, w.alice.account.address, 1n], {
        account: w.alice.account,
        value: eth("1"),
      }),
    );
    assert.deepEqual([err.name, ...err.args], ["SlippageExceeded", 0n, 1n]);
    await empty();

    // Alice chose this vault and no minimum: it receives what she sent, and nothing else.
    await vault.write.setMode([Mode.TakeAndReport, gateway.address]);
    await gateway.write.depositEth([vault.address, w.alice.account.address, 0n], {
      account: w.alice.account,
      value: eth("1"),
    });
    assert.equal(await weth.read.balanceOf([vault.address]), eth("1"));
    assert.equal(await w.publicClient.getBalance({ address: gateway.address }), 0n);
    assert.equal(await weth.read.balanceOf([gateway.address]), 0n);
    assert.equal(await weth.read.allowance([gateway.address, vault.address]), 0n);
  });
});
