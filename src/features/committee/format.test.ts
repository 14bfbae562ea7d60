import { encodeFunctionData, getAddress, type Address } from "viem";
import { describe, expect, it } from "vitest";
import { abiOf } from "../../chain/contracts.ts";
import { callText } from "./format.ts";
import { decodeCall, type Pair, type Token } from "./readCommittee.ts";

const fundAbi = abiOf("Fund");
const addr = (n: number) => getAddress(`0x${n.toString(16).padStart(40, "0")}`) as Address;
const [USDC, WETH, PAIR] = [addr(1), addr(2), addr(3)];
const pairs: Pair[] = [{ address: PAIR, token0: USDC, token1: WETH }];
const tokens = new Map<string, Token>([
  [USDC.toLowerCase(), { address: USDC, symbol: "USDC", decimals: 6 }],
  [WETH.toLowerCase(), { address: WETH, symbol: "WETH", decimals: 18 }],
]);

describe("a decision's call in words", () => {
  it("decodes a swap and names what goes out and the least that comes back", () => {
    const data = encodeFunctionData({
      abi: fundAbi,
      functionName: "swap",
      args: [PAIR, USDC, 10_000_000_000n, 3_000_000_000_000_000_000n],
    });
    const call = decodeCall(data);
    expect(call).toEqual({
      kind: "swap",
      pair: PAIR,
      tokenIn: USDC,
      amountIn: 10_000_000_000n,
      minOut: 3n * 10n ** 18n,
    });
    expect(callText(call, pairs, tokens)).toBe("Swap 10,000 USDC for WETH (at least 3 WETH)");
  });

  it("names liquidity in the pair's tokens, and a call it cannot read as such", () => {
    const add = encodeFunctionData({
      abi: fundAbi,
      functionName: "addLiquidity",
      args: [PAIR, 5_000_000n, 10n ** 15n, 0n],
    });
    expect(callText(decodeCall(add), pairs, tokens)).toBe("Add 5 USDC and 0.001 WETH to USDC/WETH");
    const remove = encodeFunctionData({ abi: fundAbi, functionName: "removeLiquidity", args: [PAIR, 1n, 0n, 0n] });
    expect(callText(decodeCall(remove), pairs, tokens)).toBe("Remove liquidity from USDC/WETH");
    expect(callText(decodeCall("0x12345678"), pairs, tokens)).toBe("A call the committee cannot read");
  });

  it("names a move into or out of a yield vault in the vault's asset and shares", () => {
    const vault = "0x00000000000000000000000000000000000000aa" as const;
    const withVault = new Map(tokens).set(vault, { address: vault, symbol: "svUSDC", decimals: 6 });
    const move = (into: boolean, amount: bigint, minOut: bigint) => {
      const c = decodeCall(
        encodeFunctionData({ abi: fundAbi, functionName: "vaultMove", args: [vault, amount, minOut, into] }),
      );
      if (c.kind !== "vaultMove") throw new Error(`decoded as ${c.kind}`);
      return { ...c, asset: USDC };
    };
    expect(callText(move(true, 2_000_000n, 1_900_000n), pairs, withVault)).toBe(
      "Deposit 2 USDC into the svUSDC vault (at least 1.9 svUSDC)",
    );
    expect(callText(move(false, 1_000_000n, 990_000n), pairs, withVault)).toBe(
      "Redeem 1 svUSDC from its vault (at least 0.99 USDC)",
    );
  });
});
