// Percentages in one house style, from exact ratios (ppm, basis points, WAD) or from estimates
// (floats). The locale places the sign: "1.91%" in English, no space. Measured ratios (returns,
// premiums, weights, shares) keep two decimals, "1.80%"; settings (fees, limits, tolerances) read
// as they were set, "0.5%", "40%"; a sign shows only where a change is shown, "+1.91%", "-0.43%",
// "0.00%". Digits of an exact ratio beyond those shown are cut, never rounded up, as amounts are;
// an estimate (a float) is rounded, as its last digits are noise anyway.
import { formatUnits } from "viem";

export interface PercentFormat {
  /** BCP 47 locale; the browser's when omitted. */
  locale?: string;
  /** "+1.91%": for a change, such as a return or a premium. Zero stays unsigned. */
  signed?: boolean;
  /** Fraction digits of the percentage always shown; 2 unless set. */
  minimumFractionDigits?: number;
  /** Fraction digits of the percentage at most; 2 unless set. */
  maximumFractionDigits?: number;
  /** Significant digits kept for small ratios, when more than the fraction digits would keep. */
  maximumSignificantDigits?: number;
}

/** A small measure kept visible: "-0.0012%". */
export const FINE: PercentFormat = { maximumFractionDigits: 4 };

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(o: PercentFormat, exact: boolean): Intl.NumberFormat {
  const { locale, signed = false, minimumFractionDigits = 2, maximumSignificantDigits } = o;
  const maximumFractionDigits = Math.max(o.maximumFractionDigits ?? 2, minimumFractionDigits);
  const key = [locale, signed, minimumFractionDigits, maximumFractionDigits, maximumSignificantDigits, exact].join("|");
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: "percent",
      minimumFractionDigits,
      maximumFractionDigits,
      ...(maximumSignificantDigits && { maximumSignificantDigits, roundingPriority: "morePrecision" as const }),
      roundingMode: exact ? "trunc" : "halfExpand",
      signDisplay: signed ? "exceptZero" : "auto",
    });
    formatters.set(key, f);
  }
  return f;
}

/**
 * A ratio (1 = 100%) as a percentage: an exact one as a decimal string, so that no digit is lost to
 * a float, or an estimate as a number.
 */
export function formatPercent(ratio: number | `${number}`, o: PercentFormat = {}): string {
  return formatter(o, typeof ratio === "string").format(ratio as Intl.StringNumericLiteral);
}

/** Parts per million (1_000_000 = 100%), a measure: 18_800 → "1.88%". */
export const ppmPercent = (ppm: bigint, o?: PercentFormat) => formatPercent(formatUnits(ppm, 6) as `${number}`, o);

/** Basis points (10_000 = 100%), as set by default: 50 → "0.5%", 4_000 → "40%". */
export const bpsPercent = (bps: bigint | number, o?: PercentFormat) =>
  formatPercent(formatUnits(BigInt(bps), 4) as `${number}`, { minimumFractionDigits: 0, ...o });

/** A fraction with `decimals` decimals (WAD: 18), a measure: 25 * 10^14 of 10^18 → "0.25%". */
export const fractionPercent = (value: bigint, decimals: number, o?: PercentFormat) =>
  formatPercent(formatUnits(value, decimals) as `${number}`, o);
