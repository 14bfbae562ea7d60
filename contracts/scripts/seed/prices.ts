// Daily USD prices (8 decimals) for a year: geometric random walks with each asset's drift and
// volatility, and a market-wide crash, all in integers.
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
