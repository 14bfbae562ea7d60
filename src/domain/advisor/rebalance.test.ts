import { parseUnits } from "viem";
import { describe, expect, it } from "vitest";
import { valuation, type GavRaw, type VaultRaw } from "../valuation/index.ts";
import { toWad } from "./plan.ts";
import { applyVaultMove, planRebalance } from "./rebalance.ts";
import { assetOf, fundOf, USDC, usd, usdcPair, WETH } from "./testWorld.ts";
import { sleeveOf, type Guideline } from "./universe.ts";
import { RATE_SHARES, toAssets } from "./vaults.ts";

const VAULT = "0x00000000000000000000000000000000000000f1";
const rate = (RATE_SHARES * 11n) / 10n; // 1.1 assets a share
const eth = (x: string) => parseUnits(x, 18);
const usdc = (x: string) => parseUnits(x, 6);

function vaultOf(asset: string, shares: bigint): VaultRaw {
  return { vault: VAULT, asset, shares, reserved: 0n, assets: toAssets(shares, rate), within: true, maxMoveBps: 100 };
}
function world(cash: bigint, weth: bigint, vault: VaultRaw): GavRaw {
  return {
    ...fundOf(
      [assetOf(USDC, cash, 6, usd("1")), assetOf(WETH, weth, 18, usd("2000"))],
      [usdcPair("0x00000000000000000000000000000000000000e1", WETH, usdc("40000000"), eth("20000"))],
    ),
    vaults: [vault],
  };
}
const guidelines: Guideline[] = [
  { allowed: true, maxWeightBps: 10_000 },
  { allowed: true, maxWeightBps: 3_500 },
];
const inputs = [{ index: 0, rates: [{ time: 1n, rate }] }];
const options = { slippageBps: 100n, dustBps: 10n };
const limits = { maxLpBps: 0, maxSlippageBps: 100n, minCashBps: 0n };
const kinds = (calls: { kind: string; move?: { into: boolean }; swap?: { side: string } }[]) =>
  calls.map((c) => (c.kind === "swap" ? c.swap!.side : c.move!.into ? "deposit" : "redeem"));

describe("the sleeve with vaults", () => {
  it("adds an allowed vault with an accepted rate after the listed assets, at its value", () => {
    const raw = world(usdc("640000"), eth("60"), vaultOf(WETH, (eth("20") * 10n) / 11n));
    const s = sleeveOf(raw, guidelines, inputs)!;
    expect(s.vaults).toMatchObject([{ index: 0, asset: 1, rate, movable: true }]);
    expect(s.current).toHaveLength(3);
    expect(s.current[2]).toBeCloseTo(0.05, 6);
    expect(s.value).toBe(valuation(raw).gav);
    expect(sleeveOf(raw, guidelines, [{ index: 0, rates: [] }])!.vaults).toEqual([]);
  });

  it("keeps vault and direct holding together within the asset's cap (look-through)", () => {
    // 15 % WETH direct, 5 % in the vault, cap 35 % less 0.25 % headroom.
    const raw = world(usdc("640000"), eth("60"), vaultOf(WETH, (eth("20") * 10n) / 11n));
    const { box, current } = sleeveOf(raw, guidelines, inputs)!;
    expect(box.upper[1]).toBeCloseTo(current[1], 9); // the direct holding may only shrink
    expect(box.upper[2]).toBeCloseTo(0.3475 - 0.15, 6); // the vault gets what the cap leaves above it
    expect(box.upper[1] + box.upper[2]).toBeCloseTo(0.3475, 6);
    // Above the cap together: neither may grow past what keeps the pair within it.
    const over = world(usdc("500000"), eth("100"), vaultOf(WETH, (eth("50") * 10n) / 11n));
    const o = sleeveOf(over, guidelines, inputs)!;
    expect(o.box.upper[1] + o.box.upper[2]).toBeLessThanOrEqual(0.3475 + 1e-9);
  });

  it("leaves a vault of the unit uncapped and one off its bound where it is", () => {
    const raw = world(usdc("800000"), 0n, vaultOf(USDC, usdc("100000")));
    expect(sleeveOf(raw, guidelines, inputs)!.box.upper[2]).toBe(1);
    const off = { ...raw, vaults: [{ ...raw.vaults![0], within: false }] };
    const s = sleeveOf(off, guidelines, inputs)!;
    expect(s.box.lower[2]).toBe(s.current[2]);
    expect(s.box.upper[2]).toBe(s.current[2]);
  });
});

describe("planRebalance", () => {
  it("deposits cash into a vault of the unit, down to the fund's minimum cash", () => {
    const raw = world(usdc("1000000"), 0n, vaultOf(USDC, 0n));
    const sleeve = sleeveOf(raw, guidelines, inputs)!;
    const plan = planRebalance(raw, sleeve, guidelines, limits, toWad([0.7, 0, 0.3]), options);
    if (!plan.ok) throw new Error("no plan");
    expect(kinds(plan.calls)).toEqual(["deposit"]);
    expect(plan.moves[0]).toMatchObject({ vault: VAULT, asset: USDC, into: true, amount: usdc("300000") });
    // At least the shares 300k buys at the accepted rate, less the 1 % allowance.
    expect(plan.moves[0].minOut).toBe((((usdc("300000") * RATE_SHARES) / rate) * 9_900n) / 10_000n);
    expect(plan.vaultAfterBps[0]).toBe(3_000n);
    const tight = planRebalance(
      raw,
      sleeve,
      guidelines,
      { ...limits, minCashBps: 8_000n },
      toWad([0.7, 0, 0.3]),
      options,
    );
    if (!tight.ok) throw new Error("no plan");
    expect(tight.moves[0].amount).toBe(usdc("200000"));
  });

  it("redeems before it sells, and the sale counts the redeemed asset", () => {
    // 100 WETH direct and 50 in the vault; the target holds 30 % WETH directly and nothing in the vault.
    const raw = world(usdc("500000"), eth("100"), vaultOf(WETH, (eth("50") * 10n) / 11n));
    const sleeve = sleeveOf(raw, guidelines, inputs)!;
    const plan = planRebalance(raw, sleeve, guidelines, limits, toWad([0.7, 0.3, 0]), options);
    if (!plan.ok) throw new Error("no plan");
    expect(kinds(plan.calls)).toEqual(["redeem", "sell"]);
    expect(plan.moves[0].amount).toBe(raw.vaults![0].shares);
    const sell = plan.swaps[0];
    expect(sell.amountIn).toBeGreaterThan(eth("29"));
    expect(sell.amountIn).toBeLessThan(eth("31"));
    expect(Number(plan.afterBps[1])).toBeCloseTo(3_000, -1);
  });

  it("buys the asset first, then deposits what was bought", () => {
    const raw = world(usdc("800000"), 0n, vaultOf(WETH, 0n));
    const sleeve = sleeveOf(raw, guidelines, inputs)!;
    const plan = planRebalance(raw, sleeve, guidelines, limits, toWad([0.8, 0, 0.2]), options);
    if (!plan.ok) throw new Error("no plan");
    expect(kinds(plan.calls)).toEqual(["buy", "deposit"]);
    const bought = plan.swaps[0].quote;
    expect(plan.moves[0].amount).toBeLessThanOrEqual(bought);
    expect(plan.moves[0].amount).toBeGreaterThan((bought * 99n) / 100n);
    expect(Number(plan.vaultAfterBps[0])).toBeCloseTo(2_000, -2);
    // What the vault holds counts toward WETH's look-through weight, as before the deposit.
    expect(plan.afterBps[1]).toBeLessThanOrEqual(3_500n);
  });

  it("applies a move to the balances at the rate given", () => {
    const raw = world(usdc("1000"), 0n, vaultOf(USDC, 0n));
    const m = { vault: VAULT, asset: USDC, amount: usdc("110"), minOut: 0n, into: true, assets: usdc("110") } as const;
    const next = applyVaultMove(raw, m, rate);
    expect(next.assets[0].balance).toBe(usdc("890"));
    expect(next.vaults![0]).toMatchObject({ shares: usdc("100"), assets: usdc("110") });
  });
});
