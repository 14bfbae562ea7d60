// The holder chart's slices: the largest holders and the rest as one, shaped outside the chart.
import type { Address } from "viem";
import { topHolders } from "../../domain/contributions/index.ts";
import { shortAddress } from "../../lib/format.ts";
import { ppmPercent } from "../../lib/percent.ts";
import { share, tokens } from "./format.ts";

export interface Slice {
  name: string;
  /** Share in ppm, as a Number for drawing only. */
  value: number;
  label: string;
  color: string;
  holder?: Address;
  balance: bigint;
}

const COLORS = ["var(--color-brand)", "#0f766e", "#65a30d", "#0369a1", "#a16207", "#7c3aed"];
const REST = "var(--color-subtle)";

export function holderSlices(
  holders: readonly { holder: Address; balance: bigint }[],
  token: { decimals: number; symbol: string },
  n = 6,
): Slice[] {
  const total = holders.reduce((s, h) => s + h.balance, 0n);
  const { top, rest, restCount } = topHolders(holders, n);
  const slice = (name: string, balance: bigint, color: string, holder?: Address): Slice => {
    const ppm = share(balance, total);
    return {
      name,
      value: Number(ppm),
      label: `${tokens(balance, token)} (${ppmPercent(ppm)})`,
      color,
      holder,
      balance,
    };
  };
  const out = top.map((h, i) => slice(shortAddress(h.holder), h.balance, COLORS[i % COLORS.length], h.holder));
  if (restCount > 0) out.push(slice(`${restCount} other holder${restCount === 1 ? "" : "s"}`, rest, REST));
  return out;
}
