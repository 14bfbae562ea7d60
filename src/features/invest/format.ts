// How the panel writes amounts: up to six significant fraction digits, never rounded up.
import { formatTokenAmount } from "../../lib/format.ts";

export const amount = (value: bigint, decimals: number, symbol: string) =>
  formatTokenAmount(value, decimals, symbol, { maximumFractionDigits: 6, maximumSignificantDigits: 8 });

/** The note under the share price: the fund-wide fees it already reflects. */
export const accruedNote = (fees: bigint, show: (v: bigint) => string) =>
  fees > 0n
    ? `after ${show(fees)} of fees accrued fund-wide since the last operation, minted to manager-token holders`
    : "no fees accrued fund-wide since the last operation";
