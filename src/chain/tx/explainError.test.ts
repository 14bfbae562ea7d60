import {
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  HttpRequestError,
  RpcRequestError,
  UserRejectedRequestError,
  type Abi,
} from "viem";
import { describe, expect, it } from "vitest";
import { abiOf, contractOf } from "../contracts.ts";
import { formatDateTime } from "../../lib/dates.ts";
import { explainError } from "./explainError.ts";

const fundAbi = abiOf("Fund") as Abi;
const wethFeed = contractOf(31337, "WETHUsdFeed").address;

function reverted(abi: Abi, errorName: string, args: readonly unknown[]) {
  const data = encodeErrorResult({ abi: fundAbi, errorName, args } as never);
  const cause = new ContractFunctionRevertedError({ abi, data, functionName: "deposit" });
  return new ContractFunctionExecutionError(cause, { abi, functionName: "deposit", args: [] });
}

describe("explainError", () => {
  it("names a stale feed in words", () => {
    const e = explainError(reverted(fundAbi, "StalePrice", [wethFeed, 1_700_000_000n, 3600n]));
    expect(e.kind).toBe("reverted");
    expect(e.errorName).toBe("StalePrice");
    expect(e.message).toContain("the WETH/USD price feed");
    expect(e.message).toContain("out of date");
  });

  it("decodes an error the called contract's ABI does not know (a nested call's)", () => {
    // Simulated against an ABI without the error, as when a pair's error bubbles up through the fund.
    const e = explainError(reverted([] as Abi, "GuidelineBreached", [contractOf(31337, "WETH").address, 4500n, 4000n]));
    expect(e.errorName).toBe("GuidelineBreached");
    expect(e.message).toBe("This would put WETH at 45% of the fund, above its guideline limit of 40%.");
  });

  it("finds revert data carried by a raw RPC error", () => {
    const data = encodeErrorResult({ abi: fundAbi, errorName: "SlippageExceeded", args: [5n, 6n] });
    const rpc = new RpcRequestError({
      body: {},
      url: "http://127.0.0.1:8545",
      error: { code: 3, message: "execution reverted", data },
    });
    expect(explainError(rpc).errorName).toBe("SlippageExceeded");
  });

  it("words a VAM deal's refusals: a lapsed start, a leg already claimed", () => {
    const dealAbi = abiOf("VamDeal") as Abi;
    const revert = (errorName: string, args: readonly unknown[]) => {
      const data = encodeErrorResult({ abi: dealAbi, errorName, args } as never);
      return new ContractFunctionExecutionError(
        new ContractFunctionRevertedError({ abi: dealAbi, data, functionName: "start" }),
        { abi: dealAbi, functionName: "start", args: [] },
      );
    };
    const lapsed = explainError(revert("Lapsed", [1_700_000_000n]));
    expect(lapsed.errorName).toBe("Lapsed");
    expect(lapsed.message).toBe(
      `The deal's start deadline passed on ${formatDateTime(1_700_000_000n)}: it can no longer start.`,
    );
    expect(explainError(revert("NothingClaimable", [contractOf(31337, "WETH").address])).message).toBe(
      "There is nothing left to claim from this deal for this account.",
    );
    expect(explainError(revert("NotEscrowed", [])).message).toContain("cannot start");
  });

  it("lets the caller word an error for its context", () => {
    const e = explainError(reverted(fundAbi, "SlippageExceeded", [5n, 6n]), {
      SlippageExceeded: ([a, m]) => `got ${a}, wanted ${m}`,
    });
    expect(e.message).toBe("got 5, wanted 6");
  });

  it("tells a refusal in the wallet from a failure", () => {
    expect(explainError(new UserRejectedRequestError(new Error("User denied"))).kind).toBe("rejected");
    expect(explainError(Object.assign(new Error("denied"), { code: 4001 })).kind).toBe("rejected");
  });

  it("says when the network is down", () => {
    const e = explainError(new HttpRequestError({ url: "http://127.0.0.1:8545", details: "Failed to fetch" }));
    expect(e.kind).toBe("network");
  });

  it("words the hardened fund's errors", () => {
    const weth = contractOf(31337, "WETH").address;
    const say = (name: string, args: readonly unknown[]) => explainError(reverted(fundAbi, name, args)).message;
    expect(say("ValueNotKept", [1_000_000n, 10_000_000n, 9_975_000n])).toBe(
      "The fund would lose 2.5% of what it gives at oracle prices, more than its slippage limit allows. " +
        "Nothing was changed; try a smaller trade or a higher minimum out.",
    );
    expect(say("AssetInUse", [weth])).toMatch(/^WETH is still in use/);
    expect(say("NothingOwed", [weth])).toBe("The fund owes you nothing in WETH: there is nothing to claim.");
    expect(say("StalePrice", [wethFeed, 1_700_000_000n, 3600n])).toMatch(/you can still redeem in kind/);
    for (const name of ["ZeroShares", "CashBelowMinimum", "NotFromAmm", "UnknownDeal", "AlreadyInitialized"]) {
      const e = explainError(
        reverted(
          fundAbi,
          name,
          name === "CashBelowMinimum" ? [1n, 2n] : name === "ZeroShares" || name === "AlreadyInitialized" ? [] : [weth],
        ),
      );
      expect(e.errorName).toBe(name);
      expect(e.message, name).not.toMatch(/reverted|0x[0-9a-f]{8}/i);
    }
  });

  it("falls back to the short message of anything else", () => {
    expect(explainError(new Error("something odd"))).toEqual({ kind: "unknown", message: "something odd" });
  });
});
