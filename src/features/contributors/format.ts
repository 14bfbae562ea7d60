import { formatTokenAmount } from "../../lib/format.ts";

export const tokens = (value: bigint, t: { decimals: number; symbol: string }) =>
  formatTokenAmount(value, t.decimals, t.symbol, { maximumFractionDigits: 2, maximumSignificantDigits: 6 });

/** `part` of `whole` in ppm, for `ppmPercent`; 0 of nothing. */
export const share = (part: bigint, whole: bigint) => (whole === 0n ? 0n : (part * 1_000_000n) / whole);
