import { erc20Abi, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { multicallGroups } from "./multicallGroups.ts";

const A = "0x00000000000000000000000000000000000000aa" as Address;
const B = "0x00000000000000000000000000000000000000bb" as Address;

describe("multicallGroups", () => {
  it("sends every group in one multicall and hands each its own results back", async () => {
    const calls: { functionName: string; address: Address }[][] = [];
    const client = {
      multicall: async ({ contracts }: { contracts: { functionName: string; address: Address }[] }) => {
        calls.push(contracts);
        return contracts.map((c) => `${c.functionName}@${c.address}`);
      },
    };
    const r = await multicallGroups(
      client as never,
      {
        symbols: [A, B].map((address) => ({ address, abi: erc20Abi, functionName: "symbol" }) as const),
        none: [],
        supply: [{ address: B, abi: erc20Abi, functionName: "totalSupply" }],
      },
      { allowFailure: false },
    );
    expect(calls).toHaveLength(1);
    expect(r).toEqual({ symbols: [`symbol@${A}`, `symbol@${B}`], none: [], supply: [`totalSupply@${B}`] });
  });
});
