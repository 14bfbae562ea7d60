// Vote counts and shares as the governance views show them.
import { formatAmount } from "../../lib/format.ts";

/** Manager-token votes (18 decimals) without fraction noise: "600,000". */
export const votesText = (v: bigint, decimals = 18) =>
  formatAmount(v, decimals, { maximumFractionDigits: 2, maximumSignificantDigits: 3 });

/** Part of a whole in whole percent for bar widths (integer, never above 100). */
export const pctOf = (part: bigint, whole: bigint) => (whole > 0n ? Number((part * 10_000n) / whole) / 100 : 0);
