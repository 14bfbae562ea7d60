import { describe, expect, it } from "vitest";
import {
  assignedClaimable,
  fundClaimable,
  fundEscrowed,
  projectClaimable,
  secondLeg,
  WHOLE,
  type ClaimState,
} from "./claims.ts";
import { DealState } from "./deal.ts";

const a = {
  n1: 300_000n * 10n ** 6n,
  p1: 1_500_000n * 10n ** 18n,
  n2: 450_000n * 10n ** 6n,
  p2: 1_500_000n * 10n ** 18n,
};
const fresh = (state: number): ClaimState => ({
  state,
  fundPart: WHOLE,
  fundClaimed: false,
  projectAssetsClaimed: 0n,
  projectTokensClaimed: false,
});

describe("VAM claims", () => {
  it("gives nobody anything while pending, and the project n1 from start", () => {
    expect(projectClaimable(a, fresh(DealState.Pending))).toEqual({ assets: 0n, tokens: 0n });
    expect(fundEscrowed(a, fresh(DealState.Pending))).toBe(0n);
    expect(projectClaimable(a, fresh(DealState.Active))).toEqual({ assets: a.n1, tokens: 0n });
    expect(projectClaimable(a, { ...fresh(DealState.Active), projectAssetsClaimed: a.n1 })).toEqual({
      assets: 0n,
      tokens: 0n,
    });
    expect(fundClaimable(a, fresh(DealState.Active))).toEqual({ assets: 0n, tokens: 0n });
    expect(fundEscrowed(a, fresh(DealState.Active))).toBe(a.n2);
  });

  it("after exercise: the project's asset leg is n1 + n2, the fund's leg p2 at cost n2", () => {
    const c = fresh(DealState.Exercised);
    expect(projectClaimable(a, c)).toEqual({ assets: a.n1 + a.n2, tokens: 0n });
    expect(projectClaimable(a, { ...c, projectAssetsClaimed: a.n1 })).toEqual({ assets: a.n2, tokens: 0n });
    expect(fundClaimable(a, c)).toEqual({ assets: 0n, tokens: a.p2 });
    expect(secondLeg(c.state, WHOLE, a).cost).toBe(a.n2);
    expect(fundEscrowed(a, c)).toBe(a.n2); // owed tokens count at cost until claimed
    expect(fundEscrowed(a, { ...c, fundClaimed: true })).toBe(0n);
    expect(fundClaimable(a, { ...c, fundClaimed: true })).toEqual({ assets: 0n, tokens: 0n });
  });

  it("after expiry: the fund gets n2 back and the project p2", () => {
    const c = fresh(DealState.Expired);
    expect(fundClaimable(a, c)).toEqual({ assets: a.n2, tokens: 0n });
    expect(projectClaimable(a, c)).toEqual({ assets: a.n1, tokens: a.p2 });
    expect(projectClaimable(a, { ...c, projectAssetsClaimed: a.n1, projectTokensClaimed: true })).toEqual({
      assets: 0n,
      tokens: 0n,
    });
  });

  it("splits the second leg by parts, rounding each down: the legs add up within a wei per holder", () => {
    const odd = { n1: 7n, p1: 11n, n2: 1_000_003n, p2: 999_999_999_999_999_999_999n };
    const parts = [WHOLE / 3n, WHOLE / 7n, 12_345n];
    const fundPart = WHOLE - parts.reduce((s, p) => s + p, 0n);
    for (const state of [DealState.Exercised, DealState.Expired]) {
      const c = { ...fresh(state), fundPart };
      const legs = [fundClaimable(odd, c), ...parts.map((p) => assignedClaimable(odd, c, p))];
      const sum = legs.reduce((s, l) => ({ assets: s.assets + l.assets, tokens: s.tokens + l.tokens }), {
        assets: 0n,
        tokens: 0n,
      });
      const escrowed = state === DealState.Exercised ? odd.p2 : odd.n2;
      const got = state === DealState.Exercised ? sum.tokens : sum.assets;
      expect(got).toBeLessThanOrEqual(escrowed);
      expect(escrowed - got).toBeLessThan(BigInt(legs.length));
      expect(escrowed - got).toBeGreaterThan(0n); // these parts do leave dust: the bound is what holds
    }
    expect(assignedClaimable(odd, fresh(DealState.Active), WHOLE / 3n)).toEqual({ assets: 0n, tokens: 0n });
  });
});
