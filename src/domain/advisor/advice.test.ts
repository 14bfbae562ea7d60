import { parseUnits } from "viem";
import { describe, expect, it } from "vitest";
import type { GavRaw } from "../valuation/index.ts";
import { advise } from "./advice.ts";
import { DAY } from "./history.ts";
import { assetOf, fundOf, USDC, usd, usdcPair, WETH } from "./testWorld.ts";
import { RATE_SHARES, toAssets } from "./vaults.ts";

const VAULT = "0x00000000000000000000000000000000000000f1";
const days = 120;
const end = BigInt(days) * DAY + 1_000n;
const times = Array.from({ length: days + 1 }, (_, k) => BigInt(k) * DAY);
// WETH wanders ±3 % a day around 2,000; the vault's rate grows 0.02 % a day.
const weth = times.map((_, k) => usd(String(Math.round(2_000 * (1 + 0.03 * Math.sin(k * 1.7))))));
const rates = times.map((time, k) => ({ time: time + 60n, rate: BigInt(Math.round(1e12 * 1.0002 ** k)) * 10n ** 18n }));

function world(): GavRaw {
  const raw = fundOf(
    [assetOf(USDC, parseUnits("600000", 6), 6, usd("1")), assetOf(WETH, parseUnits("100", 18), 18, usd("2000"))],
    [usdcPair("0x00000000000000000000000000000000000000e1", WETH, parseUnits("40000000", 6), parseUnits("20000", 18))],
  );
  const shares = parseUnits("50", 18);
  return {
    ...raw,
    timestamp: end,
    assets: raw.assets.map((a) => ({ ...a, updatedAt: end })),
    vaults: [
      {
        vault: VAULT,
        asset: WETH,
        shares,
        reserved: 0n,
        assets: toAssets(shares, RATE_SHARES),
        within: true,
        maxMoveBps: 100,
      },
    ],
  };
}
const input = {
  guidelines: [
    { allowed: true, maxWeightBps: 10_000 },
    { allowed: true, maxWeightBps: 5_000 },
  ],
  rounds: [
    { answers: [usd("1")], times: [0n] },
    { answers: weth, times },
  ],
  lookbackDays: 90,
  objective: "max-sharpe" as const,
  maxSlippageBps: 100n,
};

describe("advise with vaults", () => {
  it("takes an allowed vault as an asset: its asset's risk, plus the yield", () => {
    const a = advise({ raw: world(), ...input, vaults: [{ index: 0, rates }] });
    if (a.kind !== "ok") throw new Error(a.kind);
    expect(a.sleeve.vaults).toHaveLength(1);
    expect(a.suggestion.weights).toHaveLength(3);
    expect(a.model.cov[2][2] / a.model.cov[1][1]).toBeCloseTo(1, 2);
    expect(a.model.sampleMu[2] - a.model.sampleMu[1]).toBeCloseTo(365 * 0.0002, 2);
    // Same risk, more return: the suggestion prefers the vault to holding WETH directly.
    expect(a.suggestion.weights[2]).toBeGreaterThan(a.suggestion.weights[1]);
  });

  it("leaves a vault without an accepted rate out, as before", () => {
    const a = advise({ raw: world(), ...input, vaults: [{ index: 0, rates: [] }] });
    if (a.kind !== "ok") throw new Error(a.kind);
    expect(a.sleeve.vaults).toEqual([]);
    expect(a.suggestion.weights).toHaveLength(2);
  });
});
