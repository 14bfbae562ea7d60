import { describe, expect, it } from "vitest";
import { queryKeys } from "../queryKeys.ts";
import { changedBy } from "./refresh.ts";

const fund = "0x00000000000000000000000000000000000000aa";
const q = (queryKey: readonly unknown[], staleTime?: unknown) => ({ queryKey, options: { staleTime } }) as never;

describe("changedBy", () => {
  it("refreshes the chain's state: funds, lists, portfolio, governance, deals", () => {
    for (const key of [
      queryKeys.fund(31337, fund),
      queryKeys.discover(31337),
      queryKeys.portfolio(31337, fund),
      queryKeys.governance.standing(31337, fund, fund, 1n),
      queryKeys.deals(31337),
      queryKeys.advisor(31337, fund),
    ])
      expect(changedBy(31337, q(key)), String(key)).toBe(true);
  });

  it("leaves other chains, immutable reads and reads pinned to a block alone", () => {
    expect(changedBy(31337, q(queryKeys.fund(31338, fund)))).toBe(false);
    expect(changedBy(31337, q(queryKeys.fund(31337, fund), Infinity))).toBe(false);
    expect(changedBy(31337, q(queryKeys.fundHistory(31337, fund, 7n)))).toBe(false);
    expect(changedBy(31337, q(queryKeys.feesPaid(31337, fund, 7n)))).toBe(false);
    expect(changedBy(31337, q(queryKeys.lpBasis(31337, fund, 7n)))).toBe(false);
    expect(changedBy(31337, q(queryKeys.feedRounds(31337, fund, 7n)))).toBe(false);
    expect(changedBy(31337, q(queryKeys.blockTimes(31337, [7n])))).toBe(false);
    expect(changedBy(31337, q(queryKeys.governance.detail(31337, fund, 1n, 7n)))).toBe(false);
  });

  it("refreshes wagmi's reads of the chain, not of another chain nor the wallet's own state", () => {
    const balances = ["readContracts", { contracts: [{ chainId: 31337, address: fund, functionName: "balanceOf" }] }];
    expect(changedBy(31337, q(balances))).toBe(true);
    expect(changedBy(31337, q(["balance", { address: fund, chainId: 31337 }]))).toBe(true);
    expect(changedBy(31337, q(["readContract", { chainId: 31338, address: fund }]))).toBe(false);
    expect(changedBy(31337, q(["connectorClient", { chainId: 31337 }]))).toBe(false);
    expect(changedBy(31337, q(["capabilities", { chainId: 31337 }]))).toBe(false);
  });
});
