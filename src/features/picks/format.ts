import { bpsPercent } from "../../lib/percent.ts";

/** A return in bps as a signed percentage with two decimals; a dash when there is none. */
export const returnText = (bps: bigint | undefined) =>
  bps === undefined ? "—" : bpsPercent(bps, { signed: true, minimumFractionDigits: 2 });

/** The colour of a return. */
export const returnTone = (bps: bigint | undefined) =>
  bps === undefined || bps === 0n ? "text-subtle" : bps > 0n ? "text-brand" : "text-danger";
