import { describe, expect, it } from "vitest";
import { prng } from "../../../contracts/shared/prng.ts";
import { holderValue, intrinsic, toAssets, toShares, vault } from "./intrinsic.ts";

const r = prng(23n);

describe("intrinsic values", () => {
  it("split NAV between investors and manager tokens exactly, on random states", () => {
    for (let i = 0; i < 1_000; i++) {
      const totalSupply = r.chance(5) ? 0n : r.between(1n, 10n ** 36n);
      const splitterBalance = r.between(0n, totalSupply);
      const splitterUncredited = r.between(0n, splitterBalance);
      const claimingSupply = r.between(0n, 10n ** 27n);
      const v = intrinsic({
        nav: r.between(0n, 10n ** 30n),
        totalSupply,
        feeShares: r.between(0n, 10n ** 30n),
        splitterBalance,
        splitterUncredited,
        assetDecimals: r.pick([6, 8, 18]),
        claimingSupply,
      });
      expect(v.investorTotal + v.managerTotal).toBe(v.nav);
      expect(v.managerTotal <= v.nav && v.unclaimedFeeShares <= v.supply).toBe(true);
      // The claiming tokens together are worth no more than the manager tokens' total.
      expect((v.perManagerToken * claimingSupply) / 10n ** 18n <= v.managerTotal).toBe(true);
    }
  });

  it("values a whole share and a whole manager token", () => {
    const v = intrinsic({
      nav: 2_000_000n,
      totalSupply: 10n ** 12n,
      feeShares: 0n,
      splitterBalance: 10n ** 11n,
      splitterUncredited: 10n ** 11n,
      assetDecimals: 6,
      claimingSupply: 10n ** 18n,
    });
    expect([v.perShare, v.managerTotal, v.investorTotal, v.perManagerToken]).toEqual([
      2_000_000n,
      200_000n,
      1_800_000n,
      200_000n,
    ]);
  });

  it("values a manager token by the uncredited fee shares over the claiming supply", () => {
    // S' = 10^12 + 10^11, A = 1.1 USDC: a share is worth 1 µUSDC per 10^6 units. The splitter holds
    // 3·10^10 of which 10^10 uncredited; the preview mints 10^11; a quarter of 4 tokens is excluded.
    const v = intrinsic({
      nav: 1_100_000n,
      totalSupply: 10n ** 12n,
      feeShares: 10n ** 11n,
      splitterBalance: 3n * 10n ** 10n,
      splitterUncredited: 10n ** 10n,
      assetDecimals: 6,
      claimingSupply: 3n * 10n ** 18n,
    });
    expect(v.managerTotal).toBe(130_000n); // (10^11 + 3·10^10) × A / S'
    expect(v.perManagerToken).toBe(36_666n); // (10^11 + 10^10) × A / S' = 110_000, over 3 tokens
    // A holder of 1 token with 2·10^10 credited shares: 20_000 + 36_666.
    expect(holderValue(v, { balance: 10n ** 18n, credited: 2n * 10n ** 10n, excluded: false })).toEqual({
      credited: 20_000n,
      tokens: 36_666n,
      value: 56_666n,
    });
    expect(holderValue(v, { balance: 10n ** 18n, credited: 0n, excluded: true }).value).toBe(0n);
    // Nobody claims: no per-token value (the shares wait for the first claiming holder).
    expect(
      intrinsic({
        ...v,
        totalSupply: 10n ** 12n,
        feeShares: 1n,
        splitterBalance: 0n,
        splitterUncredited: 0n,
        assetDecimals: 6,
        claimingSupply: 0n,
      }).perManagerToken,
    ).toBe(0n);
  });
});

describe("a holder's value", () => {
  // Three claiming holders and an excluded pool; the splitter holds credited and uncredited shares.
  const state = () => {
    const balances = [r.between(1n, 10n ** 24n), r.between(1n, 10n ** 24n), r.between(1n, 10n ** 24n)];
    const credited = balances.map(() => r.between(0n, 10n ** 20n));
    const uncredited = r.between(0n, 10n ** 20n);
    const raw = {
      nav: r.between(1n, 10n ** 30n),
      totalSupply: r.between(10n ** 21n, 10n ** 36n),
      feeShares: r.between(0n, 10n ** 20n),
      splitterBalance: credited.reduce((s, c) => s + c, 0n) + uncredited,
      splitterUncredited: uncredited,
      assetDecimals: r.pick([6, 8, 18]),
      claimingSupply: balances.reduce((s, b) => s + b, 0n),
    };
    return { balances, credited, raw };
  };
  const values = (v: ReturnType<typeof intrinsic>, s: ReturnType<typeof state>) =>
    s.balances.map((balance, i) => holderValue(v, { balance, credited: s.credited[i], excluded: false }).value);

  it("over all holders adds up to the manager tokens' total, less a unit a holder and a unit a token", () => {
    for (let i = 0; i < 500; i++) {
      const s = state();
      const v = intrinsic(s.raw);
      const lost = v.managerTotal - values(v, s).reduce((a, x) => a + x, 0n);
      expect(lost >= 0n && lost <= 2n * BigInt(s.balances.length) + s.raw.claimingSupply / 10n ** 18n).toBe(true);
    }
  });

  it("a claim moves neither the per-token value nor another holder's value", () => {
    for (let i = 0; i < 500; i++) {
      const s = state();
      const before = intrinsic(s.raw);
      // Holder 0 claims its credited shares: they leave the splitter and the supply stays.
      const claimed = s.credited[0];
      const after = intrinsic({ ...s.raw, splitterBalance: s.raw.splitterBalance - claimed });
      const t = { ...s, credited: [0n, ...s.credited.slice(1)] };
      expect(after.perManagerToken).toBe(before.perManagerToken);
      expect(values(after, t).slice(1)).toEqual(values(before, s).slice(1));
      expect(holderValue(after, { balance: s.balances[0], credited: 0n, excluded: false }).credited).toBe(0n);
    }
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
