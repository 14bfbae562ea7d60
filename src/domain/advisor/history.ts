// Daily closes from a feed's rounds and the daily returns of each asset in the fund's unit.
// Prices here are estimates' inputs, so ratios of feed answers become floats.

export const DAY = 86_400n;

/** A feed's rounds, oldest first: answers (feed decimals) and their update times. */
export interface Rounds {
  answers: readonly bigint[];
  times: readonly bigint[];
}

/**
 * The answer in force at each of `days + 1` daily instants ending at `end` (oldest first); undefined before the first
 * round.
 */
export function dailyCloses(r: Rounds, end: bigint, days: number): (bigint | undefined)[] {
  const out: (bigint | undefined)[] = [];
  let j = -1;
  for (let k = days; k >= 0; k--) {
    const t = end - BigInt(k) * DAY;
    while (j + 1 < r.times.length && r.times[j + 1] <= t) j++;
    out.push(j >= 0 && r.answers[j] > 0n ? r.answers[j] : undefined);
  }
  return out;
}

/**
 * Daily simple returns of every asset measured in the denomination asset (index 0), over the
 * longest stretch of the lookback where every feed has a price. The denomination's own
 * returns are zero by construction: it is the fund's unit of account.
 */
export function dailyReturns(feeds: readonly Rounds[], end: bigint, days: number): number[][] {
  const closes = feeds.map((f) => dailyCloses(f, end, days));
  let first = 0;
  closes.forEach((c) =>
    c.forEach((x, k) => {
      if (x === undefined) first = Math.max(first, k + 1);
    }),
  );
  const rel = (i: number, k: number) => Number(closes[i][k]!) / Number(closes[0][k]!);
  const rows: number[][] = [];
  for (let k = first + 1; k <= days; k++) rows.push(feeds.map((_, i) => (i === 0 ? 0 : rel(i, k) / rel(i, k - 1) - 1)));
  return rows;
}
