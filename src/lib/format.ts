import { formatUnits } from "viem";

export interface AmountFormat {
  /** BCP 47 locale; the browser's when omitted. */
  locale?: string;
  /** Digits after the point for amounts of 1 and above. */
  maximumFractionDigits?: number;
  /** Digits after the point always shown, so that a column of amounts lines up. */
  minimumFractionDigits?: number;
  /** Significant digits kept for small amounts, so that 0.000123 does not show as 0.00. */
  maximumSignificantDigits?: number;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(opts: AmountFormat) {
  const { locale, maximumFractionDigits = 2, minimumFractionDigits = 0, maximumSignificantDigits = 4 } = opts;
  const key = `${locale}|${maximumFractionDigits}|${minimumFractionDigits}|${maximumSignificantDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      maximumFractionDigits,
      minimumFractionDigits,
      maximumSignificantDigits,
      // Whichever of the two limits keeps more digits wins.
      roundingPriority: "morePrecision",
      // Never show more than is there: money rounds down, as on-chain.
      roundingMode: "trunc",
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * Formats an integer amount of a token with `decimals` decimals. The decimal string goes to
 * Intl as is, so amounts above 2^53 keep every digit.
 */
export function formatAmount(value: bigint, decimals: number, opts: AmountFormat = {}): string {
  return formatter(opts).format(formatUnits(value, decimals) as Intl.StringNumericLiteral);
}

/** `formatAmount` followed by the token's symbol, e.g. "1,234.56 USDC". */
export function formatTokenAmount(value: bigint, decimals: number, symbol: string, opts?: AmountFormat): string {
  return `${formatAmount(value, decimals, opts)} ${symbol}`;
}

/** 0x1234…abcd */
export function shortAddress(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}
