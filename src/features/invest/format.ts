// How the panel writes amounts: up to six significant fraction digits, never rounded up.
import { formatTokenAmount } from "../../lib/format.ts";

export const amount = (value: bigint, decimals: number, symbol: string) =>
  formatTokenAmount(value, decimals, symbol, { maximumFractionDigits: 6, maximumSignificantDigits: 8 });
