import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sliceRef } from "../../../contracts/testing/reference.ts";
import type { GavRaw } from "./gav.ts";
import { redeemInKind } from "./inKind.ts";

const big = fc.bigInt({ min: 0n, max: 10n ** 30n });
const raw = (b: bigint[], reserved: bigint, lp: bigint, prj: bigint, cost: [bigint, bigint], part: bigint): GavRaw => ({
  timestamp: 0n,
  assets: b.map((balance, i) => ({
    token: `0xA${i}`,
    balance,
    reserved: i === 1 && reserved <= balance ? reserved : 0n,
    decimals: 18,
    feedDecimals: 8,
    answer: 1n,
    updatedAt: 0n,
    heartbeat: 1n,
  })),
  pairs: [
    {
      pair: "0xP",
      token0: "0xA0",
      token1: "0xA1",
      lpBalance: lp,
      reserved: 0n,
      lpSupply: lp + 1n,
      reserve0: 1n,
      reserve1: 1n,
    },
  ],
  primaries: [{ token: "0xPRJ", balance: prj, reserved: 0n, paid: cost[0], received: cost[1] }],
  deals: [{ deal: "0xD", projectToken: "0xPRJ", fundEscrowed: 0n, fundPart: part }],
});

describe("in-kind exit", () => {
  it("pays shares / supply of every holding less what is reserved, and shrinks the cost basis pro rata", () => {
    const r = raw([1_000n, 50n], 20n, 9n, 40n, [100n, 40n], 10n ** 18n);
    const x = redeemInKind(r, 4n, 1n);
    expect(x.tokens).toEqual([
      { token: "0xA0", amount: 250n },
      { token: "0xA1", amount: 7n },
      { token: "0xP", amount: 2n },
      { token: "0xPRJ", amount: 10n },
    ]);
    expect(x.deals).toEqual([{ deal: "0xD", part: 25n * 10n ** 16n }]);
    expect(x.primaryCost).toEqual([{ token: "0xPRJ", paid: 75n, received: 30n }]);
    // A primary token whose balanceOf reverts: the slice of what the deals delivered (kept owed by the fund).
    r.primaries[0] = { ...r.primaries[0], balance: 0n, received: 36n, balanceFailed: true };
    expect(redeemInKind(r, 4n, 1n).tokens[3]).toEqual({ token: "0xPRJ", amount: 9n });
  });

  it("over all holders, the slices never exceed what the fund holds, nor the deal parts the fund's part", () => {
    fc.assert(
      fc.property(
        fc.array(big, { minLength: 2, maxLength: 4 }),
        big,
        big,
        big,
        big,
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 30n }), { minLength: 1, maxLength: 6 }),
        (balances, reserved, lp, prj, paid, part, holders) => {
          const r = raw(balances, reserved, lp, prj, [paid, prj], part);
          const supply = holders.reduce((s, h) => s + h, 0n);
          if (supply === 0n) return;
          const exits = holders.map((h) => redeemInKind(r, supply, h));
          const held = [...r.assets.map((a) => a.balance - a.reserved), lp, prj];
          held.forEach((h, k) => {
            expect(exits.reduce((s, x) => s + x.tokens[k].amount, 0n)).toBeLessThanOrEqual(h);
            exits.forEach((x, j) => expect(x.tokens[k].amount).toBe(sliceRef(h, holders[j], supply)));
          });
          expect(exits.reduce((s, x) => s + x.deals[0].part, 0n)).toBeLessThanOrEqual(part);
          exits.forEach((x, j) => expect(x.primaryCost[0].paid).toBe(paid - sliceRef(paid, holders[j], supply)));
        },
      ),
    );
  });

  it("keeps the value per token of what stays: the cost basis shrinks with the tokens", () => {
    fc.assert(
      fc.property(
        big,
        big,
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        fc.bigInt({ min: 0n, max: 10n ** 30n }),
        (paid, tokens, supply, s) => {
          const shares = s % (supply + 1n);
          const x = redeemInKind(raw([0n, 0n], 0n, 0n, tokens, [paid, tokens], 0n), supply, shares);
          const { paid: p, received: r } = x.primaryCost[0];
          expect(p).toBeLessThanOrEqual(paid);
          expect(r).toBe(tokens - x.tokens[3].amount); // received shrinks exactly as the balance does
          if (shares === supply) expect([p, r]).toEqual([0n, 0n]);
        },
      ),
    );
  });
});
