import { describe, expect, it } from "vitest";
import { prng } from "../../../contracts/shared/prng.ts";
import { intrinsic, toAssets, toShares, vault } from "./intrinsic.ts";

const r = prng(23n);

describe("intrinsic values", () => {
  it("split NAV between investors and manager tokens exactly, on random states", () => {
    for (let i = 0; i < 1_000; i++) {
      const totalSupply = r.chance(5) ? 0n : r.between(1n, 10n ** 36n);
      const splitterBalance = r.between(0n, totalSupply);
      const v = intrinsic({
        nav: r.between(0n, 10n ** 30n), totalSupply, feeShares: r.between(0n, 10n ** 30n), splitterBalance,
        assetDecimals: r.pick([6, 8, 18]), managerTokenSupply: r.between(0n, 10n ** 27n),
      });
      expect(v.investorTotal + v.managerTotal).toBe(v.nav);
      expect(v.managerTotal <= v.nav && v.unclaimedFeeShares <= v.supply).toBe(true);
    }
  });

  it("values a whole share and a whole manager token", () => {
    const v = intrinsic({ nav: 2_000_000n, totalSupply: 10n ** 12n, feeShares: 0n, splitterBalance: 10n ** 11n, assetDecimals: 6, managerTokenSupply: 10n ** 18n });
    expect([v.perShare, v.managerTotal, v.investorTotal, v.perManagerToken]).toEqual([2_000_000n, 200_000n, 1_800_000n, 200_000n]);
  });
});

describe("ERC-4626 conversions", () => {
  it("never give back more than was put in: toAssets(toShares(x)) ≤ x", () => {
    for (let i = 0; i < 1_000; i++) {
      const [gav, supply, x] = [r.between(0n, 10n ** 30n), r.between(0n, 10n ** 36n), r.between(0n, 10n ** 30n)];
      expect(toAssets(toShares(x, gav, supply), gav, supply) <= x).toBe(true);
      const v = vault(gav, supply);
      expect(v.previewMint(v.previewDeposit(x)) <= x).toBe(true);
      expect(v.previewWithdraw(x) >= v.convertToShares(x)).toBe(true);
    }
  });

  it("use the virtual offset: an empty fund gives 10^6 share units per asset unit", () => {
    expect(toShares(1n, 0n, 0n)).toBe(1_000_000n);
    expect(toAssets(1_000_000n, 0n, 0n)).toBe(1n);
  });
});
