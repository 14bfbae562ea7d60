import {
  ContractFunctionExecutionError,
  ContractFunctionRevertedError,
  encodeErrorResult,
  HttpRequestError,
  RpcRequestError,
  TimeoutError,
} from "viem";
import { describe, expect, it } from "vitest";
import { explainError } from "./explainError.ts";
import { networkFailed } from "./faults.ts";
import { fundAbi } from "../deployments/abis/Fund.ts";

const url = "http://127.0.0.1:8545";
const reverted = () => {
  const data = encodeErrorResult({ abi: fundAbi, errorName: "ZeroShares" });
  const cause = new ContractFunctionRevertedError({ abi: fundAbi, data, functionName: "deposit" });
  return new ContractFunctionExecutionError(cause, { abi: fundAbi, functionName: "deposit", args: [] });
};

describe("networkFailed", () => {
  it("agrees with explainError on which failures are the network's", () => {
    const cases: unknown[] = [
      new HttpRequestError({ url, details: "Failed to fetch" }),
      new TimeoutError({ body: {}, url }),
      new TypeError("Failed to fetch"),
      new HttpRequestError({ url, status: 503, details: "Service Unavailable" }),
      new RpcRequestError({ body: {}, url, error: { code: -32603, message: "internal error" } }),
      reverted(),
      new Error("Cannot read properties of undefined"),
      "not an error",
    ];
    for (const e of cases) expect(networkFailed(e), String(e)).toBe(explainError(e).kind === "network");
    expect(cases.filter(networkFailed)).toHaveLength(2);
  });
});
