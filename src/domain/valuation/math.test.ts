import { describe, expect, it } from "vitest";
import { prng } from "../../../contracts/shared/prng.ts";
import { EvmArithmeticError, MAX_UINT256, mul, mulDiv, sqrt, sub } from "./math.ts";

describe("uint256 math", () => {
  it("sqrt is the floor square root", () => {
    const r = prng(1n);
    for (const x of [0n, 1n, 2n, 3n, 4n, 15n, 16n, 17n, MAX_UINT256])
      expect(sqrt(x) ** 2n <= x && (sqrt(x) + 1n) ** 2n > x).toBe(true);
    for (let i = 0; i < 500; i++) {
      const x = r.between(0n, 1n << BigInt(r.int(1, 256)));
      const s = sqrt(x);
      expect(s * s <= x && (s + 1n) * (s + 1n) > x).toBe(true);
    }
  });

  it("mulDiv rounds down or up, and reverts where Solidity would", () => {
    expect(mulDiv(7n, 3n, 2n)).toBe(10n);
    expect(mulDiv(7n, 3n, 2n, "ceil")).toBe(11n);
    expect(mulDiv(6n, 3n, 2n, "ceil")).toBe(9n);
    expect(mulDiv(MAX_UINT256, MAX_UINT256, MAX_UINT256)).toBe(MAX_UINT256); // 512-bit intermediate
    expect(() => mulDiv(1n, 1n, 0n)).toThrow(EvmArithmeticError);
    expect(() => mulDiv(MAX_UINT256, 2n, 1n)).toThrow(EvmArithmeticError);
    expect(() => mul(MAX_UINT256, 2n)).toThrow(EvmArithmeticError);
    expect(() => sub(1n, 2n)).toThrow(EvmArithmeticError);
  });
});
