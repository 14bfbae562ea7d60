import { formatTokenAmount } from "../../lib/format.ts";

export const tokens = (value: bigint, t: { decimals: number; symbol: string }) =>
  formatTokenAmount(value, t.decimals, t.symbol, { maximumFractionDigits: 2, maximumSignificantDigits: 6 });

const pct = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 });
/** A ppm share as a percentage (to Number only for display). */
export const ppmPct = (ppm: bigint) => pct.format(Number(ppm) / 1e6);
export const share = (part: bigint, whole: bigint) => (whole === 0n ? 0n : (part * 1_000_000n) / whole);
