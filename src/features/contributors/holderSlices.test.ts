import type { Address } from "viem";
import { describe, expect, it } from "vitest";
import { holderSlices } from "./holderSlices.ts";

const addr = (i: number) => `0x${i.toString(16).padStart(40, "0")}` as Address;
const t = { decimals: 18, symbol: "mX" };

describe("holderSlices", () => {
  it("keeps the largest holders and folds the rest into one slice whose shares add up", () => {
    const holders = [500n, 200n, 100n, 100n, 50n, 25n, 15n, 10n].map((b, i) => ({
      holder: addr(i + 1),
      balance: b * 10n ** 18n,
    }));
    const s = holderSlices(holders, t, 6);
    expect(s).toHaveLength(7);
    expect(s[6].name).toBe("2 other holders");
    expect(s[6].balance).toBe(25n * 10n ** 18n);
    expect(s[0].label).toBe("500 mX (50.00%)");
    expect(s.reduce((n, x) => n + x.balance, 0n)).toBe(1_000n * 10n ** 18n);
  });

  it("has no remainder slice when every holder fits", () => {
    expect(holderSlices([{ holder: addr(1), balance: 1n }], t).map((x) => x.name)).toEqual(["0x0000…0001"]);
    expect(holderSlices([], t)).toEqual([]);
  });
});
