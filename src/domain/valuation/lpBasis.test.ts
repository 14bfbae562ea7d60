import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lpBasis, type LiquidityEvent } from "./lpBasis.ts";

const add = (amount0: bigint, amount1: bigint, liquidity: bigint): LiquidityEvent => ({
  kind: "add",
  amount0,
  amount1,
  liquidity,
});
const remove = (liquidity: bigint, amount0 = 0n, amount1 = 0n): LiquidityEvent => ({
  kind: "remove",
  amount0,
  amount1,
  liquidity,
});

describe("lpBasis", () => {
  it("sums what was added", () => {
    expect(lpBasis([add(10n, 30n, 5n), add(2n, 6n, 1n)])).toEqual({ amount0: 12n, amount1: 36n, liquidity: 6n });
  });
  it("takes a removal's share of the cost out, not the amounts it returned", () => {
    expect(lpBasis([add(100n, 300n, 10n), remove(4n, 999n, 1n)])).toEqual({
      amount0: 60n,
      amount1: 180n,
      liquidity: 6n,
    });
    expect(lpBasis([add(100n, 300n, 10n), remove(10n), add(7n, 8n, 3n)])).toEqual({
      amount0: 7n,
      amount1: 8n,
      liquidity: 3n,
    });
  });
  it("is empty with nothing added", () => {
    expect(lpBasis([])).toEqual({ amount0: 0n, amount1: 0n, liquidity: 0n });
    expect(lpBasis([remove(5n)])).toEqual({ amount0: 0n, amount1: 0n, liquidity: 0n });
  });
  it("never goes below zero and keeps the cost per liquidity of a single add", () => {
    const amt = fc.bigInt({ min: 0n, max: 10n ** 30n });
    fc.assert(
      fc.property(
        amt,
        amt,
        fc.bigInt({ min: 1n, max: 10n ** 24n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 24n }), { maxLength: 5 }),
        (a0, a1, liq, burns) => {
          const b = lpBasis([add(a0, a1, liq), ...burns.map((l) => remove(l))]);
          expect(b.amount0 >= 0n && b.amount1 >= 0n && b.liquidity >= 0n).toBe(true);
          expect(b.amount0 <= a0 && b.amount1 <= a1).toBe(true);
          // the remaining cost is at least the remaining share of it, less one unit per removal
          expect(b.amount0 * liq >= a0 * b.liquidity - BigInt(burns.length) * liq).toBe(true);
          if (b.liquidity === 0n) expect([b.amount0, b.amount1]).toEqual([0n, 0n]);
        },
      ),
    );
  });
});
