// The portfolio's total and P&L in the page's unit. Funds have different assets, so "Fund
// asset" sums in USD; each fund's amounts are converted at today's prices.
import { totals, type Totals } from "../../domain/portfolio/index.ts";
import type { Denomination } from "../../lib/denomination.ts";
import { inUnit } from "../../domain/valuation/index.ts";
import type { FundHolding, Portfolio } from "./readPortfolio.ts";

export type Summary = Totals & {
  unit: Exclude<Denomination, "asset">;
  decimals: number;
  symbol: string;
  pricesFresh: boolean;
};

/** Undefined when a price it needs is missing. */
export function summarise(
  holdings: readonly FundHolding[],
  chosen: Denomination,
  units: Portfolio["units"],
): Summary | undefined {
  const unit = chosen === "asset" ? "usd" : chosen;
  let missing = false;
  let money = { decimals: 18, symbol: "USD" };
  // Signed amounts convert as their size, floored like every conversion, then take their sign back.
  const conv = (v: bigint, h: FundHolding) => {
    const m = inUnit(v < 0n ? -v : v, h.asset, unit, units);
    if (!m) {
      missing = true;
      return 0n;
    }
    money = { decimals: m.decimals, symbol: m.symbol };
    return v < 0n ? -m.value : m.value;
  };
  const rows = holdings.map((h) => ({
    value: conv(h.value, h),
    managerValue: conv(h.managerTokenValue, h),
    costBasis: conv(h.position.costBasis, h),
    realised: conv(h.position.realised, h),
    withdrawn: conv(h.position.withdrawn, h),
  }));
  if (missing) return undefined;
  return { ...totals(rows), unit, ...money, pricesFresh: holdings.every((h) => h.pricesFresh) };
}
