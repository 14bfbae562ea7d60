// uint256 arithmetic as the contracts do it (OpenZeppelin Math): checked products, floor
// square root, mulDiv with a full-precision intermediate. Anything that would revert on-chain
// (overflow, underflow, division by zero) throws here, so the client never shows a number
// the contract could not produce.
export const WAD = 10n ** 18n;
export const BPS = 10_000n;
export const YEAR = 365n * 86_400n;
export const MAX_UINT256 = (1n << 256n) - 1n;

export type Rounding = "floor" | "ceil";

export class EvmArithmeticError extends Error {}

const u256 = (x: bigint, what: string) => {
  if (x < 0n || x > MAX_UINT256) throw new EvmArithmeticError(`${what} out of uint256 range`);
  return x;
};

/** `a * b`, reverting like Solidity ≥ 0.8 on overflow. */
export const mul = (a: bigint, b: bigint) => u256(a * b, "product");

/** `a - b`, reverting like Solidity ≥ 0.8 on underflow. */
export const sub = (a: bigint, b: bigint) => u256(a - b, "difference");

/** `10 ** n`, checked. */
export const pow10 = (n: number | bigint) => u256(10n ** BigInt(n), "power of ten");

/** OZ `Math.mulDiv(a, b, c, rounding)`: exact `a × b / c`, floor unless `ceil`. */
export function mulDiv(a: bigint, b: bigint, c: bigint, rounding: Rounding = "floor"): bigint {
  if (c === 0n) throw new EvmArithmeticError("division by zero");
  const p = a * b;
  const q = p / c + (rounding === "ceil" && p % c !== 0n ? 1n : 0n);
  return u256(q, "mulDiv result");
}

/** OZ `Math.sqrt`: the floor of the square root. */
export function sqrt(x: bigint): bigint {
  if (x < 2n) return x;
  let r = 1n << BigInt(Math.ceil(x.toString(2).length / 2)); // ≥ √x
  for (;;) {
    const next = (r + x / r) >> 1n;
    if (next >= r) return r;
    r = next;
  }
}
