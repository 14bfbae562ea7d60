// Daily USD prices (8 decimals) for a year: geometric random walks with each asset's drift and
// volatility, and a market-wide crash, all in integers.
import { parseUnits } from "viem";
import type { Prng as Rng } from "../../shared/prng.ts";

export interface PriceModel {
  start: bigint; // 8-decimal USD
  driftE6: bigint; // mean daily return, 1e6 = 100 %
  volE6: bigint; // daily volatility, 1e6 = 100 %
  crashes: boolean;
  /** Stablecoins: pulled back toward their peg each day instead of wandering off. */
  pegged?: boolean;
}

export const CRASH_DAYS = [178, 179, 180]; // a three-day crash about half a year back
const CRASH_E6 = -110_000n; // -11 % a day

export function pricePath(model: PriceModel, days: number, rng: Rng): bigint[] {
  const out = [model.start];
  for (let d = 1; d <= days; d++) {
    let r = model.driftE6 + (model.volE6 * rng.normalE6()) / 1_000_000n;
    if (model.crashes && CRASH_DAYS.includes(d)) r += CRASH_E6;
    if (r < -500_000n) r = -500_000n;
    const prev = model.pegged ? model.start + ((out[d - 1] - model.start) * 7n) / 10n : out[d - 1];
    const next = (prev * (1_000_000n + r)) / 1_000_000n;
    out.push(next > 0n ? next : 1n);
  }
  return out;
}

const e6 = (x: number) => BigInt(Math.round(x * 1_000_000)); // model constants only, never amounts
/** The local world's assets: stablecoins near their peg, the rest with a drift, a volatility and the crash. */
export const PRICE_MODELS: Record<string, PriceModel> = {
  USDC: { start: parseUnits("1", 8), driftE6: 0n, volE6: e6(0.0004), crashes: false, pegged: true },
  DAI: { start: parseUnits("1", 8), driftE6: 0n, volE6: e6(0.0006), crashes: false, pegged: true },
  WETH: { start: parseUnits("2450", 8), driftE6: e6(0.0022), volE6: e6(0.034), crashes: true },
  WBTC: { start: parseUnits("58000", 8), driftE6: e6(0.0019), volE6: e6(0.027), crashes: true },
  UNI: { start: parseUnits("7.2", 8), driftE6: e6(0.001), volE6: e6(0.05), crashes: true },
  AAVE: { start: parseUnits("140", 8), driftE6: e6(0.0016), volE6: e6(0.048), crashes: true },
  LINK: { start: parseUnits("14", 8), driftE6: e6(0.0012), volE6: e6(0.044), crashes: true },
};

/** The day every feed's proxy gets a new aggregator (phase 2), as Chainlink's do now and then. */
export const PHASE_CHANGE_DAY = 240;
