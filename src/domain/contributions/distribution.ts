// How a fund's manager token is spread: awards by category, balances by holder, the hard cap.
import { CATEGORIES } from "./categories.ts";
import { vested, type Award } from "./vesting.ts";

export interface CategoryTotal {
  category: number;
  awarded: bigint;
  vested: bigint;
  claimed: bigint;
  awards: number;
}

/** Totals per category, every category listed (zero where nothing was awarded). */
export function byCategory(awards: readonly Award[], now: bigint): CategoryTotal[] {
  const out = CATEGORIES.map((_, category) => ({ category, awarded: 0n, vested: 0n, claimed: 0n, awards: 0 }));
  for (const a of awards) {
    const t =
      out[a.category] ?? (out[a.category] = { category: a.category, awarded: 0n, vested: 0n, claimed: 0n, awards: 0 });
    t.awarded += a.amount;
    t.vested += vested(a, now);
    t.claimed += a.claimed;
    t.awards++;
  }
  return out;
}

/** The first `n` holders and the rest folded into one remainder. */
export function topHolders<T extends { balance: bigint }>(
  holders: readonly T[],
  n: number,
): { top: T[]; rest: bigint; restCount: number } {
  const rest = holders.slice(n);
  return { top: holders.slice(0, n), rest: rest.reduce((s, h) => s + h.balance, 0n), restCount: rest.length };
}

export interface CapUse {
  cap: bigint;
  used: bigint;
  remaining: bigint;
  /** Share of the cap used, in parts per million (floor). */
  usedPpm: bigint;
}

/** `ContributionRewards.NO_CAP`: the cap that means none (a cap of 0 is refused on-chain). */
export const NO_CAP = (1n << 256n) - 1n;

/** Whether the rewards contract has a hard cap. */
export const hasCap = (cap: bigint) => cap !== NO_CAP && cap > 0n;

/** Undefined when the fund set its rewards without a cap (`NO_CAP`). */
export function capUse(cap: bigint, totalAwarded: bigint): CapUse | undefined {
  if (!hasCap(cap)) return undefined;
  return { cap, used: totalAwarded, remaining: cap - totalAwarded, usedPpm: (totalAwarded * 1_000_000n) / cap };
}
