// Display of the advice's estimates: ratios become percentages only here.
const pct = new Intl.NumberFormat(undefined, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 2, signDisplay: "negative" });
const signed = new Intl.NumberFormat(undefined, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" });
const plain = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: "negative" });
const axis = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 2 });

export const percent = (x: number) => pct.format(x);
export const signedPercent = (x: number) => signed.format(x);
export const ratioText = (x: number) => plain.format(x);
/** An axis tick already in percent units: two significant digits, so that a stablecoin's hundredths still read. */
export const tickPercent = (v: number) => `${axis.format(v)}%`;
