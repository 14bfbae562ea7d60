// Formatting shared by the fund page and its tests.
import { formatTokenAmount } from "../../lib/format.ts";

/** A money amount as the page shows it: up to 4 fraction digits. */
export const money = (value: bigint, decimals: number, symbol: string) =>
  formatTokenAmount(value, decimals, symbol, { maximumFractionDigits: 4, maximumSignificantDigits: 6 });

const pct = new Intl.NumberFormat(undefined, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A ppm ratio as a percentage (converted only at the edge, for display). */
export const ppmPct = (ppm: bigint | undefined) => (ppm === undefined ? "—" : pct.format(Number(ppm) / 1e6));
export const bpsPct = (bps: bigint | number) => pct.format(Number(bps) / 1e4);

/** Every digit, for totals that must add up exactly on screen. */
export const exact = (value: bigint, decimals: number, symbol: string) =>
  formatTokenAmount(value, decimals, symbol, { maximumFractionDigits: Math.min(decimals, 20), maximumSignificantDigits: 21 });
