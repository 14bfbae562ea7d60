// Basis points as people read and type them: "40%", "0.8%". Exact decimal string work, no floats.
import { bpsPercent } from "../../lib/percent.ts";

/** 4000 → "40%", 80 → "0.8%", 1234 → "12.34%": a setting as set, in the app's one percent format. */
export const bpsText = (bps: bigint | number): string => bpsPercent(bps);

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** "40", "40%", "40 %", "0.8" → basis points; at most two decimals, between 0 and `max` bps. */
export function parsePercent(text: string, max = 10_000n): Parsed<bigint> {
  const t = text.trim().replace(/\s*%$/, "");
  if (t === "") return { ok: false, error: "Enter a percentage." };
  const m = /^(\d{1,5})(?:[.,](\d{0,2}))?$/.exec(t);
  if (!m) {
    return /^\d+[.,]\d{3,}$/.test(t)
      ? { ok: false, error: "Use at most two decimals (0.01% steps)." }
      : { ok: false, error: "Enter a number such as 40 or 0.8." };
  }
  const bps = BigInt(m[1]) * 100n + BigInt((m[2] ?? "").padEnd(2, "0"));
  if (bps > max) return { ok: false, error: `At most ${bpsText(max)}.` };
  return { ok: true, value: bps };
}
