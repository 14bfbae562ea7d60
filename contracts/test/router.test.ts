// Deposits with an ERC-2612 permit through FundRouter: one transaction, the same shares as a
// direct deposit, nothing left with the router, and only the signer's own tokens ever move.
import assert from "node:assert/strict";
import { before, beforeEach, describe, it } from "node:test";
import type { ContractReturnType } from "@nomicfoundation/hardhat-viem/types";
import { getAddress, parseSignature, parseUnits, type Address } from "viem";
import { deployWorld, type World } from "../testing/world.js";
import { pinNext, reverts } from "../testing/random.js";

const usd = (n: number | string) => parseUnits(String(n), 6);

describe("FundRouter.depositWithPermit", () => {
  let w: World;
  let router: ContractReturnType<"FundRouter">;
  let base: Awaited<ReturnType<World["networkHelpers"]["takeSnapshot"]>>;
  let alice: Address;

  before(async () => {
    w = await deployWorld();
    alice = w.alice.account.address;
    await w.deposit(w.bob, usd(50_000));
    router = await w.viem.deployContract("FundRouter", [w.factory.address]);
    await w.usdc.write.mint([alice, usd(10_000)]);
    base = await w.networkHelpers.takeSnapshot();
  });
  beforeEach(async () => base.restore());

  /** Alice's permit for `value` USDC to `spender`, valid for an hour. */
  async function permit(value: bigint, spender: Address = router.address, signer = w.alice) {
    const deadline = (await w.now()) + 3_600n;
    const nonce = await w.usdc.read.nonces([signer.account.address]);
    const signature = await signer.signTypedData({
      domain: {
        name: "USD Coin",
        version: "1",
        chainId: await w.publicClient.getChainId(),
        verifyingContract: w.usdc.address,
      },
      types: {
        Permit: [
          { name: "owner", type: "address" },
          { name: "spender", type: "address" },
          { name: "value", type: "uint256" },
          { name: "nonce", type: "uint256" },
          { name: "deadline", type: "uint256" },
        ],
      },
      primaryType: "Permit",
      message: { owner: signer.account.address, spender, value, nonce, deadline },
    });
    const { v, r, s } = parseSignature(signature);
    return { deadline, v: Number(v), r, s };
  }

  it(
    "deposits in one transaction for exactly the shares of a direct deposit, leaving no allowance or balance " +
      "behind",
    async () => {
      const amount = usd("1234.567891");
      const p = await permit(amount);
      const at = await pinNext(w);
      const expected = await w.fund.read.previewDeposit([amount], at);
      await router.write.depositWithPermit([w.fund.address, amount, alice, expected, p.deadline, p.v, p.r, p.s], {
        account: w.alice.account,
      });
      assert.equal(await w.fund.read.balanceOf([alice]), expected);
      assert.equal(await w.usdc.read.balanceOf([alice]), usd(10_000) - amount);
      assert.equal(await w.usdc.read.balanceOf([router.address]), 0n);
      assert.equal(await w.fund.read.balanceOf([router.address]), 0n);
      assert.equal(await w.usdc.read.allowance([alice, router.address]), 0n);
      assert.equal(await w.usdc.read.allowance([router.address, w.fund.address]), 0n);
    },
  );

  it("still deposits when someone submitted the signed permit first", async () => {
    const amount = usd(500);
    const p = await permit(amount);
    await w.usdc.write.permit([alice, router.address, amount, p.deadline, p.v, p.r, p.s], { account: w.carol.account });
    await router.write.depositWithPermit([w.fund.address, amount, alice, 1n, p.deadline, p.v, p.r, p.s], {
      account: w.alice.account,
    });
    assert.ok((await w.fund.read.balanceOf([alice])) > 0n);
  });

  it("never moves the signer's tokens for anyone else: another caller with her signature is refused", async () => {
    const amount = usd(500);
    const p = await permit(amount);
    const err = await reverts(
      router.write.depositWithPermit([w.fund.address, amount, w.carol.account.address, 0n, p.deadline, p.v, p.r, p.s], {
        account: w.carol.account,
      }),
    );
    assert.equal(err.name, "PermitFailed");
    assert.equal(getAddress(err.args[0] as Address), getAddress(w.usdc.address));
    assert.deepEqual(err.args.slice(1), [0n, amount]);
    assert.equal(await w.usdc.read.balanceOf([alice]), usd(10_000));
  });

  it(
    "refuses a permit for less than the deposit, a fund outside the registry, and a slippage breach, moving " +
      "nothing",
    async () => {
      const p = await permit(usd(100));
      const short = await reverts(
        router.write.depositWithPermit([w.fund.address, usd(101), alice, 0n, p.deadline, p.v, p.r, p.s], {
          account: w.alice.account,
        }),
      );
      assert.equal(short.name, "PermitFailed");
      assert.deepEqual(short.args.slice(1), [0n, usd(101)]);

      const unknown = await reverts(
        router.write.depositWithPermit([w.usdc.address, usd(100), alice, 0n, p.deadline, p.v, p.r, p.s], {
          account: w.alice.account,
        }),
      );
      assert.equal(unknown.name, "UnknownFund");

      const at = await pinNext(w);
      const expected = await w.fund.read.previewDeposit([usd(100)], at);
      // The fund's own error passes through the router unchanged (the router's ABI does not name it).
      await assert.rejects(
        router.write.depositWithPermit([w.fund.address, usd(100), alice, expected + 1n, p.deadline, p.v, p.r, p.s], {
          account: w.alice.account,
        }),
        new RegExp(`SlippageExceeded\\(${expected}, ${expected + 1n}\\)`),
      );
      assert.equal(await w.usdc.read.balanceOf([alice]), usd(10_000));
      assert.equal(await w.fund.read.balanceOf([alice]), 0n);
    },
  );
});
