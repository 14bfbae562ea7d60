// The ether deposit's plan: one call to the gateway with the ether as value, and each of the
// gateway's custom errors read out in words when a simulation reverts with it.
import {
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  type Abi,
  type Address,
} from "viem";
import { describe, expect, it } from "vitest";
import { abiOf, contractOf } from "../../chain/contracts.ts";
import { explainError, type TxStep } from "../../chain/tx/index.ts";
import { ethDepositPlan } from "./plans.ts";

const gateway = contractOf(31337, "EthDepositGateway");
const fund: Address = "0x1111111111111111111111111111111111111111";
const account: Address = "0x2222222222222222222222222222222222222222";
const plan = ethDepositPlan({
  gateway: gateway.address,
  fund,
  account,
  shareUnits: { decimals: 24, symbol: "egETH" },
  amount: 1_500_000_000_000_000_000n,
  minShares: 7n,
});

/** What the panel shows when the gateway's simulation reverts with `errorName(args)`. */
function said(errorName: string, args: readonly unknown[]) {
  const abi = abiOf("EthDepositGateway") as Abi;
  const data = encodeErrorResult({ abi, errorName, args } as never);
  const cause = new ContractFunctionRevertedError({ abi, data, functionName: "depositEth" });
  return explainError(
    new ContractFunctionExecutionError(cause, { abi, functionName: "depositEth", args: [] }),
    plan.messages,
  ).message;
}

describe("ethDepositPlan", () => {
  it("is one transaction to the gateway that sends the ether with it, no approval", () => {
    expect(plan.title).toBe("Deposit 1.5 ETH");
    const steps = plan.steps as TxStep[];
    expect(steps).toHaveLength(1);
    expect(steps[0].request).toMatchObject({
      address: gateway.address,
      functionName: "depositEth",
      args: [fund, account, 7n],
      value: 1_500_000_000_000_000_000n,
    });
  });

  it("reads the gateway's errors in words, the slippage one with the shares", () => {
    expect(said("SlippageExceeded", [5n * 10n ** 24n, 6n * 10n ** 24n])).toBe(
      "The fund would give 5 egETH, below your minimum of 6 egETH: the price moved since the preview. Nothing " +
        "was changed; review and try again.",
    );
    expect(said("NotWethFund", [fund, account])).toBe(
      "This fund does not take WETH, so it cannot be paid in ETH. Nothing was sent.",
    );
    expect(said("NoEther", [])).toBe("Enter an amount of ETH above zero. Nothing was sent.");
    expect(said("AssetsNotTaken", [fund, 1n])).toBe(
      "The fund did not take the ether it was sent, so the deposit was undone. Nothing was sent.",
    );
  });
});
