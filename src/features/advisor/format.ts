// Display of the advice's estimates: ratios become percentages only here.
import { formatPercent } from "../../lib/percent.ts";

const plain = new Intl.NumberFormat(undefined, {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: "negative",
});
const tick = { minimumFractionDigits: 0, maximumFractionDigits: 0, maximumSignificantDigits: 2 };

export const percent = (x: number) => formatPercent(x);
export const signedPercent = (x: number) => formatPercent(x, { signed: true });
export const ratioText = (x: number) => plain.format(x);
/** An axis tick already in percent units: two significant digits, so that a stablecoin's hundredths still read. */
export const tickPercent = (v: number) => formatPercent(v / 100, tick);
