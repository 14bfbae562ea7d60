// Amounts of one fund's asset shown in the page's unit, signed ones (P&L) included.
import { formatTokenAmount } from "../../lib/format.ts";
import type { Denomination } from "../../lib/denomination.ts";
import { inUnit } from "../../domain/valuation/index.ts";
import type { Portfolio, FundHolding } from "./readPortfolio.ts";

const opts = { maximumFractionDigits: 4, maximumSignificantDigits: 6 };

export function shown(value: bigint, h: FundHolding, unit: Denomination, units: Portfolio["units"]): string {
  const abs = value < 0n ? -value : value;
  const m = inUnit(abs, h.asset, unit, units);
  if (!m) return "—";
  return `${value < 0n ? "−" : ""}${formatTokenAmount(m.value, m.decimals, m.symbol, opts)}`;
}

/** A gain with its sign: "+12.5 USDC", "−3 USDC". */
export function signed(value: bigint, h: FundHolding, unit: Denomination, units: Portfolio["units"]): string {
  return value > 0n ? `+${shown(value, h, unit, units)}` : shown(value, h, unit, units);
}

export const tone = (value: bigint) => (value > 0n ? "text-brand" : value < 0n ? "text-danger" : "");
