// The minimum-out guard of deposits and redemptions: a tolerance in basis points, typed by
// the user as a percentage, turned into the minimum the contract must give.
import { asciiDigits } from "../../lib/digits.ts";
import { bpsPercent } from "../../lib/percent.ts";
import { BPS } from "../valuation/index.ts";

export const DEFAULT_SLIPPAGE_BPS = 50n;
/** Above this the form warns: the trade may fill far from the preview. */
export const WARN_SLIPPAGE_BPS = 100n;
/** Above this the form refuses: a sandwich could take that much. */
export const MAX_SLIPPAGE_BPS = 500n;

export type Slippage = { ok: true; bps: bigint; warning: boolean } | { ok: false; message: string };

/** Parses "0.5" or "0,5" (percent, at most two decimals, in any digits) into basis points. */
export function parseSlippage(text: string): Slippage {
  const s = asciiDigits(text).trim().replace(",", ".").replace(/%$/, "").trim();
  if (s === "") return { ok: false, message: "Enter a slippage tolerance." };
  if (!/^\d*(\.\d*)?$/.test(s) || s === ".")
    return { ok: false, message: "Enter the tolerance as a percentage, e.g. 0.5." };
  const [int, frac = ""] = s.split(".");
  if (frac.replace(/0+$/, "").length > 2) return { ok: false, message: "At most two decimals (0.01% steps)." };
  if (int.replace(/^0+/, "").length > 3)
    return { ok: false, message: `The tolerance can be at most ${bpsPercent(MAX_SLIPPAGE_BPS)}.` };
  const bps = BigInt(int || "0") * 100n + BigInt(frac.slice(0, 2).padEnd(2, "0"));
  if (bps > MAX_SLIPPAGE_BPS)
    return { ok: false, message: `The tolerance can be at most ${bpsPercent(MAX_SLIPPAGE_BPS)}.` };
  return { ok: true, bps, warning: bps > WARN_SLIPPAGE_BPS };
}

/** The least the contract may give for a preview of `expected` with `bps` tolerance (floored). */
export const minimumOut = (expected: bigint, bps: bigint) => (expected * (BPS - bps)) / BPS;
